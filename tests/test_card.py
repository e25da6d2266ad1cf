"""The words on the card for each moment of a session (no display needed)."""

import pytest

from piriformis_desktop.core import words
from piriformis_desktop.core.card import card_text, format_clock
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import Session
from piriformis_desktop.core.timeline import PhaseKind, build_timeline


@pytest.fixture
def session(routine, settings, clock):
    session = Session(build_timeline(routine, settings, Side.RIGHT), clock)
    session.start()
    return session


def at(session, clock, phase):
    clock.set(session.started_at + phase.start + 0.25)
    return card_text(session.snapshot())


def find(session, kind, side=Side.RIGHT, number=1, rep=None):
    return next(p for p in session.timeline.phases if p.kind is kind and p.side is side
                and p.exercise_number == number and (rep is None or p.rep == rep))


def test_get_ready_shows_the_start_position_in_a_few_words(session, clock):
    """Get ready: the big words are the short starting position; the detail has the full sentence."""
    text = at(session, clock, find(session, PhaseKind.GET_READY))
    assert (text.phase, text.cue) == ("Get ready", "Stand tall, hand on a chair")
    assert text.detail.startswith("Stand tall")
    assert text.position == "Exercise 1 of 3 · Flexibility"
    assert text.rep == "10 reps each leg" and text.side_text == "Right leg"


def test_hold_shows_the_hold_cue_rep_and_whats_next(session, clock):
    """During a hold: 'Toes turned in', rep 4 of 10, and release comes next."""
    text = at(session, clock, find(session, PhaseKind.HOLD, rep=4))
    assert (text.phase, text.cue, text.rep) == ("Hold", "Toes turned in", "Rep 4 of 10")
    assert text.next == "Next: move back 2 s"
    assert text.blend == 1.0
    assert "1. Keep your right heel planted" in text.detail


def test_left_leg_words_name_the_left_leg(session, clock):
    """On the left leg the card says left, and the toes turn toward the right."""
    text = at(session, clock, find(session, PhaseKind.MOVE, side=Side.LEFT, rep=1))
    assert text.side is Side.LEFT and text.side_text == "Left leg"
    assert text.cue == "Turn your left toes in"
    assert "toward the right" in text.detail


def test_switch_phase_announces_the_new_leg(session, clock):
    """Between legs: 'Switch to your left leg', announced to screen readers too."""
    text = at(session, clock, find(session, PhaseKind.SWITCH_SIDE, side=Side.LEFT))
    assert text.cue == "Switch to your left leg"
    assert "Left leg" in text.announcement


def test_release_leads_to_the_next_rep(session, clock):
    """After a release the card announces the next rep and its movement."""
    text = at(session, clock, find(session, PhaseKind.RELEASE, rep=2))
    assert text.next == "Next: rep 3 of 10, turn your right toes in"
    assert 0.0 < text.blend < 1.0


def test_last_release_of_a_leg_leads_to_the_switch(session, clock):
    """The tenth release on the first leg says the switch comes next."""
    text = at(session, clock, find(session, PhaseKind.RELEASE, rep=10))
    assert text.next == "Next: switch to your left leg"


def test_rest_shows_the_next_exercise_to_get_into_position(session, clock):
    """Rest between exercises already shows the coming exercise: its name, picture and how to lie."""
    rest = next(p for p in session.timeline.phases if p.kind is PhaseKind.REST)
    text = at(session, clock, rest)
    assert (text.exercise, text.picture.id) == ("Leg crossover", "leg-crossover")
    assert text.position == "Up next · exercise 2 of 3 · Strength"
    assert text.cue == "Rest, then: lie face down, forehead on your arms"
    assert text.detail.startswith("Lie face down")
    assert text.phase == "Rest"


def test_paused_and_resuming_say_so(session, clock):
    """Paused says paused; resuming asks the user to get back in position."""
    session.pause()
    assert card_text(session.snapshot()).phase == "Paused"
    session.resume()
    assert card_text(session.snapshot()).phase == "Get back in position"


def test_move_blend_follows_the_phase(session, clock):
    """The picture is halfway from start to end position halfway through the move."""
    move = find(session, PhaseKind.MOVE, rep=1)
    clock.set(session.started_at + move.start + move.duration / 2)
    assert card_text(session.snapshot()).blend == pytest.approx(0.5)


@pytest.mark.parametrize("seconds, shown", [(0, "0:00"), (0.2, "0:01"), (59.5, "1:00"), (385, "6:25")])
def test_time_left_rounds_up(seconds, shown):
    """Time left never shows 0:00 while time remains."""
    assert format_clock(seconds) == shown


@pytest.fixture
def marked_words():
    """The core's words as a translation returns them, each marked «…» so untranslated text stands out."""
    answers = {}

    def marked(context, text, disambiguation=None, n=-1):
        return answers.get(text) or "«" + words.english(context, text, disambiguation, n) + "»"
    words.install(marked)
    yield answers
    words.install(None)


def moments(session, clock):
    """The card at every phase of a whole session, plus ready, paused and resuming."""
    yield card_text(Session(session.timeline, clock).snapshot())  # ready, not started
    for phase in session.timeline.phases[:-1]:
        yield at(session, clock, phase)
    session.pause()
    yield card_text(session.snapshot())
    session.resume()
    yield card_text(session.snapshot())
    clock.set(session.started_at + session.timeline.duration + 60)
    yield card_text(session.snapshot())  # done


