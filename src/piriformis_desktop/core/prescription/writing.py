"""Writing a prescription file: the current settings' prescribed values with who prescribes, when, the note and
each exercise's limits. What is written reads back as the same prescription (a test holds it to that)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from piriformis_desktop.core.atomic import write_atomically
from piriformis_desktop.core.prescription.model import (
    FORMAT,
    PRESCRIBED_DOSE_KEYS,
    PRESCRIBED_KEYS,
    PROGRESSION_KEYS,
    VERSION,
    Prescription,
    Progression,
)
from piriformis_desktop.core.settings.model import Settings, flatten


def prescribed_values(settings: Settings) -> dict[str, Any]:
    """Every value of `settings` a prescription sets, under its dotted name, as settings.toml writes it."""
    flat = flatten(settings)
    keys = [*PRESCRIBED_KEYS, *(f"exercises.{i}.{k}" for i in settings.exercises for k in PRESCRIBED_DOSE_KEYS)]
    return {key: flat[key] for key in keys}


def from_settings(settings: Settings, *, prescribed_by: str, issued: date, review_by: date | None = None,
                  note: str = "", progressions: Mapping[str, Progression] | None = None,
                  extra: Mapping[str, Any] | None = None) -> Prescription:
    """A prescription of the settings as they are now; a maximum below today's dose (changed by hand past it)
    is raised to that dose, so the file reads back."""
    kept = {}
    for exercise_id, limits in (progressions or {}).items():
        dose = settings.exercise(exercise_id)
        kept[exercise_id] = replace(limits, max_reps=max(limits.max_reps, dose.reps),
                                    max_hold_seconds=max(limits.max_hold_seconds, dose.hold_seconds))
    return Prescription(prescribed_by=prescribed_by, issued=issued, values=prescribed_values(settings),
                        review_by=review_by, note=note, progressions=kept,
                        extra=dict(extra or {}), unknown=tuple(_dotted(extra or {})))


def _dotted(extra: Mapping[str, Any]) -> list[str]:
    keys = [k for k in extra if k != "exercises"]
    for exercise_id, table in extra.get("exercises", {}).items():
        keys += [f"exercises.{exercise_id}.{k}" for k in table if k != "progression"]
        keys += [f"exercises.{exercise_id}.progression.{k}" for k in table.get("progression", {})]
    return keys


def _value(value: Any) -> str:
    """One TOML value: text in JSON's quoting (its escapes are TOML's), dates bare, true/false, numbers."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, date)):
        return value.isoformat() if isinstance(value, date) else repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(value)


def _key(key: str) -> str:
    return key if key.replace("-", "").replace("_", "").isalnum() and key.isascii() else json.dumps(key)


def prescription_text(prescription: Prescription) -> str:
    """The prescription as a file, laid out as docs/prescription.md shows it."""
    p = prescription
    lines = [f'format = "{FORMAT}"', f"version = {VERSION}", f"prescribed_by = {_value(p.prescribed_by)}",
             f"issued = {p.issued.isoformat()}"]
    if p.review_by is not None:
        lines.append(f"review_by = {p.review_by.isoformat()}")
    if p.note:
        lines.append(f"note = {_value(p.note)}")
    lines += [f"{key} = {_value(p.values[key])}" for key in PRESCRIBED_KEYS if key in p.values]
    lines += [f"{_key(k)} = {_value(v)}" for k, v in p.extra.items() if k != "exercises"]
    extra_exercises = p.extra.get("exercises", {})
    for exercise_id in p.exercise_ids():
        lines += ["", f"[exercises.{_key(exercise_id)}]"]
        lines += [f"{key} = {_value(p.dose(exercise_id, key))}" for key in PRESCRIBED_DOSE_KEYS
                  if p.dose(exercise_id, key) is not None]
        kept = dict(extra_exercises.get(exercise_id, {}))
        kept_progression = kept.pop("progression", {})
        lines += [f"{_key(k)} = {_value(v)}" for k, v in kept.items()]
        progression = p.progressions.get(exercise_id)
        if progression is not None:
            lines += ["", f"[exercises.{_key(exercise_id)}.progression]"]
            lines += [f"{key} = {getattr(progression, key)}" for key in PROGRESSION_KEYS]
            lines += [f"{_key(k)} = {_value(v)}" for k, v in kept_progression.items()]
    return "\n".join(lines) + "\n"


def write_prescription(path: Path, prescription: Prescription) -> None:
    """Write the file atomically (OSError when it cannot be written)."""
    write_atomically(path, prescription_text(prescription))
