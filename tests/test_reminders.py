"""Reminder scheduling on fixed clocks: chosen days, days already done skipped, daylight-saving safe."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from piriformis_desktop.core.reminders import ReminderSettings, done_days, next_reminder, parse_days, parse_time

BERLIN = ZoneInfo("Europe/Berlin")
MWF_6PM = ReminderSettings(True, frozenset({0, 2, 4}), time(18, 0))


def test_next_chosen_day_at_the_chosen_time():
    """Tuesday noon, reminders Mon/Wed/Fri at 18:00: Wednesday 18:00."""
    now = datetime(2026, 11, 24, 12, 0, tzinfo=BERLIN)
    assert next_reminder(now, MWF_6PM, set()) == datetime(2026, 11, 25, 18, 0, tzinfo=BERLIN)


def test_later_today_when_the_time_has_not_come():
    """Wednesday 17:00: today at 18:00."""
    now = datetime(2026, 11, 25, 17, 0, tzinfo=BERLIN)
    assert next_reminder(now, MWF_6PM, set()) == datetime(2026, 11, 25, 18, 0, tzinfo=BERLIN)


def test_a_day_already_done_is_skipped():
    """The routine was done on Wednesday morning: no reminder that evening, the next is Friday."""
    now = datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
    assert next_reminder(now, MWF_6PM, {date(2026, 11, 25)}) == datetime(2026, 11, 27, 18, 0, tzinfo=BERLIN)


def test_spring_forward_keeps_the_wall_time():
    """Across the last Sunday of March the reminder is still at 18:00 local time (now UTC+2, not UTC+1)."""
    settings = ReminderSettings(True, frozenset({0}), time(18, 0))
    now = datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN)  # Saturday, winter time
    reminder = next_reminder(now, settings, set())
    assert (reminder.hour, reminder.minute, reminder.utcoffset().total_seconds()) == (18, 0, 7200)


def test_fall_back_keeps_the_wall_time():
    """Across the last Sunday of October the reminder stays at 18:00 (now UTC+1)."""
    settings = ReminderSettings(True, frozenset({0}), time(18, 0))
    now = datetime(2026, 10, 24, 12, 0, tzinfo=BERLIN)
    reminder = next_reminder(now, settings, set())
    assert (reminder.date(), reminder.hour, reminder.utcoffset().total_seconds()) == (date(2026, 10, 26), 18, 3600)


def test_a_time_inside_the_spring_gap_moves_past_it():
    """02:30 does not exist on 29 March 2026 in Berlin: the reminder comes at 03:30 local time."""
    settings = ReminderSettings(True, frozenset({6}), time(2, 30))
    reminder = next_reminder(datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN), settings, set())
    assert (reminder.date(), reminder.hour, reminder.minute) == (date(2026, 3, 29), 3, 30)


def test_off_or_no_days_means_no_reminder():
    """Switched off, or no day chosen: nothing to schedule."""
    now = datetime(2026, 11, 24, 12, 0, tzinfo=BERLIN)
    assert next_reminder(now, ReminderSettings(False, frozenset({1}), time(18)), set()) is None
    assert next_reminder(now, ReminderSettings(True, frozenset(), time(18)), set()) is None


def test_parsing_days_and_times():
    """Days spelt mon..sun (any case, long names too) and times as HH:MM; anything else is named."""
    assert parse_days(["Mon", "wednesday", "fri"]) == frozenset({0, 2, 4})
    assert parse_time("07:05") == time(7, 5)
    with pytest.raises(ValueError, match="unknown day"):
        parse_days(["someday"])


@pytest.mark.parametrize("word", ["monkey", "Wedge", "sunny", "mo", "thursdays", ""])
def test_a_word_that_merely_starts_like_a_day_is_not_a_day(word):
    """'monkey' is not Monday: only the three-letter key or the whole English name counts."""
    with pytest.raises(ValueError, match="unknown day"):
        parse_days([word])
    with pytest.raises(ValueError, match="18:30"):
        parse_time("6pm")


def test_only_finished_sessions_make_a_day_done():
    """A stopped session does not count as the day's routine: the reminder still comes."""
    from types import SimpleNamespace as Outcome

    outcomes = [Outcome(local_date=date(2026, 11, 23), completed=True),
                Outcome(local_date=date(2026, 11, 24), completed=False)]
    assert done_days(outcomes) == {date(2026, 11, 23)}
