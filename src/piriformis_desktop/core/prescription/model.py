"""What a prescription is: the prescribed settings (dotted keys of the settings table), who prescribed them and
when, a note, and per exercise the limits and steps a dose may progress by.

The values are settings, checked by the settings table's own rows (`field_of`); only the progression's keys are
declared here, as rows of the same kind, so every range in a prescription is checked by one rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from piriformis_desktop.core.pain import PAIN_SCALE
from piriformis_desktop.core.settings.model import EXERCISE_FIELDS, FIELDS, field_of
from piriformis_desktop.core.settings.schema import Field, Section, Whole

FORMAT = "piriformis-prescription"
VERSION = 1  # the newest version of the file this app reads
SUFFIX = ".prescription.toml"
MIME_TYPE = "application/x-piriformis-prescription"
TEXT_LIMIT = 200  # prescribed_by and note: a line on a card and on paper, not a letter
MAX_BYTES = 16 * 1024  # as settings.toml: far more than any prescription needs


def _row(key: str, kind: Whole) -> Field:
    return Field(key=key, kind=kind, default=None, section=Section.EXERCISES, prescribed=True, preference=True,
                 per_exercise=True)


# The [exercises.<id>.progression] table: its maxima share the range of the dose they cap.
PROGRESSION_FIELDS: tuple[Field, ...] = (
    _row("max_reps", field_of("exercises.x.reps").kind),
    _row("max_hold_seconds", field_of("exercises.x.hold_seconds").kind),
    _row("step_reps", Whole(1, 10)),
    _row("step_hold_seconds", Whole(1, 30)),
    _row("after_sessions", Whole(1, 20)),
    _row("pain_ceiling", Whole(PAIN_SCALE[0], PAIN_SCALE[-1])),
)
PROGRESSION_KEYS = tuple(f.key for f in PROGRESSION_FIELDS)
PRESCRIBED_KEYS = tuple(f.key for f in FIELDS if f.prescribed)  # top-level settings a prescription may set
PRESCRIBED_DOSE_KEYS = tuple(f.key for f in EXERCISE_FIELDS if f.prescribed)
PROVENANCE_KEYS = ("format", "version", "prescribed_by", "issued", "review_by", "note")


@dataclass(frozen=True)
class Progression:
    """How far and how fast a dose may grow: reps first, then hold, never past a max."""

    max_reps: int
    max_hold_seconds: int
    step_reps: int = 1
    step_hold_seconds: int = 1
    after_sessions: int = 3
    pain_ceiling: int = 3


@dataclass(frozen=True)
class Prescription:
    prescribed_by: str
    issued: date
    values: Mapping[str, Any]  # dotted settings keys -> the value as settings.toml writes it
    review_by: date | None = None
    note: str = ""
    progressions: Mapping[str, Progression] = field(default_factory=dict)  # exercise id -> its limits
    unknown: tuple[str, ...] = ()  # dotted keys this version does not use: kept, named in a notice
    extra: Mapping[str, Any] = field(default_factory=dict)  # those keys' values, written back as they came

    def exercise_ids(self) -> list[str]:
        """The exercises the prescription names, in the order it names them."""
        seen: list[str] = []
        for key in [*self.values, *(f"exercises.{i}.progression" for i in self.progressions)]:
            if key.startswith("exercises."):
                exercise_id = key.split(".")[1]
                if exercise_id not in seen:
                    seen.append(exercise_id)
        return seen

    def dose(self, exercise_id: str, key: str) -> Any:
        return self.values.get(f"exercises.{exercise_id}.{key}")

    def review_due(self, today: date) -> bool:
        return self.review_by is not None and today >= self.review_by
