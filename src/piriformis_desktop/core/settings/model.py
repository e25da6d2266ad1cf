"""The user's settings: what they are, their defaults and ranges, and validation with clear messages."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import Any, Mapping

from piriformis_desktop.core.language import LANGUAGE_CHOICES
from piriformis_desktop.core.reminders import DAY_KEYS, ReminderSettings, parse_days, parse_time
from piriformis_desktop.core.routine import Routine, Side, load_routine
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
    enabled: bool
    reps: int
    hold_seconds: int


THEMES = ("system", "light", "dark", "high-contrast")
CLOSE_CHOICES = ("ask", "tray", "quit")
TOP_LEVEL_KEYS = ("start_side", "get_ready_seconds", "move_seconds", "release_seconds", "rest_seconds", "weekly_goal",
                  "sound", "voice", "volume", "theme", "reminders", "reminder_days", "reminder_time", "autostart",
                  "close_to_tray", "language", "safety_read")
EXERCISE_KEYS = ("enabled", "reps", "hold_seconds")

# (low, high) for every numeric key; the settings pane and the validator both read this.
RANGES: dict[str, tuple[int, int]] = {
    "get_ready_seconds": (0, 60),
    "move_seconds": (1, 10),
    "release_seconds": (1, 10),
    "rest_seconds": (0, 300),
    "weekly_goal": (1, 14),
    "volume": (0, 100),
    "reps": (1, 50),
    "hold_seconds": (0, 120),
}


@dataclass(frozen=True)
class Settings:
    exercises: Mapping[str, ExerciseSettings]
    start_side: StartSide = StartSide.RIGHT
    get_ready_seconds: int = 5
    move_seconds: int = 2
    release_seconds: int = 2
    rest_seconds: int = 10
    weekly_goal: int = 3
    sound: bool = True
    voice: bool = False
    volume: int = 80
    theme: str = "system"  # "system", "light", "dark" or "high-contrast"
    reminders: bool = False
    reminder_days: tuple[str, ...] = ("mon", "wed", "fri")
    reminder_time: str = "18:00"
    autostart: bool = False
    close_to_tray: str = "ask"  # with reminders on, closing the window: "ask" once, then "tray" or "quit"
    language: str = "system"  # "system" (follow the locale) or one of core.language.LANGUAGES
    safety_read: bool = False  # the safety points were acknowledged on the Ready card ("Got it")
    extra: Mapping[str, Any] = field(default_factory=dict)  # unknown keys, kept so a save never drops them

    @classmethod
    def defaults(cls, routine: Routine | None = None) -> Settings:
        routine = routine or load_routine()
        return cls(exercises={e.id: ExerciseSettings(True, e.reps, e.hold_seconds) for e in routine.exercises})

    def restored(self, routine: Routine | None = None) -> Settings:
        """Restore defaults: every preference back to the article's default; the safety points stay read (that
        is not a preference, and showing them again would only be in the way)."""
        return replace(Settings.defaults(routine), safety_read=self.safety_read)

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
        data.update(
            start_side=self.start_side.value,
            get_ready_seconds=self.get_ready_seconds,
            move_seconds=self.move_seconds,
            release_seconds=self.release_seconds,
            rest_seconds=self.rest_seconds,
            weekly_goal=self.weekly_goal,
            sound=self.sound,
            voice=self.voice,
            volume=self.volume,
            theme=self.theme,
            reminders=self.reminders,
            reminder_days=list(self.reminder_days),
            reminder_time=self.reminder_time,
            autostart=self.autostart,
            close_to_tray=self.close_to_tray,
            language=self.language,
            safety_read=self.safety_read,
        )
        exercises = dict(data.get("exercises", {})) if isinstance(data.get("exercises"), dict) else {}
        for exercise_id, ex in self.exercises.items():
            exercises[exercise_id] = {"enabled": ex.enabled, "reps": ex.reps, "hold_seconds": ex.hold_seconds}
        data["exercises"] = exercises
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], routine: Routine | None = None) -> tuple[Settings, list[str]]:
        """Valid settings from `data` plus one message per problem; a bad key takes its default."""
        routine = routine or load_routine()
        defaults = cls.defaults(routine)
        problems: list[str] = []
        values: dict[str, Any] = {}
        extra = {k: v for k, v in data.items() if k not in (*TOP_LEVEL_KEYS, "exercises")}

        raw_side = data.get("start_side", defaults.start_side.value)
        try:
            values["start_side"] = StartSide(raw_side)
        except (ValueError, TypeError):
            problems.append(translate("Settings", '{key}: expected "right", "left" or "alternate", got {value}').format(
                key="start_side", value=repr(raw_side)))
        for key in ("get_ready_seconds", "move_seconds", "release_seconds", "rest_seconds", "weekly_goal", "volume"):
            if key in data:
                value = _whole_number(data[key], key, problems)
                if value is not None:
                    values[key] = value
        if "theme" in data:
            if data["theme"] in THEMES:
                values["theme"] = data["theme"]
            else:
                problems.append(translate("Settings", "{key}: expected one of {choices}, got {value}").format(
                    key="theme", choices=", ".join(repr(t) for t in THEMES), value=repr(data["theme"])))
        if "reminder_days" in data:
            try:
                days = parse_days(data["reminder_days"])
                values["reminder_days"] = tuple(DAY_KEYS[d] for d in sorted(days))
            except ValueError as error:
                problems.append(translate("Settings", "{key}: {problem}").format(key="reminder_days", problem=error))
        if "reminder_time" in data:
            try:
                values["reminder_time"] = parse_time(data["reminder_time"]).strftime("%H:%M")
            except ValueError as error:
                problems.append(translate("Settings", "{key}: {problem}").format(key="reminder_time", problem=error))
        if "close_to_tray" in data:
            if data["close_to_tray"] in CLOSE_CHOICES:
                values["close_to_tray"] = data["close_to_tray"]
            else:
                problems.append(translate("Settings", '{key}: expected "ask", "tray" or "quit", got {value}').format(
                    key="close_to_tray", value=repr(data["close_to_tray"])))
        if "language" in data:
            if data["language"] in LANGUAGE_CHOICES:
                values["language"] = data["language"]
            else:
                choices = ", ".join(f'"{c}"' for c in LANGUAGE_CHOICES)
                problems.append(translate("Settings", "{key}: expected one of {choices}, got {value}").format(
                    key="language", choices=choices, value=repr(data["language"])))
        for key in ("sound", "voice", "reminders", "autostart", "safety_read"):
            if key in data:
                if isinstance(data[key], bool):
                    values[key] = data[key]
                else:
                    problems.append(translate("Settings", "{key}: expected true or false, got {value}").format(
                        key=key, value=repr(data[key])))

        exercises = dict(defaults.exercises)
        raw_exercises = data.get("exercises", {})
        if not isinstance(raw_exercises, Mapping):
            problems.append(translate("Settings", "{key}: expected a table per exercise, got {value}").format(
                key="exercises", value=repr(raw_exercises)))
            raw_exercises = {}
        for exercise_id, table in raw_exercises.items():
            if exercise_id not in exercises:
                extra.setdefault("exercises", {})[exercise_id] = table
                problems.append(translate("Settings", "{key}: no such exercise (kept in the file, not used)").format(
                    key=f"exercises.{exercise_id}"))
                continue
            if not isinstance(table, Mapping):
                problems.append(translate("Settings", "{key}: expected a table, got {value}").format(
                    key=f"exercises.{exercise_id}", value=repr(table)))
                continue
            ex = exercises[exercise_id]
            changes: dict[str, Any] = {}
            for key in ("reps", "hold_seconds"):
                if key in table:
                    value = _whole_number(table[key], f"exercises.{exercise_id}.{key}", problems, key)
                    if value is not None:
                        changes[key] = value
            if "enabled" in table:
                if isinstance(table["enabled"], bool):
                    changes["enabled"] = table["enabled"]
                else:
                    problems.append(translate("Settings", "{key}: expected true or false, got {value}").format(
                        key=f"exercises.{exercise_id}.enabled", value=repr(table["enabled"])))
            exercises[exercise_id] = replace(ex, **changes)
        settings = replace(defaults, exercises=exercises, extra=extra, **values)
        if not any(e.enabled for e in settings.exercises.values()):
            problems.append(translate("Settings", "{key}: every exercise was switched off; all are switched back "
                                                  "on").format(key="exercises"))
            settings = replace(settings, exercises={k: replace(v, enabled=True) for k, v in exercises.items()})
        return settings, problems


def unused_keys(data: Mapping[str, Any]) -> list[str]:
    """Top-level keys of a settings document this version does not know (kept in the file, not used)."""
    return [key for key in data if key not in (*TOP_LEVEL_KEYS, "exercises")]


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


def _whole_number(value: Any, name: str, problems: list[str], range_key: str | None = None) -> int | None:
    low, high = RANGES[range_key or name]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (
        isinstance(value, float) and not value.is_integer()
    ):
        problems.append(translate("Settings", "{key}: expected a whole number from {low} to {high}, got {value}")
                        .format(key=name, low=low, high=high, value=repr(value)))
        return None
    if not low <= value <= high:
        problems.append(translate("Settings", "{key}: must be from {low} to {high}, got {value}").format(
            key=name, low=low, high=high, value=value))
        return None
    return int(value)
