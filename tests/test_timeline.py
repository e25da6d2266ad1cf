"""The session timeline: every phase, in order, with equal work for both legs."""

import pytest

from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.timeline import PhaseKind, build_timeline


def kinds(timeline, number, side):
    return [p.kind for p in timeline.phases if p.exercise_number == number and p.side is side]


def test_default_session_walks_all_three_exercises_on_both_legs(routine, settings):
    """A default session plays the three exercises in routine order, right leg first, then left."""
    timeline = build_timeline(routine, settings, Side.RIGHT)
    assert [e.id for e in timeline.exercises] == ["toe-rotation", "leg-crossover", "bent-knee-lift"]
    first = timeline.phases[0]
    assert (first.kind, first.exercise.id, first.side) == (PhaseKind.GET_READY, "toe-rotation", Side.RIGHT)
    assert timeline.phases[-1].kind is PhaseKind.DONE
    sides = [p.side for p in timeline.phases if p.kind is PhaseKind.MOVE and p.exercise_number == 1]
    assert sides == [Side.RIGHT] * 10 + [Side.LEFT] * 10


def test_both_legs_get_exactly_the_same_reps_and_holds(routine, settings):
    """Equal sides: the left leg's reps and holds match the right leg's to the second."""
    timeline = build_timeline(routine, settings, Side.LEFT)
    for number in (1, 2, 3):
        def work(side, number=number):
            return [(p.kind, p.rep, p.duration) for p in timeline.phases
                    if p.exercise_number == number and p.side is side and p.kind in
                    (PhaseKind.MOVE, PhaseKind.HOLD, PhaseKind.RELEASE)]
        assert work(Side.LEFT) == work(Side.RIGHT)
        assert len(work(Side.LEFT)) == 30


def test_phases_follow_each_other_without_gaps(routine, settings):
    """Each phase starts where the one before ended, and the session length is their sum."""
    timeline = build_timeline(routine, settings, Side.RIGHT)
    for before, after in zip(timeline.phases, timeline.phases[1:], strict=False):
        assert after.start == pytest.approx(before.end)
    assert timeline.duration == pytest.approx(sum(p.duration for p in timeline.phases))


def test_default_session_length(routine, settings):
    """Default dose: 5 s get ready, 2 s move, hold 2/1/1 s, 2 s release, 10 s rests, 10 reps a leg."""
    timeline = build_timeline(routine, settings, Side.RIGHT)
    per_exercise = [5 + 10 + 20 * (2 + hold + 2) for hold in (2, 1, 1)]
    assert timeline.duration == sum(per_exercise) + 2 * 10


def test_switch_side_phase_is_timed_and_names_the_new_leg(routine, settings):
    """Between the legs comes one 'switch legs' phase that belongs to the leg coming next."""
    timeline = build_timeline(routine, settings, Side.RIGHT)
    switches = [p for p in timeline.phases if p.kind is PhaseKind.SWITCH_SIDE]
    assert len(switches) == 3
    assert all(p.side is Side.LEFT and p.duration == settings.rest_seconds for p in switches)


def test_rest_comes_between_exercises_not_after_the_last(routine, settings):
    """Rest phases sit between exercises; the last exercise leads straight to done."""
    timeline = build_timeline(routine, settings, Side.RIGHT)
    rests = [p.exercise_number for p in timeline.phases if p.kind is PhaseKind.REST]
    assert rests == [1, 2]
    assert timeline.phases[-2].kind is PhaseKind.RELEASE


def test_zero_hold_means_no_pause_at_the_end_position(routine, settings):
    """Hold 0 s: the rep is move then release, with no hold phase."""
    settings = settings.with_exercise("toe-rotation", hold_seconds=0)
    timeline = build_timeline(routine, settings, Side.RIGHT)
    assert PhaseKind.HOLD not in kinds(timeline, 1, Side.RIGHT)
    assert PhaseKind.HOLD in kinds(timeline, 2, Side.RIGHT)


def test_disabled_exercise_is_left_out_and_numbers_close_up(routine, settings):
    """A session with the crossover switched off has two exercises, numbered 1 and 2."""
    settings = settings.with_exercise("leg-crossover", enabled=False)
    timeline = build_timeline(routine, settings, Side.RIGHT)
    assert [e.id for e in timeline.exercises] == ["toe-rotation", "bent-knee-lift"]
    assert {p.exercise_number for p in timeline.phases} == {0, 1, 2}


def test_get_ready_zero_starts_with_the_first_move(routine, settings):
    """With no get-ready time the session opens on the first rep."""
    from dataclasses import replace
    timeline = build_timeline(routine, replace(settings, get_ready_seconds=0), Side.RIGHT)
    assert timeline.phases[0].kind is PhaseKind.MOVE and timeline.phases[0].rep == 1


def test_phase_at_finds_the_running_phase_at_every_boundary(routine, settings):
    """At each phase's first instant that phase is running; just before, the previous one."""
    timeline = build_timeline(routine, settings, Side.RIGHT)
    for phase in timeline.phases[1:-1]:
        assert timeline.phase_at(phase.start) is phase
        assert timeline.phase_at(phase.start - 1e-6).index == phase.index - 1
    assert timeline.phase_at(-5).index == 0
    assert timeline.phase_at(timeline.duration + 100).kind is PhaseKind.DONE


def test_no_exercise_included_is_refused(routine, settings):
    """A timeline needs at least one exercise."""
    for exercise_id in routine.ids:
        settings = settings.with_exercise(exercise_id, enabled=False)
    with pytest.raises(ValueError):
        build_timeline(routine, settings, Side.RIGHT)
