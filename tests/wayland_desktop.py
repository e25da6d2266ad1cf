"""A Wayland desktop for the slow tests: a headless weston compositor and a private session bus.

weston 10's headless backend with the pixman renderer draws for real (its desktop shell, with the panel, and
the app's window), so `weston-screenshooter` can take the screen when weston runs with --debug.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from real_desktop import wait_for

TOOLS = {"weston": "weston", "weston-screenshooter": "weston", "dbus-daemon": "dbus-daemon"}


def missing() -> str | None:
    """Why a Wayland desktop cannot run here (the missing programs and their Debian packages), or None."""
    absent = [f"{p} ({package})" for p, package in TOOLS.items() if not shutil.which(p)]
    return f"needs {', '.join(absent)}" if absent else None


class Weston:
    """A Wayland desktop: a headless weston (its desktop shell, whose panel takes the top 32 px, drawn by the
    pixman renderer so that screenshots work) on a private socket in a private runtime folder, and a private
    session bus. The app runs in it with QT_QPA_PLATFORM=wayland."""

    PANEL = 32  # the height of weston's desktop-shell panel, at the top

    def __init__(self, environment: dict[str, str], width: int = 1366, height: int = 768) -> None:
        self._processes: list[subprocess.Popen] = []
        self.runtime = tempfile.mkdtemp(prefix="pd-wl-")  # short: a socket path has at most 107 bytes
        os.chmod(self.runtime, 0o700)
        self.version = subprocess.run(["weston", "--version"], capture_output=True, text=True).stdout.strip()
        self._log = open(Path(self.runtime, "weston.log"), "w")  # noqa: SIM115 (weston writes to it until close())
        self._start(["weston", "--backend=headless-backend.so", "--use-pixman", f"--width={width}",
                     f"--height={height}", "--socket=wayland-pd", "--no-config", "--idle-time=0",
                     "--debug"],  # --debug: weston lets weston-screenshooter take the screen only with it
                    env={**environment, "XDG_RUNTIME_DIR": self.runtime}, stdout=self._log, stderr=self._log)
        bus = self._start(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                          env={**environment, "XDG_RUNTIME_DIR": self.runtime},
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        address = bus.stdout.readline().strip()
        self.env = {key: value for key, value in environment.items()
                    if key not in ("DISPLAY", "SESSION_MANAGER", "XAUTHORITY", "PIRIFORMIS_TIME_SCALE")}
        self.env.update(WAYLAND_DISPLAY="wayland-pd", XDG_RUNTIME_DIR=self.runtime, QT_QPA_PLATFORM="wayland",
                        DBUS_SESSION_BUS_ADDRESS=address, TZ="UTC", LANG="C.UTF-8")
        try:
            wait_for(lambda: "launching '/usr/lib" in self.log() and Path(self.runtime, "wayland-pd").exists(),
                     20, "weston listening")
        except AssertionError:
            raise AssertionError(f"weston did not start:\n{self.close()}") from None

    def _start(self, command: list[str], **options) -> subprocess.Popen:
        process = subprocess.Popen(command, start_new_session=True, **options)
        self._processes.append(process)
        return process

    def start(self, command: list[str], **env) -> subprocess.Popen:
        return self._start(command, env={**self.env, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)

    def log(self) -> str:
        return Path(self.runtime, "weston.log").read_text(errors="replace")

    def screenshot(self, path: Path) -> bool:
        """The whole screen as a PNG (weston-screenshooter writes wayland-screenshot-*.png where it runs)."""
        folder = Path(tempfile.mkdtemp(prefix="pd-shot-"))
        try:
            subprocess.run(["weston-screenshooter"], cwd=folder, env=self.env, capture_output=True, timeout=20)
            shots = sorted(folder.glob("*.png"))
            if shots:
                shutil.move(str(shots[-1]), str(path))
            return bool(shots)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> str:
        """End weston, the bus and every program started here, newest first; return what weston said."""
        for process in reversed(self._processes):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
        self._processes.clear()
        said = self.log()
        self._log.close()
        shutil.rmtree(self.runtime, ignore_errors=True)
        return said
