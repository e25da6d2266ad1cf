"""The routine sheet's cost: a cold `--print-sheet` process, and a warm render inside a running app.

Cold: the whole command as a new process (python start, imports, QGuiApplication, render, write),
compared with a process that only imports PySide6.QtGui and makes a QGuiApplication, in the same run.
Warm: write_sheet_pdf again and again in one process, as File > Save as PDF does in the running app.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
BARE = "import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication(sys.argv[:1])"


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    with tempfile.TemporaryDirectory() as home:
        env["XDG_CONFIG_HOME"], env["XDG_DATA_HOME"] = f"{home}/config", f"{home}/data"
        out = Path(home) / "sheet.pdf"
        command = [sys.executable, "-m", "piriformis_desktop", "--print-sheet", str(out)]
        timed(command, env)
        cold = [timed(command, env) for _ in range(RUNS)]
        bare = [timed([sys.executable, "-c", BARE], dict(env, QT_QPA_PLATFORM="offscreen")) for _ in range(RUNS)]
        sizes = {}
        os.environ.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=env["XDG_CONFIG_HOME"])
        from PySide6.QtGui import QGuiApplication

        from piriformis_desktop.core.routine import load_routine
        from piriformis_desktop.core.settings import Settings
        from piriformis_desktop.ui.documents.sheet import write_sheet_pdf

        app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        routine = load_routine()
        settings = Settings.defaults(routine)
        warm = []
        for paper in ("a4", "letter"):
            target = Path(home) / f"{paper}.pdf"
            write_sheet_pdf(target, routine, settings, paper=paper)
            for _ in range(RUNS):
                start = time.perf_counter()
                write_sheet_pdf(target, routine, settings, paper=paper)
                warm.append(time.perf_counter() - start)
            sizes[paper] = target.stat().st_size
        del app
    print(f"routine sheet, median of {RUNS} runs")
    print(f"  cold --print-sheet process:     {statistics.median(cold) * 1000:6.0f} ms  (target < 1000 ms)")
    print(f"  bare QGuiApplication process:   {statistics.median(bare) * 1000:6.0f} ms  (for comparison)")
    print(f"  warm render + write in the app: {statistics.median(warm) * 1000:6.1f} ms  (target < 150 ms)")
    for paper, size in sizes.items():
        print(f"  PDF size, {paper:6s}:              {size / 1024:6.1f} KB  (target < 500 KB)")


if __name__ == "__main__":
    main()
