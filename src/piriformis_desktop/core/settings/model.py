"""The user's settings: the table of what they are (kind, range, default, where they show), and validation with
clear messages. Each `setting(...)` / `dose(...)` row below is the one place a setting is declared."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from piriformis_desktop.core.reminders import ReminderSettings, parse_days, parse_time
from piriformis_desktop.core.routine import Exercise, Routine, Side, load_routine
from piriformis_desktop.core.settings.schema import (
    FROM_ROUTINE,
    Choice,
    CloseChoice,
    Days,
    Field,
    Language,
    Section,
    Switch,
    Theme,
    Time,
    Whole,
    dose,
    rows_of,
    setting,
)
from piriformis_desktop.core.words import translate


class StartSide(enum.Enum):
    """Which leg goes first: always right, always left, or the other one from last session."""

    RIGHT = "right"
    LEFT = "left"
    ALTERNATE = "alternate"

    def resolve(self, last_first_side: Side | None) -> Side:
        if self is StartSide.RIGHT:
            return Side.RIGHT
        if self is StartSide.LEFT:
            return Side.LEFT
        return Side.RIGHT if last_first_side is None else last_first_side.other


@dataclass(frozen=True)
class ExerciseSettings:
    """One exercise's dose, its [exercises.<id>] table. Each attribute is one row of the settings table."""

    #               kind            default (FROM_ROUTINE: the article's, per exercise)
    enabled: bool = dose(Switch(), True)
    reps: int = dose(Whole(1, 50), FROM_ROUTINE)
    hold_seconds: int = dose(Whole(0, 120), FROM_ROUTINE)


@dataclass(frozen=True)
class Settings:
    """The user's settings. Each attribute but `exercises` and `extra` is one row of the settings table: its kind
    (with its range or choices), its default, where the Settings tab shows it, whether a prescription sets it."""

    exercises: Mapping[str, ExerciseSettings]
    #                                kind                 default             where it shows
    start_side: StartSide = setting(Choice(StartSide), StartSide.RIGHT, Section.START, prescribed=True)
    get_ready_seconds: int = setting(Whole(0, 60), 5, Section.TIMING, prescribed=True)
    move_seconds: int = setting(Whole(1, 10), 2, Section.TIMING, prescribed=True)
    release_seconds: int = setting(Whole(1, 10), 2, Section.TIMING, prescribed=True)
    rest_seconds: int = setting(Whole(0, 300), 10, Section.TIMING, prescribed=True)
    weekly_goal: int = setting(Whole(1, 14), 3, Section.GOAL, prescribed=True)
    sound: bool = setting(Switch(), True, Section.GOAL)
    voice: bool = setting(Switch(), False, Section.GOAL)
    volume: int = setting(Whole(0, 100), 80, Section.GOAL)
    theme: Theme = setting(Choice(Theme), Theme.SYSTEM, Section.GOAL)
    reminders: bool = setting(Switch(), False, Section.REMINDERS)
    reminder_days: tuple[str, ...] = setting(Days(), ("mon", "wed", "fri"), Section.REMINDERS)
    reminder_time: str = setting(Time(), "18:00", Section.REMINDERS)
    autostart: bool = setting(Switch(), False, Section.REMINDERS)
    # With reminders on, what closing the window does: asked once, then "tray" or "quit" is remembered.
    close_to_tray: CloseChoice = setting(Choice(CloseChoice), CloseChoice.ASK, Section.OFF_TAB)
    language: Language = setting(Choice(Language), Language.SYSTEM, Section.GOAL)  # "system": the locale's
    # The safety points were acknowledged on the Ready card ("Got it"): a fact, not a preference.
    safety_read: bool = setting(Switch(), False, Section.OFF_TAB, preference=False)
    extra: Mapping[str, Any] = field(default_factory=dict)  # unknown keys, kept so a save never drops them

    @classmethod
    def defaults(cls, routine: Routine | None = None) -> Settings:
        routine = routine or load_routine()
        return cls(exercises={e.id: _default_dose(e) for e in routine.exercises})

    def restored(self, routine: Routine | None = None) -> Settings:
        """Restore defaults: every preference back to the article's default; what is not a preference stays
        (the safety points stay read: showing them again would only be in the way)."""
        kept = {f.key: getattr(self, f.key) for f in FIELDS if not f.preference}
        return replace(Settings.defaults(routine), **kept)

    def reminder_settings(self) -> ReminderSettings:
        return ReminderSettings(self.reminders, parse_days(list(self.reminder_days)), parse_time(self.reminder_time))

    def exercise(self, exercise_id: str) -> ExerciseSettings:
        return self.exercises[exercise_id]

    def with_exercise(self, exercise_id: str, **changes: Any) -> Settings:
        exercises = dict(self.exercises)
        exercises[exercise_id] = replace(exercises[exercise_id], **changes)
        return replace(self, exercises=exercises)

    def to_dict(self) -> dict[str, Any]:
        """The TOML shape: top-level keys plus one table per exercise id, unknown keys kept."""
        data: dict[str, Any] = dict(self.extra)
        data.update({f.key: f.kind.dump(getattr(self, f.key)) for f in FIELDS})
        exercises = dict(data.get("exercises", {})) if isinstance(data.get("exercises"), dict) else {}
        for exercise_id, ex in self.exercises.items():
            exercises[exercise_id] = {f.key: f.kind.dump(getattr(ex, f.key)) for f in EXERCISE_FIELDS}
        data["exercises"] = exercises
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], routine: Routine | None = None) -> tuple[Settings, list[str]]:
        """Valid settings from `data` plus one message per problem; a bad key takes its default."""
        defaults = cls.defaults(routine)
        problems: list[str] = []
        values = _parsed(FIELDS, data, "", problems)
        extra = {k: v for k, v in data.items() if k not in TOP_LEVEL_KEYS and k != "exercises"}
        exercises = dict(defaults.exercises)
        raw_exercises = data.get("exercises", {})
        if not isinstance(raw_exercises, Mapping):
            problems.append(translate("Settings", "{key}: expected a table per exercise, got {value}").format(
                key="exercises", value=repr(raw_exercises)))
            raw_exercises = {}
        for exercise_id, table in raw_exercises.items():
            name = f"exercises.{exercise_id}"
            if exercise_id not in exercises:
                extra.setdefault("exercises", {})[exercise_id] = table
                problems.append(translate("Settings", "{key}: no such exercise (kept in the file, not used)").format(
                    key=name))
            elif not isinstance(table, Mapping):
                problems.append(translate("Settings", "{key}: expected a table, got {value}").format(
                    key=name, value=repr(table)))
            else:
                exercises[exercise_id] = replace(exercises[exercise_id],
                                                 **_parsed(EXERCISE_FIELDS, table, name + ".", problems))
        settings = replace(defaults, exercises=exercises, extra=extra, **values)
        if not any(e.enabled for e in settings.exercises.values()):
            problems.append(translate("Settings", "{key}: every exercise was switched off; all are switched back "
                                                  "on").format(key="exercises"))
            settings = replace(settings, exercises={k: replace(v, enabled=True) for k, v in exercises.items()})
        return settings, problems


