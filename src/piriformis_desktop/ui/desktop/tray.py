"""Reminders in the system tray: a notification on chosen days, unless the routine was already done.

One single-shot QTimer waits for the next reminder, at most an hour at a time (so a laptop waking from
sleep catches up), and is stopped whenever reminders are off. Where the desktop has no system tray, the
reason is kept for the Settings tab and nothing else happens.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from piriformis_desktop import APP_NAME
from piriformis_desktop.core.reminders import ReminderSettings, next_reminder

MESSAGE_TITLE = "Time for your piriformis routine"
MAX_WAIT_MS = 3_600_000


def local_now() -> datetime:
    """Now in the user's time zone as a zoneinfo zone, so daylight-saving changes are handled."""
    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        return datetime.now(ZoneInfo(name))
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now().astimezone()


class ReminderTray(QObject):
    open_requested = Signal()  # the user clicked the notification or the icon: show the window, ready to start
    quit_requested = Signal()

    def __init__(self, done_days: Callable[[], set[date]], parent: QObject | None = None, *,
                 now: Callable[[], datetime] = local_now, tray_available: bool | None = None) -> None:
        super().__init__(parent)
        self._done_days, self._now = done_days, now
        self.settings: ReminderSettings | None = None
        self.next_at: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("reminder-timer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self.reason = None if available else "No system tray was found, so reminders cannot be shown."
        self.icon: QSystemTrayIcon | None = None
        if available:
            self.icon = QSystemTrayIcon(QIcon(":/icons/app-icon.svg"), self)
            self.icon.setToolTip(APP_NAME)
            menu = QMenu()
            open_action = QAction("Open Piriformis Desktop", menu)
            open_action.triggered.connect(self.open_requested)
            quit_action = QAction("Quit", menu)
            quit_action.triggered.connect(self.quit_requested)
            menu.addActions([open_action, quit_action])
            self.icon.setContextMenu(menu)
            self._menu = menu
            self.icon.messageClicked.connect(self.open_requested)
            self.icon.activated.connect(lambda reason: reason == QSystemTrayIcon.ActivationReason.Trigger
                                        and self.open_requested.emit())

    @property
    def available(self) -> bool:
        return self.icon is not None

    def apply(self, settings: ReminderSettings) -> None:
        """Use these reminder settings from now on; off (or no tray) stops the timer and hides the icon."""
        self.settings = settings
        on = settings.enabled and self.available
        if self.icon is not None:
            self.icon.setVisible(on)
        if not on:
            self.timer.stop()
            self.next_at = None
            return
        self.reschedule()

    def reschedule(self) -> None:
        """Work out the next reminder again (after a session, a settings change, or a wake-up)."""
        if self.settings is None or not (self.settings.enabled and self.available):
            return
        now = self._now()
        self.next_at = next_reminder(now, self.settings, self._done_days())
        if self.next_at is None:
            self.timer.stop()
            return
        wait = (self.next_at - now).total_seconds() * 1000
        self.timer.start(max(1, min(MAX_WAIT_MS, int(wait))))

    def _due(self) -> None:
        if self.next_at is not None and self._now() >= self.next_at:
            if self.next_at.date() not in self._done_days():
                self.icon.showMessage(MESSAGE_TITLE, "Tap here when you are on the mat; the session is ready to start.",
                                      QSystemTrayIcon.MessageIcon.Information, 20_000)
        self.reschedule()

    def stop(self) -> None:
        self.timer.stop()
        if self.icon is not None:
            self.icon.hide()



