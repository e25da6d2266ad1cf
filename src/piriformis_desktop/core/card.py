"""What the exercise card says at one instant: the words for a session snapshot (no Qt, no layout)."""

from __future__ import annotations

from dataclasses import dataclass

from piriformis_desktop.core.routine import Exercise, Side
from piriformis_desktop.core.session import Snapshot, State
from piriformis_desktop.core.timeline import Phase, PhaseKind


@dataclass(frozen=True)
class CardText:
    exercise: str  # "Toe rotation"
    position: str  # "Exercise 1 of 3 · Flexibility"
    phase: str  # "Hold", "Get ready", "Paused" …
    cue: str  # the few large words: what to do now
    detail: str  # smaller text: the starting position or the numbered steps
    side: Side | None
    side_text: str  # "Right leg"
    rep: str  # "Rep 4 of 10"
    next: str  # "Next: Release"
    blend: float  # 0 = start position in the picture, 1 = end position
    announcement: str  # what a screen reader hears when the phase begins
    picture: Exercise | None = None  # whose picture to show (during a rest: the exercise coming next)


def _rep_cue(phase: Phase) -> str:
    cues = phase.exercise.cues(phase.side)
    return {PhaseKind.MOVE: cues.move_cue, PhaseKind.HOLD: cues.hold_cue, PhaseKind.RELEASE: cues.release_cue}[phase.kind]


def numbered_steps(phase: Phase) -> str:
    return "\n".join(f"{i}. {step}" for i, step in enumerate(phase.exercise.steps(phase.side), start=1))


def next_text(phase: Phase, following: Phase) -> str:
    if following.kind is PhaseKind.DONE:
        return "Next: finish"
    if following.kind is PhaseKind.SWITCH_SIDE:
        return f"Next: switch to your {following.side.value} leg"
    if following.kind is PhaseKind.REST:
        return f"Next: rest {following.duration:.0f} s"
    if following.kind is PhaseKind.GET_READY and following.exercise_number != phase.exercise_number:
        return f"Next: {following.exercise.name}"
    if following.kind in (PhaseKind.MOVE, PhaseKind.HOLD, PhaseKind.RELEASE):
        label = f"{following.kind.label} {following.duration:.0f} s"
        if following.rep != phase.rep:
            return f"Next: rep {following.rep} of {following.reps}, {_rep_cue(following).lower()}"
        return f"Next: {label.lower()}"
    return f"Next: {following.kind.label.lower()}"


def _blend(snapshot: Snapshot) -> float:
    kind = snapshot.phase.kind
    if kind is PhaseKind.MOVE:
        return snapshot.phase_fraction
    if kind is PhaseKind.HOLD:
        return 1.0
    if kind is PhaseKind.RELEASE:
        return 1.0 - snapshot.phase_fraction
    return 0.0


def card_text(snapshot: Snapshot) -> CardText:
    """Every word the card shows for `snapshot`."""
    phase, following = snapshot.phase, snapshot.next_phase
    if phase.kind is PhaseKind.DONE:
        return CardText("Session complete", "", "Done", "Well done", "", None, "", "", "", 0.0, "Session complete")
    exercise = phase.exercise
    side = phase.side
    position = f"Exercise {phase.exercise_number} of {snapshot.exercises_total} · {exercise.section}"
    rep = f"Rep {phase.rep} of {phase.reps}" if phase.rep else f"{phase.reps} reps each leg"
    detail = numbered_steps(phase)
    title = phase.kind.label
    if phase.kind is PhaseKind.GET_READY:
        cue, detail = exercise.get_ready_cue, exercise.start_position
    elif phase.kind is PhaseKind.SWITCH_SIDE:
        cue = f"Switch to your {side.value} leg"
        rep = f"{phase.reps} reps with the {side.value} leg"
    elif phase.kind is PhaseKind.REST:  # the card already shows what comes next, to get into position
        exercise = following.exercise if following.exercise is not None else exercise
        cue = f"Rest, then: {exercise.get_ready_cue.lower()}"
        detail = exercise.start_position
        side = following.side or side
        position = f"Up next · exercise {following.exercise_number} of {snapshot.exercises_total} · {exercise.section}"
        rep = f"{following.reps} reps each leg"
    else:
        cue = _rep_cue(phase)
    announcement = f"{title}. {cue}. {side.label}." if side else f"{title}. {cue}."
    if snapshot.state is State.READY:
        title, announcement = "Ready", f"Ready to start {exercise.name}. Press Space to start."
    elif snapshot.state is State.PAUSED:
        title, announcement = "Paused", "Paused. Press Space to resume."
    elif snapshot.state is State.RESUMING:
        title, announcement = "Get back in position", "Resuming in 3 seconds."
    return CardText(
        exercise=exercise.name,
        position=position,
        phase=title,
        cue=cue,
        detail=detail,
        side=side,
        side_text=side.label if side else "",
        rep=rep,
        next=next_text(phase, following),
        blend=_blend(snapshot),
        announcement=announcement,
        picture=exercise,
    )


def format_clock(seconds: float) -> str:
    """12:05 style minutes and seconds, rounded up so it never shows 0:00 while time is left."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"