def test_every_word_the_card_adds_comes_from_the_translation(session, clock, marked_words):
    """Phase names, reps, what comes next, where in the routine, the announcement: all translated, none left in
    English (the cues and steps themselves come from the routine's own translation)."""
    seen = list(moments(session, clock))
    assert len(seen) == len(session.timeline.phases) + 3
    for text in seen:
        for field in (text.phase, text.next, text.announcement):
            assert field.startswith("«") or not field, (text, field)
        for field in (text.position, text.rep):
            assert not field or field.startswith("«"), (text, field)
    switch = seen[1 + find(session, PhaseKind.SWITCH_SIDE, side=Side.LEFT).index]
    assert (switch.cue, switch.rep) == ("«Switch to your left leg»", "«10 reps with the left leg»")


def test_one_rep_is_one_rep(routine, settings, clock):
    """With one rep per leg the card says "1 rep each leg", not "1 reps"."""
    session = Session(build_timeline(routine, settings.with_exercise("toe-rotation", reps=1), Side.LEFT), clock)
    session.start()
    assert at(session, clock, find(session, PhaseKind.GET_READY, side=Side.LEFT)).rep == "1 rep each leg"
    switch = at(session, clock, find(session, PhaseKind.SWITCH_SIDE, side=Side.RIGHT))
    assert (switch.cue, switch.rep) == ("Switch to your right leg", "1 rep with the right leg")
    assert switch.announcement == "Switch legs. Switch to your right leg. Right leg."


def test_a_language_whose_cues_keep_their_capital(session, clock, marked_words):
    """Where the translation says cues keep their first capital after a comma (German nouns), the card does not
    lower-case them; English lowers only the first letter."""
    release = at(session, clock, find(session, PhaseKind.RELEASE, rep=2))
    assert release.next == "«Next: rep 3 of 10, turn your right toes in»"
    marked_words["lower-case"] = "as written"
    assert card_text(session.snapshot()).next == "«Next: rep 3 of 10, Turn your right toes in»"
    rest = at(session, clock, next(p for p in session.timeline.phases if p.kind is PhaseKind.REST))
    assert rest.cue == "«Rest, then: Lie face down, forehead on your arms»"
    del marked_words["lower-case"]
    assert card_text(session.snapshot()).cue == "«Rest, then: lie face down, forehead on your arms»"


def test_resuming_and_ready_are_announced_in_whole_sentences(session, clock):
    """A screen reader hears whole sentences: what is about to start, how to resume, how long until it does."""
    assert card_text(Session(session.timeline, clock).snapshot()).announcement == (
        "Ready to start Toe rotation. Press Space to start.")
    session.pause()
    assert card_text(session.snapshot()).announcement == "Paused. Press Space to resume."
    session.resume()
    assert card_text(session.snapshot()).announcement == "Resuming in 3 seconds."


# -- which element leads the card -----------------------------------------------------------------------

def lead_at(session, clock, phase, into=0.25):
    from piriformis_desktop.core.card import leading

    clock.set(session.started_at + phase.start + into)
    return leading(session.snapshot())


def test_short_phases_are_led_by_the_rep_long_ones_by_the_countdown(session, clock):
    """Move, hold and release of 1-2 s: the rep and the verb lead (a countdown flipping 2, 1 says nothing);
    get ready (5 s) and the rest between exercises: the countdown leads."""
    from piriformis_desktop.core.card import Lead

    assert lead_at(session, clock, find(session, PhaseKind.GET_READY)) is Lead.COUNTDOWN
    for kind in (PhaseKind.MOVE, PhaseKind.HOLD, PhaseKind.RELEASE):
        phase = find(session, kind, rep=2)
        assert phase.duration < 4 and lead_at(session, clock, phase) is Lead.REP, kind
    assert lead_at(session, clock, find(session, PhaseKind.REST, side=Side.LEFT, number=1)) is Lead.COUNTDOWN


def test_a_long_hold_is_led_by_its_countdown(routine, settings, clock):
    """A 30 s hold: the seconds left are what the user watches."""
    from dataclasses import replace

    from piriformis_desktop.core.card import Lead

    doses = {**settings.exercises, "toe-rotation": replace(settings.exercise("toe-rotation"), hold_seconds=30)}
    session = Session(build_timeline(routine, replace(settings, exercises=doses), Side.RIGHT), clock)
    session.start()
    assert lead_at(session, clock, find(session, PhaseKind.HOLD, rep=1)) is Lead.COUNTDOWN


def test_paused_and_ready_are_led_by_a_word(session, clock, routine, settings):
    """Paused: no number that looks as if it were counting; Ready: no number at all."""
    from piriformis_desktop.core.card import Lead, leading

    lead_at(session, clock, find(session, PhaseKind.HOLD, number=2, rep=3))
    session.toggle()
    assert leading(session.snapshot()) is Lead.STATE
    session.toggle()  # resuming: "get back in position", 3, 2, 1
    assert leading(session.snapshot()) is Lead.COUNTDOWN
    fresh = Session(build_timeline(routine, settings, Side.RIGHT), clock)
    assert leading(fresh.snapshot()) is Lead.STATE


def test_every_navigation_key_says_what_it_did(session, clock):
    """Right then Left lands where the card looks much the same: the words say what happened."""
    from piriformis_desktop.core.card import Jump, jump_words

    lead_at(session, clock, find(session, PhaseKind.HOLD, rep=3))
    before = session.snapshot()
    session.skip()
    after = session.snapshot()
    assert jump_words(Jump.SKIP, before, after) == "Skipped to exercise 2: Leg crossover."
    session.back()  # within 3 s of its start: the exercise before
    assert jump_words(Jump.BACK, after, session.snapshot()) == "Back to exercise 1: Toe rotation."
    clock.advance(10)
    before = session.snapshot()
    session.back()
    assert jump_words(Jump.BACK, before, session.snapshot()) == "Toe rotation starts again from the beginning."
    session.restart_side()
    assert jump_words(Jump.RESTART_SIDE, before, session.snapshot()) == \
        "Right leg: Toe rotation starts again from the first rep."
