"""One session as the history keeps it, and the check-in that goes with it (validated, no SQLite)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple

from piriformis_desktop.core.pain import PAIN_SCALE
from piriformis_desktop.core.words import translate

SIDES = ("right", "left")
PAIN_PLACES = ("buttock", "thigh", "lower back")  # where it hurts, as the check-in offers it
NOTE_LIMIT = 500
FIRST_YEAR, LAST_YEAR = 2000, 2100  # a session outside these years is a typo or a damaged file, not a session
DAY_SECONDS = 24 * 60 * 60  # no session lasts longer; travel moves its local day at most one day from UTC's


class HistoryError(Exception):
    """The history could not be written (read-only file or folder, disk full, damaged) or a row was invalid.

    The message is one plain sentence a user can act on; it names the file or, for an import, the line.
    """


class RecordError(HistoryError, ValueError):
    """A session that cannot have happened; the message names the column and the value (`column` holds it)."""

    def __init__(self, column: str, sentence: str) -> None:
        super().__init__(sentence)
        self.column = column


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
            try:
                object.__setattr__(self, name, value.astimezone(UTC))
            except OverflowError:  # year 1 east of UTC, year 9999 west of it: outside what datetime can hold
                raise ValueError(_out_of_range(name, value)) from None
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

    @classmethod
    def checked(cls, **fields: Any) -> SessionRecord:
        """A record made from `fields` and checked by `validate_record`; RecordError names the column and value."""
        try:
            record = cls(**fields)
        except RecordError:
            raise
        except ValueError as error:
            column = str(error).split(":", 1)[0]
            raise RecordError(column if column in fields else "", str(error)) from None
        return validate_record(record)


def _out_of_range(column: str, value: object) -> str:
    shown = value.isoformat() if isinstance(value, (date, datetime)) else repr(value)
    return translate("SessionRecord", "{column}: expected a date from {first} to {last}, got {value}").format(
        column=column, first=FIRST_YEAR, last=LAST_YEAR, value=shown)


def routine_size() -> int:
    """How many exercises the routine has: no session does more (nor counts more)."""
    from piriformis_desktop.core.routine import load_routine  # parsed once per process; records alone need none

    return len(load_routine().exercises)


def validate_record(record: SessionRecord) -> SessionRecord:
    """The one check of a session before it enters the history (store, import, journal recovery): dates from
    FIRST_YEAR to LAST_YEAR, the end not before the start, the local day within a day of the start's UTC day,
    at most a day of exercise, counts within the routine, pain 0-10. Returns the record; RecordError (a
    HistoryError and a ValueError) names the column and the value of the first problem."""
    for column in ("started_at", "ended_at"):
        moment = getattr(record, column)
        if not FIRST_YEAR <= moment.year <= LAST_YEAR:
            raise RecordError(column, _out_of_range(column, moment))
    if record.ended_at < record.started_at:
        raise RecordError("ended_at", translate("SessionRecord", "{column}: {value} is before {start_column} "
                                                                 "({start})").format(
            column="ended_at", value=record.ended_at.isoformat(), start_column="started_at",
            start=record.started_at.isoformat()))
    start_day = record.started_at.date()
    if abs(record.local_date - start_day) > timedelta(days=1):
        raise RecordError("local_date", translate("SessionRecord", "{column}: {value} is more than a day from the "
                                                                   "day of {start_column} ({start})").format(
            column="local_date", value=record.local_date.isoformat(), start_column="started_at",
            start=record.started_at.isoformat()))
    if record.duration_seconds > DAY_SECONDS:
        raise RecordError("duration_seconds", translate("SessionRecord", "{column}: expected at most {limit} seconds "
                                                                         "(a day), got {value}").format(
            column="duration_seconds", limit=DAY_SECONDS, value=repr(record.duration_seconds)))
    most = routine_size()
    for column in ("exercises_done", "exercises_total"):
        value = getattr(record, column)
        if value > most:
            raise RecordError(column, translate("SessionRecord", "{column}: expected a whole number from 0 to {most} "
                                                                 "(the exercises in the routine), got {value}").format(
                column=column, most=most, value=value))
    try:
        check_pain(record.pain_before, record.pain_after, record.pain_where, record.note)
    except ValueError as error:
        raise RecordError(str(error).split(":", 1)[0], str(error)) from None
    return record


def check_pain(before: int | None, after: int | None, where: str, note: str) -> None:
    """Validate a check-in: pain 0-10 or none, places from PAIN_PLACES, a short note."""
    for name, value in (("pain_before", before), ("pain_after", after)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value not in PAIN_SCALE):
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
