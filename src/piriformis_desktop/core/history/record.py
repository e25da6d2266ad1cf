"""One session as the history keeps it, and the check-in that goes with it (validated, no SQLite)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, NamedTuple

from piriformis_desktop.core.words import translate

SIDES = ("right", "left")
PAIN_PLACES = ("buttock", "thigh", "lower back")  # where it hurts, as the check-in offers it
NOTE_LIMIT = 500


class HistoryError(Exception):
    """The history could not be written (read-only file or folder, disk full, damaged) or a row was invalid.

    The message is one plain sentence a user can act on; it names the file or, for an import, the line.
    """


@dataclass(frozen=True)
class SessionRecord:
    """One session as it happened: when (UTC, plus the user's calendar day at the start), how far, how set up."""

    started_at: datetime  # aware; kept in UTC
    ended_at: datetime  # aware; kept in UTC
    local_date: date  # the day on the user's calendar when it started: travel never moves it to another week
    duration_seconds: float  # time actually exercised (pauses excluded), from the session clock
    completed: bool  # False for a session stopped early or cut short by a crash
    exercises_done: int
    exercises_total: int
    first_side: str  # "right" or "left"
    settings: dict[str, Any] = field(default_factory=dict)  # Settings.to_dict() as used for this session
    id: int | None = None
    pain_before: int | None = None  # 0-10 on the numeric rating scale; None when not asked or skipped
    pain_after: int | None = None
    pain_where: str = ""  # comma-separated PAIN_PLACES, "" when not said
    note: str = ""

    def __post_init__(self) -> None:
        for name in ("started_at", "ended_at"):
            value = getattr(self, name)
            if not isinstance(value, datetime) or value.utcoffset() is None:
                raise ValueError(translate("SessionRecord", "{column}: expected a date and time with a time zone, "
                                                            "got {value}").format(column=name, value=repr(value)))
            object.__setattr__(self, name, value.astimezone(timezone.utc))
        if isinstance(self.local_date, datetime) or not isinstance(self.local_date, date):
            raise ValueError(translate("SessionRecord", "{column}: expected a calendar date, got {value}").format(
                column="local_date", value=repr(self.local_date)))
        duration = self.duration_seconds
        if isinstance(duration, bool) or not isinstance(duration, (int, float)) or not math.isfinite(duration) \
                or duration < 0:
            raise ValueError(translate("SessionRecord", "{column}: expected a number of seconds, 0 or more, got "
                                                        "{value}").format(column="duration_seconds",
                                                                          value=repr(duration)))
        if not isinstance(self.completed, bool):
            raise ValueError(translate("SessionRecord", "{column}: expected true or false, got {value}").format(
                column="completed", value=repr(self.completed)))
        for name in ("exercises_done", "exercises_total"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(translate("SessionRecord", "{column}: expected a whole number, 0 or more, got "
                                                            "{value}").format(column=name, value=repr(value)))
        if self.exercises_done > self.exercises_total:
            raise ValueError(translate("SessionRecord", "{column}: {done} is more than {total_column} ({total})")
                             .format(column="exercises_done", done=self.exercises_done,
                                     total_column="exercises_total", total=self.exercises_total))
        if self.first_side not in SIDES:
            raise ValueError(translate("SessionRecord", "{column}: expected \"right\" or \"left\", got {value}").format(
                column="first_side", value=repr(self.first_side)))
        if not isinstance(self.settings, dict):
            raise ValueError(translate("SessionRecord", "{column}: expected a table of settings, got {value}").format(
                column="settings", value=repr(self.settings)))
        check_pain(self.pain_before, self.pain_after, self.pain_where, self.note)


def check_pain(before: int | None, after: int | None, where: str, note: str) -> None:
    """Validate a check-in: pain 0-10 or none, places from PAIN_PLACES, a short note."""
    for name, value in (("pain_before", before), ("pain_after", after)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10):
            raise ValueError(translate("SessionRecord", "{column}: expected a whole number from 0 to 10, or nothing, "
                                                        "got {value}").format(column=name, value=repr(value)))
    if not isinstance(where, str) or any(p and p not in PAIN_PLACES for p in where.split(",")):
        raise ValueError(translate("SessionRecord", "{column}: expected some of {places}, got {value}").format(
            column="pain_where", places=", ".join(PAIN_PLACES), value=repr(where)))
    if not isinstance(note, str) or len(note) > NOTE_LIMIT:
        raise ValueError(translate("SessionRecord", "{column}: expected text of at most {limit} characters").format(
            column="note", limit=NOTE_LIMIT))


class Outcome(NamedTuple):
    """The three facts the charts and streaks need from a session: read without the rest, it is ten times faster."""

    local_date: date
    completed: bool
    duration_seconds: float
