"""What the window's start-up does before its first frame so that the frame comes sooner (bench/startup.py).

Measured on the way to the first frame (before these two, against a bare PySide6 window):
- Python's garbage collector ran 62 times (10-15 ms; a bare window: 36 times, 6 ms) over objects that all
  live as long as the app: modules, classes, the window's widgets. Start-up makes no garbage worth looking
  for, so the collector waits until the first frame; then what start-up made is frozen (left out of every
  later collection, which keeps those short while a session runs) and collection resumes.
- Once PySide6 is loaded, its import hook reads the source of every module imported after it, looking for
  "PySide6": about 0.1 ms a module, 14 ms over the 112 modules start-up loaded after it. The Qt-free modules
  the window needs (BEFORE_QT, with what they import: dataclasses, datetime, tomllib, platformdirs) load
  first; tests/test_startup.py keeps the list whole and free of what the first frame does not need.
"""

from __future__ import annotations

import gc
import importlib

BEFORE_QT = ("piriformis_desktop.paths", "piriformis_desktop.core.settings", "piriformis_desktop.core.session",
             "piriformis_desktop.core.card", "piriformis_desktop.core.keeping", "piriformis_desktop.core.cues",
             "piriformis_desktop.core.pacing", "piriformis_desktop.core.picture", "piriformis_desktop.core.placement",
             "piriformis_desktop.core.history.source", "piriformis_desktop.core.capabilities",
             "piriformis_desktop.core.pain")


def before_first_frame() -> None:
    """Called before the window's modules load: the collector waits, the Qt-free modules load before Qt."""
    gc.disable()
    for name in BEFORE_QT:
        importlib.import_module(name)


def after_first_frame() -> None:
    """Called once the window is on screen: what start-up made is frozen, and the collector runs again."""
    gc.freeze()
    gc.enable()
