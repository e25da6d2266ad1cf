"""Weekly counts, week streaks and the summary, on histories built by hand day by day."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piriformis_desktop.core.history import SessionRecord
from piriformis_desktop.core.stats import (
    DAY_SPREAD,
    WeekCount,
    day_counts,
    streaks,
    summary,
    week_index,
    week_position,
    week_start,
    weekly_counts,
    whole_minutes,
)

MONDAY, SUNDAY = 0, 6


def session(day: date, completed: bool = True, minutes: float = 6.0, at: time = time(7, 30),
            zone: str = "UTC") -> SessionRecord:
    """A session started at `at` on the user's clock in `zone` on `day`."""
    start = datetime.combine(day, at, tzinfo=ZoneInfo(zone))
    return SessionRecord(started_at=start, ended_at=start + timedelta(minutes=minutes), local_date=day,
                         duration_seconds=minutes * 60, completed=completed, exercises_done=3 if completed else 1,
                         exercises_total=3, first_side="right", settings={})


def days(*isodates: str, completed: bool = True) -> list[SessionRecord]:
    return [session(date.fromisoformat(d), completed) for d in isodates]


def test_week_start_monday_and_sunday_first():
    """Wednesday 25 Nov 2026 is in the week of Monday 23 Nov, or of Sunday 22 Nov where weeks start on Sunday."""
    wednesday = date(2026, 11, 25)
    assert week_start(wednesday, MONDAY) == date(2026, 11, 23)
    assert week_start(wednesday, SUNDAY) == date(2026, 11, 22)
    assert week_start(date(2026, 11, 22), MONDAY) == date(2026, 11, 16)  # a Sunday ends a Monday week
    assert week_start(date(2026, 11, 22), SUNDAY) == date(2026, 11, 22)  # and starts a Sunday week


@given(day=st.dates(min_value=date(1900, 1, 8)), first_weekday=st.integers(0, 6))
def test_week_start_is_the_chosen_weekday_at_most_six_days_before(day, first_weekday):
    """For any day and any first weekday, the week starts on that weekday, 0 to 6 days before the day."""
    start = week_start(day, first_weekday)
    assert start.weekday() == first_weekday
    assert 0 <= (day - start).days <= 6


def test_first_weekday_out_of_range_is_refused():
    """A first weekday other than 0..6 is a programming error with a clear message."""
    with pytest.raises(ValueError, match="first_weekday"):
        week_start(date(2026, 1, 1), 7)


def test_weekly_counts_include_empty_weeks_and_count_stopped_sessions_apart():
    """Three weeks of history: a finished and a stopped session, an empty week, then this week's session."""
    records = days("2026-11-02", "2026-11-20") + days("2026-11-04", completed=False)
    weekly = weekly_counts(records, MONDAY, today=date(2026, 11, 20))
    assert [(w.week_start, w.completed, w.partial) for w in weekly] == [
        (date(2026, 11, 2), 1, 1),
        (date(2026, 11, 9), 0, 0),
        (date(2026, 11, 16), 1, 0),
    ]
    assert weekly[0].minutes == pytest.approx(12.0)
    assert weekly[1].minutes == 0


def test_weekly_counts_last_twelve_weeks_even_with_no_history():
    """Asked for 12 weeks, the series has exactly 12, ending with this week, older sessions left out."""
    today = date(2026, 11, 25)
    assert [w.completed for w in weekly_counts([], MONDAY, today, weeks=12)] == [0] * 12
    old_and_new = days("2026-01-05", "2026-11-24")
    weekly = weekly_counts(old_and_new, MONDAY, today, weeks=12)
    assert len(weekly) == 12
    assert weekly[-1].week_start == date(2026, 11, 23) and weekly[-1].completed == 1
    assert weekly[0].week_start == date(2026, 9, 7)
    assert sum(w.completed for w in weekly) == 1


