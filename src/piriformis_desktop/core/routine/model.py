"""The routine's content: exercises, their steps per side, credit and safety text, parsed and validated."""

from __future__ import annotations

import enum
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from piriformis_desktop.core.words import Words

ROUTINE_RESOURCE = "routine.toml"
DATA_FOLDER = Path(__file__).resolve().parents[2] / "data"  # package-data, beside the code


class Side(Words, enum.Enum):
    """Which leg is working."""

    RIGHT = "right"
    LEFT = "left"

    @property
    def other(self) -> Side:
        return Side.LEFT if self is Side.RIGHT else Side.RIGHT

    @property
    def label(self) -> str:
        return self.tr("Right leg") if self is Side.RIGHT else self.tr("Left leg")


class RoutineError(ValueError):
    """The routine data is missing or malformed; the message names the file and the field."""


@dataclass(frozen=True)
class SideText:
    """The numbered steps for one leg, and the few large words the card shows in each phase of a rep."""

    steps: tuple[str, ...]
    move_cue: str
    hold_cue: str
    release_cue: str


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    section: str
    purpose: str
    start_position: str
    get_ready_cue: str
    equipment: str
    reps: int
    hold_seconds: int
    illustration_view: str
    reconstructed: tuple[str, ...]
    sides: dict[Side, SideText]
    variant: str = ""

    def steps(self, side: Side) -> tuple[str, ...]:
        return self.sides[side].steps

    def cues(self, side: Side) -> SideText:
        return self.sides[side]

    def picture_name(self, position: str) -> str:
        """The name of this exercise's picture at `position` ("start" or "end"): "toe-rotation-start".

        The ui turns it into a file or resource path; the core knows no Qt resource.
        """
        return f"{self.id}-{position}"

    def illustration(self, position: str) -> str:
        """Deprecated, to be removed once the ui builds the path from `picture_name` (callers: the card's
        illustration and the sheet). The Qt resource path of the picture at `position`."""
        return f":/illustrations/{self.picture_name(position)}.svg"


@dataclass(frozen=True)
class Credit:
    authors: str
    description: str
    source: str
    published: str


@dataclass(frozen=True)
class Routine:
    title: str
    summary: str
    exercises: tuple[Exercise, ...]
    credit: Credit
    why: tuple[str, ...]
    story: str
    reconstructed_note: str
    safety: tuple[str, ...]
    language: str = "en"
    notices: tuple[str, ...] = ()  # where a translation fell back to English, and why (empty when whole)

    def exercise(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.exercises)

    def all_texts(self) -> list[str]:
        """Every string a user may be shown, for content checks."""
        texts = [self.title, self.summary, self.story, self.reconstructed_note, *self.why, *self.safety]
        texts += [self.credit.authors, self.credit.description, self.credit.source]
        for e in self.exercises:
            texts += [e.name, e.section, e.purpose, e.start_position, e.get_ready_cue, e.equipment, e.variant]
            for side_text in e.sides.values():
                texts += [*side_text.steps, side_text.move_cue, side_text.hold_cue, side_text.release_cue]
        return texts


def _field(table: dict[str, Any], key: str, kind: type, where: str, origin: str) -> Any:
    if key not in table:
        raise RoutineError(f"{origin}: {where}.{key} is missing")
    value = table[key]
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise RoutineError(f"{origin}: {where}.{key} must be {kind.__name__}, got {type(value).__name__}")
    if kind is str and isinstance(value, str) and not value.strip():
        raise RoutineError(f"{origin}: {where}.{key} is empty")
    return value


def _strings(table: dict[str, Any], key: str, where: str, origin: str, allow_empty: bool = False) -> tuple[str, ...]:
    value = _field(table, key, list, where, origin)
    if not value and not allow_empty:
        raise RoutineError(f"{origin}: {where}.{key} is empty")
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise RoutineError(f"{origin}: {where}.{key}[{i}] must be non-empty text")
    return tuple(value)


def _exercise(table: dict[str, Any], index: int, origin: str) -> Exercise:
    where = f"exercises[{index}]"

    def f(key: str, kind: type = str) -> Any:
        return _field(table, key, kind, where, origin)

    sides_table = f("sides", dict)
    sides: dict[Side, SideText] = {}
    for side in Side:
        side_where = f"{where}.sides.{side.value}"
        if side.value not in sides_table:
            raise RoutineError(f"{origin}: {side_where} is missing")
        entry = sides_table[side.value]
        steps = _strings(entry, "steps", side_where, origin)
        cues = (_field(entry, key, str, side_where, origin) for key in ("move_cue", "hold_cue", "release_cue"))
        sides[side] = SideText(steps, *cues)
    reps, hold = f("reps", int), f("hold_seconds", int)
    if not 1 <= reps <= 50:
        raise RoutineError(f"{origin}: {where}.reps must be 1 to 50, got {reps}")
    if not 0 <= hold <= 120:
        raise RoutineError(f"{origin}: {where}.hold_seconds must be 0 to 120, got {hold}")
    return Exercise(
        id=f("id"), name=f("name"), section=f("section"), purpose=f("purpose"),
        start_position=f("start_position"), get_ready_cue=f("get_ready_cue"), equipment=f("equipment"),
        reps=reps, hold_seconds=hold, illustration_view=f("illustration_view"),
        reconstructed=_strings(table, "reconstructed", where, origin, allow_empty=True),
        sides=sides, variant=table.get("variant", ""),
    )


def parse_routine(text: str, origin: str = ROUTINE_RESOURCE) -> Routine:
    """Parse and validate routine TOML; every problem raises RoutineError naming `origin` and the field."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RoutineError(f"{origin}: not valid TOML: {error}") from error
    entries = _field(data, "exercises", list, "routine", origin)
    if not entries:
        raise RoutineError(f"{origin}: routine.exercises is empty")
    exercises = tuple(_exercise(entry, i, origin) for i, entry in enumerate(entries))
    ids = [e.id for e in exercises]
    if len(set(ids)) != len(ids):
        raise RoutineError(f"{origin}: exercise ids must be unique, got {ids}")
    credit = _field(data, "credit", dict, "routine", origin)
    about = _field(data, "about", dict, "routine", origin)
    return Routine(
        title=_field(data, "title", str, "routine", origin),
        summary=_field(data, "summary", str, "routine", origin),
        exercises=exercises,
        credit=Credit(*(_field(credit, k, str, "credit", origin)
                        for k in ("authors", "description", "source", "published"))),
        why=_strings(about, "why", "about", origin),
        story=_field(about, "story", str, "about", origin),
        reconstructed_note=_field(about, "reconstructed_note", str, "about", origin),
        safety=_strings(about, "safety", "about", origin),
    )
