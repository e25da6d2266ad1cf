"""Keep the screen from blanking while a session runs.

Qt has no portable call for this. On Linux desktops the freedesktop ScreenSaver D-Bus service
(org.freedesktop.ScreenSaver.Inhibit) is what video players use; where there is no session bus or no such
service, the app says so instead (`reason`). Other systems: not inhibited; documented in the README.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject

from piriformis_desktop import APP_NAME

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class ScreenAwake(QObject):
    """`hold()` while a session runs, `release()` when it pauses or ends; safe to call repeatedly."""

    def __init__(self, parent: QObject | None = None, bus=None) -> None:
        super().__init__(parent)
        self._cookie: int | None = None
        self._interface = None
        self.reason: str | None = None
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface  # optional: only where D-Bus exists
        except ImportError:
            self.reason = self.tr("Keeping the screen awake needs Qt D-Bus, which is not available.")
            return
        if bus is None and not session_bus_exists():
            # Asking Qt for the session bus now would make libdbus autolaunch one (dbus-launch and a dbus-daemon
            # that outlive the app): only a bus the desktop already runs is used.
            self.reason = self.tr("The screen may dim during a session: no desktop session bus was found.")
            return
        bus = QDBusConnection.sessionBus() if bus is None else bus
        if not bus.isConnected():
            self.reason = self.tr("The screen may dim during a session: no desktop session bus was found.")
            return
        interface = QDBusInterface(SERVICE, PATH, SERVICE, bus)
        if not interface.isValid():
            self.reason = self.tr("The screen may dim during a session: the desktop offers no screen-saver control.")
            return
        self._interface = interface

    @property
    def available(self) -> bool:
        return self._interface is not None

    @property
    def holding(self) -> bool:
        return self._cookie is not None

    def hold(self) -> None:
        if self._interface is None or self._cookie is not None:
            return
        # The reason is the desktop's to show (a log-out dialog lists what keeps the screen on): in the user's words.
        reply = self._interface.call("Inhibit", APP_NAME, self.tr("Exercise session in progress"))
        arguments = reply.arguments() if hasattr(reply, "arguments") else []
        if arguments:
            self._cookie = int(arguments[0])

    def release(self) -> None:
        if self._interface is None or self._cookie is None:
            return
        self._interface.call("UnInhibit", self._cookie)
        self._cookie = None


def session_bus_exists(environ: Mapping[str, str] | None = None) -> bool:
    """Whether a session bus is already there to connect to: one named in DBUS_SESSION_BUS_ADDRESS (other than
    libdbus' "disabled:"), or the login session's socket $XDG_RUNTIME_DIR/bus. Never starts one."""
    environ = os.environ if environ is None else environ
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address and not address.startswith("disabled:"):
        return True
    runtime = environ.get("XDG_RUNTIME_DIR")
    return bool(runtime) and Path(runtime, "bus").is_socket()


def forbid_bus_autolaunch(environ: dict[str, str] | None = None) -> None:
    """Where no session bus exists, tell libdbus so ("disabled:") before anything in Qt asks for one (the tray,
    accessibility, the theme): else it autolaunches dbus-launch and a dbus-daemon that outlive the app."""
    environ = os.environ if environ is None else environ
    if not session_bus_exists(environ):
        environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
