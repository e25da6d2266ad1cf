"""Safety flags: what in the pain check-ins and the dates of sessions should make a user stop and ask.

Four rules, the thresholds clinic home-exercise apps use for a clinician's alert (pain 7 or more, a rise of 2
points, 14 days without exercise):
- a session's pain after was 7 or more (HIGH_PAIN);
- a session's pain after was at least 2 above its pain before (ROSE);
- the last 7 days' average pain after is at least 2 above the average of the 14 days before them (RISING);
- no session for 14 days or more (INACTIVE).
A session gives at most one flag: a rise says its score too ("from 2 to 7"), so it stands for both.

Each flag is worded once, here, through core's `translate`: what was seen, then the routine's own advice, in
plain words and never a diagnosis. The summary after a check-in, History and the report all show these
sentences.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from piriformis_desktop.core.words import Words

HIGH_PAIN = 7  # pain after, 0-10, at or above which a session is flagged
ROSE_BY = 2  # points from before to after, in one session
RISING_BY = 2  # points between the two averages below
RECENT_DAYS = 7  # today and the 6 days before it
EARLIER_DAYS = 14  # the 14 days before those
INACTIVE_DAYS = 14  # days since the last session


class FlagKind(enum.Enum):
    HIGH_PAIN = "high pain"
    ROSE = "rose during a session"
    RISING = "rising over a week"
    INACTIVE = "no session for a while"


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    day: date  # the session's day; for RISING the day it was seen; for INACTIVE the last session's day
    before: int | None = None
    after: int | None = None
    recent: float | None = None  # RISING: the last 7 days' mean pain after
    earlier: float | None = None  # RISING: the 14 days before
    days: int | None = None  # INACTIVE: days since the last session

    def words(self, number: Callable[[float], str] = lambda x: f"{x:.1f}") -> str:
        """The flag in one or two sentences: what was seen, then the advice. `number` writes a mean with one
        decimal as the user's locale does ("3,5" in German); the ui passes QLocale's."""
        return SafetyFlag.words(self, number)


class SafetyFlag(Words):
    """The context of the flags' sentences."""

    @classmethod
    def words(cls, flag: Flag, number: Callable[[float], str]) -> str:
        if flag.kind is FlagKind.ROSE:
            return SafetyFlag.tr("Pain rose from {before} to {after} during this session. Stop if the exercises "
                                 "make your pain worse, and ask your physiotherapist before the next session.").format(
                before=flag.before, after=flag.after)
        if flag.kind is FlagKind.HIGH_PAIN:
            return SafetyFlag.tr("Pain was {after} of 10 after this session. Stop if the exercises make your pain "
                                 "worse, and ask your physiotherapist before the next session.").format(
                after=flag.after)
        if flag.kind is FlagKind.RISING:
            assert flag.recent is not None and flag.earlier is not None  # a RISING flag always carries both means
            return SafetyFlag.tr("Pain after sessions averaged {recent} of 10 over the last 7 days, up from "
                                 "{earlier} in the 14 days before. Ask your physiotherapist before you go on with the "
                                 "routine.").format(
                recent=number(flag.recent), earlier=number(flag.earlier))
        assert flag.days is not None  # the one kind left, INACTIVE, always carries its days
        return SafetyFlag.tr("No session for %n day(s). Start again gently, stop if the exercises make your pain "
                             "worse, and ask your physiotherapist if your pain has changed.", "", flag.days)


def session_flag(record: Any) -> Flag | None:
    """The flag a session's check-in raises (`local_date`, `pain_before`, `pain_after`), or None."""
    before, after = getattr(record, "pain_before", None), getattr(record, "pain_after", None)
    if after is None:
        return None
    if before is not None and after >= before + ROSE_BY:
        return Flag(FlagKind.ROSE, record.local_date, before=before, after=after)
    if after >= HIGH_PAIN:
        return Flag(FlagKind.HIGH_PAIN, record.local_date, before=before, after=after)
    return None


def rising_flag(points: Iterable[tuple[date, int]], today: date) -> Flag | None:
    """RISING when the check-ins (day, pain after) of the last 7 days average at least 2 above the 14 days
    before them; each span needs at least one check-in."""
    recent_from = today - timedelta(days=RECENT_DAYS - 1)
    earlier_from = recent_from - timedelta(days=EARLIER_DAYS)
    recent = [p for d, p in points if recent_from <= d <= today]
    earlier = [p for d, p in points if earlier_from <= d < recent_from]
    if not recent or not earlier:
        return None
    # Compared in whole numbers: mean(recent) - mean(earlier) >= RISING_BY, without rounding on the threshold.
    if sum(recent) * len(earlier) - sum(earlier) * len(recent) < RISING_BY * len(recent) * len(earlier):
        return None
    return Flag(FlagKind.RISING, today, recent=sum(recent) / len(recent), earlier=sum(earlier) / len(earlier))


def inactive_flag(last_session: date | None, today: date) -> Flag | None:
    """INACTIVE when the last session was INACTIVE_DAYS or more before today (none at all: nothing to flag)."""
    if last_session is None or (today - last_session).days < INACTIVE_DAYS:
        return None
    return Flag(FlagKind.INACTIVE, last_session, days=(today - last_session).days)


def flags_now(records: Iterable[Any], today: date) -> list[Flag]:
    """The flags that speak of today: pain rising over the last week, and a long gap since the last session."""
    records = list(records)
    points = [(r.local_date, r.pain_after) for r in records if r.pain_after is not None]
    now = [rising_flag(points, today), inactive_flag(max((r.local_date for r in records), default=None), today)]
    return [flag for flag in now if flag is not None]


def flags_between(records: Iterable[Any], first: date, today: date) -> list[Flag]:
    """Every flag of the days from `first` to `today`: each session's, oldest first, then those of today."""
    records = [r for r in records if r.local_date <= today]
    in_period = (session_flag(r) for r in records if first <= r.local_date)
    return [flag for flag in in_period if flag is not None] + flags_now(records, today)
