"""The app leaves nothing running behind it: started on an X display with no D-Bus session bus, it does not
autolaunch one (libdbus' dbus-launch and its dbus-daemon once outlived the app by 43 minutes)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def processes_with(marker: str) -> list[tuple[int, str]]:
    """The pids and command lines of running processes whose environment carries `marker` (what the app started)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if marker.encode() in (entry / "environ").read_bytes():
                found.append((int(entry.name),
                              (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")))
        except OSError:
            continue
    return found


def test_no_session_bus_is_autolaunched_and_nothing_outlives_the_app(tmp_path):
    for program, package in (("Xvfb", "xvfb"), ("dbus-launch", "dbus-x11")):
        if shutil.which(program) is None:
            pytest.skip(f"needs {program} ({package}): without it libdbus cannot autolaunch, so nothing to check")
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = pipe.readline().strip()
    marker = f"PIRIFORMIS_TEST_MARK={uuid.uuid4().hex}"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {key: value for key, value in os.environ.items()
           if key not in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(runtime),
               **dict([marker.split("=", 1)]))
    try:
        app = subprocess.Popen([sys.executable, "-m", "piriformis_desktop"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        time.sleep(6)  # a separate process: the window is up and its deferred parts (screen-awake) attached
        app.send_signal(signal.SIGTERM)
        _, err = app.communicate(timeout=30)
        time.sleep(1)
        left = processes_with(marker)
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    for pid, _ in left:  # what the app left behind is ended (by the pids found above) before the test reports it
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    assert left == [], f"still running after the app ended: {left}\n{err[-2000:]}"
