"""The end of a session is always heard: the controller asks for "Session complete" after the last phase's cue,
however long the window takes to paint each wake and at any time scale (fake clock, the controller's own wakes)."""

from __future__ import annotations

import pytest

from piriformis_desktop.core.clock import FakeClock
from piriformis_desktop.core.cues import MILESTONES, CueKind, cue_schedule
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.timeline import build_timeline
from piriformis_desktop.ui.session.controller import SessionController


def short_timeline(routine, settings):
    one_rep = settings
    for exercise in routine.exercises:
        one_rep = one_rep.with_exercise(exercise.id, reps=1)
    return build_timeline(routine, one_rep, Side.RIGHT)


def run_session(controller: SessionController, clock: FakeClock, paint_seconds: float, early_ms: float,
                late_ms: float = 0.0) -> list:
    """Wake the controller when its timer would (a little early, as a real timer may, or `late_ms` late, as on a
    busy machine), each wake's painting taking `paint_seconds` of real time; returns what happened, in order:
    ("cue", kind) and ("ended",)."""
    happened: list[tuple] = []
    controller.cue_due.connect(lambda cue: happened.append(("cue", cue.kind)))
    controller.session_ended.connect(lambda session: happened.append(("ended",)))
    controller.snapshot_changed.connect(lambda snapshot: clock.advance(paint_seconds * clock.scale))
    controller.toggle()
    for _ in range(100_000):
        wait = controller.next_wake_ms()
        if wait is None:
            break
        clock.advance((wait - min(early_ms, wait / 2) + late_ms) / 1000 * clock.scale)
        controller.update_now()
    controller.shutdown()
    return happened


@pytest.mark.parametrize("scale", [1.0, 5.0, 20.0])
@pytest.mark.parametrize("paint_ms", [0.0, 2.0, 8.0, 30.0])
@pytest.mark.parametrize("early_ms", [0.0, 1.0])
def test_the_session_complete_cue_comes_after_the_last_phase_and_before_the_end_is_reported(
        qapp, routine, settings, scale, paint_ms, early_ms):
    """Whatever the time scale, however long a wake's repaint takes (during which the session may reach its
    end) and whether the timer fires on time or a millisecond early: the session-done cue is asked for exactly
    once, it is the last cue, and it comes before the session is reported as ended."""
    clock = FakeClock(start=1000.0, scale=scale)
    controller = SessionController(clock)
    controller.animate = True  # the card's figure moves: wakes every 40 ms in move and release phases
    controller.load(short_timeline(routine, settings))
    happened = run_session(controller, clock, paint_ms / 1000, early_ms)
    cues = [what[1] for what in happened if what[0] == "cue"]
    assert cues.count(CueKind.SESSION_DONE) == 1, (scale, paint_ms, cues[-3:])
    assert cues[-1] is CueKind.SESSION_DONE
    assert happened[-1] == ("ended",) and happened[-2] == ("cue", CueKind.SESSION_DONE)
    assert controller.session.completed


@pytest.mark.parametrize("scale", [1.0, 5.0, 20.0])
@pytest.mark.parametrize("late_ms", [150.0, 400.0, 2000.0])
def test_a_busy_machine_delays_the_milestones_but_never_loses_one(qapp, routine, settings, scale, late_ms):
    """Every wake comes `late_ms` late (a machine busy elsewhere), so one wake can pass over a leg switch and the
    end at once: every exercise start, leg switch and the end is still asked for, once each and in order."""
    clock = FakeClock(start=1000.0, scale=scale)
    controller = SessionController(clock)
    timeline = short_timeline(routine, settings)
    controller.load(timeline)
    happened = run_session(controller, clock, 0.0, 0.0, late_ms)
    asked = [what[1] for what in happened if what[0] == "cue" and what[1] in MILESTONES]
    assert asked == [cue.kind for cue in cue_schedule(timeline) if cue.kind in MILESTONES]
    assert happened[-1] == ("ended",) and happened[-2] == ("cue", CueKind.SESSION_DONE)
