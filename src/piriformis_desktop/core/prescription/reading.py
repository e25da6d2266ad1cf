"""Reading a prescription file: every refusal is one sentence naming the file, the key and its line, and reading
never changes anything (applying is a separate step).

tomllib gives no line numbers for keys, so `line_of` finds a dotted key's line in the text the way a reader
would: the last [table] header above it, then `key =`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from piriformis_desktop.core.prescription.model import (
    FORMAT,
    MAX_BYTES,
    PRESCRIBED_DOSE_KEYS,
    PRESCRIBED_KEYS,
    PROGRESSION_FIELDS,
    PROGRESSION_KEYS,
    TEXT_LIMIT,
    VERSION,
    Prescription,
    Progression,
)
from piriformis_desktop.core.settings.model import field_of
from piriformis_desktop.core.words import Words

_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)\s*=""")


class PrescriptionError(ValueError):
    """A prescription that cannot be used; the message is one sentence naming the file, the key and the line."""


class PrescriptionFile(Words):
    """The context of the sentences about a prescription file."""


def line_of(text: str, dotted: str) -> int | None:
    """The line (from 1) where `dotted` ("exercises.toe-rotation.reps", or a table) is set in `text`, or None."""
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            table = ".".join(part.strip().strip("\"'") for part in header.group(1).split("."))
            if table == dotted:
                return number
            continue
        key = _KEY.match(line)
        if key and (f"{table}.{key.group(1).strip(chr(34) + chr(39))}".lstrip(".")) == dotted:
            return number
    return None


def read_prescription(path: Path, known_exercises: list[str]) -> Prescription:
    """The prescription in the file at `path`; PrescriptionError (a sentence naming file, key and line) if not."""
    try:
        with Path(path).open("rb") as file:
            raw = file.read(MAX_BYTES + 1)
    except OSError as error:
        raise PrescriptionError(PrescriptionFile.tr("{file} could not be read: {reason}.").format(
            file=path, reason=error.strerror or error)) from None
    if len(raw) > MAX_BYTES:
        raise PrescriptionError(PrescriptionFile.tr("{file} is larger than {limit} KB, far more than a prescription "
                                                    "needs; it was not read.").format(file=path,
                                                                                      limit=MAX_BYTES // 1024))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PrescriptionError(PrescriptionFile.tr("{file} is not a prescription: it is not text (UTF-8).").format(
            file=path)) from None
    return parse_prescription(text, known_exercises, str(path))


def parse_prescription(text: str, known_exercises: list[str], name: str = "prescription") -> Prescription:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PrescriptionError(PrescriptionFile.tr("{file} is not a prescription: it is not valid TOML ({reason}).")
                                .format(file=name, reason=error)) from None
    return _Reader(text, name, known_exercises).read(data)


