"""The one place the ui words what core computes: a dose, the start side, counts, the pain trend."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication

from piriformis_desktop.core.progress import pain_trend
from piriformis_desktop.core.settings import ExerciseSettings, StartSide
from piriformis_desktop.ui.words import (
    dose_words,
    install_english_plurals,
    minutes_words,
    sessions_words,
    start_side_words,
    trend_words,
    weeks_words,
)

WEEKS = [date(2026, 10, 5) + timedelta(weeks=n) for n in range(8)]


@pytest.fixture(autouse=True)
def plurals(qapp):
    install_english_plurals()


def test_counts_are_singular_for_one_and_plural_otherwise():
    """Qt's %n plural forms read as English without a translation: "1 minute", "2 minutes", "0 sessions"."""
    assert [minutes_words(n) for n in (1, 2)] == ["1 minute", "2 minutes"]
    assert [sessions_words(n) for n in (0, 1, 5)] == ["0 sessions", "1 session", "5 sessions"]
    assert weeks_words(1) == "1 week"


def test_a_translation_still_wins_over_the_english_plural_forms():
    """Strings without "(s)" pass through untouched: Qt keeps the source (or a real translation's text)."""
    assert QCoreApplication.translate("Words", "start with the left leg") == "start with the left leg"


def test_the_dose_line_says_reps_each_leg_and_the_hold():
    assert dose_words(ExerciseSettings(enabled=True, reps=10, hold_seconds=2)) == "10 reps each leg, hold 2 s"
    assert dose_words(ExerciseSettings(enabled=True, reps=1, hold_seconds=0)) == "1 rep each leg, no hold"


def test_the_start_side_in_words():
    assert start_side_words(StartSide.LEFT) == "start with the left leg"
    assert start_side_words(StartSide.RIGHT) == "start with the right leg"
    assert start_side_words(StartSide.ALTERNATE) == "alternate the starting leg each session"


def test_the_trend_in_words_from_none_to_a_fall():
    assert trend_words(pain_trend([], WEEKS)).startswith("No pain check-ins yet")
    assert (trend_words(pain_trend([(WEEKS[0], 6)], WEEKS))
            == "Not enough check-ins yet for a trend (1 of the 3 needed).")
    close = [(WEEKS[0] + timedelta(days=d), p) for d, p in ((0, 7), (1, 5), (2, 2))]
    assert trend_words(pain_trend(close, WEEKS)) == ("Pain trend from 3 check-ins: too early to tell until they span "
                                                      "at least a week.")
    apart = [(WEEKS[n], p) for n, p in ((0, 7), (1, 5), (2, 2))]
    assert trend_words(pain_trend(apart, WEEKS)) == ("Pain trend from 3 check-ins: now about 4.0 of 10, lower than "
                                                      "at the start (7.0).")
