"""Sound and voice cues follow the session: which cue plays at which session time (fake clock, no Qt)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from piriformis_desktop.core.cues import Cue, CueFollower, CueKind, cue_schedule, cues_between, latest
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import Session
from piriformis_desktop.core.timeline import PhaseKind, build_timeline


def follow(session: Session, follower: CueFollower, clock, until: float | None = None) -> list[tuple[float, Cue]]:
    """Wake the way the session controller does (whenever a countdown digit or the phase changes), up to `until`.

    Returns (session position, cue) for every cue the follower says to play.
    """
    heard = []
    while True:
        snap = session.snapshot()
        heard += [(snap.position, cue) for cue in follower.due(snap)]
        if snap.state.over or (until is not None and snap.position >= until):
            return heard
        step = session.seconds_to_next_change()
        if step is None:
            return heard
        if until is not None:
            step = min(step, until - snap.position)
        clock.advance(step)


@pytest.fixture
def long_hold(settings):
    """Toe rotation with a 10-second hold, so its last three seconds tick."""
    return settings.with_exercise("toe-rotation", hold_seconds=10)


def started(routine, settings, clock, side=Side.RIGHT):
    """A session just started on the fake clock, with a follower for its cues."""
    timeline = build_timeline(routine, settings, side)
    session = Session(timeline, clock)
    follower = CueFollower(cue_schedule(timeline))
    session.start()
    return session, follower


def test_each_exercise_is_announced_with_its_name_and_first_leg(routine, settings):
    """When an exercise begins, the voice names it and the leg, in the routine's own words."""
    timeline = build_timeline(routine, settings, Side.LEFT)
    announced = [c for c in cue_schedule(timeline) if c.kind is CueKind.NEXT_EXERCISE]
    assert [c.speech for c in announced] == [f"{e.name}, left leg" for e in routine.exercises]
    assert [c.at for c in announced] == [timeline.exercise_start(n) for n in range(1, len(routine.exercises) + 1)]
    assert announced[0].speech == "Toe rotation, left leg"


def test_the_switch_cue_names_the_other_leg_once_per_exercise(routine, settings):
    """Between the legs the user hears the switch sound and "Switch to your left leg", once per exercise."""
    timeline = build_timeline(routine, settings, Side.RIGHT)
    switches = [c for c in cue_schedule(timeline) if c.kind is CueKind.SWITCH_SIDE]
    switch_phases = [p for p in timeline.phases if p.kind is PhaseKind.SWITCH_SIDE]
    assert [c.at for c in switches] == [p.start for p in switch_phases]
    assert len(switches) == len(routine.exercises)
    assert {c.speech for c in switches} == {"Switch to your left leg"}


def test_a_long_hold_ticks_in_each_of_its_last_three_seconds(routine, long_hold):
    """During a 10-second hold the user hears a tick at 3, 2 and 1 seconds left, and none earlier."""
    timeline = build_timeline(routine, long_hold, Side.RIGHT)
    schedule = cue_schedule(timeline)
    first_hold = next(p for p in timeline.phases if p.kind is PhaseKind.HOLD)
    ticks = [c.at for c in cues_between(schedule, first_hold.start, first_hold.end) if c.kind is CueKind.TICK]
    assert ticks == [first_hold.end - 3, first_hold.end - 2, first_hold.end - 1]
    holds = [p for p in timeline.phases if p.kind is PhaseKind.HOLD]
    assert sum(c.kind is CueKind.TICK for c in schedule) == 3 * len([h for h in holds if h.duration >= 4]) + sum(
        h.duration - 1 for h in holds if h.duration < 4
    )


@pytest.mark.parametrize(("hold", "ticks_left"), [(1, []), (2, [1]), (3, [2, 1]), (4, [3, 2, 1])])
def test_a_short_hold_ticks_only_after_it_has_begun(routine, settings, hold, ticks_left):
    """A 2-second hold ticks once; a tick never lands on the hold's start, where the hold's chime plays."""
    timeline = build_timeline(routine, settings.with_exercise("toe-rotation", hold_seconds=hold), Side.RIGHT)
    first_hold = next(p for p in timeline.phases if p.kind is PhaseKind.HOLD)
    window = cues_between(cue_schedule(timeline), first_hold.start - 0.5, first_hold.end - 0.5)
    assert window[0] == Cue(first_hold.start, CueKind.PHASE, "Hold")
    assert [first_hold.end - c.at for c in window[1:]] == ticks_left
    assert all(c.kind is CueKind.TICK for c in window[1:])


