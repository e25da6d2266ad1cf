"""Cue pacing: what is heard when cues come faster than a person can use them (fake clock, no Qt)."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from piriformis_desktop.core.clock import FakeClock
from piriformis_desktop.core.cues import MILESTONES, Cue, CueFollower, CueKind, cue_schedule
from piriformis_desktop.core.pacing import SOUND_SECONDS, SPACING, CuePacer, SoundWatch, audible_schedule
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import Session
from piriformis_desktop.core.timeline import build_timeline

ASSETS = Path(__file__).resolve().parents[1] / "assets" / "sounds"

TICK = Cue(14.0, CueKind.TICK)
HOLD = Cue(7.0, CueKind.PHASE, "Hold")
NEXT = Cue(30.0, CueKind.NEXT_EXERCISE, "Leg crossover, right leg")
SWITCH = Cue(20.0, CueKind.SWITCH_SIDE, "Switch to your left leg")


def test_the_lengths_the_pacer_knows_are_the_lengths_of_the_sounds():
    """A tick is kept out of a sound's way for exactly as long as that sound's WAV rings."""
    for kind, seconds in SOUND_SECONDS.items():
        with wave.open(str(ASSETS / f"{kind.value}.wav")) as wav:
            assert wav.getnframes() / wav.getframerate() == pytest.approx(seconds, abs=0.005)


def test_cues_a_second_apart_are_all_heard_at_once():
    """At normal speed cues are a second or more apart: each plays the moment it is due, none is held."""
    pacer = CuePacer()
    for now, cue in [(0.0, HOLD), (1.0, TICK), (2.0, TICK), (3.0, Cue(10.0, CueKind.PHASE))]:
        assert pacer.offer(cue, now) == cue
        assert pacer.held is None


def test_a_burst_within_the_spacing_is_heard_as_its_most_important_cue():
    """A tick, a chime and an exercise announcement due within 150 ms: the first plays, then the announcement."""
    pacer = CuePacer()
    assert pacer.offer(TICK, 100.0) == TICK
    assert pacer.offer(HOLD, 100.05) is None
    assert pacer.offer(NEXT, 100.08) is None
    assert pacer.offer(Cue(31.0, CueKind.PHASE, "1"), 100.1) is None  # less important than what is held
    assert pacer.held == NEXT and pacer.held_until == pytest.approx(100.0 + SPACING)
    assert pacer.release(100.14) is None  # not yet
    assert pacer.release(100.15) == NEXT
    assert pacer.held is None and pacer.release(101.0) is None


def test_milestones_due_together_are_each_heard_in_order_a_spacing_apart():
    """A late wake-up passed over the leg switch and the end: both are heard, the switch first; so are three."""
    done = Cue(90.0, CueKind.SESSION_DONE, "Session complete")
    pacer = CuePacer()
    assert pacer.offer(SWITCH, 50.0) == SWITCH
    assert pacer.offer(done, 50.0) is None
    assert pacer.release(50.0 + SPACING) == done and pacer.held is None
    pacer = CuePacer()
    assert [pacer.offer(cue, 7.0) for cue in (NEXT, SWITCH, done)] == [NEXT, None, None]
    assert pacer.waiting == [SWITCH, done]
    assert pacer.offer(TICK, 7.05) is None and pacer.waiting == [SWITCH, done]  # a tick never jumps the queue
    assert pacer.release(7.0 + SPACING) == SWITCH
    assert pacer.held_until == pytest.approx(7.0 + 2 * SPACING)
    assert pacer.release(pacer.held_until) == done and pacer.held is None


def test_a_less_important_cue_just_after_a_chime_is_coalesced_into_it():
    """The exercise announcement was just heard; a phase chime 50 ms later adds nothing and is dropped."""
    pacer = CuePacer()
    assert pacer.offer(NEXT, 5.0) == NEXT
    assert pacer.offer(HOLD, 5.05) is None
    assert pacer.held is None


def test_two_skips_in_quick_succession_announce_the_exercise_landed_on():
    """Right pressed twice within 150 ms: the first exercise is announced, then the one the user is now on."""
    pacer = CuePacer()
    third = Cue(60.0, CueKind.NEXT_EXERCISE, "Bent-knee hip lift, right leg")
    assert pacer.offer(NEXT, 0.0) == NEXT
    assert pacer.offer(third, 0.1) is None
    assert pacer.release(0.2) == third


def test_an_offer_after_the_hold_time_plays_the_best_of_the_two():
    """If nothing released the held cue in time, the next offer plays the more important of the two."""
    pacer = CuePacer()
    pacer.offer(TICK, 0.0)
    pacer.offer(SWITCH, 0.1)
    assert pacer.offer(HOLD, 0.5) == SWITCH
    assert pacer.held is None


def test_a_tick_never_cuts_into_a_sound_still_ringing():
    """The session-done chime rings for 0.9 s; a tick 0.5 s into it is dropped, one after it plays."""
    pacer = CuePacer()
    done = Cue(90.0, CueKind.SESSION_DONE, "Session complete")
    assert pacer.offer(done, 0.0) == done
    assert pacer.offer(TICK, 0.5) is None and pacer.held is None
    assert pacer.offer(TICK, 0.95) == TICK
    assert pacer.offer(Cue(15.0, CueKind.TICK), 1.0) is None  # the tick itself still rings for 60 ms


def test_a_held_tick_that_would_cut_in_is_dropped_on_release():
    """A tick held behind a short chime is not played into a longer sound that started meanwhile."""
    pacer = CuePacer()
    assert pacer.offer(HOLD, 0.0) == HOLD
    assert pacer.offer(TICK, 0.2) is None  # the chime (0.25 s) still rings
    assert pacer.held is None


def test_forget_drops_the_held_cue():
    pacer = CuePacer()
    pacer.offer(TICK, 0.0)
    pacer.offer(NEXT, 0.05)
    pacer.forget()
    assert pacer.held is None and pacer.release(1.0) is None


@pytest.mark.parametrize("scale", [5.0, 20.0, 100.0])
def test_sped_up_sessions_hear_only_the_milestones(routine, settings, scale):
    """At 5x or 20x only exercise starts, leg switches and the end are heard; at 1x everything is."""
    schedule = cue_schedule(build_timeline(routine, settings, Side.RIGHT))
    audible = audible_schedule(schedule, scale)
    assert {c.kind for c in audible} == MILESTONES
    assert [c.kind for c in audible].count(CueKind.NEXT_EXERCISE) == len(routine.exercises)
    assert audible == tuple(c for c in schedule if c.kind in MILESTONES)
    assert audible_schedule(schedule, 1.0) == schedule


@pytest.mark.parametrize("scale", [1.0, 5.0, 20.0, 100.0])
def test_no_sound_ever_starts_sooner_than_the_spacing_after_another(routine, settings, scale):
    """A whole session followed at any speed, waking every 10 ms of real time: sounds start >= 150 ms apart,
    at 5x and 20x every milestone is still heard, and at 100x at least the end of the session, last."""
    clock = FakeClock(start=0.0, scale=scale)
    short = settings.with_exercise("toe-rotation", reps=1).with_exercise("leg-crossover", reps=1)
    timeline = build_timeline(routine, short.with_exercise("bent-knee-lift", reps=1), Side.RIGHT)
    follower = CueFollower(audible_schedule(cue_schedule(timeline), scale))
    session = Session(timeline, clock)
    session.start()
    pacer, started = CuePacer(), []
    while not session.state.over:
        clock.advance(0.01 * scale)
        real = clock.now() / scale
        cues = follower.due(session.snapshot())
        for played in [pacer.offer(cue, real) for cue in cues] if cues else [pacer.release(real)]:
            if played is not None:
                started.append((real, played))
    while pacer.held_until is not None:  # what still waits is released by the player's timer, session over or not
        real = pacer.held_until
        if (played := pacer.release(real)) is not None:
            started.append((real, played))
    gaps = [b[0] - a[0] for a, b in zip(started, started[1:], strict=False)]
    assert min(gaps) >= SPACING - 1e-9
    heard = [c for _, c in started]
    if scale in (5.0, 20.0):
        assert heard == list(follower.schedule)
    assert heard[-1].kind is CueKind.SESSION_DONE and set(heard) <= set(follower.schedule)


def test_a_sound_thread_that_stops_answering_is_noticed():
    """Requests answered within 2 s are fine; one left unanswered for longer means sound has stalled."""
    watch = SoundWatch(limit=2.0)
    assert not watch.stalled(0.0)
    watch.sent(0.0)
    watch.answered(0.01)
    watch.sent(1.0)
    assert not watch.stalled(2.9)
    assert watch.stalled(3.1)
    watch.answered(3.2)
    assert not watch.stalled(100.0) and watch.waiting == 0
