"""A session's life on screen: made from the settings, started, paused and stopped, shown on the card, announced
to screen readers at milestones, and kept when it ends (summary, history, check-in).

A presenter: it is built from its collaborators (the clock, the player page, the settings store, the history,
the session's commands and the question that stops a session) and talks back only through its own signals. It
owns the SessionController (and through it the one timer) and the SessionKeeper. The window wires it to the
rest (the notice bar, sound, the screen-awake hold, the Settings tab) and is never read or written from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from piriformis_desktop.core.card import Jump, card_text, jump_words
from piriformis_desktop.core.clock import Clock
from piriformis_desktop.core.history.source import Change, HistoryChange, HistorySource
from piriformis_desktop.core.keeping import SessionKeeper, session_seconds
from piriformis_desktop.core.pain import pain_after_key
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import Session, Snapshot, State
from piriformis_desktop.core.settings import Settings, SettingsStore
from piriformis_desktop.core.timeline import build_timeline
from piriformis_desktop.ui.actions import Actions
from piriformis_desktop.ui.session.controller import SessionController
from piriformis_desktop.ui.session.page import PlayerPage

if TYPE_CHECKING:
    from piriformis_desktop.core.history.record import SessionRecord
    from piriformis_desktop.core.timeline import Phase
    from piriformis_desktop.ui.session.checkin import CheckInPanel
    from piriformis_desktop.ui.session.checkin_flow import CheckInFlow


class SessionFlow(QObject):
    session_recorded = Signal(object)  # the SessionRecord saved when a session ended (None: it could not be)
    notice = Signal(str)  # a sentence for the notice bar
    running_changed = Signal(bool)  # a session is under way (started, not over): settings wait for it
    live_changed = Signal(bool)  # the clock moves the session on: the screen should stay awake

    def __init__(self, clock: Clock, *, player: PlayerPage, store: SettingsStore, history: HistorySource,
                 commands: Actions, ask_stop: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player, self.store, self.history, self.commands = player, store, history, commands
        self.ask_stop = ask_stop  # "Stop this session?": True to stop
        self.controller = SessionController(clock, self)
        self.keeper = SessionKeeper(history, None)
        self.last_record: SessionRecord | None = None  # the last ended session's record (None: not saved, or none yet)
        self._checkin: CheckInFlow | None = None  # the pain check-in, made at the first summary
        self._state: State | None = None  # the state last shown (the controls follow it, not every tick)
        self._confirmed_until: float | None = None  # clock time until which the card says what a key did
        self._pain_open: bool | None = None  # whether the pain-before field was last shown
        self._started_at_once = False  # `--start`: no Ready card, so pain before stays open through get-ready
        c = self.controller
        c.snapshot_changed.connect(self._show_snapshot)
        c.phase_changed.connect(self._announce_phase)
        c.exercise_done.connect(lambda _: self.keeper.progressed(self._running()))
        c.side_switched.connect(lambda _: self.keeper.progressed(self._running()))
        c.session_started.connect(lambda: self.keeper.started(self._running(), self.settings))
        c.snapshot_changed.connect(lambda _: self.keeper.tick(self._running()))  # the journal: every phase, every 10 s
        c.session_ended.connect(self._session_ended)
        commands.toggle.triggered.connect(self.toggle)
        commands.back.triggered.connect(lambda: self.jump(Jump.BACK, c.back))
        commands.skip.triggered.connect(lambda: self.jump(Jump.SKIP, c.skip))
        commands.restart_side.triggered.connect(lambda: self.jump(Jump.RESTART_SIDE, c.restart_side))
        player.new_session_requested.connect(self.start_another)
        player.card.pain_scale.chosen.connect(self.choose_pain)
        player.card.safety.acknowledged.connect(self.safety_read)
        store.subscribe(self._settings_changed)
        history.subscribe(self._history_changed)

    @property
    def settings(self) -> Settings:
        return self.store.settings

    @property
    def session(self) -> Session | None:
        return self.controller.session

    def _running(self) -> Session:
        """The session the controller signals about: it emits nothing before `load` made one."""
        assert self.controller.session is not None, "the controller signals only about a session it holds"
        return self.controller.session

    def attach_journal(self, journal) -> None:
        """The journal that keeps a running session on disk (opened after the first frame, with the history)."""
        self.keeper.journal = journal

    # -- making and starting sessions ---------------------------------------------------------------
    def first_side(self) -> Side:
        last = self.history.last_first_side()
        return self.settings.start_side.resolve(Side(last) if last else None)

    def new_session(self) -> None:
        """A fresh session from the current settings, on the Ready card with its pain-before scale."""
        if self._checkin is not None:
            self._checkin.leave()  # an answer given on the summary is kept (only Skip takes it back)
        self._started_at_once = False
        self.controller.load(build_timeline(self.store.routine, self.settings, self.first_side()))
        self.keeper.pain_before = None
        self._confirmed_until = None
        self.player.card.confirm("")
        self.player.show_card()
        self._show_pain_before()

    def start_another(self) -> None:
        """The summary's 'Start a new session': a fresh one from the current settings, on its Ready card (pain
        before first; Space starts it)."""
        self.new_session()

    def make_ready(self) -> None:
        """A session ready for Space (from a reminder): the one in progress stays, an ended one is replaced."""
        if self.session is None or self.session.state.over:
            self.new_session()

    def toggle(self) -> None:
        """Space: start, pause or resume; after a session, a new one's Ready card (pain before, then Space)."""
        if self.session is None or self.session.state.over:
            self.new_session()
            return
        self.controller.toggle()
        self.running_changed.emit(self.controller.running)

    def start_now(self) -> None:
        """`--start`: begin at once."""
        if self.session is not None and self.session.state is State.READY:
            self._started_at_once = True
            self.toggle()

    def ready_for_new_settings(self) -> bool:
        """Nothing started (or the last one ended and its summary is not on screen): settings can rebuild it."""
        session = self.session
        return (session is None or not session.state.started) and not self.player.showing_summary()

    # -- navigation keys -----------------------------------------------------------------------------
    CONFIRM_SECONDS = 3.0  # how long the card says what a navigation key did (clock time)

    def jump(self, jump: Jump, command: Callable[[], None]) -> None:
        """Left, Right or R: move the session, then say what happened, on the card and to a screen reader, so a
        key never seems to do nothing (Right then Left can look the same). Aloud, the cue of the phase it lands
        in speaks (core's cue rules: a jump while paused stays silent until the user resumes)."""
        session = self.session
        if session is None or not session.state.started or session.state.over:
            return
        before = session.snapshot()
        command()
        after = session.snapshot()
        words = jump_words(jump, before, after)
        if not words:
            return
        self._confirmed_until = self.controller.clock.now() + self.CONFIRM_SECONDS
        self.player.card.confirm(words)
        self.player.card.announce(words)

    # -- stopping ------------------------------------------------------------------------------------
    def stop_after_asking(self) -> None:
        """Esc: stop the session if the user confirms; otherwise carry on as before."""
        session = self.session
        if session is None or not session.state.started:
            return
        was_live = session.state.live
        self.controller.pause()
        if self.ask_stop():
            self.controller.stop()
        elif was_live:
            self.controller.toggle()

    def stop_for_closing(self) -> bool:
        """The window is closing: a session under way stops (kept as partial) if the user agrees; False: keep it."""
        if self.controller.running:
            self.controller.pause()
            if not self.ask_stop():
                return False
            self.controller.stop()
        return True

    def shutdown(self) -> None:
        """The window is closing for good: the timer stops."""
        self.controller.shutdown()

    # -- the Ready card: pain before, safety ---------------------------------------------------------
    def pain_before_open(self) -> bool:
        return self.session is not None and self.session.snapshot().pain_before_open(self._started_at_once)

    def type_pain(self, key_text: str) -> bool:
        """Before the session (or in its first get-ready) a digit records pain now (1 then 0 is 10), saved with the
        session. True if taken."""
        score = pain_after_key(self.keeper.pain_before, key_text)
        if score is None or not self.pain_before_open() or not self.player.showing_card():
            return False
        self.keeper.pain_before = score
        self._show_pain_before()
        return True

    def show_safety(self) -> None:
        """The safety points on the Ready card until the user has said "Got it" once (settings.safety_read)."""
        ready = self.session is not None and self.session.state is State.READY
        self.player.card.show_safety(self.store.routine.safety if ready and not self.settings.safety_read else None)

    def safety_read(self) -> None:
        """"Got it": remembered in the settings; the card shows its picture and countdown again."""
        saved = self.store.update({"safety_read": True})
        if saved.error:
            self.notice.emit(saved.error)

    def choose_pain(self, score: int) -> None:
        """A score clicked on the Ready card: pain before this session, saved with it."""
        if self.pain_before_open():
            self.keeper.pain_before = score
            self._show_pain_before()

    def _show_pain_before(self) -> None:
        pain = self.keeper.pain_before
        self.player.card.set_pain_before(
            self.tr("Optional: type your pain now, 0 (none) to 10 (worst imaginable), before you press Space.")
            if pain is None else
            self.tr("Pain before this session: {pain} of 10 (type another number to change it).").format(pain=pain),
            pain)

    # -- what the session shows ----------------------------------------------------------------------
    def _announce_phase(self, phase: Phase) -> None:
        """Tell screen readers about milestones (a phase begins), never every second."""
        if self.session is not None:
            self.player.card.announce(card_text(self.session.snapshot()).announcement)

    def _show_snapshot(self, snapshot: Snapshot) -> None:
        self.player.card.show_snapshot(snapshot)
        pain_open = snapshot.pain_before_open(self._started_at_once)
        if pain_open is not self._pain_open:
            self._pain_open = pain_open
            self.player.card.show_pain_entry(pain_open)
        if self._confirmed_until is not None and self.controller.clock.now() >= self._confirmed_until:
            self._confirmed_until = None
            self.player.card.confirm("")
        if snapshot.state is not self._state:  # not on every tick: only what the state decides
            self._state = snapshot.state
            self._show_state(snapshot.state)

    def _show_state(self, state: State) -> None:
        self.live_changed.emit(state.live)
        self.commands.toggle.setText(self._toggle_text(state))
        self.player.card.show_state(state)
        self.show_safety()
        for act in (self.commands.back, self.commands.skip, self.commands.restart_side, self.commands.stop):
            act.setEnabled(state.started)

    def _toggle_text(self, state: State) -> str:
        """What Space (and the button that shares its action) does now."""
        if state is State.PAUSED:
            return self.tr("Resume")
        if state.live:
            return self.tr("Pause")
        return self.tr("Start")

    # -- the end -------------------------------------------------------------------------------------
    def _session_ended(self, session: Session) -> None:
        record, saved = self.keeper.ended(session, self.settings)
        if record is None and self.history.writable:
            self.notice.emit(saved)
        self.last_record = record
        summary = self.player.summary
        summary.show_result(
            completed=session.completed, seconds=session_seconds(session), exercises_done=session.exercises_done,
            exercises_total=len(session.timeline.exercises), saved_message=saved,
        )
        self.player.show_summary()
        self._checkin_flow().offer(self.history, record)
        self.running_changed.emit(self.controller.running)
        self.session_recorded.emit(record)

    def _checkin_flow(self) -> CheckInFlow:
        if self._checkin is None:
            from piriformis_desktop.ui.session.checkin_flow import CheckInFlow  # first summary, not start-up

            self._checkin = CheckInFlow(self.player.summary, self)
        return self._checkin

    @property
    def checkin(self) -> CheckInPanel | None:
        """The check-in panel on the summary, once one was offered."""
        return None if self._checkin is None else self._checkin.panel

    # -- what others changed -------------------------------------------------------------------------
    def _settings_changed(self, settings: Settings, changed: frozenset[str]) -> None:
        """A session not yet started is rebuilt from new settings; a running one keeps its timeline."""
        if "safety_read" in changed:
            self.show_safety()
        if changed != {"safety_read"} and self.ready_for_new_settings():
            self.new_session()  # not for "Got it": a pain score chosen on the Ready card stays

    def _history_changed(self, change: HistoryChange) -> None:
        """The history opened after the first frame: a ready session picks up 'alternate' from it."""
        if change.kind is Change.OPENED and self.ready_for_new_settings():
            self.new_session()
