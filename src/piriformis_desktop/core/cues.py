"""Which sound and voice cue belongs to which moment of a session, derived from the timeline (no Qt).

The schedule is computed once per timeline, like the timeline itself. A `CueFollower` reads the session's
snapshot each time the UI wakes and says which cues, if any, to play now, so cues stay a pure function of
clock time: a pause plays nothing, a skip plays the cue of the place skipped to, and a late wake-up plays
the milestones it passed over (an exercise begins, the legs switch, the session is complete: a busy machine
may delay them, never lose them) and the latest cue due (an old tick after a stall would be wrong
information, not a missed one).

What is spoken, and why so little: a voice that talks at every phase change is chatter after the first rep.
We speak only what a user lying on the mat cannot see and needs in order to act:
  - the exercise and the leg when an exercise begins ("Toe rotation, right leg"),
  - the rep number when a rep begins ("3"): a physio counts reps aloud; one word, and it tells the user
    where they are without lifting their head,
  - "Hold" when a hold begins (the one instruction that is about timing),
  - "Switch to your left leg", "Rest" and "Session complete".
Release gets its chime but no words: the last three ticks already say the hold is ending, and "3 - Hold -
Release" every few seconds would be the nagging we set out to avoid.
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import Snapshot, State
from piriformis_desktop.core.timeline import Phase, PhaseKind, Timeline
from piriformis_desktop.core.words import translate

TICK_OFFSETS = (3, 2, 1)  # seconds before a hold ends; the hold's countdown shows 3, 2, 1 at these moments
SAME_MOMENT = 1e-6  # positions this close are one moment (a jump recomputes the position through the clock)


class CueKind(enum.Enum):
    """The five sounds; the value is the sound's file name without `.wav` (assets/sounds/, :/sounds/)."""

    TICK = "tick"
    PHASE = "phase"
    SWITCH_SIDE = "switch-side"
    NEXT_EXERCISE = "next-exercise"
    SESSION_DONE = "session-done"


# The cues a session earns that are never lost, to a late wake-up or to pacing (core.pacing): what a person
# on the mat must hear to act. Sped up, they are all that is heard.
MILESTONES = frozenset({CueKind.NEXT_EXERCISE, CueKind.SWITCH_SIDE, CueKind.SESSION_DONE})


@dataclass(frozen=True)
class Cue:
    """A sound (and maybe words) at `at` seconds into the session (timeline time, pauses not counted)."""

    at: float
    kind: CueKind
    speech: str | None = None


_at = attrgetter("at")


def cue_schedule(timeline: Timeline) -> tuple[Cue, ...]:
    """Every cue of a session, sorted by time, at most one per moment.

    The first phase of each exercise (its get-ready, or its first move when get-ready is set to 0 s) announces
    the exercise; the switch phase announces the new leg; move, hold, release and rest chime; the end of the
    session has its own sound; a hold longer than 1 s ticks at each of its last 3 seconds (a tick never falls
    on the hold's start, where the hold's own chime plays).
    """
    cues: list[Cue] = []
    exercise_number = None
    for phase in timeline.phases:
        if phase.kind is PhaseKind.DONE:
            cues.append(Cue(phase.start, CueKind.SESSION_DONE, translate("Cues", "Session complete")))
            break
        if phase.exercise_number != exercise_number:
            exercise_number = phase.exercise_number
            cues.append(Cue(phase.start, CueKind.NEXT_EXERCISE, _exercise_speech(phase)))
        elif phase.kind is PhaseKind.SWITCH_SIDE:
            cues.append(Cue(phase.start, CueKind.SWITCH_SIDE, _switch_speech(phase)))
        else:
            cues.append(Cue(phase.start, CueKind.PHASE, _phase_speech(phase)))
        if phase.kind is PhaseKind.HOLD:
            cues.extend(Cue(phase.end - offset, CueKind.TICK) for offset in TICK_OFFSETS
                        if phase.end - offset > phase.start)
    return tuple(cues)


