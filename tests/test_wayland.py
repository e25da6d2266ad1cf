"""On Wayland for real: the app on a headless weston (tests/wayland_desktop.py), as Ubuntu and Fedora run it.

The window's first frame fits what is usable (the screen less weston's panel, which Qt cannot see: it reports
the whole screen as free); only the size and the state are remembered, no position; a session plays and is
recorded, keeping the screen awake through the desktop portal (a fake one on the desktop's bus) meanwhile.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from wayland_desktop import Weston, missing

pytestmark = pytest.mark.slow

APP = [sys.executable, "-m", "piriformis_desktop"]
FAKE = str(Path(__file__).with_name("fake_portal.py"))
SHOTS = Path(os.environ.get("PIRIFORMIS_SHOTS", "/tmp/piriformis-wayland-shots"))
SHORT = "get_ready_seconds = 2\nrest_seconds = 3\n" + "".join(
    f"[exercises.{name}]\nreps = 1\nhold_seconds = 3\n" for name in ("toe-rotation", "leg-crossover", "bent-knee-lift"))

# The app as it starts, watched from inside: once its window is on screen and the compositor has settled its
# size (a second after the first expose), it prints the window's frame, state and screen, has weston take a
# screenshot (if SHOT is set), and quits the way a user does, so the place is saved.
WATCH = r"""
import json, os, subprocess, sys
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow

def settled(app, widget):
    # the QWindow's frame: on Wayland Qt draws the title bar itself, and QWidget.frameGeometry leaves it out
    frame, screen = widget.windowHandle().frameGeometry(), widget.screen()
    print(json.dumps({"frame": frame.getRect(), "inside": widget.geometry().getRect(),
                      "screen": screen.geometry().getRect(), "free": screen.availableGeometry().getRect(),
                      "maximized": widget.isMaximized(), "platform": app.platformName(),
                      "widget": type(widget).__name__}), flush=True)
    if os.environ.get("SHOT"):
        subprocess.run(["weston-screenshooter"], cwd=os.environ["SHOT"], timeout=20, capture_output=True)
    app.quit()

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and isinstance(obj, QWindow) and obj.isExposed():
            app = QtWidgets.QApplication.instance()
            for widget in app.topLevelWidgets():
                if widget.windowHandle() is obj and isinstance(widget, QtWidgets.QMainWindow):
                    app.removeEventFilter(self)
                    QTimer.singleShot(1000, lambda window=widget: settled(app, window))
                    break
        return False

from piriformis_desktop import cli
original, watch = QtWidgets.QApplication.__init__, Watch()

def init(self, *args):
    original(self, *args)
    self.installEventFilter(watch)

QtWidgets.QApplication.__init__ = init
cli.main(sys.argv[1:])
"""


@pytest.fixture
def weston(private_folders):
    reason = missing()
    if reason:
        pytest.skip(f"a Wayland desktop {reason}")
    config, _ = private_folders
    config.mkdir(parents=True)
    desktop = Weston(dict(os.environ, XDG_CONFIG_HOME=os.environ["XDG_CONFIG_HOME"],
                          XDG_DATA_HOME=os.environ["XDG_DATA_HOME"]))
    desktop.config = config
    print(f"[weston] {desktop.version}")
    yield desktop
    said = desktop.close()
    print(said[-3000:])  # shown when the test fails


def open_once(weston, shot: Path | None = None) -> dict:
    env = {"SHOT": str(shot.parent)} if shot else {}
    run = subprocess.run([sys.executable, "-c", WATCH], env={**weston.env, **env}, capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    if shot:
        taken = sorted(shot.parent.glob("wayland-screenshot-*.png"))
        if taken:
            taken[-1].replace(shot)
    return json.loads(run.stdout.strip().splitlines()[-1])


def saved_place(weston) -> str:
    """The window's place as the app saved it (its QSettings file, under the private config folder)."""
    text = (weston.config.parent / "piriformis-desktop" / "piriformis-desktop.conf").read_text()
    return next(line.split("=", 1)[1] for line in text.splitlines() if line.startswith("placement="))


def test_the_first_window_fits_what_weston_leaves_free_and_no_position_is_kept(weston):
    """1366x768, with weston's 32 px panel on top: Qt says all 1366x768 is free; the first window's frame
    (Qt's own title bar included) fits in the 1366x736 below the panel, bottom row of buttons and all. Quitting
    keeps its size and state but no position ("- -"); the next start comes back the same."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("wayland-screenshot-*.png"):
        old.unlink()
    first = open_once(weston, SHOTS / "wayland-first-window.png")
    assert first["platform"] == "wayland"
    assert first["free"] == [0, 0, 1366, 768]  # what Qt cannot know: the panel
    _, _, width, height = first["frame"]
    assert width <= 1366 and height <= 768 - Weston.PANEL, first
    place = saved_place(weston)
    assert place.split()[1:3] == ["-", "-"], place
    again = open_once(weston)
    assert again["frame"][2:] == first["frame"][2:] and again["maximized"] == first["maximized"]


def export(env) -> list[dict]:
    result = subprocess.run([*APP, "--export-history", "-"], env=env, capture_output=True, text=True, timeout=60)
    return list(csv.DictReader(io.StringIO(result.stdout))) if result.returncode == 0 else []


def test_a_session_plays_on_wayland_is_recorded_and_keeps_the_screen_awake(weston, tmp_path):
    """--start at 20x on weston: the session ends and is in the history; meanwhile the desktop portal (a fake
    one on the desktop's bus) was asked to keep the screen awake, and its request was closed at the end."""
    (weston.config / "settings.toml").write_text(SHORT)
    log = tmp_path / "portal.jsonl"
    portal = weston.start([sys.executable, FAKE, str(log), "portal"], QT_QPA_PLATFORM="offscreen")
    assert portal.stdout.readline().strip() == "ready"
    app = weston.start([*APP, "--start"], PIRIFORMIS_TIME_SCALE="20")
    deadline, rows = time.monotonic() + 40, []
    try:
        while time.monotonic() < deadline and not any(r["completed"] == "true" for r in rows):
            time.sleep(0.5)  # a separate process: its history is the signal
            rows = export(weston.env)
        assert any(r["completed"] == "true" for r in rows), "the session did not end and get recorded in 40 s"
    finally:
        app.terminate()
        _, err = app.communicate(timeout=30)
    calls = [json.loads(line)["method"] for line in log.read_text().splitlines()] if log.exists() else []
    assert calls[:2] == ["Inhibit", "Close"], (calls, err[-2000:])