class _Reader:
    def __init__(self, text: str, name: str, known: list[str]) -> None:
        self.text, self.name, self.known = text, name, known
        self.unknown: list[str] = []
        self.extra: dict[str, Any] = {}

    def fail(self, key: str, problem: str) -> PrescriptionError:
        line = line_of(self.text, key)
        if line is None:
            return PrescriptionError(PrescriptionFile.tr("{file}: {key}: {problem}.").format(
                file=self.name, key=key, problem=problem))
        return PrescriptionError(PrescriptionFile.tr("{file}, line {line}: {key}: {problem}.").format(
            file=self.name, line=line, key=key, problem=problem))

    def parse(self, dotted: str, value: Any) -> Any:
        """A settings value checked by its row in the settings table (its range, its choices)."""
        try:
            return field_of(dotted).kind.dump(field_of(dotted).parse(value, dotted))
        except ValueError as error:
            raise self._located(dotted, str(error)) from None

    def _located(self, key: str, message: str) -> PrescriptionError:
        """The settings table's own sentence ("key: must be from 1 to 50, got 80"), with the file and line."""
        line = line_of(self.text, key)
        if line is None:
            return PrescriptionError(PrescriptionFile.tr("{file}: {problem}.").format(file=self.name, problem=message))
        return PrescriptionError(PrescriptionFile.tr("{file}, line {line}: {problem}.").format(
            file=self.name, line=line, problem=message))

    def read(self, data: Mapping[str, Any]) -> Prescription:
        if data.get("format") != FORMAT:
            raise self.fail("format", PrescriptionFile.tr('this is not a prescription (a prescription says format = '
                                                          '"{format}")').format(format=FORMAT))
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail("version", PrescriptionFile.tr("expected a whole number, got {value}").format(
                value=repr(version)))
        if version > VERSION:
            raise self.fail("version", PrescriptionFile.tr("this prescription is version {version}, written for a "
                                                           "newer app; this app reads version {known}").format(
                version=version, known=VERSION))
        prescribed_by = self.words(data, "prescribed_by", required=True)
        issued = self.day(data, "issued", required=True)
        assert issued is not None  # a required day is there, or day() raised
        review_by = self.day(data, "review_by", required=False)
        if review_by is not None and review_by < issued:
            raise self.fail("review_by", PrescriptionFile.tr("the review date is before the date issued"))
        values: dict[str, Any] = {}
        unknown, extra = self.unknown, self.extra
        for key, value in data.items():
            if key in PRESCRIBED_KEYS:
                values[key] = self.parse(key, value)
            elif key not in ("format", "version", "prescribed_by", "issued", "review_by", "note", "exercises"):
                unknown.append(key)
                extra[key] = value
        progressions: dict[str, Progression] = {}
        exercises = data.get("exercises", {})
        if not isinstance(exercises, Mapping):
            raise self.fail("exercises", PrescriptionFile.tr("expected a table per exercise"))
        for exercise_id, table in exercises.items():
            prefix = f"exercises.{exercise_id}"
            if exercise_id not in self.known:
                raise self.fail(prefix, PrescriptionFile.tr("no such exercise in this routine (it has {known})").format(
                    known=", ".join(self.known)))
            if not isinstance(table, Mapping):
                raise self.fail(prefix, PrescriptionFile.tr("expected a table"))
            for key, value in table.items():
                if key in PRESCRIBED_DOSE_KEYS:
                    values[f"{prefix}.{key}"] = self.parse(f"{prefix}.{key}", value)
                elif key != "progression":
                    unknown.append(f"{prefix}.{key}")
                    extra.setdefault("exercises", {}).setdefault(exercise_id, {})[key] = value
            if "progression" in table:
                progressions[exercise_id] = self.progression(exercise_id, table["progression"], values)
        return Prescription(prescribed_by=prescribed_by, issued=issued, values=values, review_by=review_by,
                            note=self.words(data, "note", required=False), progressions=progressions,
                            unknown=tuple(unknown), extra=extra)

    def progression(self, exercise_id: str, table: Any, values: dict[str, Any]) -> Progression:
        prefix = f"exercises.{exercise_id}.progression"
        if not isinstance(table, Mapping):
            raise self.fail(prefix, PrescriptionFile.tr("expected a table"))
        for key, value in table.items():
            if key not in PROGRESSION_KEYS:  # kept and named, as every key this version does not use
                self.unknown.append(f"{prefix}.{key}")
                self.extra.setdefault("exercises", {}).setdefault(exercise_id, {}).setdefault(
                    "progression", {})[key] = value
        parsed: dict[str, int] = {}
        for row in PROGRESSION_FIELDS:
            if row.key in table:
                try:
                    parsed[row.key] = row.parse(table[row.key], f"{prefix}.{row.key}")
                except ValueError as error:
                    raise self._located(f"{prefix}.{row.key}", str(error)) from None
        for cap, dose in (("max_reps", "reps"), ("max_hold_seconds", "hold_seconds")):
            given = values.get(f"exercises.{exercise_id}.{dose}")
            if cap not in parsed:
                if given is None:
                    raise self.fail(prefix, PrescriptionFile.tr("{cap} is missing, and there is no {dose} to take it "
                                                                "from").format(cap=cap, dose=dose))
                parsed[cap] = given  # no max given: the dose does not grow that way
            elif given is not None and parsed[cap] < given:
                raise self.fail(f"{prefix}.{cap}", PrescriptionFile.tr("the maximum {value} is below the prescribed "
                                                                       "{dose} of {given}").format(
                    value=parsed[cap], dose=dose, given=given))
        return Progression(**parsed)

    def words(self, data: Mapping[str, Any], key: str, *, required: bool) -> str:
        value = data.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(key, PrescriptionFile.tr("expected text in quotes, got {value}").format(value=repr(value)))
        if len(value) > TEXT_LIMIT or "\n" in value.strip():
            raise self.fail(key, PrescriptionFile.tr("expected one line of at most {limit} characters").format(
                limit=TEXT_LIMIT))
        return value.strip()

    def day(self, data: Mapping[str, Any], key: str, *, required: bool) -> date | None:
        value = data.get(key)
        if value is None and not required:
            return None
        if isinstance(value, date) and not hasattr(value, "hour"):
            return value
        raise self.fail(key, PrescriptionFile.tr("expected a date written 2026-12-01, got {value}").format(
            value=repr(value)))
