"""Pain over time: weekly means, a trend that is honest about too few points (rising pain is a safety flag:
tests/test_flags.py)."""

from datetime import date, timedelta

from piriformis_desktop.core.progress import Direction, direction_of, pain_trend, weekly_pain

WEEKS = [date(2026, 10, 5) + timedelta(weeks=n) for n in range(8)]  # Mondays


def test_no_check_ins_say_how_to_start():
    """With no check-ins there is no line, and the words say how to get one."""
    trend = pain_trend([], WEEKS)
    assert not trend.enough and trend.smoothed == [None] * 8
    assert trend.count == 0 and trend.direction is None


def test_one_check_in_is_not_a_trend():
    """One point: shown as a point, but no trend line, and the count the words give (1 of 3)."""
    trend = pain_trend([(date(2026, 10, 7), 6)], WEEKS)
    assert trend.weekly[0] == 6 and not trend.enough
    assert trend.count == 1 and not trend.too_early


def test_many_check_ins_draw_a_smoothed_falling_trend():
    """Pain 7, 6, 5, 4, 3 over five weeks: the trend falls and the words say lower than at the start."""
    points = [(WEEKS[n] + timedelta(days=2), 7 - n) for n in range(5)]
    trend = pain_trend(points, WEEKS)
    assert trend.enough
    assert trend.weekly[:5] == [7, 6, 5, 4, 3] and trend.weekly[5:] == [None] * 3
    line = [v for v in trend.smoothed if v is not None]
    assert all(a > b for a, b in zip(line[:5], line[1:5], strict=False))
    assert line[5:] == [line[4]] * 3  # weeks without check-ins carry the last level, they invent nothing
    assert trend.direction is Direction.LOWER and trend.start == 7 and trend.now < 4


def test_weekly_means_use_the_week_each_day_falls_in():
    """Two check-ins in one week average; a day outside the weeks shown is left out."""
    points = [(date(2026, 10, 5), 4), (date(2026, 10, 11), 6), (date(2026, 9, 1), 9)]
    assert weekly_pain(points, WEEKS)[:2] == [5, None]


def test_three_check_ins_on_three_days_are_too_early_to_tell():
    """Pain 7, 5, 2 on three days running: too early to tell, not "about the same" (issue 15, item 6)."""
    points = [(date(2026, 10, 6), 7), (date(2026, 10, 7), 5), (date(2026, 10, 8), 2)]
    trend = pain_trend(points, WEEKS)
    assert trend.count == 3 and trend.span_days == 2
    assert trend.too_early and not trend.enough and trend.direction is None
    assert trend.smoothed == [None] * 8  # no line drawn from three days


def test_the_same_fall_over_two_weeks_is_a_fall():
    """Pain 7, 5, 2 a week apart each: the check-ins span two weeks, and the trend is lower."""
    points = [(WEEKS[0], 7), (WEEKS[1], 5), (WEEKS[2], 2)]
    trend = pain_trend(points, WEEKS)
    assert trend.enough and trend.span_days == 14
    assert trend.direction is Direction.LOWER and trend.now < trend.start


def test_a_fall_or_a_rise_is_never_called_the_same():
    """Any change that shows in the one-decimal figures is named; only equal figures read "the same"."""
    assert direction_of(4.7, 4.5) is Direction.SLIGHTLY_LOWER
    assert direction_of(4.0, 4.3) is Direction.SLIGHTLY_HIGHER
    assert direction_of(6.0, 4.9) is Direction.LOWER
    assert direction_of(3.0, 4.0) is Direction.HIGHER
    assert direction_of(4.66, 4.67) is Direction.SAME  # 4.7 and 4.7 as shown
    points = [(WEEKS[0], 5), (WEEKS[0] + timedelta(days=1), 5), (WEEKS[1] + timedelta(days=2), 4)]
    trend = pain_trend(points, WEEKS)
    assert trend.direction is Direction.SLIGHTLY_LOWER  # 5.0 then 4.5: a small fall, still a fall


def test_check_ins_outside_the_weeks_shown_do_not_count():
    """A report of the last weeks counts and spans only the check-ins within them."""
    points = [(date(2026, 9, 1), 9), (WEEKS[0], 5), (WEEKS[0] + timedelta(days=1), 4)]
    trend = pain_trend(points, WEEKS)
    assert trend.count == 2 and trend.span_days == 1
