"""A real sound server for tests: PulseAudio with a null sink in a private runtime folder, its monitor recorded.

`running_server(kind)` (the body of the tests' `sound_server` fixture) starts `pulseaudio` with
`module-null-sink` in a fresh XDG_RUNTIME_DIR, or PipeWire (pipewire, wireplumber and pipewire-pulse, with a
private session bus, and the same null sink made through pipewire-pulse), so nothing reaches the machine's
own sound and nothing of the machine's reaches the test; `restart()` kills the server and starts it again;
`speech()` starts speech-dispatcher on the same private session (its
espeak-ng module plays into the same sink). `record()` captures the sink's monitor with `parec`, reading it
as it comes so each sample gets a time on this machine's monotonic clock (the clock the app's session clock
runs on). Everything started is stopped afterwards, by process id.

Run as a script (`python tests/sound_server.py LOG [app arguments]`) it starts the app with every cue it
plays logged to LOG as JSON lines (PIRIFORMIS_TEST_SESSIONS=N: N sessions back to back, each started a second
after the last one ended) (`due`: the monotonic time of the cue's moment on the session clock,
`called`: when the app asked for it), so a test can line cues up with what the sink heard.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from array import array
from bisect import bisect_right
from pathlib import Path

RATE = 44100
SINK = "cues"
NEEDED = {"pulseaudio": ("pulseaudio", "pactl", "parec"),
          "pipewire": ("pipewire", "wireplumber", "pipewire-pulse", "pactl", "parec", "pacat", "dbus-daemon")}
PACKAGES = {"pulseaudio": "pulseaudio pulseaudio-utils",
            "pipewire": "pipewire wireplumber pipewire-pulse pulseaudio-utils dbus-daemon"}


def _wait(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not happen within {timeout} s")


class Recording:
    """The sink's monitor, mono 16-bit at 44.1 kHz, from `parec`, each sample placed on the monotonic clock."""

    def __init__(self, env: dict[str, str]) -> None:
        self.samples = array("h")
        self._reads: list[tuple[int, float]] = []  # (samples held after a read, monotonic time that read returned)
        self._times: tuple[list[int], list[float]] | None = None  # per read: first sample, its capture time
        self._process = subprocess.Popen(
            ["parec", "-d", f"{SINK}.monitor", "--format=s16le", f"--rate={RATE}", "--channels=1",
             "--latency-msec=5", "--raw"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        _wait(lambda: len(self.samples) > RATE // 20, 10, "parec delivering sound")

    def _read(self) -> None:
        pending = b""
        stream = self._process.stdout
        while True:
            chunk = os.read(stream.fileno(), 4096)
            if not chunk:
                return
            arrived = time.monotonic()
            pending += chunk
            whole = len(pending) // 2 * 2
            self.samples.frombytes(pending[:whole])
            pending = pending[whole:]
            self._reads.append((len(self.samples), arrived))

    def stop(self) -> Recording:
        if self._process.poll() is None:
            self._process.send_signal(signal.SIGTERM)
        self._process.wait(10)
        self._reader.join(5)
        return self

    # -- what a person would hear ------------------------------------------------------------------
    AHEAD = 40  # reads (about 2 s): how far ahead a read's capture time is looked for

    def _capture_times(self) -> tuple[list[int], list[float]]:
        """When each read's first sample was captured, on the monotonic clock.

        A read returning at `arrived` with `n` samples in hand bounds where sample 0 was taken: no later than
        `arrived - n / RATE`; the reads that came late (the reader waited for the CPU) bound it loosely. The
        tightest bound among a read and the next AHEAD ones is the estimate. Looking ahead, never back, keeps a
        gap right: when the server dropped samples the recorder was too slow to take (a busy machine), every
        later read bounds sample 0 later by the gap's length, and the reads before the gap keep their own
        bound; a single origin for the whole recording would place every sound after the gap too early.
        """
        if self._times is None or len(self._times[0]) != len(self._reads):
            bounds = [arrived - held / RATE for held, arrived in self._reads]
            best, firsts, times = float("inf"), [], []
            window: list[float] = []
            for i in range(len(bounds) - 1, -1, -1):  # a running minimum over [i, i + AHEAD]
                window.append(bounds[i])
                if len(window) > self.AHEAD + 1:
                    window.pop(0)
                best = min(window)
                first = self._reads[i - 1][0] if i else 0
                firsts.append(first)
                times.append(best + first / RATE)
            firsts.reverse()
            times.reverse()
            for i in range(1, len(times)):  # a later read never starts before an earlier one ends
                times[i] = max(times[i], times[i - 1] + (firsts[i] - firsts[i - 1]) / RATE)
            self._times = (firsts, times)
        return self._times

    def time_of(self, index: int) -> float:
        firsts, times = self._capture_times()
        i = max(0, bisect_right(firsts, index) - 1)
        return times[i] + (index - firsts[i]) / RATE if firsts else index / RATE

    def index_of(self, when: float) -> int:
        firsts, times = self._capture_times()
        if not firsts:
            return 0
        i = max(0, bisect_right(times, when) - 1)
        return max(0, min(len(self.samples), firsts[i] + int(round((when - times[i]) * RATE))))

    def peak(self, start: float | None = None, end: float | None = None) -> int:
        part = self.samples[self.index_of(start) if start else 0: self.index_of(end) if end else len(self.samples)]
        return max((abs(s) for s in part), default=0)

    def onset(self, after: float, before: float, threshold: int = 1000) -> float | None:
        """The first moment in [after, before) where the sink's level reaches `threshold`."""
        lo, hi = self.index_of(after), self.index_of(before)
        for index in range(lo, hi):
            if abs(self.samples[index]) >= threshold:
                return self.time_of(index)
        return None

    def loud_windows(self, seconds: float = 0.1, threshold: int = 1000) -> int:
        """How many `seconds`-long windows have a sample at or above `threshold` (the issue's measure)."""
        size = int(RATE * seconds)
        return sum(1 for i in range(0, len(self.samples), size)
                   if max((abs(s) for s in self.samples[i:i + size]), default=0) >= threshold)


class SoundServer:
    """PulseAudio (and, on request, speech-dispatcher) in a private runtime folder."""

    kind = "pulseaudio"

    def __init__(self) -> None:
        # short: a unix socket's path may not be longer than 107 bytes
        self.root = Path(tempfile.mkdtemp(prefix="pa-"))
        self.root.chmod(0o700)
        self.env = dict(os.environ, XDG_RUNTIME_DIR=str(self.root), HOME=str(self.root),
                        PULSE_SERVER=f"unix:{self.root}/pulse/native")
        self.env.pop("SPEECHD_ADDRESS", None)
        self._processes: list[subprocess.Popen] = []
        self._server: list[subprocess.Popen] = []  # the sound server's own processes (restart() kills these)
        self._log = open(self.root / "servers.log", "wb")  # noqa: SIM115 (the servers write to it until close())

    def _spawn(self, command: list[str]) -> subprocess.Popen:
        process = subprocess.Popen(command, env=self.env, stdout=self._log, stderr=self._log)
        self._processes.append(process)
        return process

    def start(self) -> SoundServer:
        self._server = [self._spawn(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
             "--disable-shm=yes", "--log-target=stderr",
             "-L", f"module-null-sink sink_name={SINK} rate={RATE}",
             "-L", "module-native-protocol-unix auth-anonymous=1"])]
        self._answering()
        return self

    def _answering(self) -> None:
        _wait(lambda: subprocess.run(["pactl", "info"], env=self.env, capture_output=True).returncode == 0,
              15, f"{self.kind} answering")
        subprocess.run(["pactl", "set-default-sink", SINK], env=self.env, check=True, capture_output=True)

    def kill(self) -> None:
        """The sound server dies (SIGKILL), as when it crashes."""
        for process in self._server:
            process.kill()
            process.wait(10)

    def restart(self) -> SoundServer:
        self.kill()
        return self.start()

    def speech(self) -> str:
        """Start speech-dispatcher on this session; returns its address for SPEECHD_ADDRESS."""
        socket = self.root / "speech-dispatcher" / "speechd.sock"
        self._spawn(["speech-dispatcher", "--run-single", "--timeout", "0", "--log-dir", str(self.root)])
        _wait(socket.exists, 15, "speech-dispatcher listening")
        address = f"unix_socket:{socket}"
        self.env["SPEECHD_ADDRESS"] = address
        return address

    def record(self) -> Recording:
        return Recording(self.env)

    def stop(self) -> None:
        for process in reversed(self._processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
        self._log.close()
        shutil.rmtree(self.root, ignore_errors=True)


class PipeWireServer(SoundServer):
    """PipeWire as Ubuntu 24.04 and Fedora 40 run it: pipewire, wireplumber and pipewire-pulse on a private
    session bus, with the same null sink (made through pipewire-pulse) as the PulseAudio one."""

    kind = "pipewire"

    def start(self) -> PipeWireServer:
        if not self._processes:  # first start: a session bus of its own (wireplumber wants one)
            bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"], env=self.env,
                                   stdout=subprocess.PIPE, stderr=self._log, text=True)
            self._processes.append(bus)
            self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        self._server = [self._spawn(["pipewire"])]
        _wait(lambda: (self.root / "pipewire-0").exists(), 15, "pipewire listening")
        self._server += [self._spawn(["wireplumber"]), self._spawn(["pipewire-pulse"])]
        _wait(lambda: subprocess.run(["pactl", "info"], env=self.env, capture_output=True).returncode == 0,
              15, "pipewire-pulse answering")
        subprocess.run(["pactl", "load-module", "module-null-sink", f"sink_name={SINK}", f"rate={RATE}"],
                       env=self.env, check=True, capture_output=True)
        _wait(lambda: SINK in subprocess.run(["pactl", "list", "short", "sinks"], env=self.env,
                                             capture_output=True, text=True).stdout, 15, "the null sink")
        self._answering()
        # PipeWire suspends an idle sink, and its monitor then sends nothing: samples would stop lining up with
        # the clock. Silence played into the sink all along keeps it running (and adds nothing to any peak).
        zeros = open("/dev/zero", "rb")  # noqa: SIM115 (pacat reads it for as long as it runs)
        self._server.append(subprocess.Popen(
            ["pacat", "--playback", "-d", SINK, "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1"],
            env=self.env, stdin=zeros, stdout=self._log, stderr=self._log))
        self._processes.append(self._server[-1])
        zeros.close()
        return self

    def kill(self) -> None:
        super().kill()
        (self.root / "pipewire-0").unlink(missing_ok=True)


SERVERS = {"pulseaudio": SoundServer, "pipewire": PipeWireServer}


def missing_programs(names=NEEDED["pulseaudio"]) -> list[str]:
    return [name for name in names if shutil.which(name) is None]


def running_server(kind: str = "pulseaudio"):
    """A sound server of `kind` with a null sink in a private runtime folder, for `yield from` in a fixture;
    skips the test only where that server is not installed."""
    import pytest

    missing = missing_programs(NEEDED[kind])
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (Debian: apt-get install {PACKAGES[kind]})")
    server = SERVERS[kind]()
    try:
        yield server.start()
    finally:
        server.stop()


# -- the app, with its cues logged (run as a script) -------------------------------------------------------

def run_logged_app(log_path: str, arguments: list[str]) -> int:
    from PySide6.QtCore import QTimer

    from piriformis_desktop.ui import app as app_module
    from piriformis_desktop.ui.main_window import MainWindow
    from piriformis_desktop.ui.session.flow import SessionFlow

    log = open(log_path, "a", buffering=1)  # noqa: SIM115 (the cue callback writes to it until the app quits)
    attach, ended = MainWindow.attach_cue_player, SessionFlow._session_ended
    sessions = int(os.environ.get("PIRIFORMIS_TEST_SESSIONS", "1"))
    count = [0]

    def attach_logged(self, player) -> None:
        """Log each cue the session asks for, where the flow hands it to the player (before the player hears it)."""
        controller = self.flow.controller

        def logged(cue) -> None:
            clock, session = controller.clock, controller.session
            called = time.monotonic()
            position = session.snapshot(clock.now()).position
            log.write(json.dumps({"kind": cue.kind.value, "at": cue.at, "speech": cue.speech,
                                  "due": called - (position - cue.at) / clock.scale, "called": called}) + "\n")

        controller.cue_due.connect(logged)
        attach(self, player)

    def ended_then_another(self, session) -> None:
        ended(self, session)
        count[0] += 1
        if count[0] < sessions:  # the next session's Ready card, then Space, as a user does
            QTimer.singleShot(1000, lambda: (self.start_another(), self.toggle()))

    MainWindow.attach_cue_player = attach_logged
    SessionFlow._session_ended = ended_then_another  # before the session's flow connects it
    return app_module.run_gui(start="--start" in arguments)


if __name__ == "__main__":
    sys.exit(run_logged_app(sys.argv[1], sys.argv[2:]))
