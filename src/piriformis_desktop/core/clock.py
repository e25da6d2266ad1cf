"""Sources of time for a session: the real monotonic clock (optionally sped up) and a fake one for tests."""

from __future__ import annotations

import os
import sys
import time
from typing import Protocol

from piriformis_desktop.core.terminal import PROG

TIME_SCALE_VARIABLE = "PIRIFORMIS_TIME_SCALE"


class Clock(Protocol):
    """Anything that tells session time in seconds, never going backwards."""

    scale: float

    def now(self) -> float: ...


class MonotonicClock:
    """Session time from `time.monotonic`, running `scale` times faster than real time."""

    def __init__(self, scale: float = 1.0) -> None:
        if not scale >= 1.0:
            raise ValueError(f"time scale must be a number >= 1, got {scale!r}")
        self.scale = float(scale)
        self._origin = time.monotonic()

    def now(self) -> float:
        return (time.monotonic() - self._origin) * self.scale


class FakeClock:
    """A clock that moves only when told to: every test runs in microseconds and exactly."""

    def __init__(self, start: float = 0.0, scale: float = 1.0) -> None:
        self._now = float(start)
        self.scale = float(scale)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock never goes backwards")
        self._now += seconds

    def set(self, now: float) -> None:
        if now < self._now:
            raise ValueError("a clock never goes backwards")
        self._now = float(now)


def time_scale_from_environment(environ: dict[str, str] | None = None, stderr=None) -> float:
    """Read PIRIFORMIS_TIME_SCALE; an invalid value is reported on stderr and replaced by 1."""
    environ = os.environ if environ is None else environ
    stderr = sys.stderr if stderr is None else stderr
    raw = environ.get(TIME_SCALE_VARIABLE, "").strip()
    if not raw:
        return 1.0
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not (value >= 1.0 and value < float("inf")):
        print(
            f"{PROG}: ignoring {TIME_SCALE_VARIABLE}={raw!r}: "
            "it must be a number of at least 1; running at normal speed.",
            file=stderr,
        )
        return 1.0
    return value
