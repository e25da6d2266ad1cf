"""Keeping the screen awake during a session, and saying so when the desktop cannot.

The desktop's side is tests/fake_portal.py on a private session bus: the portal's Inhibit and the
freedesktop ScreenSaver with the signatures the real services declare, every call written to a log.
"""

import json
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from piriformis_desktop.ui.desktop.screen_awake import INHIBIT, SERVICE, ScreenAwake

FAKE = str(Path(__file__).with_name("fake_portal.py"))


@pytest.fixture
def desktop_bus(qapp, tmp_path):
    """Start the fake services asked for on a private bus; returns (connection, calls()) for each start."""
    from private_bus import SessionBus
    from PySide6.QtDBus import QDBusConnection

    if shutil.which("dbus-daemon") is None:
        pytest.skip("needs dbus-daemon (Debian: dbus-daemon)")
    bus, names = SessionBus(), []
    log = tmp_path / "calls.jsonl"

    def start(*services: str):
        bus.start([sys.executable, FAKE, str(log), *services])
        names.append(f"awake-test-{len(names)}")
        connection = QDBusConnection.connectToBus(bus.address, names[-1])
        assert connection.isConnected()
        return connection, lambda: [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []

    yield start
    for name in names:
        QDBusConnection.disconnectFromBus(name)
    bus.close()


def test_the_portal_keeps_the_screen_awake_and_closing_its_request_lets_it_sleep(desktop_bus):
    """The portal first (it is what Wayland desktops honour): Inhibit with the idle flag and the reason; the
    request it returns is closed on release. Holding twice asks once; releasing twice closes once."""
    bus, calls = desktop_bus("portal", "screensaver")
    awake = ScreenAwake(bus=bus)
    assert awake.available and awake.reason is None
    awake.hold()
    awake.hold()
    assert awake.holding and awake.way == INHIBIT
    inhibit, = calls()
    assert (inhibit["method"], inhibit["flags"], inhibit["window"]) == ("Inhibit", 8, "")
    assert inhibit["options"] == {"reason": "Exercise session in progress"}
    awake.release()
    awake.release()
    assert not awake.holding
    assert calls()[1:] == [{"method": "Close", "handle": inhibit["handle"]}]
    awake.hold()  # a second run of the session: a fresh request
    assert calls()[-1]["method"] == "Inhibit" and calls()[-1]["handle"] != inhibit["handle"]
    awake.release()


def test_the_portal_is_given_the_reason_in_the_users_language(desktop_bus):
    from piriformis_desktop.ui.translation import install_translation, remove_translation

    bus, calls = desktop_bus("portal")
    install_translation("de")
    try:
        awake = ScreenAwake(bus=bus)
        awake.hold()
    finally:
        remove_translation()
    assert calls()[0]["options"] == {"reason": "Übungssitzung läuft"}
    awake.release()


def test_without_the_portal_the_screen_saver_is_asked_and_given_its_cookie_back(desktop_bus):
    """An X11 desktop with only org.freedesktop.ScreenSaver: Inhibit, then UnInhibit with the same (unsigned)
    cookie, which the service accepts (a signed one it would refuse, and the screen would stay on)."""
    bus, calls = desktop_bus("screensaver")
    awake = ScreenAwake(bus=bus)
    awake.hold()
    assert awake.way == SERVICE
    awake.release()
    assert [(c["method"], c.get("reason")) for c in calls()] == [
        ("ScreenSaver.Inhibit", "Exercise session in progress"), ("ScreenSaver.UnInhibit", None)]
    assert calls()[0]["application"] == "Piriformis Desktop" and calls()[1]["cookie"] == calls()[0]["cookie"]


def test_a_bus_with_neither_service_gives_the_notice(desktop_bus):
    bus, calls = desktop_bus()
    awake = ScreenAwake(bus=bus)
    assert not awake.available
    assert awake.reason == "The screen may dim during a session: the desktop offers no screen-saver control."
    awake.hold()
    assert not awake.holding and calls() == []


def test_the_session_holds_the_screen_awake_only_while_it_runs(desktop_bus, make_main_window, qtbot):
    """The window's session: Start holds the portal's inhibition, Pause releases it (its request closed)."""
    bus, calls = desktop_bus("portal")
    window = make_main_window()
    awake = ScreenAwake(window, bus=bus)
    window.attach_screen_awake(awake)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert awake.holding
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not awake.holding
    assert [c["method"] for c in calls()] == ["Inhibit", "Close"]


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