def test_no_history_has_no_weeks_and_no_streak():
    """With no session at all, the whole-history series is empty and every number is zero."""
    today = date(2026, 11, 25)
    assert weekly_counts([], MONDAY, today) == []
    assert streaks([], 3, today).current == 0
    result = summary([], 3, MONDAY, today)
    assert (result.total_sessions, result.current_streak, result.best_streak, result.last_session_date) == \
        (0, 0, 0, None)


def test_sunday_first_weeks_move_a_sunday_session_into_the_next_week():
    """A Sunday session closes a Monday-first week but opens a Sunday-first one."""
    records = days("2026-11-21", "2026-11-22")  # Saturday, Sunday
    monday_weeks = weekly_counts(records, MONDAY, today=date(2026, 11, 22))
    sunday_weeks = weekly_counts(records, SUNDAY, today=date(2026, 11, 22))
    assert [(w.week_start, w.completed) for w in monday_weeks] == [(date(2026, 11, 16), 2)]
    assert [(w.week_start, w.completed) for w in sunday_weeks] == [(date(2026, 11, 15), 1), (date(2026, 11, 22), 1)]


def test_the_week_of_a_daylight_saving_change_keeps_sessions_on_their_local_day():
    """Berlin springs forward on Sunday 29 March 2026; a Monday 00:30 session (Sunday 22:30 UTC) is Monday's."""
    records = [session(date(2026, 3, 29), at=time(10, 0), zone="Europe/Berlin"),
               session(date(2026, 3, 30), at=time(0, 30), zone="Europe/Berlin")]
    assert records[1].started_at.date() == date(2026, 3, 29)  # in UTC it is still Sunday
    weekly = weekly_counts(records, MONDAY, today=date(2026, 4, 1))
    assert [(w.week_start, w.completed) for w in weekly] == [(date(2026, 3, 23), 1), (date(2026, 3, 30), 1)]


def test_a_week_meets_the_goal_only_with_enough_finished_sessions():
    """Goal 3: three finished sessions meet it; two finished and a stopped one do not."""
    met = days("2026-11-02", "2026-11-04", "2026-11-06")
    short = days("2026-11-09", "2026-11-11") + days("2026-11-13", completed=False)
    weekly = weekly_counts(met + short, MONDAY, today=date(2026, 11, 15))
    assert [w.met(3) for w in weekly] == [True, False]
    assert streaks(weekly, 3, today=date(2026, 11, 15)).current == 1  # the short week is still in progress
    assert streaks(weekly, 3, today=date(2026, 11, 16)).current == 0  # the short week is over: streak broken


def weeks_meeting(goal: int, *mondays: str) -> list[SessionRecord]:
    return [session(date.fromisoformat(m) + timedelta(days=i)) for m in mondays for i in range(goal)]


def test_a_streak_runs_across_the_new_year():
    """Weeks of 21 Dec, 28 Dec (which ends in January) and 4 Jan all met goal 2: a streak of three."""
    records = weeks_meeting(2, "2026-12-21", "2026-12-28", "2027-01-04")
    today = date(2027, 1, 10)  # the Sunday that ends the third week
    weekly = weekly_counts(records, MONDAY, today)
    assert streaks(weekly, 2, today).current == 3
    assert streaks(weekly, 2, today).best == 3


def test_the_week_in_progress_does_not_break_the_streak_until_it_is_over():
    """Two good weeks, and nothing yet this week: still a streak of two until Sunday ends, then zero."""
    records = weeks_meeting(2, "2026-11-09", "2026-11-16")
    for today, current in ((date(2026, 11, 23), 2), (date(2026, 11, 29), 2), (date(2026, 11, 30), 0)):
        assert streaks(weekly_counts(records, MONDAY, today), 2, today).current == current, today


def test_the_week_in_progress_adds_to_the_streak_once_it_meets_the_goal():
    """Two good weeks and this week's goal reached on Wednesday: a streak of three already."""
    records = weeks_meeting(2, "2026-11-09", "2026-11-16", "2026-11-23")
    today = date(2026, 11, 25)
    assert streaks(weekly_counts(records, MONDAY, today), 2, today).current == 3


