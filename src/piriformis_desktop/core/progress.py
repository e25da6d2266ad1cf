"""Is it hurting less? Pain check-ins over time: weekly means and an honest trend (rising pain: `core.flags`).

The trend is values, not words: how many check-ins, over how many days, the level at the start and now, and
which way it went. The ui words it (the History tab and the report alike, through `ui.words`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from statistics import mean

from piriformis_desktop.core.stats import week_index

MIN_POINTS_FOR_TREND = 3
MIN_DAYS_FOR_TREND = 7  # first to last check-in: with less than a week between them there is nothing to compare
SMOOTHING = 0.5  # weight of the newest week in the trend (exponentially weighted mean over weeks with check-ins)
CLEAR_CHANGE = 1.0  # points on the 0-10 scale: a smaller fall or rise is "slightly" lower or higher


class Direction(enum.Enum):
    """Which way pain went from the start to now. SAME only when the two levels, as shown (one decimal), agree."""

    LOWER = "lower"
    SLIGHTLY_LOWER = "slightly lower"
    SAME = "same"
    SLIGHTLY_HIGHER = "slightly higher"
    HIGHER = "higher"


@dataclass(frozen=True)
class Trend:
    weekly: list[float | None]  # the mean check-in of each week (None: no check-in that week)
    smoothed: list[float | None]  # the trend line, only where there is enough to say something
    count: int  # check-ins in the weeks shown
    span_days: int  # from the first of them to the last
    start: float | None = None  # the trend's level at its first week
    now: float | None = None  # and at its last
    direction: Direction | None = None  # None: no check-ins, too few, or too early to tell

    @property
    def enough(self) -> bool:
        """There is a trend to draw and to put in words."""
        return self.direction is not None

    @property
    def too_early(self) -> bool:
        """Enough check-ins, but all within less than MIN_DAYS_FOR_TREND days: too early to tell."""
        return self.count >= MIN_POINTS_FOR_TREND and self.span_days < MIN_DAYS_FOR_TREND


def weekly_pain(points: list[tuple[date, int]], week_starts: list[date]) -> list[float | None]:
    """The mean pain of each week that starts on `week_starts` (consecutive weeks)."""
    by_week: dict[int, list[int]] = {}
    if not week_starts:
        return []
    for day, pain in points:
        index = week_index(day, week_starts[0])
        if 0 <= index < len(week_starts):
            by_week.setdefault(index, []).append(pain)
    return [mean(by_week[i]) if i in by_week else None for i in range(len(week_starts))]


def direction_of(start: float, now: float) -> Direction:
    """A fall is lower and a rise higher, however small; SAME only when both read the same to one decimal."""
    change = round(now, 1) - round(start, 1)
    if abs(change) < 0.05:
        return Direction.SAME
    if change < 0:
        return Direction.LOWER if change <= -CLEAR_CHANGE else Direction.SLIGHTLY_LOWER
    return Direction.HIGHER if change >= CLEAR_CHANGE else Direction.SLIGHTLY_HIGHER


def pain_trend(points: list[tuple[date, int]], week_starts: list[date]) -> Trend:
    """Weekly means and a smoothed trend over the weeks shown.

    No trend with fewer than MIN_POINTS_FOR_TREND check-ins, nor while they span less than MIN_DAYS_FOR_TREND
    days (three check-ins on three days falling 7, 5, 2 are too early to tell, not "about the same").
    """
    weekly = weekly_pain(points, week_starts)
    shown = [day for day, _ in points if week_starts and 0 <= week_index(day, week_starts[0]) < len(week_starts)]
    count = len(shown)
    span = (max(shown) - min(shown)).days if shown else 0
    if count < MIN_POINTS_FOR_TREND or span < MIN_DAYS_FOR_TREND:
        return Trend(weekly, [None] * len(weekly), count, span)
    smoothed: list[float | None] = []
    level: float | None = None
    for value in weekly:
        if value is not None:
            level = value if level is None else SMOOTHING * value + (1 - SMOOTHING) * level
        smoothed.append(level)
    known = [v for v in smoothed if v is not None]
    return Trend(weekly, smoothed, count, span, known[0], known[-1], direction_of(known[0], known[-1]))
