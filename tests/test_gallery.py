"""`make gallery`: every screen comes out as a picture, the way the tool is run from a fresh clone."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCREENS = ["ready-first", "ready", "settings", "history-empty", "about", "shortcuts", "get-ready", "move", "hold",
           "release", "rest", "paused", "summary-pain-6", "summary-flag",
           "history-a-year", "prescription-apply", "settings-prescribed", "ready-prescribed-running",
           "summary-step-offered", "ready-prescribed"]


@pytest.mark.slow
def test_the_gallery_renders_every_screen(tmp_path, private_folders):
    """One theme and size: each screen a PNG of the window's size, in the order a user meets them, and an
    index page that shows them; the user's own folders are never touched."""
    from PySide6.QtGui import QImage

    env = dict(os.environ)
    env.pop("DISPLAY", None)
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "gallery.py"), str(tmp_path / "out"),
                          "--theme", "high-contrast", "--size", "1366x768"],
                         capture_output=True, text=True, timeout=180, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    folder = tmp_path / "out" / "1366x768-high-contrast"
    pictures = sorted(folder.glob("*.png"))
    assert [p.stem.split("-", 1)[1] for p in pictures] == SCREENS
    for picture in pictures:
        image = QImage(str(picture))
        assert (image.width(), image.height()) == (1366, 768), picture.name
    index = (tmp_path / "out" / "index.html").read_text()
    assert all(f"1366x768-high-contrast/{p.name}" in index for p in pictures)
    config, data = private_folders
    assert not config.exists() and not data.exists()
