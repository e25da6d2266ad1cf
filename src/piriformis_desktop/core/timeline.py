"""The whole session computed up front: an immutable sequence of timed phases."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from piriformis_desktop.core.routine import Exercise, Routine, Side
from piriformis_desktop.core.settings.model import Settings
from piriformis_desktop.core.words import Words


class PhaseKind(Words, enum.Enum):
    GET_READY = "get-ready"
    MOVE = "move"
    HOLD = "hold"
    RELEASE = "release"
    SWITCH_SIDE = "switch-side"
    REST = "rest"
    DONE = "done"

    @property
    def label(self) -> str:
        """The phase's name as the card shows it ("Hold"), in the user's language."""
        if self is PhaseKind.GET_READY:
            return self.tr("Get ready")
        if self is PhaseKind.MOVE:
            return self.tr("Move")
        if self is PhaseKind.HOLD:
            return self.tr("Hold")
        if self is PhaseKind.RELEASE:
            return self.tr("Move back")
        if self is PhaseKind.SWITCH_SIDE:
            return self.tr("Switch legs")
        if self is PhaseKind.REST:
            return self.tr("Rest")
        return self.tr("Done")


@dataclass(frozen=True)
class Phase:
    """One stretch of the session. `rep` counts from 1; 0 for phases that belong to no rep."""

    index: int
    kind: PhaseKind
    exercise: Exercise | None
    exercise_number: int  # 1-based position among included exercises; 0 for DONE
    side: Side | None
    rep: int
    reps: int
    start: float
    duration: float

    @property
    def end(self) -> float:
        return self.start + self.duration


@dataclass(frozen=True)
class Timeline:
    phases: tuple[Phase, ...]
    exercises: tuple[Exercise, ...]
    first_side: Side

    @property
    def duration(self) -> float:
        return self.phases[-1].start

    def phase_at(self, position: float) -> Phase:
        """The phase running at `position` seconds into the session (DONE from the end on)."""
        lo, hi = 0, len(self.phases) - 1
        if position >= self.phases[-1].start:
            return self.phases[-1]
        position = max(position, 0.0)
        while lo < hi:  # last phase whose start <= position, skipping zero-length phases
            mid = (lo + hi + 1) // 2
            if self.phases[mid].start <= position:
                lo = mid
            else:
                hi = mid - 1
        return self.phases[lo]

    def exercise_start(self, number: int) -> float:
        """Where exercise `number` (1-based) begins: its get-ready phase."""
        for phase in self.phases:
            if phase.exercise_number == number:
                return phase.start
        return self.duration

    def side_start(self, phase: Phase) -> float:
        """Where the side of `phase` begins: the get-ready or switch phase that leads into it, if any."""
        first = phase
        for candidate in reversed(self.phases[: phase.index + 1]):
            if candidate.exercise_number != phase.exercise_number or candidate.side is not phase.side:
                break
            first = candidate
        return first.start

    def next_after(self, phase: Phase) -> Phase:
        """The next phase that has length (what the card announces as coming next)."""
        for candidate in self.phases[phase.index + 1 :]:
            if candidate.duration > 0 or candidate.kind is PhaseKind.DONE:
                return candidate
        return self.phases[-1]


def build_timeline(routine: Routine, settings: Settings, first_side: Side) -> Timeline:
    """Every phase of a session: get ready, then per side and rep move/hold/release, rests, done.

    Both legs get exactly the same reps and holds; between the legs is a timed switch phase.
    """
    phases: list[Phase] = []
    clock = 0.0

    def add(kind: PhaseKind, exercise: Exercise | None, number: int, side: Side | None, rep: int, reps: int,
            duration: float) -> None:
        nonlocal clock
        if duration <= 0 and kind is not PhaseKind.DONE:
            return
        phases.append(Phase(len(phases), kind, exercise, number, side, rep, reps, clock, float(duration)))
        clock += duration

    included = tuple(e for e in routine.exercises if settings.exercise(e.id).enabled)
    if not included:
        raise ValueError("at least one exercise must be included")
    for number, exercise in enumerate(included, start=1):
        dose = settings.exercise(exercise.id)
        add(PhaseKind.GET_READY, exercise, number, first_side, 0, dose.reps, settings.get_ready_seconds)
        for side in (first_side, first_side.other):
            if side is not first_side:
                add(PhaseKind.SWITCH_SIDE, exercise, number, side, 0, dose.reps, max(settings.rest_seconds, 3))
            for rep in range(1, dose.reps + 1):
                add(PhaseKind.MOVE, exercise, number, side, rep, dose.reps, settings.move_seconds)
                add(PhaseKind.HOLD, exercise, number, side, rep, dose.reps, dose.hold_seconds)
                add(PhaseKind.RELEASE, exercise, number, side, rep, dose.reps, settings.release_seconds)
        if number < len(included):  # the rest after an exercise belongs to it; skipping goes past it
            add(PhaseKind.REST, exercise, number, first_side.other, 0, dose.reps, settings.rest_seconds)
    add(PhaseKind.DONE, None, 0, None, 0, 0, 0)
    return Timeline(tuple(phases), included, first_side)


def session_length_seconds(routine: Routine, settings: Settings) -> float:
    """How long a session with these settings lasts, from the same timeline the player uses."""
    return build_timeline(routine, settings, Side.RIGHT).duration
