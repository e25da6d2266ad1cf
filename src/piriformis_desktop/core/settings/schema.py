"""What a setting can be: its kind (a ranged whole number, a switch, one of a few choices, days, a time), where it
shows, and the `setting()` row that declares one on the Settings dataclass.

The table of settings is the Settings and ExerciseSettings dataclasses themselves (core/settings/model.py): each
attribute is declared by one `setting(...)` row giving its kind, default, section and whether a prescription
(issue 22) may set it. Validation, settings.toml's round trip, the Settings tab's ranges and choices, and the
README's table are all read from those rows, so one setting added is one row.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from piriformis_desktop.core.reminders import DAY_KEYS, parse_days, parse_time
from piriformis_desktop.core.words import translate


class Theme(enum.StrEnum):
    """The colours: the desktop's, or one of the app's complete palettes. A str: `Theme.DARK == "dark"`."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


class CloseChoice(enum.StrEnum):
    """With reminders on, what closing the window does: ask once, then keep running in the tray or quit."""

    ASK = "ask"
    TRAY = "tray"
    QUIT = "quit"


class Language(enum.StrEnum):
    """The app's language: the system's, or one the app is translated into (core.language.LANGUAGES; a test
    keeps the two lists the same)."""

    SYSTEM = "system"
    EN = "en"
    DE = "de"
    ES = "es"
    FR = "fr"


class Section(enum.Enum):
    """Where a setting shows on the Settings tab (OFF_TAB: the window or the Ready card sets it)."""

    START = "start"
    EXERCISES = "exercises"
    TIMING = "timing"
    GOAL = "goal, sound and look"
    REMINDERS = "reminders"
    OFF_TAB = "off the tab"


class Kind:
    """How a value is read from settings.toml (`parse`, ValueError naming the key when it will not do) and
    written back (`dump`)."""

    def parse(self, value: Any, name: str) -> Any:
        raise NotImplementedError

    def dump(self, value: Any) -> Any:
        return value


@dataclass(frozen=True)
class Whole(Kind):
    low: int
    high: int

    def parse(self, value: Any, name: str) -> int:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
            isinstance(value, float) and not value.is_integer()
        ):
            raise ValueError(translate("Settings", "{key}: expected a whole number from {low} to {high}, got {value}")
                             .format(key=name, low=self.low, high=self.high, value=repr(value)))
        if not self.low <= value <= self.high:
            raise ValueError(translate("Settings", "{key}: must be from {low} to {high}, got {value}").format(
                key=name, low=self.low, high=self.high, value=value))
        return int(value)


@dataclass(frozen=True)
class Switch(Kind):
    def parse(self, value: Any, name: str) -> bool:
        if not isinstance(value, bool):
            raise ValueError(translate("Settings", "{key}: expected true or false, got {value}").format(
                key=name, value=repr(value)))
        return value


@dataclass(frozen=True)
class Choice(Kind):
    choices: type[enum.Enum]

    def parse(self, value: Any, name: str) -> enum.Enum:
        try:
            return self.choices(value)
        except (ValueError, TypeError):
            raise ValueError(translate("Settings", "{key}: expected one of {choices}, got {value}").format(
                key=name, choices=", ".join(f'"{c}"' for c in self.values), value=repr(value))) from None

    def dump(self, value: enum.Enum | str) -> str:
        return self.choices(value).value  # a member, or its string where code wrote one ("dark")

    @property
    def values(self) -> tuple[str, ...]:
        """The strings settings.toml may hold, in the order the Settings tab lists them."""
        return tuple(c.value for c in self.choices)


@dataclass(frozen=True)
class Days(Kind):
    """Days of the week as settings.toml writes them ("mon" ... "sun"), kept in week order."""

    def parse(self, value: Any, name: str) -> tuple[str, ...]:
        try:
            return tuple(DAY_KEYS[d] for d in sorted(parse_days(value)))
        except ValueError as error:
            raise ValueError(translate("Settings", "{key}: {problem}").format(key=name, problem=error)) from None

    def dump(self, value: Sequence[str]) -> list[str]:
        return list(value)


@dataclass(frozen=True)
class Time(Kind):
    """A local time of day, written "HH:MM" (24 hours)."""

    def parse(self, value: Any, name: str) -> str:
        try:
            return parse_time(value).strftime("%H:%M")
        except ValueError as error:
            raise ValueError(translate("Settings", "{key}: {problem}").format(key=name, problem=error)) from None


FROM_ROUTINE = "from the routine"  # a dose's default: the article's own, read from the routine's exercise


@dataclass(frozen=True)
class Field:
    """One row of the table: a key of settings.toml (top level, or in each [exercises.<id>] table)."""

    key: str
    kind: Kind
    default: Any  # as Settings holds it; FROM_ROUTINE for a dose the routine gives per exercise
    section: Section
    prescribed: bool  # a physiotherapist's prescription (issue 22) may set it
    preference: bool  # False: a fact the app records, not a choice; Restore defaults keeps it
    per_exercise: bool

    def parse(self, value: Any, name: str | None = None) -> Any:
        return self.kind.parse(value, name or self.key)

    @property
    def range(self) -> tuple[int, int] | None:
        return (self.kind.low, self.kind.high) if isinstance(self.kind, Whole) else None


def setting(kind: Kind, default: Any, section: Section, *, prescribed: bool = False, preference: bool = True) -> Any:
    """Declare a top-level setting on the Settings dataclass: one row of the table."""
    row = dict(kind=kind, default=default, section=section, prescribed=prescribed, preference=preference,
               per_exercise=False)
    return dataclasses.field(default=default, metadata={"setting": row})


def dose(kind: Kind, default: Any, *, prescribed: bool = True) -> Any:
    """Declare a per-exercise setting on ExerciseSettings: one row. No dataclass default: a dose is always
    made whole, from the routine (Settings.defaults) or from a file."""
    row = dict(kind=kind, default=default, section=Section.EXERCISES, prescribed=prescribed, preference=True,
               per_exercise=True)
    return dataclasses.field(metadata={"setting": row})


def rows_of(cls: type) -> tuple[Field, ...]:
    """The rows declared on the dataclass `cls`, in the order they are written."""
    return tuple(Field(key=f.name, **f.metadata["setting"]) for f in dataclasses.fields(cls)
                 if "setting" in f.metadata)