FIELDS: tuple[Field, ...] = rows_of(Settings)  # the top-level rows, in settings.toml's order
EXERCISE_FIELDS: tuple[Field, ...] = rows_of(ExerciseSettings)  # the rows of each [exercises.<id>] table
TOP_LEVEL_KEYS = tuple(f.key for f in FIELDS)
EXERCISE_KEYS = tuple(f.key for f in EXERCISE_FIELDS)
# (low, high) for every whole-number key, read from the table (the settings pane's fields use it too).
RANGES: dict[str, tuple[int, int]] = {f.key: r for f in (*FIELDS, *EXERCISE_FIELDS) if (r := f.range)}
THEMES = Choice(Theme).values
CLOSE_CHOICES = Choice(CloseChoice).values


def field_of(name: str) -> Field:
    """The row for a dotted name: "weekly_goal", or "exercises.<id>.reps" (KeyError: no such setting)."""
    if name.startswith("exercises."):
        key = name.rsplit(".", 1)[-1]
        rows = EXERCISE_FIELDS
    else:
        key, rows = name, FIELDS
    for row in rows:
        if row.key == key:
            return row
    raise KeyError(name)


def _parsed(rows: tuple[Field, ...], data: Mapping[str, Any], prefix: str, problems: list[str]) -> dict[str, Any]:
    """The valid values among `data`'s keys for `rows`; a message in `problems` for each one that is not."""
    values: dict[str, Any] = {}
    for row in rows:
        if row.key in data:
            try:
                values[row.key] = row.parse(data[row.key], prefix + row.key)
            except ValueError as problem:
                problems.append(str(problem))
    return values


def _default_dose(exercise: Exercise) -> ExerciseSettings:
    """An exercise's dose before anyone changed it: each row's default, or the routine's own number."""
    return ExerciseSettings(**{f.key: getattr(exercise, f.key) if f.default == FROM_ROUTINE else f.default
                               for f in EXERCISE_FIELDS})


def unused_keys(data: Mapping[str, Any]) -> list[str]:
    """Top-level keys of a settings document this version does not know (kept in the file, not used)."""
    return [key for key in data if key not in TOP_LEVEL_KEYS and key != "exercises"]


def flatten(settings: Settings) -> dict[str, Any]:
    """Every setting under one dotted name ("weekly_goal", "exercises.leg-crossover.reps"), unknown keys left out:
    what a change is made of, and what listeners are told changed."""
    data = settings.to_dict()
    flat = {key: data[key] for key in TOP_LEVEL_KEYS}
    for exercise_id in settings.exercises:
        for key in EXERCISE_KEYS:
            flat[f"exercises.{exercise_id}.{key}"] = data["exercises"][exercise_id][key]
    return flat


def apply_changes(data: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the TOML-shaped `data` with dotted `changes` written into it."""
    result = {k: (dict(v) if isinstance(v, Mapping) else v) for k, v in data.items()}
    for name, value in changes.items():
        if name.startswith("exercises."):
            _, exercise_id, key = name.split(".", 2)
            exercises = result.setdefault("exercises", {})
            exercises[exercise_id] = {**exercises.get(exercise_id, {}), key: value}
        else:
            result[name] = value
    return result