def _exercise_speech(phase: Phase) -> str:
    """"Toe rotation, right leg": whole phrases per leg, so a language words the leg its own way."""
    assert phase.exercise is not None  # an exercise's first phase
    if phase.side is Side.RIGHT:
        return translate("Cues", "{exercise}, right leg").format(exercise=phase.exercise.name)
    return translate("Cues", "{exercise}, left leg").format(exercise=phase.exercise.name)


def _switch_speech(phase: Phase) -> str:
    if phase.side is Side.RIGHT:
        return translate("Cues", "Switch to your right leg")
    return translate("Cues", "Switch to your left leg")


def _phase_speech(phase: Phase) -> str | None:
    if phase.kind is PhaseKind.MOVE:
        return str(phase.rep)
    if phase.kind is PhaseKind.HOLD:
        return translate("Cues", "Hold", "spoken when a hold begins")
    if phase.kind is PhaseKind.REST:
        return translate("Cues", "Rest", "spoken when a rest begins")
    return None  # release: the chime alone (see the module docstring)


def cues_between(schedule: Sequence[Cue], after: float, up_to: float) -> list[Cue]:
    """The cues with `after < at <= up_to`, oldest first (empty when up_to <= after)."""
    if up_to <= after:
        return []
    return list(schedule[bisect_right(schedule, after, key=_at) : bisect_right(schedule, up_to, key=_at)])


def cues_at(schedule: Sequence[Cue], position: float) -> list[Cue]:
    """The cues at `position` itself (within a microsecond)."""
    lo = bisect_left(schedule, position - SAME_MOMENT, key=_at)
    hi = bisect_right(schedule, position + SAME_MOMENT, key=_at)
    return list(schedule[lo:hi])


def latest(cues: Iterable[Cue]) -> Cue | None:
    """The one cue to play when several are due at once: the latest, because it says what is happening now."""
    found = None
    for cue in cues:
        if found is None or cue.at >= found.at:
            found = cue
    return found


class CueFollower:
    """Follows one session's snapshots and says which cues to play now: call `due` on every wake-up.

    Create it when the session is created (before start) and feed it every snapshot, also while sound is
    muted, so turning sound on mid-session does not replay what was muted. Rules:
      - nothing is due before the start, while paused or after a stop;
      - time passing makes due the cues passed over: the milestones among them, in order, and the latest
        (a wake-up that came late, on a busy machine, delays a milestone but never loses it);
      - a jump forward (`jumped`: skip, and any jump made while paused) makes due only the latest cue passed
        over, which announces the place jumped to;
      - moving back (back, restart side) makes due the cue at the place moved to, which announces it;
      - a jump made while paused is announced when the session runs again (the resume countdown).
    """

    def __init__(self, schedule: Sequence[Cue]) -> None:
        self.schedule = tuple(schedule)
        self._last: float | None = None  # the position the last cue decision was made at; None before start
        self._jumped = False  # a jump not yet followed by a decision (one made while paused waits for the resume)

    def due(self, snapshot: Snapshot, jumped: bool = False) -> tuple[Cue, ...]:
        """The cues to play now, oldest first (usually none, at most one of each milestone and the latest)."""
        self._jumped = self._jumped or jumped
        if snapshot.state in (State.READY, State.PAUSED, State.STOPPED):
            return ()
        position = snapshot.position
        if self._last is None:
            found = [latest(cues_between(self.schedule, float("-inf"), position))]  # the start's cue, at 0
        elif position < self._last:
            found = [latest(cues_at(self.schedule, position))]
        elif self._jumped:
            found = [latest(cues_between(self.schedule, self._last, position))]
        else:
            found = earned(cues_between(self.schedule, self._last, position))
        self._jumped = False
        cues = tuple(cue for cue in found if cue is not None)
        self._last = position if not cues else max(position, cues[-1].at)
        return cues


def earned(passed: Sequence[Cue]) -> list[Cue | None]:
    """Of the cues time has passed over since the last wake-up: the milestones, oldest first, then the latest
    unless it is one of them."""
    last = latest(passed)
    kept: list[Cue | None] = [cue for cue in passed if cue.kind in MILESTONES]
    return kept if last is None or (kept and kept[-1] is last) else [*kept, last]