def test_best_streak_remembers_a_longer_run_before_a_missed_week():
    """Four good weeks, a missed week, then two good weeks: current two, best four."""
    records = weeks_meeting(1, "2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28", "2026-10-12", "2026-10-19")
    today = date(2026, 10, 21)
    result = streaks(weekly_counts(records, MONDAY, today), 1, today)
    assert (result.current, result.best) == (2, 4)


def test_streaks_from_a_series_that_stops_short_of_today():
    """A series that ends three weeks ago has no current streak, however good those weeks were."""
    weekly = [WeekCount(date(2026, 11, 2), 3, 0, 18.0), WeekCount(date(2026, 11, 9), 3, 0, 18.0)]
    assert streaks(weekly, 3, today=date(2026, 11, 30)).current == 0
    assert streaks(weekly, 3, today=date(2026, 11, 18)).current == 2  # the week after: still in progress


def test_summary_puts_this_week_streaks_and_totals_together():
    """The words panel's numbers: 2 of 3 this week, streaks, 5 finished + 1 stopped, 36 minutes, last date."""
    records = (weeks_meeting(3, "2026-11-09")
               + days("2026-11-23", "2026-11-24")
               + days("2026-11-25", completed=False))
    result = summary(records, goal=3, first_weekday=MONDAY, today=date(2026, 11, 25))
    assert result.this_week_completed == 2
    assert result.goal == 3
    assert result.current_streak == 0  # last week (16 Nov) had nothing
    assert result.best_streak == 1
    assert result.total_sessions == 5
    assert result.partial_sessions == 1
    assert result.total_minutes == pytest.approx(36.0)
    assert result.last_session_date == date(2026, 11, 25)


def test_summary_rejects_a_goal_of_zero():
    """A weekly goal below one is a programming error, not a silent streak of every week."""
    with pytest.raises(ValueError, match="goal"):
        summary([], goal=0, first_weekday=MONDAY, today=date(2026, 11, 25))


def test_day_counts_cover_every_day_of_the_range():
    """The calendar strip's days: each day in the range once, finished and stopped sessions apart, others zero."""
    records = days("2026-11-23", "2026-11-23", "2026-11-20") + days("2026-11-25", completed=False)
    result = day_counts(records, date(2026, 11, 23), date(2026, 11, 29))
    assert [(d.day.day, d.completed, d.partial) for d in result] == [
        (23, 2, 0), (24, 0, 0), (25, 0, 1), (26, 0, 0), (27, 0, 0), (28, 0, 0), (29, 0, 0)]


# -- rules every screen and document share ------------------------------------------------------

def test_a_day_sits_in_its_own_week_first_day_left_last_day_right():
    """Monday and Sunday of week 2 stand inside week 2's bar, in order; a day before the first week is negative."""
    first = date(2026, 11, 2)  # a Monday
    assert week_index(date(2026, 11, 16), first) == 2 and week_index(date(2026, 11, 22), first) == 2
    assert week_index(date(2026, 11, 1), first) == -1
    monday, sunday = week_position(date(2026, 11, 16), first), week_position(date(2026, 11, 22), first)
    assert monday == pytest.approx(2 - DAY_SPREAD) and sunday == pytest.approx(2 + DAY_SPREAD)
    assert 1.5 < monday < week_position(date(2026, 11, 19), first) < sunday < 2.5


@given(st.dates(date(2000, 1, 1), date(2100, 1, 1)), st.integers(0, 6))
def test_every_day_stands_within_half_a_week_of_its_weeks_centre(day, first_weekday):
    first = week_start(date(2026, 1, 7), first_weekday)
    position = week_position(day, first)
    assert abs(position - week_index(day, first)) <= DAY_SPREAD + 1e-9 < 0.5


def test_whole_minutes_round_to_the_nearest_and_never_show_a_session_as_none():
    assert [whole_minutes(s) for s in (0, 10, 89, 90, 385, 3600)] == [0, 1, 1, 2, 6, 60]
