"""Progress inside the limits, over a made-up history: a step offered exactly when the rule says, reps first then
hold, never past a maximum, one back after a safety flag, and a declined offer not repeated until the next
qualifying session."""

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest

from piriformis_desktop.core.prescription.book import Applied, DoseStep, StepKind
from piriformis_desktop.core.prescription.progression import flagged, offers
from piriformis_desktop.core.prescription.reading import parse_prescription
from piriformis_desktop.core.settings import Settings
from tests.prescription_files import EXAMPLE

IDS = ["toe-rotation", "leg-crossover", "bent-knee-lift"]
APPLIED_AT = datetime(2026, 12, 1, 9, tzinfo=UTC)


class History:
    """Sessions one a day after the prescription, at the dose in force when each is added."""

    def __init__(self, reps=12, hold=3, **limits):
        text = EXAMPLE
        for key, value in limits.items():
            text = text.replace(f"{key} = ", f"{key} = {value} # ", 1)
        self.applied = Applied(1, APPLIED_AT, APPLIED_AT.date(), parse_prescription(text, IDS))
        self.settings = Settings.defaults().with_exercise("toe-rotation", reps=reps, hold_seconds=hold)
        self.sessions, self.steps = [], []

    def session(self, pain=2, completed=True, before=None):
        n = len(self.sessions) + 1
        start = APPLIED_AT + timedelta(days=n)
        self.sessions.append(SimpleNamespace(id=n, started_at=start, local_date=start.date(), completed=completed,
                                             pain_after=pain, pain_before=before, settings=self.settings.to_dict()))

    def offer(self):
        found = offers(self.applied, self.steps, self.settings, self.sessions, flagged)
        assert len(found) <= 1  # only toe-rotation has a progression
        return found[0] if found else None

    def answer(self, offer, accept: bool):
        moment = self.sessions[-1].started_at + timedelta(minutes=10)
        kind = offer.kind if accept else StepKind.DECLINED
        self.steps.append(DoseStep(1, moment, moment.date(), offer.exercise, kind, offer.reps, offer.hold_seconds,
                                   offer.reason, offer.session_id))
        if accept:
            self.settings = self.settings.with_exercise(offer.exercise, reps=offer.reps,
                                                        hold_seconds=offer.hold_seconds)


def test_a_step_is_offered_after_exactly_after_sessions_good_sessions():
    h = History()
    for _ in range(2):
        h.session()
        assert h.offer() is None
    h.session()
    offer = h.offer()
    assert (offer.kind, offer.reps, offer.hold_seconds, offer.from_reps) == (StepKind.UP, 13, 3, 12)
    assert "3 finished sessions" in offer.reason


@pytest.mark.parametrize("spoiler", [dict(pain=4), dict(pain=None), dict(completed=False, pain=1)],
                         ids=["pain above the ceiling", "no pain given", "stopped early"])
def test_a_session_that_does_not_qualify_restarts_the_count(spoiler):
    h = History()
    h.session()
    h.session(**spoiler)
    h.session()
    h.session()
    assert h.offer() is None if spoiler.get("completed", True) else h.offer() is not None
    h.session()
    assert h.offer() is not None


def test_sessions_before_the_prescription_or_at_another_dose_do_not_count():
    h = History()
    h.sessions.append(SimpleNamespace(id=0, started_at=APPLIED_AT - timedelta(days=1), local_date=date(2026, 11, 30),
                                      completed=True, pain_after=0, pain_before=None, settings=h.settings.to_dict()))
    h.session()
    h.settings = h.settings.with_exercise("toe-rotation", reps=11)  # changed by hand within the limits
    h.session()
    h.session()
    assert h.offer() is None
    h.session()
    assert h.offer().reps == 12


def test_reps_first_then_hold_and_never_past_a_max():
    h = History(step_reps=2, step_hold_seconds=2, after_sessions=1)
    doses = []
    for _ in range(6):
        h.session()
        offer = h.offer()
        if offer is None:
            break
        doses.append((offer.reps, offer.hold_seconds))
        h.answer(offer, accept=True)
    assert doses == [(14, 3), (15, 3), (15, 5)]  # 12+2, then capped at 15; hold 3+2 capped at 5; then nothing
    h.session()
    assert h.offer() is None


def test_a_safety_flag_offers_one_step_back_hold_first():
    h = History(reps=14, hold=4)
    h.session()
    h.session()
    h.session(pain=7)
    offer = h.offer()
    assert (offer.kind, offer.reps, offer.hold_seconds) == (StepKind.BACK, 14, 3)
    assert "safety flag" in offer.reason
    h.answer(offer, accept=True)
    h.session(pain=5, before=2)  # rose by 3: a flag
    assert (h.offer().kind, h.offer().reps, h.offer().hold_seconds) == (StepKind.BACK, 13, 3)


def test_a_flag_in_the_window_stops_a_step_up():
    h = History(pain_ceiling=10)
    h.session()
    h.session(pain=4, before=1)
    assert h.offer().kind == StepKind.BACK
    h.answer(h.offer(), accept=False)
    h.session()
    h.session()
    assert h.offer() is None  # the flagged session is still one of the last three
    h.session()
    assert h.offer().kind == StepKind.UP


def test_a_declined_offer_is_not_repeated_until_the_next_qualifying_session():
    h = History()
    for _ in range(3):
        h.session()
    offer = h.offer()
    h.answer(offer, accept=False)
    assert h.offer() is None  # asked again at once: no
    h.session(pain=5)  # the next session does not qualify
    assert h.offer() is None
    h.session()
    h.session()
    assert h.offer() is None  # two good ones since: the window of three still holds the painful one
    h.session()
    assert h.offer().reps == 13  # the next qualifying session: offered again


def test_no_prescription_no_progression_or_a_switched_off_exercise_offers_nothing():
    h = History()
    for _ in range(3):
        h.session()
    assert offers(None, [], h.settings, h.sessions) == []
    off = h.settings.with_exercise("toe-rotation", enabled=False)
    assert offers(h.applied, [], off, h.sessions) == []
