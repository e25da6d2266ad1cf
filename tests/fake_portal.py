"""A stand-in for the desktop's D-Bus services that keep a screen awake, for tests on a private session bus.

Run as `python tests/fake_portal.py LOG portal screensaver` it takes the bus names asked for and writes each
call it gets to LOG as a JSON line, with the same method signatures the real services have (so a call with a
wrong argument type is refused as the real one would refuse it):

- portal: org.freedesktop.portal.Desktop at /org/freedesktop/portal/desktop, interface
  org.freedesktop.portal.Inhibit, Inhibit(s window, u flags, a{sv} options) -> o handle; each handle is a
  Request object (org.freedesktop.portal.Request, Close()) made at the path it returns, gone once closed.
- screensaver: org.freedesktop.ScreenSaver at /org/freedesktop/ScreenSaver, Inhibit(s app, s reason) -> u
  cookie, UnInhibit(u cookie).

- watcher: org.kde.StatusNotifierWatcher at /StatusNotifierWatcher, with a host registered, so that Qt shows
  its tray icon as a StatusNotifierItem (as on KDE, or GNOME with the AppIndicator extension);
  RegisterStatusNotifierItem(s service) is logged with the name of the item's service.

It prints "ready" once its names are taken. Only the calls matter here: the screen itself is not touched.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
EXPORT = QDBusConnection.RegisterOption.ExportAllSlots
EXPORT_PROPERTIES = QDBusConnection.RegisterOption.ExportAllProperties


class Log:
    def __init__(self, path: str) -> None:
        self._file = open(path, "a", buffering=1)  # noqa: SIM115 (appended to for the portal's whole life)

    def write(self, **call) -> None:
        self._file.write(json.dumps(call) + "\n")


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Request"})
class Request(QObject):
    def __init__(self, bus: QDBusConnection, path: str, log: Log) -> None:
        super().__init__()
        self._bus, self._path, self._log = bus, path, log

    @Slot()
    def Close(self) -> None:  # noqa: N802 (the portal's method name)
        self._log.write(method="Close", handle=self._path)
        self._bus.unregisterObject(self._path)


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Inhibit"})
class Inhibit(QObject):
    def __init__(self, bus: QDBusConnection, log: Log) -> None:
        super().__init__()
        self._bus, self._log, self._requests = bus, log, []

    @Slot(str, "uint", "QVariantMap", result=QDBusObjectPath)
    def Inhibit(self, window: str, flags: int, options: dict) -> QDBusObjectPath:  # noqa: N802
        path = f"{PORTAL_PATH}/request/fake/t{len(self._requests) + 1}"
        request = Request(self._bus, path, self._log)
        self._requests.append(request)
        self._bus.registerObject(path, request, EXPORT)
        self._log.write(method="Inhibit", window=window, flags=flags, options=dict(options), handle=path)
        return QDBusObjectPath(path)


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    def __init__(self, log: Log) -> None:
        super().__init__()
        self._log, self._cookies = log, 0

    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:  # noqa: N802
        self._cookies += 1
        self._log.write(method="ScreenSaver.Inhibit", application=application, reason=reason, cookie=self._cookies)
        return self._cookies

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:  # noqa: N802
        self._log.write(method="ScreenSaver.UnInhibit", cookie=cookie)


@ClassInfo({"D-Bus Interface": "org.kde.StatusNotifierWatcher"})
class Watcher(QObject):
    def __init__(self, log: Log) -> None:
        super().__init__()
        self._log = log

    @Slot(str)
    def RegisterStatusNotifierItem(self, service: str) -> None:  # noqa: N802
        self._log.write(method="RegisterStatusNotifierItem", service=service)

    IsStatusNotifierHostRegistered = Property(bool, lambda self: True, constant=True)
    ProtocolVersion = Property(int, lambda self: 0, constant=True)


def main(log_path: str, services: list[str]) -> int:
    app = QCoreApplication(sys.argv[:1])
    bus, log, keep, ok = QDBusConnection.sessionBus(), Log(log_path), [], True
    if "portal" in services:
        keep.append(Inhibit(bus, log))
        ok = bus.registerObject(PORTAL_PATH, keep[-1], EXPORT) and bus.registerService(PORTAL)
    if "screensaver" in services:
        keep.append(ScreenSaver(log))
        ok = ok and bus.registerObject("/org/freedesktop/ScreenSaver", keep[-1], EXPORT) and bus.registerService(
            "org.freedesktop.ScreenSaver")
    if "watcher" in services:
        keep.append(Watcher(log))
        ok = ok and bus.registerObject("/StatusNotifierWatcher", keep[-1], EXPORT | EXPORT_PROPERTIES) and \
            bus.registerService("org.kde.StatusNotifierWatcher")
    if not ok:
        print("could not take the bus names", file=sys.stderr)
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
