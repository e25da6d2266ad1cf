"""A session on a fake clock: what the card would show at every instant, and the user's commands."""

import random

import pytest

from piriformis_desktop.core.clock import FakeClock
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import EventKind, Session, State
from piriformis_desktop.core.timeline import PhaseKind, build_timeline


@pytest.fixture
def timeline(routine, settings):
    return build_timeline(routine, settings, Side.RIGHT)


@pytest.fixture
def session(timeline, clock):
    return Session(timeline, clock)


def first(timeline, kind, number=1, side=Side.RIGHT, rep=None):
    return next(p for p in timeline.phases if p.kind is kind and p.exercise_number == number
                and p.side is side and (rep is None or p.rep == rep))


def test_nothing_moves_before_start(session, clock):
    """A session that has not been started shows the get-ready phase with its full countdown."""
    clock.advance(60)
    snap = session.snapshot()
    assert snap.state is State.READY
    assert snap.phase.kind is PhaseKind.GET_READY and snap.countdown == 5


def test_every_phase_boundary_shows_the_right_phase_rep_and_countdown(session, timeline, clock):
    """At each phase's start the card shows that phase, its rep and its full length; just before, 1."""
    session.start()
    origin = clock.now()
    for phase in timeline.phases[:-1]:
        clock.set(origin + phase.start)
        snap = session.snapshot()
        assert snap.phase is phase
        assert snap.countdown == int(phase.duration)
        clock.set(origin + phase.end - 0.001)
        assert session.snapshot().countdown == 1
    clock.set(origin + timeline.duration)
    assert session.snapshot().phase.kind is PhaseKind.DONE
    assert session.state is State.FINISHED and session.completed


def test_countdown_counts_whole_seconds_down(session, clock):
    """The get-ready countdown shows 5, 4, 3, 2, 1 a second apart."""
    session.start()
    shown = []
    for _ in range(5):
        shown.append(session.snapshot().countdown)
        clock.advance(1)
    assert shown == [5, 4, 3, 2, 1]


def test_pause_during_hold_freezes_everything(session, timeline, clock):
    """Space during a hold freezes the countdown; however long the pause, it resumes where it was."""
    session.start()
    hold = first(timeline, PhaseKind.HOLD, rep=1)
    clock.set(session.started_at + hold.start + 0.5)
    assert session.poll()  # the phases up to the hold
    session.pause()
    before = session.snapshot()
    clock.advance(600)
    after = session.snapshot()
    assert after.state is State.PAUSED
    assert (after.phase, after.seconds_left) == (before.phase, before.seconds_left)
    assert session.poll() == []  # ten minutes paused: not one phase went by


def test_resume_counts_down_three_seconds_before_the_hold_continues(session, timeline, clock):
    """Resuming shows 3, 2, 1 while the hold stands still, then the hold goes on from where it stopped."""
    session.start()
    hold = first(timeline, PhaseKind.HOLD, rep=1)
    clock.set(session.started_at + hold.start + 0.5)
    session.pause()
    clock.advance(30)
    session.resume()
    assert session.snapshot().state is State.RESUMING
    assert session.snapshot().countdown == 3
    clock.advance(2.9)
    snap = session.snapshot()
    assert snap.state is State.RESUMING and snap.countdown == 1
    assert snap.seconds_left == pytest.approx(hold.duration - 0.5)
    clock.advance(0.2)
    snap = session.snapshot()
    assert snap.state is State.RUNNING and snap.phase is hold
    assert snap.seconds_left == pytest.approx(hold.duration - 0.5 - 0.1)


def test_space_toggles_start_pause_resume(session):
    """One key does it all: start, pause, resume."""
    session.toggle()
    assert session.state is State.RUNNING
    session.toggle()
    assert session.state is State.PAUSED
    session.toggle()
    assert session.snapshot().state is State.RESUMING


def test_skip_goes_to_the_next_exercise_get_ready(session, timeline, clock):
    """Right arrow mid-exercise jumps to the next exercise's get-ready; the skipped one is not done."""
    session.start()
    clock.advance(20)
    session.skip()
    snap = session.snapshot()
    assert (snap.phase.kind, snap.phase.exercise_number, snap.countdown) == (PhaseKind.GET_READY, 2, 5)
    assert session.exercises_done == 0


def test_skip_during_rest_keeps_the_finished_exercise(session, timeline, clock):
    """Skipping the rest after a finished exercise counts that exercise as done."""
    session.start()
    rest = next(p for p in timeline.phases if p.kind is PhaseKind.REST)
    clock.set(session.started_at + rest.start + 1)
    session.skip()
    assert session.exercises_done == 1
    assert session.snapshot().phase.exercise_number == 2


def test_skipping_the_last_exercise_ends_the_session_as_partial(session, clock):
    """Skip on the last exercise reaches the end; with exercises skipped it is not a completed session."""
    session.start()
    for _ in range(3):
        session.skip()
    assert session.state is State.FINISHED
    assert not session.completed
    assert [e.kind for e in session.poll()][-1] is EventKind.SESSION_DONE