def test_reps_are_counted_and_holds_called_but_release_only_chimes(routine, settings):
    """Each rep begins with its number spoken, each hold with "Hold"; release and rest chime ("Rest" spoken)."""
    timeline = build_timeline(routine, settings, Side.RIGHT)
    schedule = {c.at: c for c in cue_schedule(timeline)}
    first = timeline.phases[1:4]  # move, hold, release of rep 1 after get-ready
    assert [p.kind for p in first] == [PhaseKind.MOVE, PhaseKind.HOLD, PhaseKind.RELEASE]
    assert [(schedule[p.start].kind, schedule[p.start].speech) for p in first] == [
        (CueKind.PHASE, "1"), (CueKind.PHASE, "Hold"), (CueKind.PHASE, None),
    ]
    moves = [p for p in timeline.phases if p.kind is PhaseKind.MOVE]
    assert [schedule[p.start].speech for p in moves] == [str(p.rep) for p in moves]
    rests = [p for p in timeline.phases if p.kind is PhaseKind.REST]
    assert rests and all(schedule[p.start] == Cue(p.start, CueKind.PHASE, "Rest") for p in rests)


def test_the_session_ends_with_its_own_sound(routine, settings):
    """When the last release ends, the user hears the session-done chime and "Session complete"."""
    timeline = build_timeline(routine, settings, Side.RIGHT)
    schedule = cue_schedule(timeline)
    assert schedule[-1] == Cue(timeline.duration, CueKind.SESSION_DONE, "Session complete")
    assert sum(c.kind is CueKind.SESSION_DONE for c in schedule) == 1


def test_without_get_ready_the_first_move_announces_the_exercise(routine, settings):
    """With get-ready set to 0 s, the exercise is still announced, at its first move, and only once."""
    timeline = build_timeline(routine, replace(settings, get_ready_seconds=0), Side.RIGHT)
    schedule = cue_schedule(timeline)
    assert timeline.phases[0].kind is PhaseKind.MOVE
    assert cues_between(schedule, -1, 0) == [Cue(0.0, CueKind.NEXT_EXERCISE, "Toe rotation, right leg")]


def test_the_schedule_is_in_time_order_with_one_cue_per_moment(routine, long_hold):
    """Cues are sorted and never two at the same moment, so there is never a choice to make on time."""
    schedule = cue_schedule(build_timeline(routine, long_hold, Side.RIGHT))
    times = [c.at for c in schedule]
    assert times == sorted(times)
    assert len(set(times)) == len(times)


def test_cues_between_is_after_exclusive_and_up_to_inclusive(routine, long_hold):
    """Asking for (after, up_to] never plays a cue twice across two consecutive wake-ups."""
    schedule = cue_schedule(build_timeline(routine, long_hold, Side.RIGHT))
    assert [c.at for c in cues_between(schedule, 5.0, 7.0)] == [7.0]
    assert [c.at for c in cues_between(schedule, 0.0, 5.0)] == [5.0]
    assert cues_between(schedule, 7.0, 7.0) == []
    assert cues_between(schedule, 8.0, 7.0) == []
    assert latest(cues_between(schedule, 0.0, 15.5)).at == 15.0
    assert latest([]) is None


def test_following_a_whole_session_plays_every_cue_once_and_on_time(routine, long_hold, clock):
    """Left alone from start to finish, the user hears every scheduled cue exactly once, at its moment."""
    session, follower = started(routine, long_hold, clock)
    heard = follow(session, follower, clock)
    assert [cue for _, cue in heard] == list(follower.schedule)
    assert all(position == cue.at for position, cue in heard)
    assert session.completed


def test_the_first_hold_ticks_at_the_right_session_times(routine, long_hold, clock):
    """Get ready 5 s, move 2 s, hold 10 s: the ticks come at 14, 15 and 16 s into the session."""
    session, follower = started(routine, long_hold, clock)
    heard = follow(session, follower, clock, until=17.0)
    assert [(p, c.kind) for p, c in heard] == [
        (0.0, CueKind.NEXT_EXERCISE), (5.0, CueKind.PHASE), (7.0, CueKind.PHASE),
        (14.0, CueKind.TICK), (15.0, CueKind.TICK), (16.0, CueKind.TICK), (17.0, CueKind.PHASE),
    ]
    assert clock.now() == 1000.0 + 17.0  # no pause, so session time is clock time since start


