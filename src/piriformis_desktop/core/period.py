"""The span a figure covers, the goal each week was held to, and how well it was kept: one rule for every screen.

History's numbers, bars and day grid, the progress report and anything else that says "adherence" or "weeks at
your goal" take these functions, so no screen counts weeks before the user began, or a week still under way
as a week missed.

- A period starts at the later of the window asked for (the last N weeks) and the week of the first session;
  it ends with the week of today. Weeks before the first session are not weeks the user failed to exercise.
- A week's goal is the weekly goal recorded with the last session up to that week (the goal the user was
  working to then); the week in progress, and weeks with no recorded goal before them, take today's goal.
- Adherence = sessions finished (each week counted up to its goal, no further) over the goals of the weeks
  counted. A week counts once it is over, or earlier once its goal is met: the week in progress never pulls
  adherence down before it has ended.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from piriformis_desktop.core.stats import WeekCount, week_start

GOAL_RANGE = range(1, 15)  # the weekly goals the settings allow


@dataclass(frozen=True)
class Period:
    """The weeks a figure covers: from `first_week` to the week of today (`last_week`), both included."""

    first_week: date
    last_week: date
    clipped: bool  # the window asked for began earlier: the figures say "since <first_week>"

    @property
    def weeks(self) -> int:
        return (self.last_week - self.first_week).days // 7 + 1

    def week_starts(self) -> list[date]:
        return [self.first_week + timedelta(weeks=n) for n in range(self.weeks)]

    def contains(self, day: date) -> bool:
        return self.first_week <= day <= self.last_week + timedelta(days=6)


def period(first_session: date | None, first_weekday: int, today: date, weeks: int | None = None) -> Period:
    """The period of the last `weeks` weeks (None: the whole history), starting no earlier than the week of
    `first_session` (the first session's local date; None when there is none: then the whole window)."""
    if weeks is not None and (isinstance(weeks, bool) or not isinstance(weeks, int) or weeks < 1):
        raise ValueError(f"weeks: expected a whole number of weeks, 1 or more, got {weeks!r}")
    this_week = week_start(today, first_weekday)
    window = None if weeks is None else this_week - timedelta(weeks=weeks - 1)
    began = None if first_session is None else min(week_start(first_session, first_weekday), this_week)
    if window is None:
        return Period(began or this_week, this_week, False)
    if began is None or began <= window:
        return Period(window, this_week, False)
    return Period(began, this_week, True)


def recorded_goal(settings: Mapping[str, Any] | None) -> int | None:
    """The weekly goal a session's settings recorded, or None (no settings, or not a goal the app allows)."""
    goal = (settings or {}).get("weekly_goal")
    return goal if isinstance(goal, int) and not isinstance(goal, bool) and goal in GOAL_RANGE else None


def week_goals(records: Iterable[Any], week_starts: Sequence[date], goal_now: int, today: date) -> list[int]:
    """The goal each week (`week_starts`, oldest first, consecutive) was held to.

    `records` need `local_date` and, where known, `settings` (a session's settings as saved). The goal of a
    week is the one recorded with its last session, or failing that with the last session before it; the week
    of `today` and later always take `goal_now`, and so do weeks before any recorded goal.
    """
    dated = sorted(((r.local_date, recorded_goal(getattr(r, "settings", None))) for r in records),
                   key=lambda pair: pair[0])
    goals, held, k = [], None, 0
    for start in week_starts:
        end = start + timedelta(days=6)
        while k < len(dated) and dated[k][0] <= end:
            held = dated[k][1] if dated[k][1] is not None else held
            k += 1
        goals.append(goal_now if end >= today or held is None else held)
    return goals


def counts_yet(week: WeekCount, goal: int, today: date) -> bool:
    """Whether a week counts towards adherence: it is over, or its goal is already met."""
    return week.week_end < today or (week.week_start <= today and week.completed >= goal)


@dataclass(frozen=True)
class Adherence:
    percent: int | None  # of the goal's sessions done; None when no week counts yet
    done: int  # sessions finished, each week's capped at its goal
    planned: int  # the goals of the weeks counted, added up
    weeks_met: int  # weeks counted whose goal was met
    weeks: int  # weeks counted


def adherence(weekly: Sequence[WeekCount], goals: Sequence[int] | int, today: date) -> Adherence:
    """How well the goals were kept over `weekly`: five sessions in one week do not make up for none in the next,
    and the week in progress counts only once it is over or met."""
    goals = [goals] * len(weekly) if isinstance(goals, int) else list(goals)
    if len(goals) != len(weekly):
        raise ValueError(f"goals: expected one per week ({len(weekly)}), got {len(goals)}")
    counted = [(w, g) for w, g in zip(weekly, goals, strict=True) if counts_yet(w, g, today)]
    done = sum(min(w.completed, g) for w, g in counted)
    planned = sum(g for _, g in counted)
    percent = round(100 * done / planned) if planned else None
    return Adherence(percent, done, planned, sum(1 for w, g in counted if w.completed >= g), len(counted))
