"""Which weeks a figure covers and how well the goal was kept: a history that starts mid-window, gap weeks, a goal
changed mid-way, this week unfinished. The rules History, the report and the export share (core.period)."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from piriformis_desktop.core.history import SessionRecord
from piriformis_desktop.core.period import Adherence, adherence, counts_yet, period, recorded_goal, week_goals
from piriformis_desktop.core.stats import WeekCount, streaks, summary, weekly_counts

MONDAY = 0
TODAY = date(2026, 11, 25)  # a Wednesday; this week began on Monday 23 Nov
THIS_WEEK = date(2026, 11, 23)


def played(day: date, completed: bool = True, goal: int | None = 3) -> SessionRecord:
    start = datetime.combine(day, time(7, 30), tzinfo=UTC)
    return SessionRecord(started_at=start, ended_at=start + timedelta(minutes=7), local_date=day,
                         duration_seconds=420.0, completed=completed, exercises_done=3 if completed else 1,
                         exercises_total=3, first_side="right", settings={} if goal is None else {"weekly_goal": goal})


def three_a_week(first_monday: date, weeks: int, goal: int | None = 3) -> list[SessionRecord]:
    return [played(first_monday + timedelta(weeks=w, days=d), goal=goal) for w in range(weeks) for d in (0, 2, 4)
            if first_monday + timedelta(weeks=w, days=d) <= TODAY]


def figures(records, goal_now=3, weeks=12, today=TODAY):
    span = period(min((r.local_date for r in records), default=None), MONDAY, today, weeks)
    weekly = [w for w in weekly_counts(records, MONDAY, today, weeks=span.weeks)]
    goals = week_goals(records, [w.week_start for w in weekly], goal_now, today)
    return span, weekly, goals, adherence(weekly, goals, today)


# -- the period --------------------------------------------------------------------------------------------

def test_a_history_that_starts_mid_window_covers_only_the_weeks_since_the_first_session():
    """Started five weeks ago (this week included) and asked for 12: the period is those 5 weeks, clipped."""
    span = period(date(2026, 10, 28), MONDAY, TODAY, weeks=12)
    assert span.first_week == date(2026, 10, 26) and span.last_week == THIS_WEEK
    assert span.weeks == 5 and span.clipped
    assert span.week_starts()[0] == date(2026, 10, 26) and len(span.week_starts()) == 5


def test_a_history_older_than_the_window_covers_the_whole_window():
    span = period(date(2025, 1, 6), MONDAY, TODAY, weeks=12)
    assert span.weeks == 12 and not span.clipped and span.first_week == date(2026, 9, 7)


def test_the_whole_history_starts_with_the_first_sessions_week_and_no_history_is_this_week_alone():
    assert period(date(2026, 11, 4), MONDAY, TODAY).first_week == date(2026, 11, 2)
    assert period(None, MONDAY, TODAY).weeks == 1
    assert period(None, MONDAY, TODAY, weeks=4).weeks == 4  # a report asked for 4 weeks of nothing says 4


def test_sunday_first_weeks_start_the_period_on_a_sunday():
    span = period(date(2026, 11, 16), 6, TODAY, weeks=12)
    assert span.first_week == date(2026, 11, 15) and span.first_week.weekday() == 6


def test_weeks_must_be_a_whole_number():
    with pytest.raises(ValueError):
        period(None, MONDAY, TODAY, weeks=0)


# -- adherence ---------------------------------------------------------------------------------------------

def test_three_of_three_every_week_since_a_start_five_weeks_ago_is_full_adherence():
    """Issue 20, defect 1: the report said 42% and "met in 5 of 12 weeks" for a user who began 5 weeks ago and did
    3 of 3 every week. Since the start: 100%, met in 4 of 4 weeks (this week, 2 of 3 so far, not counted yet)."""
    records = three_a_week(date(2026, 10, 26), 5)
    span, weekly, goals, kept = figures(records)
    assert span.weeks == 5
    assert kept == Adherence(percent=100, done=12, planned=12, weeks_met=4, weeks=4)


def test_this_week_counts_once_it_is_met_or_over():
    """This week's 3 of 3 counts at once; 2 of 3 counts only after Sunday."""
    week = WeekCount(THIS_WEEK, completed=2, partial=0, minutes=14.0)
    assert not counts_yet(week, 3, TODAY)
    assert counts_yet(week, 2, TODAY)
    assert counts_yet(week, 3, THIS_WEEK + timedelta(days=7))
    assert adherence([week], 3, TODAY) == Adherence(None, 0, 0, 0, 0)  # nothing counts yet: no percentage
    assert adherence([week], 3, THIS_WEEK + timedelta(days=7)).percent == 67


def test_gap_weeks_count_as_weeks_missed_and_extra_sessions_do_not_make_up_for_them():
    """Five sessions one week, none the two weeks after: 3 of 9 = 33%, not 5 of 9."""
    records = [played(date(2026, 11, 2) + timedelta(days=d)) for d in range(5)]
    span, weekly, goals, kept = figures(records)
    assert span.weeks == 4 and [w.completed for w in weekly] == [5, 0, 0, 0]
    assert (kept.percent, kept.weeks_met, kept.weeks) == (33, 1, 3)


def test_a_goal_changed_mid_way_holds_each_week_to_the_goal_of_its_time():
    """Goal 3 for three weeks (met twice, 2 once), then 2 for the next two weeks (met): 2 of 2 is met, and
    adherence is 12 of 13 sessions; this week takes today's goal (2), and its 2 sessions meet it already."""
    records = (three_a_week(date(2026, 10, 26), 1) + [played(date(2026, 11, 2)), played(date(2026, 11, 4))]
               + three_a_week(date(2026, 11, 9), 1)
               + [played(date(2026, 11, 16), goal=2), played(date(2026, 11, 18), goal=2)]
               + [played(date(2026, 11, 23), goal=2), played(date(2026, 11, 24), goal=2)])
    span, weekly, goals, kept = figures(records, goal_now=2)
    assert goals == [3, 3, 3, 2, 2]
    assert [w.completed >= g for w, g in zip(weekly, goals, strict=True)] == [True, False, True, True, True]
    assert kept == Adherence(percent=92, done=12, planned=13, weeks_met=4, weeks=5)
    assert streaks(weekly, goals, TODAY).current == 3
    assert streaks(weekly, goals, TODAY).best == 3


def test_a_week_without_sessions_keeps_the_goal_of_the_last_one_before_it():
    records = [played(date(2026, 11, 2), goal=5)]
    assert week_goals(records, [date(2026, 11, 2), date(2026, 11, 9), THIS_WEEK], 3, TODAY) == [5, 5, 3]


def test_sessions_without_a_recorded_goal_take_todays_goal():
    assert week_goals([played(date(2026, 11, 2), goal=None)], [date(2026, 11, 2)], 4, TODAY) == [4]
    assert recorded_goal({"weekly_goal": 0}) is None and recorded_goal({"weekly_goal": True}) is None
    assert recorded_goal(None) is None and recorded_goal({"weekly_goal": 14}) == 14


# -- the numbers panel's summary ---------------------------------------------------------------------------

def test_the_summary_knows_when_the_history_began_so_a_first_week_can_be_greeted():
    records = [played(date(2026, 11, 24))]
    result = summary(records, 3, MONDAY, TODAY)
    assert result.first_session_date == date(2026, 11, 24) and result.current_streak == 0


def test_a_streak_with_goals_per_week_must_have_one_per_week():
    weekly = weekly_counts([played(THIS_WEEK)], MONDAY, TODAY)
    with pytest.raises(ValueError):
        streaks(weekly, [3, 3], TODAY)
