"""Start-up time as a user sees it: launch to a visible main window, for the app and for a bare PySide6 window.

Both are measured the same way in the same run, from outside the process: the clock starts before the
process is spawned and stops when the X server reports a viewable window with the expected title (xdotool
search --onlyvisible). Runs alternate between the app and the bare window, so machine noise falls on both;
the first run of each is dropped (it compiles and fills the file cache). The app runs from the installed
entry point with fresh private config and data folders, kept across runs, so only the dropped run is a
first start. Under the current DISPLAY, or a private Xvfb (1366x768) when there is none. Needs xdotool.

Why from outside. An earlier version of this bench stopped the clock from inside the child, with an event
filter that printed at the window's first expose. That watcher cost the bare window about 40 ms of its own
(an event filter called in Python for every event, its imports, QEvent's enum classes: 158 -> 200 ms by
this method), far more than it cost the app, which loads those anyway; so it said 1.56x while this method
said 1.8x. Nothing is added to either process now.

A third program, the bare window with its label centred (`Qt.AlignmentFlag.AlignCenter`), shows what the first
use of PySide6's `Qt` namespace costs any window: PySide6 builds all 93 of its Python enum classes then. The app
cannot do without it (every alignment, focus policy, shortcut key and the desktop's colour scheme go through it),
so the gap between that row and the bare one is part of the app's floor, not of its own start-up.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 21
BARE_TITLE = "BareQtProbe"
BARE = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setWindowTitle("{BARE_TITLE}"); w.setCentralWidget(QLabel("hello")); w.resize(900, 640); w.show()
app.exec()
"""
QT_ENUMS_TITLE = "BareQtEnumsProbe"
QT_ENUMS = f"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
label = QLabel("hello"); label.setAlignment(Qt.AlignmentFlag.AlignCenter)
w = QMainWindow(); w.setWindowTitle("{QT_ENUMS_TITLE}"); w.setCentralWidget(label); w.resize(900, 640); w.show()
app.exec()
"""
APP_TITLE = "Piriformis"
APP = Path(sys.executable).with_name("piriformis-desktop")


def launch_to_visible(command: list[str], title: str, env: dict[str, str]) -> float:
    """Seconds from spawning `command` to a viewable window named `title` (inf after 30 s)."""
    start = time.monotonic()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.monotonic() - start < 30:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                                   capture_output=True, text=True, env=env)
            if found.stdout.strip():
                return time.monotonic() - start
            time.sleep(0.005)
        return float("inf")
    finally:
        child.kill()
        child.wait()


def private_display() -> subprocess.Popen | None:
    """A private Xvfb when there is no DISPLAY (sets DISPLAY for this process and its children)."""
    if os.environ.get("DISPLAY"):
        return None
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as number:
        os.environ["DISPLAY"] = ":" + number.readline().strip()
    return server


def main() -> None:
    for tool in ("xdotool",) + (() if os.environ.get("DISPLAY") else ("Xvfb",)):
        if shutil.which(tool) is None:
            sys.exit(f"bench/startup.py needs {tool} (apt-get install xdotool xvfb)")
    server = private_display()
    try:
        with tempfile.TemporaryDirectory() as home:
            bare, enums = os.path.join(home, "bare.py"), os.path.join(home, "enums.py")
            Path(bare).write_text(BARE)
            Path(enums).write_text(QT_ENUMS)
            env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(home, "config"),
                       XDG_DATA_HOME=os.path.join(home, "data"))
            env.pop("QT_QPA_PLATFORM", None)  # the X server's windows, not offscreen ones
            app, plain, named = [], [], []
            for _ in range(RUNS):
                app.append(launch_to_visible([str(APP)], APP_TITLE, env))
                plain.append(launch_to_visible([sys.executable, bare], BARE_TITLE, env))
                named.append(launch_to_visible([sys.executable, enums], QT_ENUMS_TITLE, env))
    finally:
        if server is not None:
            server.kill()
            server.wait()
    a, b, n = (statistics.median(runs[1:]) for runs in (app, plain, named))
    print(f"start-up to a visible window, median of {RUNS - 1} runs, from outside the process")
    print(f"  bare PySide6 window:               {b * 1000:6.0f} ms  (min {min(plain[1:]) * 1000:.0f})")
    print(f"  the same, its label centred by Qt: {n * 1000:6.0f} ms  (min {min(named[1:]) * 1000:.0f})"
          f"  {n / b:.2f}x bare")
    print(f"  Piriformis Desktop:                {a * 1000:6.0f} ms  (min {min(app[1:]) * 1000:.0f})")
    print(f"  ratio app / bare:                  {a / b:6.2f}x  (limit 1.5x, goal 1.25x)")


if __name__ == "__main__":
    main()
