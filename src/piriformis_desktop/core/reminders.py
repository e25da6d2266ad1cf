"""When to remind: chosen weekdays at a chosen local time, never on a day the routine was already done.

Times are wall-clock times in the user's zone (a zoneinfo zone), so a reminder at 18:00 stays at 18:00
across a daylight-saving change; a time that does not exist that day (the spring-forward hour) moves to
the first real moment after it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from piriformis_desktop.core.words import translate

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # settings.toml spells weekdays like this
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # also accepted


@dataclass(frozen=True)
class ReminderSettings:
    enabled: bool
    days: frozenset[int]  # 0 = Monday ... 6 = Sunday
    time: time


def parse_days(names: object) -> frozenset[int]:
    """["mon", "wed"] -> {0, 2}; raises ValueError naming a day it does not know."""
    if not isinstance(names, (list, tuple)):
        raise ValueError(translate("Reminders", 'expected a list of days like {example}, got {value}').format(
            example='["mon", "wed", "fri"]', value=repr(names)))
    days = set()
    for name in names:
        word = name.strip().lower() if isinstance(name, str) else None
        if word in DAY_KEYS:
            days.add(DAY_KEYS.index(word))
        elif word in DAY_NAMES:
            days.add(DAY_NAMES.index(word))
        else:  # a whole key or a whole name: "monkey" is not Monday
            raise ValueError(translate("Reminders", "unknown day {day}; use {days}").format(
                day=repr(name), days=", ".join(DAY_KEYS)))
    return frozenset(days)


def parse_time(text: object) -> time:
    """"18:30" -> 18:30; raises ValueError for anything else."""
    if not isinstance(text, str):
        raise ValueError(_not_a_time(text))
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return time(hours, minutes)
    except ValueError:
        raise ValueError(_not_a_time(text)) from None


def _not_a_time(value: object) -> str:
    return translate("Reminders", "expected a time like {example}, got {value}").format(example='"18:30"',
                                                                                       value=repr(value))


class _Outcome(Protocol):
    """What a reminder needs to know of a session (an `Outcome` or a `SessionRecord`)."""

    @property
    def local_date(self) -> date: ...

    @property
    def completed(self) -> bool: ...


def done_days(outcomes: Iterable[_Outcome]) -> set[date]:
    """The days the routine was finished (a stopped session does not count), so no reminder comes on them."""
    return {outcome.local_date for outcome in outcomes if outcome.completed}


def next_reminder(now: datetime, settings: ReminderSettings, done: set[date]) -> datetime | None:
    """The next reminder after `now` (aware, in the user's zone), skipping days in `done`; None if there is none."""
    if not settings.enabled or not settings.days:
        return None
    zone = now.tzinfo
    for offset in range(15):  # two weeks always contain a chosen day that is not done yet
        day = now.date() + timedelta(days=offset)
        if day.weekday() not in settings.days or day in done:
            continue
        wall = datetime.combine(day, settings.time, tzinfo=zone)
        moment = wall.astimezone(UTC).astimezone(zone)  # a wall time in a DST gap moves past the gap
        if moment > now:
            return moment
    return None
