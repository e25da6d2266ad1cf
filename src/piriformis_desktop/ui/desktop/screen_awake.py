"""Keep the screen from blanking while a session runs.

Qt has no portable call for this. On Linux desktops, in this order: the desktop portal's Inhibit
(org.freedesktop.portal.Inhibit, the idle flag), which GNOME and KDE offer on Wayland and to sandboxed apps
and which a Wayland compositor may be the only one to honour; then the freedesktop ScreenSaver service
(org.freedesktop.ScreenSaver.Inhibit) that X11 desktops and video players use; where there is no session bus
or neither service, the app says so instead (`reason`). Other systems: not inhibited; documented in the README.

The portal answers Inhibit with a Request object's path; the inhibition lasts until Close is called on it.
Calls go through a QDBusInterface built from the service's own introspection, so the arguments go out with
the types the service declares (the flags and the cookie are unsigned: a plain Python int would be sent as a
signed one, and the service would refuse the call).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, MutableMapping
from pathlib import Path

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Qt

from piriformis_desktop import APP_NAME

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
INHIBIT = "org.freedesktop.portal.Inhibit"
REQUEST = "org.freedesktop.portal.Request"
IDLE = 8  # the portal's flag for "do not blank the screen or suspend for idleness"
SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class ScreenAwake(QObject):
    """`hold()` while a session runs, `release()` when it pauses or ends; safe to call repeatedly."""

    def __init__(self, parent: QObject | None = None, bus=None) -> None:
        super().__init__(parent)
        self._bus = None
        self._ways: list[tuple[str, object]] = []  # (which, its QDBusInterface), the portal first
        self._held: tuple[str, str | int] | None = None  # (which, the portal's request path or the cookie)
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
        self._bus = bus
        for which, service, path, name in ((INHIBIT, PORTAL, PORTAL_PATH, INHIBIT), (SERVICE, SERVICE, PATH, SERVICE)):
            interface = QDBusInterface(service, path, name, bus)
            if interface.isValid():
                self._ways.append((which, interface))
        if not self._ways:
            self.reason = self.tr("The screen may dim during a session: the desktop offers no screen-saver control.")

    @property
    def available(self) -> bool:
        return bool(self._ways)

    @property
    def holding(self) -> bool:
        return self._held is not None

    @property
    def way(self) -> str | None:
        """Which service keeps the screen awake now (INHIBIT for the portal, SERVICE), or None."""
        return self._held[0] if self._held else None

    def hold(self) -> None:
        if self._held is not None:
            return
        # The reason is the desktop's to show (a log-out dialog lists what keeps the screen on): in the user's words.
        reason = self.tr("Exercise session in progress")
        for which, interface in self._ways:  # the portal first; the screen saver if the portal refuses
            if which == INHIBIT:
                handle = _invoke(interface, "Inhibit", "QDBusObjectPath",
                                 Q_ARG(str, ""), Q_ARG("uint", IDLE), Q_ARG("QVariantMap", {"reason": reason}))
                held = handle.path() if handle is not None else ""
            else:
                held = _invoke(interface, "Inhibit", "uint", Q_ARG(str, APP_NAME), Q_ARG(str, reason))
            if held:
                self._held = (which, held)
                return

    def release(self) -> None:
        if self._held is None:
            return
        which, held = self._held
        self._held = None
        if which == INHIBIT:  # the inhibition is the Request object the portal made: closing it ends it
            from PySide6.QtDBus import QDBusMessage  # (imported above in __init__ when this can run)

            assert self._bus is not None and isinstance(held, str), "the portal was reached on the bus; it gave a path"
            self._bus.call(QDBusMessage.createMethodCall(PORTAL, held, REQUEST, "Close"))
        else:
            _invoke(dict(self._ways)[SERVICE], "UnInhibit", None, Q_ARG("uint", held))


def _invoke(interface, method: str, returns: str | None, *arguments):
    """Call `method` through the interface's introspected signature; its answer, or None when it failed."""
    try:
        answer = QMetaObject.invokeMethod(interface, method, Qt.ConnectionType.DirectConnection,
                                          *((Q_RETURN_ARG(returns),) if returns else ()), *arguments)
    except (RuntimeError, TypeError):  # no such method in what the service declared
        return None
    return None if interface.lastError().isValid() else answer


def session_bus_exists(environ: Mapping[str, str] | None = None) -> bool:
    """Whether a session bus is already there to connect to: one named in DBUS_SESSION_BUS_ADDRESS (other than
    libdbus' "disabled:"), or the login session's socket $XDG_RUNTIME_DIR/bus. Never starts one."""
    environ = os.environ if environ is None else environ
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address and not address.startswith("disabled:"):
        return True
    runtime = environ.get("XDG_RUNTIME_DIR")
    return bool(runtime and Path(runtime, "bus").is_socket())


def forbid_bus_autolaunch(environ: MutableMapping[str, str] | None = None) -> None:
    """Where no session bus exists, tell libdbus so ("disabled:") before anything in Qt asks for one (the tray,
    accessibility, the theme): else it autolaunches dbus-launch and a dbus-daemon that outlive the app."""
    environ = os.environ if environ is None else environ
    if not session_bus_exists(environ):
        environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
