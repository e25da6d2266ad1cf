"""The main window: the player first, then settings and history; menus, shortcuts and session lifecycle."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from piriformis_desktop import APP_NAME
from piriformis_desktop.core.card import card_text
from piriformis_desktop.core.clock import Clock
from piriformis_desktop.core.keeping import SessionKeeper
from piriformis_desktop.core.routine import Routine, Side
from piriformis_desktop.core.session import Session, State
from piriformis_desktop.core.settings import Settings
from piriformis_desktop.core.timeline import build_timeline
from piriformis_desktop.ui import documents
from piriformis_desktop.ui.actions import make_actions
from piriformis_desktop.ui.lazy_page import LazyPage
from piriformis_desktop.ui.notice import NoticeBar
from piriformis_desktop.ui.player import PlayerPage
from piriformis_desktop.ui.session_controller import SessionController

if TYPE_CHECKING:  # the history (and sqlite3) loads after the first paint, see ui.app
    from piriformis_desktop.core.history import HistoryStore, SessionRecord
    from piriformis_desktop.core.journal import SessionJournal

TOGGLE_TEXT = {State.READY: "Start", State.PAUSED: "Resume", State.RUNNING: "Pause", State.RESUMING: "Pause"}


class MainWindow(QMainWindow):
    session_recorded = Signal(object)  # the SessionRecord written (or None when it could not be saved)

    def __init__(self, routine: Routine, settings: Settings, settings_path: Path, history: HistoryStore | None,
                 clock: Clock, notices: list[str] | None = None, journal: SessionJournal | None = None) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.routine = routine
        self.settings = settings
        self.settings_path = settings_path
        self.history = history
        self.keeper = SessionKeeper(history, journal)
        self._checkin = None  # the pain check-in, made at the first summary
        self.reminder_tray = None  # attached after the window shows, like sound
        self._quitting = False
        self.last_record: SessionRecord | None = None
        self.settings_notice: str | None = None  # what was wrong with settings.toml at start, if anything
        self.cue_player = None  # attached after the window shows: loading audio must not delay start-up
        self.screen_awake = None  # likewise: a D-Bus round trip is not worth delaying the first paint for

        self.commands = make_actions(self)
        self.controller = SessionController(clock, self)
        self.player = PlayerPage()
        for act, name in zip(self.commands.session_actions(), ("back", "toggle", "skip", "restart-side", "stop")):
            self.player.card.add_action_button(act, f"{name}-button")
        self.notice = NoticeBar()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.player, "Session")
        self.settings_page = LazyPage(self._build_settings_pane)
        self.history_page = LazyPage(self._build_history_view)
        self.tabs.addTab(self.settings_page, "Settings")
        self.tabs.addTab(self.history_page, "History")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._connect()
        for message in notices or []:
            self.notice.add(message)
        self.new_session()

    # -- assembly ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.commands
        menu = self.menuBar().addMenu("&File")
        menu.addActions([a.print_sheet, a.save_sheet, a.print_report])
        menu.addSeparator()
        menu.addAction(a.export_history)
        menu.addSeparator()
        menu.addAction(a.quit)
        menu = self.menuBar().addMenu("&Session")
        menu.addActions([a.toggle, a.back, a.skip, a.restart_side, a.stop])
        menu = self.menuBar().addMenu("&View")
        menu.addAction(a.fullscreen)
        menu = self.menuBar().addMenu("&Help")
        menu.addActions([a.shortcuts, a.about_routine, a.about])

    def _connect(self) -> None:
        a, c = self.commands, self.controller
        a.toggle.triggered.connect(self.toggle)
        a.back.triggered.connect(c.back)
        a.skip.triggered.connect(c.skip)
        a.restart_side.triggered.connect(c.restart_side)
        a.stop.triggered.connect(self.request_stop)
        a.quit.triggered.connect(self.close)
        a.export_history.triggered.connect(self.export_history)
        a.print_sheet.triggered.connect(lambda: documents.print_sheet(self))
        a.save_sheet.triggered.connect(lambda: documents.save_sheet(self))
        a.print_report.triggered.connect(lambda: documents.print_report(self))
        a.about_routine.triggered.connect(self.show_about_routine)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)
        a.fullscreen.setCheckable(True)
        a.fullscreen.toggled.connect(self.set_fullscreen)
        c.snapshot_changed.connect(self._show_snapshot)
        c.cue_due.connect(self._play_cue)
        c.phase_changed.connect(self._announce_phase)
        c.exercise_done.connect(lambda _: self.keeper.progressed(self.controller.session))
        c.side_switched.connect(lambda _: self.keeper.progressed(self.controller.session))
        c.session_started.connect(lambda: self.keeper.started(self.controller.session, self.settings))
        c.session_ended.connect(self._session_ended)
        self.player.summary.new_session_requested.connect(self.new_session)
        self.player.summary.history_requested.connect(lambda: self.tabs.setCurrentWidget(self.history_page))

    def _build_settings_pane(self) -> QWidget:
        from piriformis_desktop.ui.settings_pane import SettingsPane  # built when the tab is first opened

        pane = SettingsPane(self.routine, self.settings, self.settings_path)
        pane.settings_changed.connect(self.apply_settings)
        pane.set_session_running(self.controller.running)
        pane.set_sound_status(self.sound_status())
        pane.show_notice(self.settings_notice)
        if self.reminder_tray is not None:
            pane.set_tray_status(self.reminder_tray.reason)
        return pane

    def _build_history_view(self) -> QWidget:
        from piriformis_desktop.ui.history_view import HistoryView  # pulls in pyqtgraph: only when first shown

        return HistoryView(self.history, self.settings.weekly_goal)

    # -- the session ---------------------------------------------------------------------------
    def attach_history(self, history: HistoryStore | None, notice: str | None = None) -> None:
        """The history, opened once the window is on screen; a ready session picks up 'alternate' from it."""
        self.history = self.keeper.history = history
        self.notice.add(notice)
        session = self.controller.session
        if session is not None and session.state is State.READY and self.player.currentWidget() is self.player.card:
            self.new_session()
        if self.history_page.content is not None:
            self.history_page.content.store = history
            self.history_page.content.refresh()

    def first_side(self) -> Side:
        last = self.history.last_first_side() if self.history is not None else None
        return self.settings.start_side.resolve(Side(last) if last else None)

    def new_session(self) -> None:
        """A fresh session from the current settings, ready for Space."""
        timeline = build_timeline(self.routine, self.settings, self.first_side())
        self.controller.load(timeline)
        self.keeper.pain_before = None
        self.player.show_card()
        self._show_pain_before()

    def attach_cue_player(self, player) -> None:
        """Sound and voice for the cues; the settings pane learns why either is unavailable."""
        self.cue_player = player
        player.set_enabled(self.settings.sound, self.settings.voice)
        player.set_volume(self.settings.volume)
        player.availability_changed.connect(self._sound_status_changed)
        self._sound_status_changed()
        turned_off = getattr(player, "turned_off", None)  # sound that broke mid-session: say so, play on
        if turned_off is not None:
            turned_off.connect(self.notice.add)

    def attach_reminders(self, tray) -> None:
        """Reminders in the system tray; the Settings tab learns if there is no tray to show them."""
        self.reminder_tray = tray
        tray.open_requested.connect(self.show_ready)
        tray.quit_requested.connect(self.quit_from_tray)
        tray.apply(self.settings.reminder_settings())
        if self.settings_page.content is not None:
            self.settings_page.content.set_tray_status(tray.reason)

    def done_days(self) -> set:
        """Days the routine was finished, so no reminder comes on them."""
        if self.history is None:
            return set()
        return {o.local_date for o in self.history.outcomes() if o.completed}

    def show_ready(self) -> None:
        """From a reminder: the window comes forward with a session ready for Space."""
        session = self.controller.session
        if session is None or session.state.over:
            self.new_session()
        self.tabs.setCurrentWidget(self.player)
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit_from_tray(self) -> None:
        self._quitting = True
        self.close()

    def sound_status(self) -> str | None:
        player = self.cue_player
        if player is None:
            return None
        reasons = [r for r in (player.reason if self.settings.sound else None,
                               player.voice_reason if self.settings.voice else None) if r]
        return " ".join(f"{r}." if not r.endswith(".") else r for r in reasons) or None

    def _sound_status_changed(self) -> None:
        if self.settings_page.content is not None:
            self.settings_page.content.set_sound_status(self.sound_status())

    def _play_cue(self, cue) -> None:
        """Play what core's CueFollower says is due now (the one cue rule, see core/cues.py)."""
        if self.cue_player is not None:
            self.cue_player.play(cue)

    def _announce_phase(self, phase) -> None:
        """Tell screen readers about milestones (a phase begins), never every second."""
        session = self.controller.session
        if session is None:
            return
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # first phase change, not start-up

        text = card_text(session.snapshot()).announcement
        self.player.card.phase.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.player.card.phase, text))

    def toggle(self) -> None:
        session = self.controller.session
        if session is None or session.state.over:
            self.new_session()
            session = self.controller.session
        self.controller.toggle()
        self._session_running_changed()

    def start_now(self) -> None:
        """`--start`: begin at once."""
        if self.controller.session is not None and self.controller.session.state is State.READY:
            self.toggle()

    def set_fullscreen(self, on: bool) -> None:
        """Full screen shows only the card, as large as the screen allows; menus and tabs step aside."""
        if on:
            self.tabs.setCurrentWidget(self.player)
        self.tabs.tabBar().setVisible(not on)
        self.menuBar().setVisible(not on)
        self.player.card.set_large_type(on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
        if self.commands.fullscreen.isChecked() != on:
            self.commands.fullscreen.setChecked(on)

    def request_stop(self) -> None:
        """Esc: leave full screen if in it; otherwise stop the session, after asking."""
        if self.isFullScreen():
            self.set_fullscreen(False)
            return
        session = self.controller.session
        if session is None or session.state is State.READY or session.state.over:
            return
        was_running = session.state in (State.RUNNING, State.RESUMING)
        self.controller.pause()
        if self.confirm_stop():
            self.controller.stop()
        elif was_running:
            self.controller.toggle()

    def confirm_stop(self) -> bool:
        from PySide6.QtWidgets import QMessageBox  # only when the user asks to stop

        answer = QMessageBox.question(
            self, "Stop this session?",
            "Stop this session now? It will be kept in your history as not completed.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Before a session, a digit records pain now (1 then 0 is 10); it is saved with the session."""
        session = self.controller.session
        text = event.text()
        if (session is not None and session.state is State.READY and len(text) == 1 and text.isdigit()
                and self.tabs.currentWidget() is self.player and self.player.currentWidget() is self.player.card):
            previous = self.keeper.pain_before
            self.keeper.pain_before = 10 if (text == "0" and previous == 1) else int(text)
            self._show_pain_before()
            return
        super().keyPressEvent(event)

    def _show_pain_before(self) -> None:
        pain = self.keeper.pain_before
        self.player.card.set_pain_before(
            "Optional: type your pain now, 0 (none) to 10 (worst imaginable), before you press Space."
            if pain is None else f"Pain before this session: {pain} of 10 (type another number to change it).")

    def _show_snapshot(self, snapshot) -> None:
        self.player.card.show_snapshot(snapshot)
        if self.screen_awake is not None:
            if snapshot.state in (State.RUNNING, State.RESUMING):
                self.screen_awake.hold()
            else:
                self.screen_awake.release()
        self.commands.toggle.setText(TOGGLE_TEXT.get(snapshot.state, "Start"))
        self.player.card.pain_before.setVisible(snapshot.state is State.READY)
        live = snapshot.state not in (State.READY,) and not snapshot.state.over
        for act in (self.commands.back, self.commands.skip, self.commands.restart_side, self.commands.stop):
            act.setEnabled(live)

    def _session_ended(self, session: Session) -> None:
        record, saved = self.keeper.ended(session, self.settings)
        if record is None and self.history is not None and self.history.writable:
            print(f"piriformis-desktop: {saved}", file=sys.stderr)
            self.notice.add(saved)
        self.last_record = record
        self.session_recorded.emit(record)
        if record is not None:
            self._history_changed()
        self.player.summary.show_result(
            completed=session.completed, seconds=session.elapsed(), exercises_done=session.exercises_done,
            exercises_total=len(session.timeline.exercises), saved_message=saved,
        )
        self.player.show_summary()
        self._checkin_flow().offer(self.history, record)
        self._session_running_changed()
        if self.reminder_tray is not None:
            self.reminder_tray.reschedule()  # no reminder today once the routine is done

    def _checkin_flow(self):
        if self._checkin is None:
            from piriformis_desktop.ui.checkin import CheckInFlow  # first summary, not start-up

            self._checkin = CheckInFlow(self.player.summary, self)
            self._checkin.saved.connect(self._history_changed)
        return self._checkin

    @property
    def checkin(self):
        """The check-in panel on the summary, once one was offered."""
        return None if self._checkin is None else self._checkin.panel

    def _history_changed(self) -> None:
        if self.history_page.content is not None:
            self.history_page.content.refresh()

    def _session_running_changed(self) -> None:
        if self.settings_page.content is not None:
            self.settings_page.content.set_session_running(self.controller.running)

    def apply_settings(self, settings: Settings) -> None:
        """New settings take effect for the next session; a session not yet started is rebuilt now."""
        if settings.autostart != self.settings.autostart:
            from piriformis_desktop.ui.autostart import set_autostart  # only when the user changes it

            try:
                set_autostart(settings.autostart)
            except OSError as error:
                self.notice.add(f"Starting at login could not be {'set up' if settings.autostart else 'removed'}: "
                                f"{error.strerror or error}.")
        if self.reminder_tray is not None:
            self.reminder_tray.apply(settings.reminder_settings())
        if settings.theme != self.settings.theme:
            from piriformis_desktop.ui.theme import apply_theme  # only when the user changes it

            apply_theme(QApplication.instance(), settings.theme)
        self.settings = settings
        if self.cue_player is not None:
            self.cue_player.set_enabled(settings.sound, settings.voice)
            self.cue_player.set_volume(settings.volume)
            self._sound_status_changed()
        session = self.controller.session
        if session is None or session.state is State.READY or session.state.over:
            if not self.player.currentWidget() is self.player.summary:
                self.new_session()
        if self.history_page.content is not None:
            self.history_page.content.set_goal(settings.weekly_goal)

    def export_history(self) -> None:
        """File > Export history: on the History page, where the result is reported."""
        self.tabs.setCurrentWidget(self.history_page)
        self.history_page.build().export_history()

    # -- dialogs -------------------------------------------------------------------------------
    def show_about_routine(self) -> None:
        from piriformis_desktop.ui.about import about_routine_dialog  # rarely opened

        about_routine_dialog(self, self.routine).exec()

    def show_shortcuts(self) -> None:
        from piriformis_desktop.ui.about import shortcuts_dialog  # rarely opened

        shortcuts_dialog(self, self.commands).exec()

    def show_about(self) -> None:
        from piriformis_desktop.ui.about import show_about  # rarely opened

        show_about(self)

    def keep_in_tray(self) -> bool:
        """With reminders on, closing the window can leave the tray icon running; ask once, then remember."""
        tray = self.reminder_tray
        if self._quitting or tray is None or not tray.available or not self.settings.reminders:
            return False
        choice = self.settings.close_to_tray
        if choice == "ask":
            choice = "tray" if self.ask_keep_in_tray() else "quit"
            from piriformis_desktop.core.settings import SettingsError, save_settings

            self.settings = replace(self.settings, close_to_tray=choice)
            try:
                save_settings(self.settings_path, self.settings)
            except SettingsError as error:
                self.notice.add(str(error))
        return choice == "tray"

    def ask_keep_in_tray(self) -> bool:
        from PySide6.QtWidgets import QMessageBox  # asked once

        answer = QMessageBox.question(
            self, "Keep reminders running?",
            "Reminders are on. Keep Piriformis Desktop running in the system tray when this window is closed, "
            "so they can appear? (You can change this in settings.toml: close_to_tray.)",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        session = self.controller.session
        if session is not None and session.state in (State.RUNNING, State.RESUMING, State.PAUSED):
            self.controller.pause()
            if not self.confirm_stop():
                event.ignore()
                return
            self.controller.stop()
        if self.keep_in_tray():
            self.hide()
            event.ignore()
            return
        if self.reminder_tray is not None:
            self.reminder_tray.stop()
        self.controller.shutdown()
        self.statusBar().clearMessage()  # stops its timeout timer along with the window
        super().closeEvent(event)
