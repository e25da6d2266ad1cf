"""Keeping the screen awake during a session, and saying so when the desktop cannot."""

from piriformis_desktop.ui.desktop.screen_awake import ScreenAwake


class FakeReply:
    def __init__(self, values):
        self._values = values

    def arguments(self):
        return self._values


class FakeInterface:
    def __init__(self):
        self.calls = []

    def call(self, method, *args):
        self.calls.append((method, *args))
        return FakeReply([42] if method == "Inhibit" else [])


def test_no_session_bus_gives_a_reason(qapp):
    """Without a desktop session bus nothing is inhibited and the reason is plain."""
    class NoBus:
        def isConnected(self):
            return False
    awake = ScreenAwake(bus=NoBus())
    assert not awake.available
    assert "screen may dim" in awake.reason
    awake.hold()  # harmless
    assert not awake.holding


def test_hold_and_release_inhibit_once_and_uninhibit_with_the_cookie(qapp):
    """Hold asks the screen saver once, however often called; release hands back the same cookie."""
    awake = ScreenAwake.__new__(ScreenAwake)
    ScreenAwake.__init__(awake, bus=type("B", (), {"isConnected": lambda self: False})())
    fake = FakeInterface()
    awake._interface, awake.reason = fake, None
    awake.hold()
    awake.hold()
    assert awake.holding
    awake.release()
    awake.release()
    assert [c[0] for c in fake.calls] == ["Inhibit", "UnInhibit"]
    assert fake.calls[1] == ("UnInhibit", 42)


def test_without_a_session_bus_none_is_started(qapp, monkeypatch, tmp_path):
    """No DBUS_SESSION_BUS_ADDRESS and no $XDG_RUNTIME_DIR/bus: Qt is never asked for the session bus (libdbus
    would autolaunch a dbus-daemon that outlives the app); the reason is plain."""
    from PySide6 import QtDBus

    from piriformis_desktop.ui.desktop.screen_awake import session_bus_exists

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    asked = []
    monkeypatch.setattr(QtDBus.QDBusConnection, "sessionBus", lambda: asked.append(1))
    awake = ScreenAwake()
    assert asked == [] and not awake.available
    assert awake.reason == "The screen may dim during a session: no desktop session bus was found."
    assert session_bus_exists({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"})
    assert not session_bus_exists({"DBUS_SESSION_BUS_ADDRESS": "disabled:"})
    assert not session_bus_exists({"XDG_RUNTIME_DIR": str(tmp_path)})


def test_libdbus_is_told_there_is_no_bus_rather_than_left_to_start_one(tmp_path):
    """Before Qt starts: no bus address and no $XDG_RUNTIME_DIR/bus means "disabled:"; an existing bus is kept."""
    from piriformis_desktop.ui.desktop.screen_awake import forbid_bus_autolaunch

    none = {"XDG_RUNTIME_DIR": str(tmp_path)}
    forbid_bus_autolaunch(none)
    assert none["DBUS_SESSION_BUS_ADDRESS"] == "disabled:"
    there = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    forbid_bus_autolaunch(there)
    assert there["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/run/user/1000/bus"
