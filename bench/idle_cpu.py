"""Idle CPU while a countdown runs: the app during a long hold vs a bare PySide6 window doing nothing.

Each runs as its own process for the same wall-clock window; CPU time (user + system) comes from
/proc/<pid>/stat. The app gets a settings file with one 120-second hold so the measurement falls inside
a hold, with its countdown repainting once a second. Runs under DISPLAY if set, else offscreen.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MEASURE_SECONDS = 10.0
SETTLE_SECONDS = 3.0

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 760); w.show()
app.exec()
"""

SETTINGS = """
get_ready_seconds = 0
move_seconds = 1
release_seconds = 1
sound = false
[exercises.toe-rotation]
reps = 1
hold_seconds = 120
"""


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(command: list[str], env: dict[str, str]) -> float:
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(SETTLE_SECONDS)  # start-up and the first move are over; the hold has begun
        before = cpu_seconds(child.pid)
        time.sleep(MEASURE_SECONDS)
        return (cpu_seconds(child.pid) - before) / MEASURE_SECONDS * 100.0
    finally:
        child.terminate()
        child.wait(timeout=10)


def main() -> None:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
        env["XDG_DATA_HOME"] = os.path.join(home, "data")
        config = Path(env["XDG_CONFIG_HOME"], "piriformis-desktop")
        config.mkdir(parents=True)
        (config / "settings.toml").write_text(SETTINGS)
        bare = measure([sys.executable, "-c", BARE], env)
        app = measure([sys.executable, "-m", "piriformis_desktop", "--start"], env)
    print(f"CPU use over {MEASURE_SECONDS:.0f} s ({env.get('QT_QPA_PLATFORM') or 'xcb'}), one core = 100%")
    print(f"  bare PySide6 window, idle:          {bare:5.2f} %")
    print(f"  app during a hold (1 repaint / s):  {app:5.2f} %")


if __name__ == "__main__":
    main()
