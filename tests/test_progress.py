"""Pain over time: weekly means, a trend that is honest about too few points, and the rising-pain note."""

from datetime import date, timedelta

from piriformis_desktop.core.progress import RISING_MESSAGE, pain_trend, rising_pain, weekly_pain

WEEKS = [date(2026, 10, 5) + timedelta(weeks=n) for n in range(8)]  # Mondays


def test_no_check_ins_say_how_to_start():
    """With no check-ins there is no line, and the words say how to get one."""
    trend = pain_trend([], WEEKS)
    assert not trend.enough and trend.smoothed == [None] * 8
    assert trend.words.startswith("No pain check-ins yet")


def test_one_check_in_is_not_a_trend():
    """One point: shown as a point, but no trend line, and the words say 1 of 3."""
    trend = pain_trend([(date(2026, 10, 7), 6)], WEEKS)
    assert trend.weekly[0] == 6 and not trend.enough
    assert trend.words == "Not enough check-ins yet for a trend (1 of the 3 needed)."


def test_many_check_ins_draw_a_smoothed_falling_trend():
    """Pain 7, 6, 5, 4, 3 over five weeks: the trend falls and the words say lower than at the start."""
    points = [(WEEKS[n] + timedelta(days=2), 7 - n) for n in range(5)]
    trend = pain_trend(points, WEEKS)
    assert trend.enough
    assert trend.weekly[:5] == [7, 6, 5, 4, 3] and trend.weekly[5:] == [None] * 3
    line = [v for v in trend.smoothed if v is not None]
    assert all(a > b for a, b in zip(line[:5], line[1:5]))
    assert line[5:] == [line[4]] * 3  # weeks without check-ins carry the last level, they invent nothing
    assert "lower than at the start" in trend.words


def test_weekly_means_use_the_week_each_day_falls_in():
    """Two check-ins in one week average; a day outside the weeks shown is left out."""
    points = [(date(2026, 10, 5), 4), (date(2026, 10, 11), 6), (date(2026, 9, 1), 9)]
    assert weekly_pain(points, WEEKS)[:2] == [5, None]


def test_rising_pain_over_two_weeks_suggests_the_physiotherapist():
    """Recent check-ins clearly higher than the fortnight before: a gentle note, never advice to change the routine."""
    today = date(2026, 11, 24)
    points = [(today - timedelta(days=d), 3) for d in (20, 24)] + [(today - timedelta(days=d), 5) for d in (2, 9)]
    message = rising_pain(points, today)
    assert message == RISING_MESSAGE and "physiotherapist" in message
    assert "routine" not in message and "stop" not in message.lower()


def test_steady_or_sparse_pain_gives_no_note():
    """The same pain, or too few check-ins to compare, gives no note."""
    today = date(2026, 11, 24)
    steady = [(today - timedelta(days=d), 4) for d in (2, 9, 20, 24)]
    assert rising_pain(steady, today) is None
    assert rising_pain([(today, 9), (today - timedelta(days=20), 1)], today) is None
