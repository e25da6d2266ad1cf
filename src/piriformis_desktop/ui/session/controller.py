"""The one QObject that owns the session's timer: it asks the Session what changed and emits Signals.

Lifetime: the controller is parented to the main window; its single QTimer is parented to the
controller and runs only while a session is running or resuming. It never counts ticks: each wake
reads the clock through the Session and schedules the next wake for when a shown value changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from piriformis_desktop.core.clock import Clock
from piriformis_desktop.core.cues import CueFollower, cue_schedule
from piriformis_desktop.core.pacing import audible_schedule
from piriformis_desktop.core.session import Event, EventKind, Session, Snapshot, State
from piriformis_desktop.core.timeline import PhaseKind, Timeline

FRAME_MS = 40  # 25 frames a second while the figure moves: smooth enough, cheap enough
ANIMATED_PHASES = (PhaseKind.MOVE, PhaseKind.RELEASE)


class SessionController(QObject):
    snapshot_changed = Signal(object)  # Snapshot: repaint what it says
    phase_changed = Signal(object)  # Phase entered (announced to screen readers and cues)
    side_switched = Signal(object)  # the SWITCH_SIDE phase entered
    exercise_done = Signal(object)
    session_started = Signal()
    session_ended = Signal(object)  # the Session, finished or stopped
    cue_due = Signal(object)  # the Cue core's CueFollower says to play now (never while paused)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.session: Session | None = None
        self.animate = True  # the player turns this off while it is not visible
        self._timer = QTimer(self)
        self._timer.setObjectName("session-timer")
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.update_now)
        self._cues: CueFollower | None = None
        self._ended_reported = False
        self.wakes = 0  # how often the timer fired, for the idle-CPU bench

    # -- intent from the window ----------------------------------------------------------------
    def load(self, timeline: Timeline) -> None:
        """Prepare a new session (not started) for `timeline`."""
        self._timer.stop()
        self.session = Session(timeline, self.clock)
        # one per session, fed every snapshot; sped up (PIRIFORMIS_TIME_SCALE), only milestones are heard
        self._cues = CueFollower(audible_schedule(cue_schedule(timeline), self.clock.scale))
        self._ended_reported = False
        self.snapshot_changed.emit(self.session.snapshot())

    @property
    def running(self) -> bool:
        return self.session is not None and self.session.state in (State.RUNNING, State.RESUMING, State.PAUSED)

    def toggle(self) -> None:
        if self.session is None or self.session.state.over:
            return
        starting = self.session.state is State.READY
        self.session.toggle()
        if starting:
            self.session_started.emit()
        self.update_now()

    def skip(self) -> None:
        self._command(Session.skip)

    def back(self) -> None:
        self._command(Session.back)

    def restart_side(self) -> None:
        self._command(Session.restart_side)

    def pause(self) -> None:
        self._command(Session.pause)

    def stop(self) -> None:
        self._command(Session.stop)

    def next_wake_ms(self) -> int | None:
        """Milliseconds until the timer wakes to change what is shown; None while nothing will change."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    def shutdown(self) -> None:
        """Stop the timer for good (window closing)."""
        self._timer.stop()

    # -- the one wake-up path ------------------------------------------------------------------
    def update_now(self, jumped: bool = False) -> None:
        """Read the session at this instant, emit what happened, and schedule the next wake. `jumped`: a command
        just moved the session (the cue of the place moved to is due, not those jumped over)."""
        session = self.session
        if session is None:
            return
        self.wakes += 1
        now = self.clock.now()
        events = session.poll(now)
        snapshot = session.snapshot(now)
        self._emit_events(events)
        assert self._cues is not None  # load() makes both the session and its cues
        for cue in self._cues.due(snapshot, jumped):
            self.cue_due.emit(cue)
        self.snapshot_changed.emit(snapshot)
        # The snapshot in hand decides, not `session.state`: reading that looks at the clock again, and a session
        # that reached its end while the card repainted would be reported ended with its last cue never asked for.
        if snapshot.state.over:
            self._timer.stop()
            if not self._ended_reported:
                self._ended_reported = True
                self.session_ended.emit(session)
            return
        self._schedule(snapshot)

    def _schedule(self, snapshot: Snapshot) -> None:
        wait = snapshot.seconds_to_next_change  # read off the snapshot in hand: one snapshot per wake
        if wait is None:
            self._timer.stop()  # paused or ready: nothing changes until the user acts
            return
        ms = wait / self.clock.scale * 1000.0
        if self.animate and snapshot.state is State.RUNNING and snapshot.phase.kind in ANIMATED_PHASES:
            ms = min(ms, FRAME_MS)
        self._timer.start(max(1, int(ms + 0.999)))  # round up: waking early would show the old digit

    def _command(self, command) -> None:
        if self.session is None or self.session.state in (State.READY,) or self.session.state.over:
            return
        self.update_now()  # account for the time up to this instant before the command moves anything
        command(self.session)
        self.update_now(jumped=True)

    def _emit_events(self, events: list[Event]) -> None:
        for event in events:
            if event.kind is EventKind.PHASE_CHANGED:
                self.phase_changed.emit(event.phase)
            elif event.kind is EventKind.SIDE_SWITCHED:
                self.side_switched.emit(event.phase)
            elif event.kind is EventKind.EXERCISE_DONE:
                self.exercise_done.emit(event.phase)
