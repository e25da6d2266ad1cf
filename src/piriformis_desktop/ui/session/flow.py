"""A session's life in the window: made from the settings, started, paused and stopped, shown on the card, heard as
cues, announced to screen readers at milestones, and kept when it ends (summary, history, check-in).

The window assembles; this object runs the session part of it. It owns the SessionController (and through it
the one timer) and the SessionKeeper, and reads everything else through the window it belongs to.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from piriformis_desktop.core.card import card_text
from piriformis_desktop.core.clock import Clock
from piriformis_desktop.core.keeping import SessionKeeper
from piriformis_desktop.core.pain import pain_after_key
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import Session, State
from piriformis_desktop.core.stats import session_seconds
from piriformis_desktop.core.timeline import build_timeline
from piriformis_desktop.ui.session.controller import SessionController

class SessionFlow(QObject):
    def __init__(self, window, clock: Clock) -> None:
        super().__init__(window)
        self.window = window
        self.controller = SessionController(clock, self)
        self.keeper = SessionKeeper(window.history, None)
        self.last_record = None
        self._checkin = None  # the pain check-in, made at the first summary
        self._state: State | None = None  # the state the window last showed (its controls follow it)
        c = self.controller
        c.snapshot_changed.connect(self._show_snapshot)
        c.cue_due.connect(self._play_cue)
        c.phase_changed.connect(self._announce_phase)
        c.exercise_done.connect(lambda _: self.keeper.progressed(c.session))
        c.side_switched.connect(lambda _: self.keeper.progressed(c.session))
        c.session_started.connect(lambda: self.keeper.started(c.session, window.settings))
        c.snapshot_changed.connect(lambda _: self.keeper.tick(c.session))  # the journal: every phase, every 10 s
        c.session_ended.connect(self._session_ended)

    def bind(self, commands, summary) -> None:
        """The session's commands (buttons, menu and keys share them) and the summary's 'start a new session'."""
        commands.toggle.triggered.connect(self.toggle)
        commands.back.triggered.connect(self.controller.back)
        commands.skip.triggered.connect(self.controller.skip)
        commands.restart_side.triggered.connect(self.controller.restart_side)
        summary.new_session_requested.connect(self.start_another)
        self.window.player.card.pain_scale.chosen.connect(self.choose_pain)
        self.window.player.card.safety.acknowledged.connect(self.safety_read)

    @property
    def session(self) -> Session | None:
        return self.controller.session

    def first_side(self) -> Side:
        history = self.window.history
        last = history.last_first_side() if history is not None else None
        return self.window.settings.start_side.resolve(Side(last) if last else None)

    def new_session(self) -> None:
        """A fresh session from the current settings, ready for Space."""
        window = self.window
        self.controller.load(build_timeline(window.routine, window.settings, self.first_side()))
        self.keeper.pain_before = None
        window.player.show_card()
        self._show_pain_before()

    def start_another(self) -> None:
        """The summary's 'Start a new session': a fresh one from the current settings, started at once."""
        self.new_session()
        self.toggle()

    def make_ready(self) -> None:
        """A session ready for Space (from a reminder): the one in progress stays, an ended one is replaced."""
        if self.session is None or self.session.state.over:
            self.new_session()

    def toggle(self) -> None:
        if self.session is None or self.session.state.over:
            self.new_session()
        self.controller.toggle()
        self.running_changed()

    def start_now(self) -> None:
        """`--start`: begin at once."""
        if self.session is not None and self.session.state is State.READY:
            self.toggle()

    def ready_for_new_settings(self) -> bool:
        """Nothing started (or the last one ended and its summary is not on screen): settings can rebuild it."""
        session, player = self.session, self.window.player
        idle = session is None or session.state is State.READY or session.state.over
        return idle and player.currentWidget() is not player.summary

    def stop_after_asking(self) -> None:
        """Esc: stop the session if the user confirms; otherwise carry on as before."""
        session = self.session
        if session is None or session.state is State.READY or session.state.over:
            return
        was_running = session.state in (State.RUNNING, State.RESUMING)
        self.controller.pause()
        if self.window.confirm_stop():
            self.controller.stop()
        elif was_running:
            self.controller.toggle()

    def stop_for_closing(self) -> bool:
        """The window is closing: a session under way stops (kept as partial) if the user agrees; False: keep it."""
        if self.controller.running:
            self.controller.pause()
            if not self.window.confirm_stop():
                return False
            self.controller.stop()
        return True

    def type_pain(self, key_text: str) -> bool:
        """On the ready card a digit records pain now (1 then 0 is 10), saved with the session. True if taken."""
        window = self.window
        score = pain_after_key(self.keeper.pain_before, key_text)
        on_ready_card = (self.session is not None and self.session.state is State.READY
                         and window.tabs.currentWidget() is window.player
                         and window.player.currentWidget() is window.player.card)
        if score is None or not on_ready_card:
            return False
        self.keeper.pain_before = score
        self._show_pain_before()
        return True

    def show_safety(self) -> None:
        """The safety points on the Ready card until the user has said "Got it" once (settings.safety_read)."""
        window = self.window
        ready = self.session is not None and self.session.state is State.READY
        window.player.card.show_safety(window.routine.safety if ready and not window.settings.safety_read else None)

    def safety_read(self) -> None:
        """"Got it": remembered in the settings; the card shows its picture and countdown again."""
        saved = self.window.store.update({"safety_read": True})
        if saved.error:
            self.window.notice.add(saved.error)

    def choose_pain(self, score: int) -> None:
        """A score clicked on the Ready card: pain before this session, saved with it."""
        if self.session is not None and self.session.state is State.READY:
            self.keeper.pain_before = score
            self._show_pain_before()

    def _show_pain_before(self) -> None:
        pain = self.keeper.pain_before
        self.window.player.card.set_pain_before(
            self.tr("Optional: type your pain now, 0 (none) to 10 (worst imaginable), before you press Space.")
            if pain is None else
            self.tr("Pain before this session: {pain} of 10 (type another number to change it).").format(pain=pain),
            pain)

    def _play_cue(self, cue) -> None:
        """Play what core's CueFollower says is due now (the one cue rule, see core/cues.py)."""
        if self.window.cue_player is not None:
            self.window.cue_player.play(cue)

    def _announce_phase(self, phase) -> None:
        """Tell screen readers about milestones (a phase begins), never every second."""
        if self.session is None:
            return
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # first phase change, not start-up

        label = self.window.player.card.phase
        text = card_text(self.session.snapshot()).announcement
        label.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(label, text))

    def _show_snapshot(self, snapshot) -> None:
        self.window.player.card.show_snapshot(snapshot)
        if snapshot.state is not self._state:  # not on every tick: only what the state decides
            self._state = snapshot.state
            self._show_state(snapshot.state)

    def _show_state(self, state: State) -> None:
        window = self.window
        live = state in (State.RUNNING, State.RESUMING)
        if window.screen_awake is not None and live:
            window.screen_awake.hold()
        elif window.screen_awake is not None:
            window.screen_awake.release()
        commands = window.commands
        commands.toggle.setText(self._toggle_text(state))
        window.player.card.pain_entry.setVisible(state is State.READY)
        window.player.card.progress.setVisible(state is not State.READY)  # empty, it looks like a field
        self.show_safety()
        started = state is not State.READY and not state.over
        for act in (commands.back, commands.skip, commands.restart_side, commands.stop):
            act.setEnabled(started)

    def _toggle_text(self, state: State) -> str:
        """What Space (and the button that shares its action) does now."""
        if state is State.PAUSED:
            return self.tr("Resume")
        if state in (State.RUNNING, State.RESUMING):
            return self.tr("Pause")
        return self.tr("Start")

    def _session_ended(self, session: Session) -> None:
        window = self.window
        record, saved = self.keeper.ended(session, window.settings)
        if record is None and window.history is not None and window.history.writable:
            print(f"piriformis-desktop: {saved}", file=sys.stderr)
            window.notice.add(saved)
        self.last_record = record
        window.session_recorded.emit(record)
        if record is not None:
            window.history_changed()
        window.player.summary.show_result(
            completed=session.completed, seconds=session_seconds(session), exercises_done=session.exercises_done,
            exercises_total=len(session.timeline.exercises), saved_message=saved,
        )
        window.player.show_summary()
        self._checkin_flow().offer(window.history, record)
        self.running_changed()
        if window.reminder_tray is not None:
            window.reminder_tray.reschedule()  # no reminder today once the routine is done

    def _checkin_flow(self):
        if self._checkin is None:
            from piriformis_desktop.ui.session.checkin import CheckInFlow  # first summary, not start-up

            self._checkin = CheckInFlow(self.window.player.summary, self)
            self._checkin.saved.connect(self.window.history_changed)
        return self._checkin

    @property
    def checkin(self):
        """The check-in panel on the summary, once one was offered."""
        return None if self._checkin is None else self._checkin.panel

    def running_changed(self) -> None:
        pane = self.window.settings_page.content
        if pane is not None:
            pane.set_session_running(self.controller.running)
