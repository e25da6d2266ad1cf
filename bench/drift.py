"""Countdown drift: does the shown countdown ever stray from the true time left?

1. A 30-minute session compressed on a fake clock, read at random intervals: the largest difference
   between the card's seconds-left and the truth computed independently from the start time.
2. 60 s in real time with the Qt event loop kept busy by other work (3 ms of work every 5 ms): each time
   the controller repaints, compare the digit shown with the true time left, and how late each digit
   change came after the true second boundary.
"""

from __future__ import annotations

import math
import os
import random
import sys
import time
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from piriformis_desktop.core.clock import FakeClock, MonotonicClock  # noqa: E402
from piriformis_desktop.core.routine import Side, load_routine  # noqa: E402
from piriformis_desktop.core.session import Session  # noqa: E402
from piriformis_desktop.core.settings import Settings  # noqa: E402
from piriformis_desktop.core.timeline import build_timeline  # noqa: E402


def thirty_minute_timeline():
    routine = load_routine()
    settings = Settings.defaults(routine)
    for exercise_id in routine.ids:
        settings = settings.with_exercise(exercise_id, reps=16, hold_seconds=10)
    settings = replace(settings, rest_seconds=60, move_seconds=3, release_seconds=3)
    return build_timeline(routine, settings, Side.RIGHT)


def compressed() -> None:
    timeline = thirty_minute_timeline()
    clock, rng = FakeClock(), random.Random(1)
    session = Session(timeline, clock)
    session.start()
    origin, worst, reads = clock.now(), 0.0, 0
    started = time.perf_counter()
    while not session.state.over:
        clock.advance(rng.uniform(0.0005, 0.4))
        snap = session.snapshot()
        truth = min(clock.now() - origin, timeline.duration)
        worst = max(worst, abs(snap.seconds_left - (timeline.phase_at(truth).end - truth)))
        reads += 1
    spent = time.perf_counter() - started
    print(f"compressed session: {timeline.duration / 60:.1f} min of session time, {reads} reads "
          f"in {spent * 1000:.0f} ms; largest countdown error {worst * 1000:.6f} ms")


def real_time(seconds: float = 60.0) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from piriformis_desktop.ui.session.controller import SessionController

    app = QApplication.instance() or QApplication(sys.argv[:1])
    timeline = thirty_minute_timeline()
    controller = SessionController(MonotonicClock(1.0))
    controller.animate = False
    controller.load(timeline)
    wrong_digit, lateness, last = [], [], {"digit": None}
    origin = {}

    def on_snapshot(snapshot):
        now = controller.clock.now()
        if "t" not in origin:
            return
        truth = min(now - origin["t"], timeline.duration)
        left = timeline.phase_at(truth).end - truth
        true_digit = max(0, math.ceil(left - 1e-9))
        if snapshot.countdown != true_digit:
            wrong_digit.append(abs(snapshot.countdown - true_digit))
        if last["digit"] is not None and snapshot.countdown != last["digit"]:
            boundary = left - math.floor(left - 1e-9)  # seconds since the true boundary passed
            lateness.append(1.0 - boundary if boundary < 1.0 else 0.0)
        last["digit"] = snapshot.countdown

    controller.snapshot_changed.connect(on_snapshot)
    busy = QTimer()
    busy.timeout.connect(lambda: _spin(0.003))
    busy.start(5)
    controller.toggle()
    origin["t"] = controller.session.started_at
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    busy.stop()
    controller.shutdown()
    late_ms = sorted(x * 1000 for x in lateness)
    drift_ms = abs(controller.session.position() - (controller.clock.now() - origin['t'])) * 1000
    print(f"real time {seconds:.0f} s, event loop busy 60%: {controller.wakes} wakes, "
          f"{len(lateness)} digit changes; wrong digit shown {len(wrong_digit)} times; digit change late by "
          f"median {late_ms[len(late_ms) // 2]:.1f} ms, max {late_ms[-1]:.1f} ms; "
          f"session position drift vs monotonic: {drift_ms:.3f} ms")


def _spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


if __name__ == "__main__":
    compressed()
    real_time(float(sys.argv[1]) if len(sys.argv) > 1 else 60.0)
