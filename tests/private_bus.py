"""A private D-Bus session bus for tests of what the app asks the desktop's services, and those services."""

from __future__ import annotations

import os
import subprocess


class SessionBus:
    """A private D-Bus session bus (`dbus-daemon --session`), for tests of what the app asks desktop services;
    `close` ends it and every service started on it with `start`."""

    def __init__(self) -> None:
        self._processes: list[subprocess.Popen] = []
        bus = self._keep(subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                          start_new_session=True))
        self.address = bus.stdout.readline().strip()
        if not self.address:
            self.close()
            raise RuntimeError("dbus-daemon did not start")

    def _keep(self, process: subprocess.Popen) -> subprocess.Popen:
        self._processes.append(process)
        return process

    def start(self, command: list[str], ready: str = "ready") -> subprocess.Popen:
        """Run a service on this bus; returns once it prints the `ready` line."""
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=self.address, QT_QPA_PLATFORM="offscreen")
        process = self._keep(subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                              text=True, start_new_session=True))
        line = process.stdout.readline().strip()
        if line != ready:
            raise RuntimeError(f"{command[-1]} did not start: {line} {process.stderr.read() if process.poll() else ''}")
        return process

    def close(self) -> None:
        for process in reversed(self._processes):
            if process.poll() is None:
                process.terminate()
            try:
                process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
        self._processes.clear()
