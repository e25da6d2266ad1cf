"""Reminders in the system tray: a notification on chosen days, unless the routine was already done.

One single-shot QTimer waits for the next reminder, at most an hour at a time (so a laptop waking from
sleep catches up), and is stopped whenever reminders are off. Where the desktop has no system tray, the
reason is kept for the Settings tab and nothing else happens.

On X11 the tray is a panel's XEmbed window (Qt 6 uses the StatusNotifierItem D-Bus protocol instead when a
`org.kde.StatusNotifierWatcher` runs). A panel may start after this app, both autostarted at login, so there
the icon is made even while no tray is found: Qt docks a shown icon as soon as a tray appears. Qt says
nothing when that happens, so until then a second timer looks for the tray, less and less often, and
`availability_changed` tells the Settings tab once it is there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from piriformis_desktop import APP_NAME
from piriformis_desktop.core.reminders import ReminderSettings, next_reminder

MAX_WAIT_MS = 3_600_000
TRAY_LOOK_MS = (2_000, 60_000)  # look for a tray after 2 s, then twice as long each time, at most a minute


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
    availability_changed = Signal()  # a tray appeared after the app started: `reason` is now None

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
        self._tray_available = tray_available  # None: ask Qt each time (tests force True or False)
        self.icon: QSystemTrayIcon | None = None
        if self._tray_now() or (tray_available is None and tray_can_appear_later()):
            self.icon = QSystemTrayIcon(QIcon(":/icons/app-icon.svg"), self)
            self.icon.setToolTip(APP_NAME)
            menu = QMenu()
            open_action = QAction(self.tr("Open Piriformis Desktop"), menu)
            open_action.triggered.connect(self.open_requested)
            quit_action = QAction(self.tr("Quit"), menu)
            quit_action.triggered.connect(self.quit_requested)
            menu.addActions([open_action, quit_action])
            self.icon.setContextMenu(menu)
            self._menu = menu
            self.icon.messageClicked.connect(self.open_requested)
            self.icon.activated.connect(self._activated)
        self.tray_look = QTimer(self)
        self.tray_look.setObjectName("tray-look")
        self.tray_look.setSingleShot(True)
        self.tray_look.timeout.connect(self._look_for_tray)
        if self.icon is not None and not self.available:
            self.tray_look.start(TRAY_LOOK_MS[0])

    def _tray_now(self) -> bool:
        return tray_found() if self._tray_available is None else self._tray_available

    @property
    def available(self) -> bool:
        """A tray shows the icon now (asked afresh: a panel can start, or quit, while the app runs)."""
        return self.icon is not None and self._tray_now()

    @property
    def reason(self) -> str | None:
        """Why reminders cannot be shown right now, for the Settings tab; None when they can."""
        return None if self.available else self.tr("No system tray was found, so reminders cannot be shown.")

    def apply(self, settings: ReminderSettings) -> None:
        """Use these reminder settings from now on; off (or no tray possible) stops the timer and hides the icon."""
        self.settings = settings
        on = settings.enabled and self.icon is not None
        if self.icon is not None:
            self.icon.setVisible(on)
        if not on:
            self.timer.stop()
            self.next_at = None
            return
        self.reschedule()

    def reschedule(self) -> None:
        """Work out the next reminder again (after a session, a settings change, or a wake-up)."""
        if self.settings is None or not (self.settings.enabled and self.icon is not None):
            return
        now = self._now()
        self.next_at = next_reminder(now, self.settings, self._done_days())
        if self.next_at is None:
            self.timer.stop()
            return
        wait = (self.next_at - now).total_seconds() * 1000
        self.timer.start(max(1, min(MAX_WAIT_MS, int(wait))))

    def _due(self) -> None:
        if (self.next_at is not None and self._now() >= self.next_at
                and self.next_at.date() not in self._done_days()):
            assert self.icon is not None, "reschedule starts the timer only when there is an icon"
            self.icon.showMessage(self.tr("Time for your piriformis routine"),
                                  self.tr("Tap here when you are on the mat; the session is ready to start."),
                                  QSystemTrayIcon.MessageIcon.Information, 20_000)
        self.reschedule()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def _look_for_tray(self) -> None:
        if self.available:
            self.tray_look.stop()
            self.availability_changed.emit()
        elif self.icon is not None:
            self.tray_look.start(min(TRAY_LOOK_MS[1], 2 * self.tray_look.interval()))

    def stop(self) -> None:
        self.timer.stop()
        self.tray_look.stop()
        if self.icon is not None:
            self.icon.hide()


def tray_found() -> bool:
    """Whether a system tray is there now (on X11: whether a panel owns the tray selection)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def tray_can_appear_later() -> bool:
    """On X11 a tray may start after the app; Qt then docks a visible icon by itself."""
    return QGuiApplication.platformName() == "xcb"
