"""The main window: tabs, menus and the desktop parts attached after the first frame. It assembles and wires;
the session runs in ui/session/flow.py, the settings live in their store and the sessions in the history source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from piriformis_desktop import APP_NAME
from piriformis_desktop.core.capabilities import unavailable_words
from piriformis_desktop.core.clock import Clock
from piriformis_desktop.core.history.source import Change, HistorySource
from piriformis_desktop.core.reminders import done_days
from piriformis_desktop.core.settings import Settings, SettingsStore
from piriformis_desktop.ui.actions import build_menus, make_actions
from piriformis_desktop.ui.application import application
from piriformis_desktop.ui.documents import menu as documents
from piriformis_desktop.ui.lazy_page import LazyPage
from piriformis_desktop.ui.look.theme import apply_theme
from piriformis_desktop.ui.notice import NoticeBar
from piriformis_desktop.ui.session.flow import SessionFlow
from piriformis_desktop.ui.session.page import PlayerPage

if TYPE_CHECKING:  # the desktop parts load after the first paint, see ui.app
    from piriformis_desktop.core.history import HistoryStore
    from piriformis_desktop.core.routine import Routine
    from piriformis_desktop.ui.desktop.screen_awake import ScreenAwake
    from piriformis_desktop.ui.desktop.sound import CuePlayer
    from piriformis_desktop.ui.desktop.tray import ReminderTray
    from piriformis_desktop.ui.history.view import HistoryView
    from piriformis_desktop.ui.prescription.presenter import PrescriptionPresenter
    from piriformis_desktop.ui.settings.pane import SettingsPane


class MainWindow(QMainWindow):
    def __init__(self, store: SettingsStore, history: HistoryStore | HistorySource | None, clock: Clock,
                 notices: list[str] | None = None) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.store = store  # the one owner of the settings: read through it, change through it
        # the one owner of the history: opened after the first frame (attach), read and subscribed to by all
        self.history = history if isinstance(history, HistorySource) else HistorySource(history)
        self.reminder_tray: ReminderTray | None = None  # attached after the window shows, like sound
        self._quitting = False
        self.settings_notice: str | None = None  # what was wrong with settings.toml at start, if anything
        self.cue_player: CuePlayer | None = None  # attached after the first frame: audio must not delay it

        self.commands = make_actions(self)
        self.player = PlayerPage()
        self.flow = SessionFlow(clock, player=self.player, store=store, history=self.history,
                                commands=self.commands, ask_stop=lambda: self.confirm_stop(), parent=self)
        for act, name in zip(self.commands.session_actions(), ("back", "toggle", "skip", "restart-side", "stop"),
                             strict=True):
            self.player.card.add_action_button(act, f"{name}-button")
        self.notice = NoticeBar()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.player, self.tr("Session"))
        self.settings_page = LazyPage(self._build_settings_pane)
        self.history_page = LazyPage(self._build_history_view)
        self.tabs.addTab(self.settings_page, self.tr("Settings"))
        self.tabs.addTab(self.history_page, self.tr("History"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        build_menus(self.menuBar(), self.commands)
        self._connect()
        store.subscribe(self._settings_changed)
        self._prescriptions: PrescriptionPresenter | None = None  # made when the history opens, or when asked
        self.history.subscribe(lambda change: self.prescriptions if change.kind is Change.OPENED else None)
        self.commands.open_prescription.triggered.connect(lambda: self.prescriptions.choose_and_open())
        self.commands.save_prescription.triggered.connect(lambda: self.prescriptions.save_as())
        for message in notices or []:
            self.notice.add(message)
        self.flow.new_session()

    @property
    def prescriptions(self) -> PrescriptionPresenter:
        """The prescription in force and its dialogs: loaded after the first frame, with the history."""
        if self._prescriptions is None:
            from piriformis_desktop.ui.prescription.presenter import PrescriptionPresenter

            presenter = self._prescriptions = PrescriptionPresenter(self.store, self.history, self.player, self)
            presenter.notice.connect(self.notice.add)
            presenter.settings_wanted.connect(lambda: self.tabs.setCurrentWidget(self.settings_page))
            presenter.refresh()
        return self._prescriptions

    @property
    def settings(self) -> Settings:
        """The settings in force (the store's; never kept here)."""
        return self.store.settings

    @property
    def routine(self) -> Routine:
        return self.store.routine  # in the user's language, as the store holds it

    # -- assembly ------------------------------------------------------------------------------
    def _connect(self) -> None:
        a, flow = self.commands, self.flow
        flow.notice.connect(self.notice.add)
        flow.running_changed.connect(self._running_changed)
        a.stop.triggered.connect(self.request_stop)
        a.quit.triggered.connect(self.close)
        a.export_history.triggered.connect(self.export_history)
        a.print_sheet.triggered.connect(lambda: documents.print_sheet(self))
        a.save_sheet.triggered.connect(lambda: documents.save_sheet(self))
        a.print_report.triggered.connect(lambda: documents.print_report(self))
        a.about_routine.triggered.connect(lambda: self.show_dialog("about_routine_dialog", self.routine))
        a.shortcuts.triggered.connect(lambda: self.show_dialog("shortcuts_dialog", self.commands))
        a.about.triggered.connect(lambda: self.show_dialog("show_about"))
        a.fullscreen.setCheckable(True)
        a.fullscreen.toggled.connect(self.set_fullscreen)
        self.player.history_requested.connect(lambda: self.tabs.setCurrentWidget(self.history_page))

    def _build_settings_pane(self) -> SettingsPane:
        from piriformis_desktop.ui.settings.pane import SettingsPane  # built when the tab is first opened

        pane = SettingsPane(self.store)
        pane.set_session_running(self.flow.controller.running)
        self._sound_status_changed(pane)
        self._tray_status_changed(pane)
        pane.show_notice(self.settings_notice)
        self.prescriptions.attach_settings(pane)
        return pane

    def _build_history_view(self) -> HistoryView:
        from piriformis_desktop.ui.history.view import HistoryView  # pulls in pyqtgraph: only when first shown

        return HistoryView(self.history, self.settings.weekly_goal)

    # -- parts attached after the first frame ---------------------------------------------------
    def attach_cue_player(self, player: CuePlayer) -> None:
        """Sound and voice for the cues; the settings pane learns why either is unavailable."""
        self.cue_player = player
        self.flow.controller.cue_due.connect(player.play)  # the cue core's CueFollower says is due now

        def follow(settings: Settings, changed: frozenset[str] = frozenset({"sound"})) -> None:
            if changed & {"sound", "voice", "volume"}:
                player.set_enabled(settings.sound, settings.voice)
                player.set_volume(settings.volume)
                self._sound_status_changed()

        follow(self.settings)
        self.store.subscribe(follow)
        player.availability_changed.connect(self._sound_status_changed)
        self._sound_status_changed()
        if (turned_off := getattr(player, "turned_off", None)) is not None:  # sound broke mid-session: say so
            turned_off.connect(self.notice.add)

    def attach_screen_awake(self, awake: ScreenAwake) -> None:
        """The screen stays awake while the session's clock moves (a D-Bus round trip: after the first frame)."""
        self.flow.live_changed.connect(lambda live: awake.hold() if live else awake.release())
        if self.flow.session is not None and self.flow.session.state.live:
            awake.hold()

    def attach_reminders(self, tray: ReminderTray) -> None:
        """Reminders in the system tray; the Settings tab learns if there is no tray to show them."""
        self.reminder_tray = tray
        tray.open_requested.connect(self.show_ready)
        tray.quit_requested.connect(self.quit_from_tray)
        tray.apply(self.settings.reminder_settings())
        self.store.subscribe(lambda settings, changed: tray.apply(settings.reminder_settings())
                             if changed & {"reminders", "reminder_days", "reminder_time"} else None)
        self.history.subscribe(lambda change: tray.reschedule())  # no reminder today once the routine is done
        tray.availability_changed.connect(self._tray_status_changed)  # a tray can appear after the app
        self._tray_status_changed()

    def _tray_status_changed(self, pane=None) -> None:
        pane = pane or self.settings_page.content
        if pane is not None and self.reminder_tray is not None:
            pane.set_tray_status(self.reminder_tray.reason)

    def done_days(self) -> set:
        """Days the routine was finished, so no reminder comes on them."""
        return done_days(self.history.outcomes())

    def _running_changed(self, running: bool) -> None:
        if (pane := self.settings_page.content) is not None:
            pane.set_session_running(running)

    def show_ready(self) -> None:
        """From a reminder: the window comes forward with a session ready for Space."""
        self.flow.make_ready()
        self.tabs.setCurrentWidget(self.player)
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit_from_tray(self) -> None:
        self._quitting = True
        self.close()

    def sound_status(self) -> str | None:
        player, on = self.cue_player, self.settings
        return None if player is None else unavailable_words(
            (on.sound, player.reason), (on.voice, player.voice_reason), (on.voice, getattr(player, "voice_note", None)))

    def _sound_status_changed(self, pane=None) -> None:
        player, pane = self.cue_player, pane or self.settings_page.content
        if pane is not None and player is not None:
            pane.set_sound_status(self.sound_status(), sound=player.reason is None, voice=player.voice_reason is None)

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
        else:
            self.flow.stop_after_asking()

    def confirm_stop(self) -> bool:
        """"Stop this session?" on the card, in type read from the mat: Enter stops, Esc carries on."""
        self.tabs.setCurrentWidget(self.player)
        return self.player.card.ask_stop(self.commands.session_actions(), self.tr("Stop this session?"), self.tr(
            "What you have done so far is kept in your history."), self.tr("Stop (Enter)"), self.tr("Keep going (Esc)"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Before a session, a digit records pain now; it is saved with the session."""
        if self.tabs.currentWidget() is not self.player or not self.flow.type_pain(event.text()):
            super().keyPressEvent(event)

    def _settings_changed(self, settings: Settings, changed: frozenset[str]) -> None:
        """Apply what changed to the desktop parts (the session flow and History listen for themselves)."""
        if "autostart" in changed:
            from piriformis_desktop.ui.desktop.autostart import apply_autostart  # only when the user changes it

            self.notice.add(apply_autostart(settings.autostart))
        if "theme" in changed:
            apply_theme(application(), settings.theme)
        if self.history_page.content is not None and "weekly_goal" in changed:
            self.history_page.content.set_goal(settings.weekly_goal)

    def export_history(self) -> None:
        """File > Export history: on the History page, where the result is reported."""
        self.tabs.setCurrentWidget(self.history_page)
        self.history_page.build().export_history()

    def show_dialog(self, name: str, *content) -> None:
        """Help's dialogs, built from ui/about.py when first asked for (rarely opened, so not at start-up)."""
        from piriformis_desktop.ui import about

        dialog = getattr(about, name)(self, *content)
        if dialog is not None:  # show_about shows itself
            dialog.exec()

    def keep_in_tray(self) -> bool:
        """With reminders on, closing the window can leave the tray icon running; ask once, then remember."""
        tray = self.reminder_tray
        if self._quitting or tray is None or not tray.available or not self.settings.reminders:
            return False
        choice: str = self.settings.close_to_tray  # then "tray" or "quit", as the settings file says it
        if choice == "ask":
            choice = "tray" if self.ask_keep_in_tray() else "quit"
            saved = self.store.update({"close_to_tray": choice})
            if saved.error:
                self.notice.add(saved.error)
        return choice == "tray"

    def ask_keep_in_tray(self) -> bool:
        from PySide6.QtWidgets import QMessageBox  # its enums cost 2 ms: not before the first frame

        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return QMessageBox.question(self, self.tr("Keep reminders running?"), self.tr(
            "Reminders are on. Keep Piriformis Desktop running in the system tray when this window is closed, so they "
            "can appear? (You can change this in settings.toml: close_to_tray.)"), yes | no, yes) == yes

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if not self.flow.stop_for_closing():
            event.ignore()
            return
        if self.keep_in_tray():
            self.hide()
            event.ignore()
            return
        if self.reminder_tray is not None:
            self.reminder_tray.stop()
        self.flow.shutdown()
        self.statusBar().clearMessage()  # stops its timeout timer along with the window
        super().closeEvent(event)
