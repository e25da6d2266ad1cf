"""A session in progress: a timeline read through a clock. Everything shown is derived from clock time."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from piriformis_desktop.core.clock import Clock
from piriformis_desktop.core.timeline import Phase, PhaseKind, Timeline

RESUME_COUNTDOWN_SECONDS = 3.0
BACK_RESTARTS_WITHIN = 3.0  # "back" within this many seconds of an exercise's start goes to the one before


class State(enum.Enum):
    READY = "ready"  # not started yet
    RUNNING = "running"
    RESUMING = "resuming"  # the short countdown after a pause; the timeline stands still
    PAUSED = "paused"
    FINISHED = "finished"  # reached the end
    STOPPED = "stopped"  # ended early by the user

    @property
    def over(self) -> bool:
        """Finished or stopped: nothing more happens in this session."""
        return self in (State.FINISHED, State.STOPPED)

    @property
    def started(self) -> bool:
        """Under way: started and not over (running, resuming or paused)."""
        return self is not State.READY and not self.over

    @property
    def live(self) -> bool:
        """The clock moves the session on: running, or counting down to resume."""
        return self in (State.RUNNING, State.RESUMING)


class EventKind(enum.Enum):
    PHASE_CHANGED = "phase-changed"
    REP_COMPLETED = "rep-completed"
    SIDE_SWITCHED = "side-switched"
    EXERCISE_DONE = "exercise-done"
    SESSION_DONE = "session-done"


@dataclass(frozen=True)
class Event:
    kind: EventKind
    phase: Phase  # the phase entered (PHASE_CHANGED, SIDE_SWITCHED, SESSION_DONE) or finished (REP/EXERCISE)


@dataclass(frozen=True)
class Snapshot:
    """What the card shows at one instant."""

    state: State
    phase: Phase
    next_phase: Phase
    position: float
    seconds_left: float  # in the current phase
    resume_seconds_left: float  # > 0 only while resuming
    total_seconds_left: float
    exercises_total: int

    @property
    def countdown(self) -> int:
        """The whole seconds shown: 3, 2, 1 and never 0 while a phase is running."""
        value = self.resume_seconds_left if self.state is State.RESUMING else self.seconds_left
        return max(0, math.ceil(value - 1e-9))

    def pain_before_open(self, started_at_once: bool = False) -> bool:
        """Pain before the session can still be given: before the start; for a session started at once (`--start`,
        which skips the Ready card) also through its first get-ready."""
        return self.state is State.READY or (started_at_once and self.state.started and self.phase.index == 0)

    @property
    def progress(self) -> float:
        duration = self.position + self.total_seconds_left
        return 1.0 if duration <= 0 else min(1.0, self.position / duration)

    @property
    def seconds_to_next_change(self) -> float | None:
        """Session seconds until anything shown changes (a countdown digit or the phase); None when frozen."""
        if not self.state.live:
            return None
        left = self.resume_seconds_left if self.state is State.RESUMING else self.seconds_left
        return max(left - math.floor(left - 1e-9), 1e-3)  # time until the shown whole number drops

    @property
    def phase_fraction(self) -> float:
        """How far through the current phase, 0 to 1 (for the illustration's movement)."""
        if self.phase.duration <= 0:
            return 1.0
        return min(1.0, max(0.0, 1.0 - self.seconds_left / self.phase.duration))


class Session:
    """Start, pause, resume, skip, back, restart side, stop; state is a pure function of clock time."""

    def __init__(self, timeline: Timeline, clock: Clock) -> None:
        self.timeline = timeline
        self.clock = clock
        self._state = State.READY
        self.started_at: float | None = None  # clock time of start()
        self.ended_at: float | None = None
        self._anchor = 0.0  # position = now - anchor while running
        self._frozen = 0.0  # position while paused / stopped
        self._hold_until = 0.0  # clock time a resume countdown ends
        self._seen_index = 0
        self._done: set[int] = set()
        self._events: list[Event] = []

    # -- reading -------------------------------------------------------------------------------
    @property
    def state(self) -> State:
        """The session's state now (time passing may have finished it since the last look)."""
        self._sync(self.clock.now())
        return self._state

    def position(self, now: float | None = None) -> float:
        now = self.clock.now() if now is None else now
        if self._state.live:
            if now < self._hold_until:
                return self._frozen
            return min(now - self._anchor, self.timeline.duration)
        if self._state is State.FINISHED:
            return self.timeline.duration
        return self._frozen

    def snapshot(self, now: float | None = None) -> Snapshot:
        now = self.clock.now() if now is None else now
        self._sync(now)
        position = self.position(now)
        phase = self.timeline.phase_at(position)
        resuming = self._state.live and now < self._hold_until
        state = State.RESUMING if resuming else (State.RUNNING if self._state is State.RESUMING else self._state)
        return Snapshot(
            state=state,
            phase=phase,
            next_phase=self.timeline.next_after(phase),
            position=position,
            seconds_left=max(0.0, phase.end - position),
            resume_seconds_left=max(0.0, self._hold_until - now) if resuming else 0.0,
            total_seconds_left=self.timeline.duration - position,
            exercises_total=len(self.timeline.exercises),
        )

    def seconds_to_next_change(self, now: float | None = None) -> float | None:
        """Session seconds until anything shown changes (a countdown digit or the phase); None when frozen."""
        return self.snapshot(now).seconds_to_next_change

    def poll(self, now: float | None = None) -> list[Event]:
        """Events since the last poll (or command), oldest first."""
        self._sync(self.clock.now() if now is None else now)
        events, self._events = self._events, []
        return events

    @property
    def exercises_done(self) -> int:
        self._sync(self.clock.now())
        return len(self._done)

    @property
    def completed(self) -> bool:
        """Reached the end with every included exercise done."""
        return self.state is State.FINISHED and len(self._done) == len(self.timeline.exercises)

    def elapsed(self, now: float | None = None) -> float:
        """Clock seconds since start, pauses included."""
        if self.started_at is None:
            return 0.0
        end = self.ended_at if self.ended_at is not None else (self.clock.now() if now is None else now)
        return end - self.started_at

    # -- commands ------------------------------------------------------------------------------
    def start(self) -> None:
        if self._state is not State.READY:
            raise RuntimeError(f"cannot start a session that is {self._state.value}")
        now = self.clock.now()
        self.started_at = now
        self._anchor = now
        self._state = State.RUNNING
        self._events.append(Event(EventKind.PHASE_CHANGED, self.timeline.phases[0]))

    def pause(self) -> None:
        now = self.clock.now()
        self._sync(now)
        if not self._state.live:
            return
        self._frozen = self.position(now)
        self._hold_until = 0.0
        self._state = State.PAUSED

    def resume(self, countdown: float = RESUME_COUNTDOWN_SECONDS) -> None:
        """Continue after a pause, after a short countdown so the hold never starts before the user is ready."""
        if self._state is not State.PAUSED:
            return
        now = self.clock.now()
        self._hold_until = now + countdown
        self._anchor = self._hold_until - self._frozen
        self._state = State.RESUMING if countdown > 0 else State.RUNNING

    def toggle(self) -> None:
        """What Space does: start, pause or resume."""
        if self._state is State.READY:
            self.start()
        elif self._state is State.PAUSED:
            self.resume()
        elif self._state.live:
            self.pause()

    def skip(self) -> None:
        """Go to the next exercise; skipping the last one ends the session."""
        if self._state.over or self._state is State.READY:
            return
        now = self.clock.now()
        self._sync(now)
        current = self.timeline.phase_at(self.position(now))
        self._jump(self.timeline.exercise_start(current.exercise_number + 1), now)

    def back(self) -> None:
        """Restart this exercise, or go to the one before when this one has only just begun."""
        if self._state.over or self._state is State.READY:
            return
        now = self.clock.now()
        self._sync(now)
        position = self.position(now)
        number = self.timeline.phase_at(position).exercise_number
        start = self.timeline.exercise_start(number)
        if position - start < BACK_RESTARTS_WITHIN and number > 1:
            start = self.timeline.exercise_start(number - 1)
        self._jump(start, now)

    def restart_side(self) -> None:
        """Start the current leg's reps again from its first phase."""
        if self._state.over or self._state is State.READY:
            return
        now = self.clock.now()
        self._sync(now)
        self._jump(self.timeline.side_start(self.timeline.phase_at(self.position(now))), now)

    def stop(self) -> None:
        """End early; the session is kept as not completed."""
        if self._state.over:
            return
        now = self.clock.now()
        self._sync(now)
        if self._state.over:
            return
        self._frozen = self.position(now)
        self._state = State.STOPPED
        self.ended_at = now

    # -- internals -----------------------------------------------------------------------------
    def _jump(self, target: float, now: float) -> None:
        if self._state.live:
            self._hold_until = 0.0
            self._anchor = now - target
            self._state = State.RUNNING
        self._frozen = target
        phase = self.timeline.phase_at(target)
        self._seen_index = phase.index
        self._events.append(Event(EventKind.PHASE_CHANGED, phase))
        if phase.kind is PhaseKind.DONE:
            self._finish(now, phase)

    def _finish(self, now: float, phase: Phase) -> None:
        self._state = State.FINISHED
        self.ended_at = now
        self._events.append(Event(EventKind.SESSION_DONE, phase))

    def _sync(self, now: float) -> None:
        """Record what time passing has done since last seen: entered phases, reps and exercises finished."""
        if not self._state.started:
            return
        position = self.position(now)
        phases = self.timeline.phases
        target = self.timeline.phase_at(position).index
        while self._seen_index < target:
            previous = phases[self._seen_index]
            self._seen_index += 1
            entered = phases[self._seen_index]
            if previous.kind is PhaseKind.RELEASE:
                self._events.append(Event(EventKind.REP_COMPLETED, previous))
                last_rep_of_exercise = (entered.exercise_number != previous.exercise_number
                                        or entered.kind is PhaseKind.REST)
                if last_rep_of_exercise:
                    self._done.add(previous.exercise_number)
                    self._events.append(Event(EventKind.EXERCISE_DONE, previous))
            self._events.append(Event(EventKind.PHASE_CHANGED, entered))
            if entered.kind is PhaseKind.SWITCH_SIDE:
                self._events.append(Event(EventKind.SIDE_SWITCHED, entered))
            if entered.kind is PhaseKind.DONE:
                self.ended_at = self._anchor + entered.start if self._state is not State.PAUSED else now
                self._state = State.FINISHED
                self._events.append(Event(EventKind.SESSION_DONE, entered))
                break
