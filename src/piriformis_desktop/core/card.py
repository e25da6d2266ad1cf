"""What the exercise card says at one instant: the words for a session snapshot (no Qt, no layout)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from piriformis_desktop.core.routine import Exercise, Side
from piriformis_desktop.core.session import RESUME_COUNTDOWN_SECONDS, Snapshot, State
from piriformis_desktop.core.timeline import Phase, PhaseKind
from piriformis_desktop.core.words import Words


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


class Lead(enum.Enum):
    """What the card shows largest, for a reader two metres away on the mat."""

    COUNTDOWN = "countdown"  # a long hold, a rest, get ready: the seconds left are what matters
    REP = "rep"  # a phase too short to count along (1-3 s): where the user is ("Rep 2 of 10") and what to do
    STATE = "state"  # ready, paused: a word, never a number that looks as if it were still counting


SHORT_PHASE_SECONDS = 4.0  # below this a countdown only flips 2, 1, 2, 1: it stops being worth reading


def leading(snapshot: Snapshot) -> Lead:
    """Which element leads the card now: one rule for the window and full screen alike."""
    if snapshot.state in (State.READY, State.PAUSED) or snapshot.state.over or snapshot.phase.kind is PhaseKind.DONE:
        return Lead.STATE
    if snapshot.state is State.RESUMING:
        return Lead.COUNTDOWN  # "get back in position": 3, 2, 1 is the point
    short = snapshot.phase.duration < SHORT_PHASE_SECONDS
    if short and snapshot.phase.kind in (PhaseKind.MOVE, PhaseKind.HOLD, PhaseKind.RELEASE):
        return Lead.REP
    return Lead.COUNTDOWN


class Jump(enum.Enum):
    """A navigation key: Left (back), Right (skip), R (this leg's reps again)."""

    BACK = "back"
    SKIP = "skip"
    RESTART_SIDE = "restart-side"


def jump_words(jump: Jump, before: Snapshot, after: Snapshot) -> str:
    """What the card says (and a screen reader hears) after a navigation key, so the key never seems to do
    nothing, even when the card looks the same as before ("" when the session has ended)."""
    phase = after.phase
    if after.state.over or phase.kind is PhaseKind.DONE or phase.exercise is None:
        return ""
    exercise = phase.exercise.name
    if jump is Jump.RESTART_SIDE:
        if phase.side is Side.LEFT:
            return Card.tr("Left leg: {exercise} starts again from the first rep.").format(exercise=exercise)
        return Card.tr("Right leg: {exercise} starts again from the first rep.").format(exercise=exercise)
    if jump is Jump.SKIP:
        return Card.tr("Skipped to exercise {number}: {exercise}.").format(number=phase.exercise_number,
                                                                          exercise=exercise)
    if phase.exercise_number < before.phase.exercise_number:
        return Card.tr("Back to exercise {number}: {exercise}.").format(number=phase.exercise_number,
                                                                        exercise=exercise)
    return Card.tr("{exercise} starts again from the beginning.").format(exercise=exercise)


class Card(Words):
    """The card's words, under the context "Card" (translators see them together)."""


def _rep_cue(phase: Phase) -> str:
    assert phase.exercise is not None and phase.side is not None, "a rep is of one exercise, on one leg"
    cues = phase.exercise.cues(phase.side)
    return {PhaseKind.MOVE: cues.move_cue, PhaseKind.HOLD: cues.hold_cue,
            PhaseKind.RELEASE: cues.release_cue}[phase.kind]


def continuing(cue: str) -> str:
    """A cue of the routine continuing a sentence after a comma or colon: "turn your right toes in".

    Whether its first letter drops to lower case is a rule of the language, so the translation states it, the
    way Qt's own catalogues state the layout direction: English, French and Spanish lower it; German keeps it
    (its cues often begin with a noun, "Bauchlage, ..."). Only the first letter changes, never the rest.
    """
    rule = Card.tr("lower-case", "The first letter of a cue after a comma: translate as exactly 'lower-case', "
                                 "or as exactly 'as written' where it keeps its capital (German nouns)")
    if rule == "as written" or not cue:
        return cue
    return cue[0].lower() + cue[1:]


def numbered_steps(phase: Phase) -> str:
    assert phase.exercise is not None and phase.side is not None, "every phase but DONE has an exercise and a leg"
    return "\n".join(f"{i}. {step}" for i, step in enumerate(phase.exercise.steps(phase.side), start=1))


def _seconds(duration: float) -> str:
    return f"{duration:.0f}"


def next_text(phase: Phase, following: Phase) -> str:
    kind = following.kind
    if kind is PhaseKind.DONE:
        return Card.tr("Next: finish")
    if kind is PhaseKind.SWITCH_SIDE:
        if following.side is Side.LEFT:
            return Card.tr("Next: switch to your left leg")
        return Card.tr("Next: switch to your right leg")
    if kind is PhaseKind.REST:
        return Card.tr("Next: rest {seconds} s").format(seconds=_seconds(following.duration))
    if kind is PhaseKind.GET_READY and following.exercise_number != phase.exercise_number:
        assert following.exercise is not None, "a get-ready phase leads into an exercise"
        return Card.tr("Next: {exercise}").format(exercise=following.exercise.name)
    if kind in (PhaseKind.MOVE, PhaseKind.HOLD, PhaseKind.RELEASE):
        if following.rep != phase.rep:
            return Card.tr("Next: rep {rep} of {reps}, {cue}").format(
                rep=following.rep, reps=following.reps, cue=continuing(_rep_cue(following)))
        if kind is PhaseKind.MOVE:
            text = Card.tr("Next: move {seconds} s")
        elif kind is PhaseKind.HOLD:
            text = Card.tr("Next: hold {seconds} s")
        else:
            text = Card.tr("Next: move back {seconds} s")
        return text.format(seconds=_seconds(following.duration))
    return Card.tr("Next: get ready")  # a get-ready of the same exercise (the timeline makes none today)


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
        complete = Card.tr("Session complete")
        return CardText(complete, "", phase.kind.label, Card.tr("Well done"), "", None, "", "", "", 0.0, complete)
    exercise = phase.exercise
    assert exercise is not None, "every phase but DONE belongs to an exercise"
    side = phase.side
    position = Card.tr("Exercise {number} of {total} · {section}").format(
        number=phase.exercise_number, total=snapshot.exercises_total, section=exercise.section)
    if phase.rep:
        rep = Card.tr("Rep {rep} of {reps}").format(rep=phase.rep, reps=phase.reps)
    else:
        rep = Card.tr("%n rep(s) each leg", "", phase.reps)
    detail = numbered_steps(phase)
    title = phase.kind.label
    if phase.kind is PhaseKind.GET_READY:
        cue, detail = exercise.get_ready_cue, exercise.start_position
    elif phase.kind is PhaseKind.SWITCH_SIDE:
        if side is Side.LEFT:
            cue, rep = Card.tr("Switch to your left leg"), Card.tr("%n rep(s) with the left leg", "", phase.reps)
        else:
            cue, rep = Card.tr("Switch to your right leg"), Card.tr("%n rep(s) with the right leg", "", phase.reps)
    elif phase.kind is PhaseKind.REST:  # the card already shows what comes next, to get into position
        exercise = following.exercise if following.exercise is not None else exercise
        cue = Card.tr("Rest, then: {cue}").format(cue=continuing(exercise.get_ready_cue))
        detail = exercise.start_position
        side = following.side or side
        position = Card.tr("Up next · exercise {number} of {total} · {section}").format(
            number=following.exercise_number, total=snapshot.exercises_total, section=exercise.section)
        rep = Card.tr("%n rep(s) each leg", "", following.reps)
    else:
        cue = _rep_cue(phase)
    if side:
        announcement = Card.tr("{phase}. {cue}. {side}.").format(phase=title, cue=cue, side=side.label)
    else:
        announcement = Card.tr("{phase}. {cue}.").format(phase=title, cue=cue)
    if snapshot.state is State.READY:
        title = Card.tr("Ready")
        announcement = Card.tr("Ready to start {exercise}. Press Space to start.").format(exercise=exercise.name)
    elif snapshot.state is State.PAUSED:
        title, announcement = Card.tr("Paused"), Card.tr("Paused. Press Space to resume.")
    elif snapshot.state is State.RESUMING:
        title = Card.tr("Get back in position")
        announcement = Card.tr("Resuming in %n second(s).", "", round(RESUME_COUNTDOWN_SECONDS))
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
