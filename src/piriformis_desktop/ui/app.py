"""Start the GUI: the application object, resources, theme, loaded settings and history, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from piriformis_desktop import APP_ID, APP_NAME, paths, startup
from piriformis_desktop.core.clock import MonotonicClock, time_scale_from_environment
from piriformis_desktop.core.routine import load_routine
from piriformis_desktop.core.settings import SettingsStore
from piriformis_desktop.core.terminal import log
from piriformis_desktop.ui import resources_rc  # noqa: F401  (registers the :/ assets)
from piriformis_desktop.ui.application import application
from piriformis_desktop.ui.look.theme import apply_theme
from piriformis_desktop.ui.main_window import MainWindow
from piriformis_desktop.ui.qt_messages import install_message_limiter
from piriformis_desktop.ui.translation import install_translation
from piriformis_desktop.ui.window_place import place_window

BASE_FONT_PIXELS = 16  # a touch larger than desktop default: read from the mat, not the desk


def make_application() -> QApplication:
    from piriformis_desktop.ui.desktop.screen_awake import forbid_bus_autolaunch  # before Qt looks for a bus

    forbid_bus_autolaunch()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)  # Qt titles the tray item with it; the id stays in the paths and the desktop file
    app.setOrganizationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    font = app.font()
    font.setPixelSize(BASE_FONT_PIXELS)
    app.setFont(font)
    return app


def other_copy_lock() -> tuple[QLockFile | None, str | None]:
    """Notice a second running copy: both keep working (history is shared safely), but say so."""
    try:
        folder = paths.ensure_private_dir(paths.data_dir())
    except OSError:
        return None, None
    lock = QLockFile(str(folder / "running.lock"))
    lock.setStaleLockTime(0)  # only a live process holds it; a crashed one's lock is taken over
    if lock.tryLock(0):
        return lock, None
    return None, QApplication.translate(
        "App", "{app} is already open in another window. Both copies save to the same history; settings changed in "
               "one are not seen by the other until it is restarted.").format(app=APP_NAME)


def build_main_window(time_scale: float | None = None) -> tuple[MainWindow, list[str]]:
    """Load settings and history, say plainly what went wrong with either, and build the window."""
    notices: list[str] = []
    store, loaded = SettingsStore.open(paths.settings_path(), load_routine())
    language = install_translation(loaded.settings.language)  # before any widget is made: they take their words now
    if loaded.notice:  # worded before the language was known: read again, now in the user's language
        store, loaded = SettingsStore.open(paths.settings_path(), load_routine())
    store.routine = load_routine(language)  # the same exercises and numbers, in the user's language
    if loaded.notice:
        notices.append(loaded.notice)
    for notice in notices:
        log.warning(notice)
    scale = time_scale_from_environment() if time_scale is None else time_scale
    apply_theme(application(), loaded.settings.theme, edges=False)  # the palette for the first frame
    window = MainWindow(store, None, MonotonicClock(scale), notices)
    window.settings_notice = loaded.notice
    return window, notices


def attach_history(window: MainWindow) -> None:
    """Open the history and record the sessions other copies left unfinished; say plainly what had a problem."""
    from piriformis_desktop.core.history import open_history  # sqlite3: after the window is on screen
    from piriformis_desktop.core.journal import SessionJournal, recover_interrupted
    from piriformis_desktop.ui.history.weeks import written_date

    opening = open_history(paths.history_path())
    journal = SessionJournal(paths.data_dir())
    window.flow.attach_journal(journal)
    recovered = recover_interrupted(journal, opening.store, written_date, paths.data_dir() / "running.lock")
    for notice in (opening.notice, recovered):
        if notice:
            log.warning(notice)
            window.notice.add(notice)
    window.history.attach(opening.store)  # every view, the session flow and the tray hear of it


def attach_optional_parts(window: MainWindow) -> None:
    """History, sound and the screen-saver inhibitor, once the window is on screen."""
    attach_history(window)
    apply_theme(application(), window.settings.theme)  # now the edges too: Fusion's own are faint
    application().setWindowIcon(QIcon(":/icons/app-icon.svg"))  # the SVG icon engine loads here
    from piriformis_desktop.ui.desktop.screen_awake import ScreenAwake  # D-Bus: only after the first paint
    from piriformis_desktop.ui.desktop.sound import make_cue_player  # loads Qt Multimedia: after the window is up
    from piriformis_desktop.ui.desktop.tray import ReminderTray  # the tray, only once the window is up

    window.attach_cue_player(make_cue_player(window, clock=window.flow.controller.clock))
    window.attach_reminders(ReminderTray(window.done_days, window))
    awake = ScreenAwake(window)
    window.attach_screen_awake(awake)
    if awake.reason:
        log.warning(awake.reason)


class AfterFirstExpose(QObject):
    """Run `callback` once, when the window is first on screen, so nothing optional delays the first frame.

    A window that is never exposed (started on another workspace) still gets it after FALLBACK_MS, so the
    history always opens.
    """

    FALLBACK_MS = 1000

    def __init__(self, window: MainWindow, callback) -> None:
        super().__init__(window)
        self._callback = callback
        self._handle = window.windowHandle()
        self._handle.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._run)
        self._fallback.start(self.FALLBACK_MS)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Expose and self._handle.isExposed():
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if self._callback is None:
            return
        callback, self._callback = self._callback, None
        self._fallback.stop()
        self._handle.removeEventFilter(self)
        callback()


def after_first_frame(window: MainWindow, *, start: bool = False,
                      prescription: str | None = None) -> QLockFile | None:
    """What the window's first frame was not kept waiting for: the collector, the lock that tells of another
    copy, the history, sound, the tray; then what the command line asked for. Returns the lock, held until quit."""
    startup.after_first_frame()  # the collector, paused since the command line chose the window, runs again
    lock, copy_notice = other_copy_lock()  # before the history opens: its recovery asks who holds the lock
    window.notice.add(copy_notice)
    attach_optional_parts(window)
    if start:
        window.flow.start_now()  # after the history, so "alternate" knows the last side
    if prescription:  # a double-click in the file manager: what it changes, before anything is applied
        window.prescriptions.open_file(Path(prescription))
    return lock


def run_gui(*, start: bool = False, fullscreen: bool = False, prescription: str | None = None) -> int:
    install_message_limiter()  # a warning Qt repeats in a loop is said a few times, then counted
    app = make_application()
    window, _ = build_main_window()
    place_window(window, fullscreen=fullscreen)  # inside the screen, where it was; remembered on quit
    held: list[QLockFile | None] = []
    AfterFirstExpose(window, lambda: held.append(after_first_frame(window, start=start, prescription=prescription)))
    code = app.exec()
    window.history.close()
    for lock in held:
        if lock is not None:
            lock.unlock()
    return code