def test_back_restarts_the_exercise_then_goes_to_the_previous_one(session, timeline, clock):
    """Left arrow restarts the current exercise; pressed again right away, it goes one exercise back."""
    session.start()
    session.skip()
    clock.advance(20)
    session.back()
    assert session.snapshot().position == timeline.exercise_start(2)
    session.back()
    assert session.snapshot().position == timeline.exercise_start(1)


def test_back_on_the_first_exercise_restarts_it(session, clock):
    """At the very beginning, back stays on the first exercise."""
    session.start()
    session.back()
    assert session.snapshot().position == 0
    assert session.snapshot().phase.exercise_number == 1


def test_restart_side_goes_back_to_the_first_rep_of_this_leg(session, timeline, clock):
    """R during the left leg's fifth rep starts the left leg again from its switch phase."""
    session.start()
    rep5 = first(timeline, PhaseKind.HOLD, side=Side.LEFT, rep=5)
    clock.set(session.started_at + rep5.start + 0.2)
    session.restart_side()
    snap = session.snapshot()
    assert snap.phase.kind is PhaseKind.SWITCH_SIDE and snap.phase.side is Side.LEFT


def test_commands_while_paused_stay_paused(session, clock):
    """Skipping while paused moves the card but keeps it paused."""
    session.start()
    session.pause()
    session.skip()
    snap = session.snapshot()
    assert snap.state is State.PAUSED and snap.phase.exercise_number == 2


def test_stop_keeps_the_session_as_not_completed(session, clock):
    """Esc then confirm: the session ends early, is not completed, and the clock no longer moves it."""
    session.start()
    clock.advance(50)
    session.stop()
    assert session.state is State.STOPPED and not session.completed
    position = session.position()
    clock.advance(100)
    assert session.position() == position
    assert session.elapsed() == pytest.approx(50)


def test_left_start_side_begins_with_the_left_leg(routine, settings, clock):
    """Starting with the sore left leg: every exercise begins on the left."""
    timeline = build_timeline(routine, settings, Side.LEFT)
    session = Session(timeline, clock)
    session.start()
    assert session.snapshot().phase.side is Side.LEFT
    clock.advance(timeline.duration)
    assert session.completed


def test_events_announce_reps_side_switches_exercises_and_the_end(session, timeline, clock):
    """Over a whole session: 60 reps, 3 side switches, 3 exercises done, one end, in time order."""
    session.start()
    events = []
    while not session.state.over:
        clock.advance(0.7)
        events += session.poll()
    count = {kind: sum(e.kind is kind for e in events) for kind in EventKind}
    assert count[EventKind.REP_COMPLETED] == 60
    assert count[EventKind.SIDE_SWITCHED] == 3
    assert count[EventKind.EXERCISE_DONE] == 3
    assert count[EventKind.SESSION_DONE] == 1
    changes = [e.phase.index for e in events if e.kind is EventKind.PHASE_CHANGED]
    assert changes == list(range(len(timeline.phases)))  # start announces the first phase


def test_one_exercise_disabled_plays_two(routine, settings, clock):
    """With one exercise switched off the session is two exercises long and completes."""
    settings = settings.with_exercise("bent-knee-lift", enabled=False)
    session = Session(build_timeline(routine, settings, Side.RIGHT), clock)
    session.start()
    clock.advance(session.timeline.duration)
    session.poll()
    assert session.completed and session.exercises_done == 2


def test_next_change_wakes_exactly_when_the_countdown_digit_drops(session, clock):
    """The UI asks when to wake: at the next whole second of the countdown, not sooner."""
    session.start()
    clock.advance(0.25)
    assert session.seconds_to_next_change() == pytest.approx(0.75)
    session.pause()
    assert session.seconds_to_next_change() is None


def running_phase(timeline, position):
    """The oracle, by a plain scan (the code under test uses a binary search): the phase whose span holds
    `position`, DONE from the end on."""
    if position >= timeline.duration:
        return timeline.phases[-1]
    return next(p for p in timeline.phases if p.start <= position < p.end)


def test_no_drift_after_a_million_seconds_of_random_ticks(routine, settings):
    """Ticks at random intervals over a million simulated seconds: the countdown never drifts from truth."""
    rng = random.Random(7)
    clock = FakeClock()
    timeline = build_timeline(routine, settings, Side.RIGHT)
    worst = 0.0
    elapsed_total = 0.0
    while elapsed_total < 1_000_000:
        session = Session(timeline, clock)
        session.start()
        origin = clock.now()
        while not session.state.over:
            clock.advance(rng.uniform(0.001, 12.0))  # some ticks land mid-phase, some skip phases
            snap = session.snapshot()
            true_position = min(clock.now() - origin, timeline.duration)
            true_phase = running_phase(timeline, true_position)
            assert snap.phase is true_phase
            worst = max(worst, abs(snap.seconds_left - (true_phase.end - true_position)))
        elapsed_total += clock.now() - origin
    assert worst < 1e-6
