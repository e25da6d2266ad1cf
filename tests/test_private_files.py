"""Private by default: after a whole session of the real app (started as a process, through its own entry
point), every folder it made is 0700 and every file 0600: the history and its -wal/-shm, a damaged copy,
settings, the journal, the lock, the window place QSettings keeps."""

import json
import os
import stat
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

# The app's own main, plus a timer that notes every file's mode while the session is still open (the lock,
# the journal, the -wal and -shm exist only then), changes a setting once the session is saved (so
# settings.toml is written) and then quits as the File menu's Quit does (so the window place is written).
DRIVER = """
import json, os, stat, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import piriformis_desktop.ui.app as ui_app
from piriformis_desktop import cli, paths

seen = {}

def note():
    for top in (paths.config_dir(), paths.data_dir()):
        for folder, dirs, files in os.walk(top):
            for name in [folder] + [os.path.join(folder, f) for f in files]:
                try:
                    seen[name] = stat.S_IMODE(os.stat(name).st_mode)
                except FileNotFoundError:
                    pass

def look():
    note()
    window = next((w for w in QApplication.topLevelWidgets() if hasattr(w, "history")), None)
    if window is not None and window.history is not None and any(r.completed for r in window.history.sessions()):
        window.store.update({"weekly_goal": 4})
        note()
        QApplication.instance().quit()

made = ui_app.make_application
def make():
    app = made()
    timer = QTimer(app)
    timer.timeout.connect(look)
    timer.start(100)
    return app
ui_app.make_application = make
code = cli.main(["--start"])
note()
print(json.dumps(seen))
sys.exit(code)
"""


def play(env) -> dict[str, int]:
    """One session through the app's own main; the mode of every file and folder it had, by name."""
    old = os.umask(0o022)  # the usual desktop umask: the app must not rely on a stricter one
    try:
        result = subprocess.run([sys.executable, "-c", DRIVER], env=env, capture_output=True, text=True,
                                timeout=300)
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_a_whole_session_leaves_only_private_folders_and_files(private_folders, tmp_path):
    """Two sessions at the usual umask 022; between them the history is damaged in place, so the second start
    moves it aside. Nothing the app made, then or while it ran, can be read by another user."""
    config, data = private_folders
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PIRIFORMIS_TIME_SCALE="40")
    env.pop("DISPLAY", None)
    seen = play(dict(env, PIRIFORMIS_TIME_SCALE="1000"))  # the app makes its folders and files itself
    with open(data / "history.sqlite3", "r+b") as history:  # damaged in place: its mode is the app's
        history.write(os.urandom(4096))
    seen.update(play(env))
    names = {os.path.relpath(name, tmp_path) for name in seen}
    assert {"config/piriformis-desktop/settings.toml", "config/piriformis-desktop/piriformis-desktop.conf",
            "data/piriformis-desktop/history.sqlite3", "data/piriformis-desktop/running.lock"} <= names, sorted(names)
    assert any(name.startswith("data/piriformis-desktop/session-") and name.endswith(".json") for name in names)
    assert any(".damaged-" in name for name in names) and any(name.endswith("-wal") for name in names)
    loose = {os.path.relpath(name, tmp_path): oct(mode) for name, mode in seen.items()
             if mode != (0o700 if name.endswith("piriformis-desktop") else 0o600)}
    assert loose == {}
    for top in (config, data):  # and what is left after the app ended
        for folder, _dirs, files in os.walk(top):
            assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700, folder
            for name in files:
                assert stat.S_IMODE(os.stat(os.path.join(folder, name)).st_mode) == 0o600, os.path.join(folder, name)
