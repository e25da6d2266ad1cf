"""Weekly counts, week streaks and the summary in words, computed from history rows (pure functions).

Weeks are calendar weeks of the user's locale: `first_weekday` is 0 for Monday ... 6 for Sunday. A session
belongs to the week of its `local_date` (the user's calendar day when it started), so travel, clock changes
and daylight-saving changes never move a past session to another week. Streaks count weeks that met the
weekly goal; the week in progress adds to a streak once it meets the goal, and never breaks one before it
is over.

Also here, because every screen and document must say them alike: where a day sits on a chart of weeks, and a
session's time (what was exercised, pauses left out) in seconds and minutes. What adherence means, and which
weeks a figure covers, is `core.period`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

RECENT_WEEKS = 12  # the span History shows first, the day grid covers and a report takes unless asked


DAY_SPREAD = 0.36  # half a week's bar: a day's dot sits within its week's bar, first day left, last day right


class Played(Protocol):
    """What the statistics need from a session (a `SessionRecord` has all three)."""

    @property
    def local_date(self) -> date: ...

    @property
    def completed(self) -> bool: ...

    @property
    def duration_seconds(self) -> float: ...


@dataclass(frozen=True)
class WeekCount:
    week_start: date
    completed: int  # sessions finished
    partial: int  # sessions stopped early: shown, never counted towards the goal
    minutes: float  # time exercised, stopped sessions included

    @property
    def week_end(self) -> date:
        """The last day of the week."""
        return self.week_start + timedelta(days=6)

    def met(self, goal: int) -> bool:
        return self.completed >= goal

    def contains(self, day: date) -> bool:
        return self.week_start <= day <= self.week_end


@dataclass(frozen=True)
class Streaks:
    current: int  # weeks in a row meeting the goal, up to now
    best: int


@dataclass(frozen=True)
class Summary:
    this_week_completed: int
    goal: int
    current_streak: int
    best_streak: int
    total_sessions: int  # completed sessions
    partial_sessions: int  # stopped early
    total_minutes: float  # time exercised in all sessions, stopped ones included
    last_session_date: date | None
    first_session_date: date | None = None


def _check_weekday(first_weekday: int) -> None:
    if isinstance(first_weekday, bool) or not isinstance(first_weekday, int) or not 0 <= first_weekday <= 6:
        raise ValueError(f"first_weekday: expected 0 (Monday) to 6 (Sunday), got {first_weekday!r}")


def _check_goal(goal: int) -> None:
    if isinstance(goal, bool) or not isinstance(goal, int) or goal < 1:
        raise ValueError(f"goal: expected a whole number of sessions, 1 or more, got {goal!r}")


def _week_start_ordinal(ordinal: int, first_weekday: int) -> int:
    # date.fromordinal(1) is a Monday, so (ordinal + 6) % 7 is date.weekday(): no date objects in the loop.
    return ordinal - (ordinal + 6 - first_weekday) % 7


def week_start(day: date, first_weekday: int) -> date:
    """The first day of the week `day` is in, for weeks starting on `first_weekday` (0=Monday ... 6=Sunday)."""
    _check_weekday(first_weekday)
    return date.fromordinal(_week_start_ordinal(day.toordinal(), first_weekday))


def week_index(day: date, first_week: date) -> int:
    """The week `day` falls in, counted from the week that begins on `first_week` (0; negative before it)."""
    return (day - first_week).days // 7


def week_position(day: date, first_week: date) -> float:
    """Where `day` stands on an axis whose weeks are centred on 0, 1, 2 ... (the week of `first_week` is 0).

    Its week's index, moved from -DAY_SPREAD on the week's first day to +DAY_SPREAD on its last, so a pain dot
    stands inside its own week's bar (on screen and on paper alike) and keeps the order of the days.
    """
    index = week_index(day, first_week)
    weekday = (day - first_week).days - 7 * index
    return index - DAY_SPREAD + 2 * DAY_SPREAD * weekday / 6


def weekly_counts(records: Iterable[Played], first_weekday: int, today: date,
                  weeks: int | None = None) -> list[WeekCount]:
    """One WeekCount per week, oldest first, empty weeks included.

    Covers the last `weeks` weeks ending with this week, or with `weeks=None` every week from the first
    session's to this week (nothing at all when there is no session). A session dated after this week (a
    wrong clock) extends the range rather than disappear.
    """
    _check_weekday(first_weekday)
    if weeks is not None and (isinstance(weeks, bool) or not isinstance(weeks, int) or weeks < 1):
        raise ValueError(f"weeks: expected a whole number of weeks, 1 or more, got {weeks!r}")
    this_week = _week_start_ordinal(today.toordinal(), first_weekday)
    first = None if weeks is None else this_week - 7 * (weeks - 1)
    totals: dict[int, list[float]] = {}
    for record in records:
        start = _week_start_ordinal(record.local_date.toordinal(), first_weekday)
        if first is not None and start < first:
            continue
        counts = totals.get(start)
        if counts is None:
            counts = totals[start] = [0, 0, 0.0]
        counts[0 if record.completed else 1] += 1
        counts[2] += record.duration_seconds
    if first is None:
        if not totals:
            return []
        first = min(totals)
    last = max(this_week, max(totals, default=this_week))
    empty = (0, 0, 0.0)
    result = []
    for start in range(first, last + 1, 7):
        completed, partial, seconds = totals.get(start, empty)
        result.append(WeekCount(date.fromordinal(start), int(completed), int(partial), seconds / 60.0))
    return result


def streaks(weekly: Sequence[WeekCount], goal: int | Sequence[int], today: date) -> Streaks:
    """Runs of consecutive weeks at their goal (`goal`: one for every week, or one per week of `weekly`, as
    `core.period.week_goals` gives them).

    `current` ends with this week if it already met its goal, otherwise with last week: the week in progress
    never breaks a streak. Weeks that have not begun are ignored. `weekly` must be consecutive weeks, as
    `weekly_counts` gives them.
    """
    goals = _goals(weekly, goal)
    best = run = 0
    runs: list[int] = []
    for week, target in zip(weekly, goals, strict=True):
        if week.week_start > today:
            break
        run = run + 1 if week.completed >= target else 0
        best = max(best, run)
        runs.append(run)
    if not runs:
        return Streaks(current=0, best=0)
    last = weekly[len(runs) - 1]
    if last.contains(today) and not runs[-1]:  # this week, not met yet: the run up to last week stands
        current = runs[-2] if len(runs) > 1 else 0
    elif last.contains(today) or (today - last.week_end).days <= 7:
        current = runs[-1]
    else:  # the series ends before last week: the weeks since were not at the goal
        current = 0
    return Streaks(current=current, best=best)


def _goals(weekly: Sequence[WeekCount], goal: int | Sequence[int]) -> list[int]:
    if isinstance(goal, int):
        _check_goal(goal)
        return [goal] * len(weekly)
    goals = list(goal)
    if len(goals) != len(weekly):
        raise ValueError(f"goal: expected one per week ({len(weekly)}), got {len(goals)}")
    for g in goals:
        _check_goal(g)
    return goals


def summary(records: Iterable[Played], goal: int, first_weekday: int, today: date,
            weekly: Sequence[WeekCount] | None = None, goals: Sequence[int] | None = None) -> Summary:
    """The numbers the history view puts in words: this week against the goal, streaks, totals, first and last date.

    `weekly` is `weekly_counts(records, first_weekday, today)` when the caller has it already; `goals` the goal
    of each of those weeks (`core.period.week_goals`), else `goal` for all. This week is always against `goal`.
    """
    _check_goal(goal)
    records = list(records)
    weekly = weekly_counts(records, first_weekday, today) if weekly is None else weekly
    this_week = week_start(today, first_weekday)
    this = next((w for w in weekly if w.week_start == this_week), None)
    week_streaks = streaks(weekly, goal if goals is None else goals, today)
    completed = sum(1 for r in records if r.completed)
    return Summary(
        this_week_completed=this.completed if this else 0,
        goal=goal,
        current_streak=week_streaks.current,
        best_streak=week_streaks.best,
        total_sessions=completed,
        partial_sessions=len(records) - completed,
        total_minutes=sum(r.duration_seconds for r in records) / 60.0,
        last_session_date=max((r.local_date for r in records), default=None),
        first_session_date=min((r.local_date for r in records), default=None),
    )


@dataclass(frozen=True)
class DayCount:
    day: date
    completed: int
    partial: int


def day_counts(records: Iterable[Played], first: date, last: date) -> list[DayCount]:
    """One DayCount per calendar day from `first` to `last` inclusive, days without a session included."""
    totals: dict[date, list[int]] = {}
    for record in records:
        if first <= record.local_date <= last:
            counts = totals.setdefault(record.local_date, [0, 0])
            counts[0 if record.completed else 1] += 1
    return [DayCount(first + timedelta(days=n), *totals.get(first + timedelta(days=n), (0, 0)))
            for n in range((last - first).days + 1)]


def whole_minutes(seconds: float) -> int:
    """Seconds as the minutes History and the report give: the nearest minute, but at least 1 for any time at all."""
    if seconds <= 0:
        return 0
    return max(1, round(seconds / 60))