def test_nothing_plays_while_paused_or_during_the_resume_countdown(routine, long_hold, clock):
    """Paused mid-hold for a minute: silence; after resume and its 3-second countdown, the tick comes on time."""
    session, follower = started(routine, long_hold, clock)
    follow(session, follower, clock, until=13.5)
    session.pause()
    for _ in range(60):
        clock.advance(1.0)
        assert follower.due(session.snapshot()) == ()
    session.resume()
    heard = follow(session, follower, clock, until=14.0)
    assert [(p, c.kind) for p, c in heard] == [(14.0, CueKind.TICK)]
    assert clock.now() == 1000.0 + 13.5 + 60 + 3 + 0.5


def test_switch_side_sounds_exactly_once_per_exercise_in_a_real_session(routine, settings, clock):
    """Over a whole session the switch cue is heard once per exercise, each time as the switch phase begins."""
    session, follower = started(routine, settings, clock)
    heard = follow(session, follower, clock)
    switches = [(p, c.speech) for p, c in heard if c.kind is CueKind.SWITCH_SIDE]
    starts = [p.start for p in session.timeline.phases if p.kind is PhaseKind.SWITCH_SIDE]
    assert switches == [(start, "Switch to your left leg") for start in starts]


def test_skipping_plays_only_the_next_exercise_cue(routine, long_hold, clock):
    """Skipping mid-hold plays the next exercise's announcement, not the ticks and chimes skipped over."""
    session, follower = started(routine, long_hold, clock)
    follow(session, follower, clock, until=10.0)
    session.skip()
    assert follower.due(session.snapshot(), jumped=True) == (
        Cue(session.timeline.exercise_start(2), CueKind.NEXT_EXERCISE, "Leg crossover, right leg"),)
    clock.advance(0.5)
    assert follower.due(session.snapshot()) == ()  # announced once, not again on the next wake


def test_a_late_wake_up_plays_only_the_latest_cue(routine, long_hold, clock):
    """If the app wakes 3 s late (a busy machine), only the cue that is current is played, not a burst."""
    session, follower = started(routine, long_hold, clock)
    follow(session, follower, clock, until=13.0)
    clock.advance(2.5)  # passes the ticks at 14 and 15
    assert follower.due(session.snapshot()) == (Cue(15.0, CueKind.TICK),)


def test_going_back_announces_the_restarted_exercise_again(routine, long_hold, clock):
    """Back within an exercise restarts it, and the user hears its announcement again."""
    session, follower = started(routine, long_hold, clock)
    follow(session, follower, clock, until=30.5)
    session.back()
    assert follower.due(session.snapshot(), jumped=True) == (
        Cue(0.0, CueKind.NEXT_EXERCISE, "Toe rotation, right leg"),)
    clock.advance(1.0)
    assert follower.due(session.snapshot()) == ()


def test_restarting_the_second_leg_announces_the_switch_again(routine, settings, clock):
    """Restarting the left leg's reps goes back to the switch phase, and its cue plays again."""
    session, follower = started(routine, settings, clock)
    switch = next(p for p in session.timeline.phases if p.kind is PhaseKind.SWITCH_SIDE)
    follow(session, follower, clock, until=switch.end + 4.0)
    session.restart_side()
    assert follower.due(session.snapshot(), jumped=True) == (
        Cue(switch.start, CueKind.SWITCH_SIDE, "Switch to your left leg"),)


def test_a_skip_while_paused_is_announced_when_the_session_resumes(routine, settings, clock):
    """Skipping while paused stays quiet until the user resumes; then the new exercise is announced once."""
    session, follower = started(routine, settings, clock)
    follow(session, follower, clock, until=8.0)
    session.pause()
    session.skip()
    assert follower.due(session.snapshot(), jumped=True) == ()
    session.resume()
    assert [cue.speech for cue in follower.due(session.snapshot())] == ["Leg crossover, right leg"]
    clock.advance(1.0)
    assert follower.due(session.snapshot()) == ()


def test_nothing_plays_before_the_start_or_after_a_stop(routine, settings, clock):
    """A session not yet started, or stopped early, is silent; a stopped session never says "Session complete"."""
    timeline = build_timeline(routine, settings, Side.RIGHT)
    session = Session(timeline, clock)
    follower = CueFollower(cue_schedule(timeline))
    assert follower.due(session.snapshot()) == ()
    session.start()
    assert [cue.kind for cue in follower.due(session.snapshot())] == [CueKind.NEXT_EXERCISE]
    clock.advance(6.0)
    session.stop()
    for _ in range(3):
        clock.advance(1000.0)
        assert follower.due(session.snapshot()) == ()
