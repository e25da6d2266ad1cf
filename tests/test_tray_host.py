"""Reminders on a real system tray: the app as a process, a tray panel (trayer) on a private X display.

Qt 6 on Linux shows its icon through the StatusNotifierItem D-Bus protocol when a
`org.kde.StatusNotifierWatcher` is on the session bus, and as an XEmbed icon in the panel's tray window
otherwise. The private session bus here has no watcher, so this is the XEmbed path (Qt's log says "D-Bus
tray available: false"): the icon is a child window of the panel, and a reminder is Qt's own balloon, a
tooltip window beside the icon. What the tests assert is what the X server and the screen reader see.

A reminder comes at a whole minute of the real clock, so the test that waits for one sets it for the next
minute at least 30 s away (up to 90 s of waiting).
"""

import json
import os
import sys
from datetime import UTC, datetime, timedelta

import pytest
from real_desktop import Desktop, missing, wait_for

FAKE = os.path.join(os.path.dirname(__file__), "fake_portal.py")

pytestmark = pytest.mark.slow

TOOLS = ("Xvfb", "dbus-daemon", "trayer", "xwininfo", "xprop", "xdotool", "/usr/libexec/at-spi-bus-launcher")
EVERY_DAY = '["mon", "tue", "wed", "thu", "fri", "sat", "sun"]'
SHORT = "".join(f"[exercises.{i}]\nreps = 1\n" for i in ("toe-rotation", "leg-crossover", "bent-knee-lift"))


@pytest.fixture
def desktop(private_folders, tmp_path):
    reason = missing(*TOOLS, pyatspi=True)
    if reason:
        pytest.skip(f"a real system tray {reason}")
    made = Desktop(dict(os.environ))
    made.shots = tmp_path
    made.config = private_folders[0]
    made.config.mkdir(parents=True)
    yield made
    print(made.close())  # shown when the test fails: what the app and the tray said on stderr


def reminders_at(desktop, when: datetime) -> None:
    (desktop.config / "settings.toml").write_text(
        f'reminders = true\nreminder_days = {EVERY_DAY}\nreminder_time = "{when:%H:%M}"\n'
        f'close_to_tray = "tray"\n{SHORT}')


def main_window(desktop) -> dict:
    return wait_for(lambda: desktop.app_windows("NORMAL"), 30, "the main window")[0]


def close_to_tray(desktop, window) -> None:
    """Close the window as a window manager would; with reminders on it goes to the tray, not away."""
    desktop.close_window(window["id"])
    wait_for(lambda: not desktop.viewable(window["id"]), 10, "the window going to the tray")


def assert_forward_and_ready(desktop, window) -> None:
    """The window is back on screen with the keyboard focus, showing a session ready to start."""
    wait_for(lambda: desktop.viewable(window["id"]), 10, "the window coming back")
    wait_for(lambda: desktop.focused() == window["id"], 10, "the window getting the keyboard focus")
    ready, = desktop.atspi({"wait": {"role": "push button", "name": "Start"}, "timeout": 10})
    buttons = {item["name"] for item in ready if item["role"] == "push button"}
    assert "Start a new session" not in buttons  # the card, not the summary of the session before


def test_a_tray_that_starts_after_the_app_shows_the_icon_and_the_reminder(desktop):
    """As at login: the app starts before the panel. The icon appears in the tray once the panel is up; the
    user stops a session and closes the window to the tray; at the reminder's minute the balloon shows
    beside the icon; clicking it brings the window forward, focused, with a new session ready."""
    due = (datetime.now(UTC) + timedelta(seconds=90)).replace(second=0, microsecond=0)
    reminders_at(desktop, due)
    app = desktop.start_app()
    window = main_window(desktop)
    desktop.atspi({"wait": {"role": "push button", "name": "Start"}, "timeout": 60})
    desktop.start_tray()
    icons = wait_for(desktop.icons_in_tray, 15, "the app's icon appearing in a tray started after it")
    assert icons[0]["width"] > 0 and icons[0]["height"] > 0

    *_, stopped = desktop.atspi({"press": "Start"}, {"press": "Next"}, {"press": "Next"}, {"press": "Next"},
                                {"wait": {"role": "label", "name": "Session stopped early"}})
    close_to_tray(desktop, window)
    assert app.poll() is None and desktop.icons_in_tray()

    wait = (due - datetime.now(UTC)).total_seconds()
    balloon = wait_for(lambda: [w for w in desktop.app_windows("TOOLTIP") if w["width"] > 100], wait + 20,
                       "the reminder's balloon")[0]
    desktop.screenshot(desktop.shots / "reminder.png")
    shown, = desktop.atspi({"wait": {"role": "label", "name": "Time for your piriformis routine"}})
    assert "Tap here when you are on the mat; the session is ready to start." in {i["name"] for i in shown}
    tray = desktop.tray_window()
    assert balloon["y"] < tray["y"] + tray["height"] + 60  # beside the icon, at the top right
    assert balloon["x"] + balloon["width"] > tray["x"]

    desktop.click(balloon)
    assert_forward_and_ready(desktop, window)
    desktop.screenshot(desktop.shots / "forward.png")


def test_clicking_the_tray_icon_brings_the_window_back(desktop):
    """With the panel already up: the icon is in the tray; the window closed to the tray comes back, focused
    and ready to start, at a click on the icon."""
    reminders_at(desktop, datetime.now(UTC) - timedelta(hours=1))  # tomorrow's: none during the test
    desktop.start_tray()
    app = desktop.start_app()
    window = main_window(desktop)
    icon = wait_for(desktop.icons_in_tray, 30, "the app's icon in the tray")[0]
    desktop.atspi({"wait": {"role": "push button", "name": "Start"}, "timeout": 60})
    close_to_tray(desktop, window)
    desktop.click(icon)
    assert_forward_and_ready(desktop, window)
    assert app.poll() is None


def test_the_tray_item_is_titled_with_the_apps_name(desktop, qapp):
    """Where the tray is a StatusNotifierItem host (KDE; GNOME with the AppIndicator extension), the item's
    Title is what the desktop lists it by: "Piriformis Desktop", not the app id "piriformis-desktop"."""
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    reminders_at(desktop, datetime.now(UTC) - timedelta(hours=1))
    log = desktop.shots / "watcher.jsonl"
    watcher = desktop.start([sys.executable, FAKE, str(log), "watcher"])
    assert watcher.stdout.readline().strip() == "ready"
    desktop.start_app()
    item, = wait_for(lambda: log.exists() and [json.loads(line)["service"] for line in log.read_text().splitlines()],
                     60, "the app's tray item registering with the watcher")
    bus = QDBusConnection.connectToBus(desktop.env["DBUS_SESSION_BUS_ADDRESS"], "tray-title-test")
    try:
        ask = QDBusMessage.createMethodCall(item, "/StatusNotifierItem", "org.freedesktop.DBus.Properties", "Get")
        ask.setArguments(["org.kde.StatusNotifierItem", "Title"])
        reply = bus.call(ask)
    finally:
        QDBusConnection.disconnectFromBus("tray-title-test")
    assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
    title = reply.arguments()[0]
    assert getattr(title, "variant", lambda: title)() == "Piriformis Desktop"
