"""Start-up time: launch to the main window on screen, for the app and for a bare PySide6 QMainWindow.

Both are measured the same way in the same run: the parent starts a child Python process and stops the
clock when the child reports that its first top-level window was exposed (mapped and painted). Runs under
the current DISPLAY (e.g. Xvfb :99); without one, under the offscreen platform. Prints medians and the ratio.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

RUNS = 9

WATCH = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
WAIT_FOR_PAINT = PAINTED_NAME  # None: stop at the window's first expose; a name: also wait for it to paint
class Watch(QObject):
    exposed = False
    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.Expose and isinstance(obj, QWindow) and obj.isExposed() and not self.exposed:
            self.exposed = True
            print("shown", flush=True)
            if WAIT_FOR_PAINT is None:
                app.quit()
        elif WAIT_FOR_PAINT and kind == QEvent.Type.Paint and obj.objectName() == WAIT_FOR_PAINT:
            print("painted", flush=True)
            app.quit()
        return False
watch = Watch()
app.installEventFilter(watch)
"""

BARE = WATCH + r"""
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 760)
window.show()
app.exec()
"""

APP = WATCH + r"""
from piriformis_desktop.cli import main
main([])
"""


def launch_to_shown(code: str, env: dict[str, str], painted: str | None = None) -> tuple[float, float]:
    """Seconds from launch to the window's first expose, and to `painted` (a widget's first paint)."""
    code = code.replace("PAINTED_NAME", repr(painted))
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, env=env, text=True)
    guard = threading.Timer(60, child.kill)  # a child that never shows or paints ends the run, not hangs it
    guard.start()
    if child.stdout.readline().strip() != "shown":
        raise RuntimeError("the child never showed a window")
    shown = time.perf_counter() - start
    if painted is not None and child.stdout.readline().strip() != "painted":
        raise RuntimeError(f"the child never painted {painted}")
    done = time.perf_counter() - start
    child.wait(timeout=30)
    guard.cancel()
    return shown, done


def main() -> None:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:  # a fresh user: no settings, no history yet
        env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
        env["XDG_DATA_HOME"] = os.path.join(home, "data")
        launch_to_shown(BARE, env), launch_to_shown(APP, env)  # warm the file cache for both
        bare, app, card = [], [], []
        for _ in range(RUNS):  # interleaved so machine noise hits both alike
            bare.append(launch_to_shown(BARE, env)[0])
            # the card's title: on every Ready card (a new user's first one shows the safety points, not the
            # countdown)
            shown, painted = launch_to_shown(APP, env, painted="exercise-name")
            app.append(shown)
            card.append(painted)
    platform = env.get("QT_QPA_PLATFORM") or f"xcb on {env.get('DISPLAY')}"
    b, a = statistics.median(bare), statistics.median(app)
    print(f"start-up to first window exposed, median of {RUNS} runs ({platform})")
    print(f"  bare PySide6 QMainWindow: {b * 1000:7.1f} ms  (min {min(bare) * 1000:.1f})")
    print(f"  Piriformis Desktop:       {a * 1000:7.1f} ms  (min {min(app) * 1000:.1f})")
    print(f"  ratio app / bare:         {a / b:7.2f}x  (target <= 1.25x)")
    c = statistics.median(card)
    print(f"  app, card painted:        {c * 1000:7.1f} ms  ({c / b:.2f}x bare)")


if __name__ == "__main__":
    main()
