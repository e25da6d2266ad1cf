"""Is it hurting less? Pain check-ins over time: weekly means, an honest trend, a gentle rising-pain note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean

MIN_POINTS_FOR_TREND = 3
SMOOTHING = 0.5  # weight of the newest week in the trend (exponentially weighted mean over weeks with check-ins)
RISING_BY = 1.0  # points on the 0-10 scale
RISING_MESSAGE = ("Your pain scores have gone up over the last two weeks. It may be worth checking in with your "
                  "physiotherapist.")


@dataclass(frozen=True)
class Trend:
    weekly: list[float | None]  # the mean check-in of each week (None: no check-in that week)
    smoothed: list[float | None]  # the trend line, only where there is enough to say something
    enough: bool
    words: str  # one honest sentence about it


def weekly_pain(points: list[tuple[date, int]], week_starts: list[date]) -> list[float | None]:
    """The mean pain of each week that starts on `week_starts` (consecutive weeks)."""
    by_week: dict[date, list[int]] = {}
    if not week_starts:
        return []
    first = week_starts[0]
    for day, pain in points:
        index = (day - first).days // 7
        if 0 <= index < len(week_starts):
            by_week.setdefault(week_starts[index], []).append(pain)
    return [mean(by_week[w]) if w in by_week else None for w in week_starts]


def pain_trend(points: list[tuple[date, int]], week_starts: list[date]) -> Trend:
    """Weekly means and a smoothed trend; with fewer than three check-ins it says so instead of drawing one."""
    weekly = weekly_pain(points, week_starts)
    count = len(points)
    if count < MIN_POINTS_FOR_TREND:
        words = ("No pain check-ins yet: after a session, note how much it hurts to see a trend here."
                 if count == 0 else
                 f"Not enough check-ins yet for a trend ({count} of the {MIN_POINTS_FOR_TREND} needed).")
        return Trend(weekly, [None] * len(weekly), False, words)
    smoothed: list[float | None] = []
    level: float | None = None
    for value in weekly:
        if value is not None:
            level = value if level is None else SMOOTHING * value + (1 - SMOOTHING) * level
        smoothed.append(level)
    known = [v for v in smoothed if v is not None]
    change = known[-1] - known[0]
    direction = ("lower than" if change <= -0.5 else "higher than" if change >= 0.5 else "about the same as")
    words = (f"Pain trend from {count} check-ins: now about {known[-1]:.1f} of 10, {direction} "
             f"at the start ({known[0]:.1f}).")
    return Trend(weekly, smoothed, True, words)


def rising_pain(points: list[tuple[date, int]], today: date) -> str | None:
    """A gentle note when the last two weeks' check-ins average clearly higher than the two weeks before."""
    recent = [p for d, p in points if today - timedelta(days=13) <= d <= today]
    before = [p for d, p in points if today - timedelta(days=27) <= d < today - timedelta(days=13)]
    if len(recent) >= 2 and len(before) >= 2 and mean(recent) >= mean(before) + RISING_BY:
        return RISING_MESSAGE
    return None
