"""The history as CSV: one row per session, for a physiotherapist's spreadsheet or a move to a new laptop.

Columns: started_at and ended_at (ISO 8601, UTC), local_date (YYYY-MM-DD), duration_seconds, completed
(true/false), exercises_done, exercises_total, first_side (right/left), settings_json (the settings used),
then the pain check-in: pain_before and pain_after (0-10, empty when skipped), pain_where, note. An older
export without the check-in columns still imports.
An import checks every row before it saves any, skips sessions already in the history (same start instant),
and names the file, the line, the column and the value of the first row it cannot read. It reads at most
LINE_LIMIT characters a line, FILE_LIMIT in all and ROW_LIMIT sessions (an export of years of daily sessions is
a few megabytes), so a file that is not an export (/dev/zero, a video) ends at once with a sentence. Every row
passes `validate_record`, the check the store makes of each new session.

Formulas (CSV injection): a spreadsheet opening the export would run a text cell that begins with `=`, `+`,
`-`, `@`, a tab or a carriage return (`=HYPERLINK(...)` in a note). So, following OWASP, the export puts one
apostrophe before such a text cell; it also puts one before a text cell that itself begins with an
apostrophe, so the rule can be undone without guessing: on import, a text cell that begins with an
apostrophe followed by one of those characters or by another apostrophe loses that first apostrophe, and
nothing else changes. `=1+1` is written `'=1+1`, `'tis` is written `''tis`, and both read back exactly.
Numbers (duration, counts, pain scores) are never prefixed: they stay numbers. The note and the pain places
are read back exactly as written, spaces and line breaks included.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import IO, TYPE_CHECKING, Union

from piriformis_desktop.core.atomic import replacing
from piriformis_desktop.core.history import HistoryError, HistoryStore, RecordError, SessionRecord
from piriformis_desktop.core.history.reading import Reading, bounded_lines
from piriformis_desktop.core.words import Words

if TYPE_CHECKING:
    from piriformis_desktop.core.history.source import HistorySource

REQUIRED = ("started_at", "ended_at", "local_date", "duration_seconds", "completed", "exercises_done",
            "exercises_total", "first_side", "settings_json")
CHECKIN = ("pain_before", "pain_after", "pain_where", "note")
COLUMNS = REQUIRED + CHECKIN
TRUE, FALSE = ("true", "1", "yes"), ("false", "0", "no")
NUMBERS = ("duration_seconds", "exercises_done", "exercises_total", "pain_before", "pain_after")
FREE_TEXT = ("pain_where", "note")  # the person's own words: kept exactly, not trimmed
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"
WHOLE = re.compile(r"-?[0-9]+", re.ASCII)
NUMBER = re.compile(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?|[-+]?(inf|infinity|nan)", re.ASCII | re.I)
ROW_LIMIT = 100_000  # sessions in one file: nearly three centuries of one a day
PROGRESS_EVERY = 200  # rows between two calls of an import's `progress`

Target = Union[IO[str], str, "os.PathLike[str]"]


class HistoryCsv(Words):
    """The context of the export's and the import's words."""


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped_duplicates: int


class ImportCancelled(Exception):
    """The person cancelled the import while its file was being read: nothing was added."""


Progress = Callable[[int], bool]  # called with the characters read so far; False cancels the import


def neutralise(text: str) -> str:
    """A text cell as exported: an apostrophe before one a spreadsheet would evaluate (or one that begins
    with an apostrophe itself, so `restore` knows which to take off)."""
    return ESCAPE + text if text.startswith(FORMULA_STARTS + (ESCAPE,)) else text


def restore(text: str) -> str:
    """The text cell `neutralise` was given: the inverse of it."""
    if text.startswith(ESCAPE) and text[1:].startswith(FORMULA_STARTS + (ESCAPE,)):
        return text[1:]
    return text


def _row(record: SessionRecord) -> list[str]:
    cells = [
        record.started_at.astimezone(UTC).isoformat(),
        record.ended_at.astimezone(UTC).isoformat(),
        record.local_date.isoformat(),
        repr(float(record.duration_seconds)),  # the shortest text that reads back as the same number
        "true" if record.completed else "false",
        str(record.exercises_done),
        str(record.exercises_total),
        record.first_side,
        json.dumps(record.settings, sort_keys=True, default=str),
        "" if record.pain_before is None else str(record.pain_before),
        "" if record.pain_after is None else str(record.pain_after),
        record.pain_where,
        record.note,
    ]
    return [cell if name in NUMBERS else neutralise(cell) for name, cell in zip(COLUMNS, cells, strict=True)]


def export_csv(records: Iterable[SessionRecord], file: Target) -> int:
    """Write a header and one row per session; return how many rows.

    `file` is an open text file (opened with newline="") or a path; a path goes through `core.atomic`
    (written whole or not at all, through a link, never over a read-only file; "-" is standard output) and a
    failure is a HistoryError naming it.
    """
    if not isinstance(file, (str, os.PathLike)):  # an open file
        return _write(records, file)
    try:
        with replacing(os.fspath(file)) as temporary, open(temporary, "w", newline="", encoding="utf-8") as handle:
            count = _write(records, handle)
    except OSError as error:
        raise HistoryError(HistoryCsv.tr("Could not write {path}: {reason}.").format(
            path=file, reason=error.strerror or error)) from error
    return count


def _write(records: Iterable[SessionRecord], file: IO[str]) -> int:
    writer = csv.writer(file)
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        writer.writerow(_row(record))
        count += 1
    return count


def import_csv(file: Target, store: HistoryStore | HistorySource, progress: Progress | None = None) -> ImportResult:
    """Add the sessions of an export to `store`, all or none; HistoryError names the line of a bad row."""
    records = read_csv_file(file, progress) if isinstance(file, (str, os.PathLike)) else read_csv(file, progress)
    return add_records(records, store)


def add_records(records: list[SessionRecord], store: HistoryStore | HistorySource) -> ImportResult:
    """Add sessions read by `read_csv` to `store` in one transaction; how many were new, how many already there."""
    added = store.add_sessions(records)
    return ImportResult(added=added, skipped_duplicates=len(records) - added)


def read_csv_file(path: str | os.PathLike[str], progress: Progress | None = None) -> list[SessionRecord]:
    """`read_csv` of the file at `path`; HistoryError when it cannot be opened, naming it."""
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            return read_csv(handle, progress)
    except OSError as error:
        raise HistoryError(HistoryCsv.tr("Could not read {path}: {reason}.").format(
            path=path, reason=error.strerror or error)) from error


def read_csv(file: IO[str], progress: Progress | None = None) -> list[SessionRecord]:
    """Every row of an export as a SessionRecord; HistoryError naming the file (when it has a name), the line, the
    column and the value of the first bad one. `progress(characters)` is called every few hundred rows; when it
    returns False the reading stops with ImportCancelled."""
    name = getattr(file, "name", None)
    try:
        return _read(file, progress)
    except HistoryError as error:
        if isinstance(name, str) and name:
            raise HistoryError(f"{name}: {error}") from error
        raise


def _read(file: IO[str], progress: Progress | None) -> list[SessionRecord]:
    reading = Reading()
    reader = csv.reader(bounded_lines(file, reading))
    try:
        header = next(reader, None)
        if header is None:
            raise HistoryError(HistoryCsv.tr("line {line}: the file is empty; expected a header row: {columns}.")
                               .format(line=1, columns=", ".join(COLUMNS)))
        header = [name.strip().lstrip("\ufeff") for name in header]  # a spreadsheet may add a byte-order mark
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            raise HistoryError(HistoryCsv.tr("line {line}: missing column(s) {missing}; an export has: {columns}.", "",
                                             len(missing)).format(line=1, missing=", ".join(missing),
                                                                  columns=", ".join(COLUMNS)))
        where = {name: header.index(name) for name in COLUMNS if name in header}
        records: list[SessionRecord] = []
        ended = reader.line_num
        for values in reader:
            line, ended = ended + 1, reader.line_num  # a row's line is where it starts (a note may span lines)
            if not any(value.strip() for value in values):
                continue  # a blank line, e.g. at the end
            if len(values) != len(header):
                raise HistoryError(HistoryCsv.tr("line {line}: expected %n value(s), found {found}.", "",
                                                 len(header)).format(line=line, found=len(values)))
            if len(records) >= ROW_LIMIT:
                raise HistoryError(HistoryCsv.tr("line {line}: more than {limit} sessions, so this is not an export "
                                                 "of this app.").format(line=line, limit=ROW_LIMIT))
            records.append(_parse(line, {name: _cell(name, values[index]) for name, index in where.items()}))
            if progress is not None and len(records) % PROGRESS_EVERY == 0 and not progress(reading.characters):
                raise ImportCancelled()
    except csv.Error as error:
        raise HistoryError(HistoryCsv.tr("line {line}: not readable as CSV ({reason}).").format(
            line=reader.line_num, reason=error)) from error
    except UnicodeDecodeError as error:
        raise HistoryError(HistoryCsv.tr("line {line}: not UTF-8 text, so not an export of this app.").format(
            line=reading.line + 1)) from error
    return records


def _cell(name: str, value: str) -> str:
    if name in NUMBERS:
        return value.strip()
    return restore(value) if name in FREE_TEXT else restore(value.strip())


def _plain(text: str, pattern: re.Pattern[str]) -> str:
    """`text` when it is a number written plainly (ASCII digits, no "_"), as an export writes it; else ValueError."""
    if not pattern.fullmatch(text):
        raise ValueError(text)
    return text


def _no_constant(name: str) -> None:
    raise ValueError(name)  # NaN and Infinity are not JSON, and an export never writes them


def _parse(line: int, row: dict[str, str]) -> SessionRecord:
    def fail(column: str, sentence: str, **values: str) -> HistoryError:
        """`sentence` names the {line}, the {column} and the {value} found there, plus any `values` (literal cell
        values and examples, never translated)."""
        return HistoryError(sentence.format(line=line, column=column, value=repr(row[column]), **values))

    moments = {}
    for column in ("started_at", "ended_at"):
        try:
            moment = datetime.fromisoformat(row[column])
        except ValueError:
            moment = None
        if moment is None or moment.utcoffset() is None:
            raise fail(column, HistoryCsv.tr(
                "line {line}: {column}: expected a date and time with a time zone, like {example}, got {value}."),
                example="2026-11-20T07:30:00+00:00")
        moments[column] = moment
    try:
        local_date = date.fromisoformat(row["local_date"])
    except ValueError:
        raise fail("local_date", HistoryCsv.tr("line {line}: {column}: expected a date like {example}, got {value}."),
                   example="2026-11-20") from None
    try:
        duration = float(_plain(row["duration_seconds"], NUMBER))
    except ValueError:
        duration = math.nan
    if not math.isfinite(duration) or duration < 0:
        raise fail("duration_seconds", HistoryCsv.tr(
            "line {line}: {column}: expected a number of seconds, 0 or more, got {value}."))
    completed = row["completed"].lower()
    if completed not in TRUE + FALSE:
        raise fail("completed", HistoryCsv.tr("line {line}: {column}: expected {one} or {other}, got {value}."),
                   one="true", other="false")
    counts = {}
    for column in ("exercises_done", "exercises_total"):
        try:
            counts[column] = int(_plain(row[column], WHOLE))
        except ValueError:
            raise fail(column, HistoryCsv.tr("line {line}: {column}: expected a whole number, got {value}.")) from None
        if counts[column] < 0:
            raise fail(column, HistoryCsv.tr(
                "line {line}: {column}: expected a whole number, 0 or more, got {value}."))
    side = row["first_side"].lower()
    if side not in ("right", "left"):
        raise fail("first_side", HistoryCsv.tr("line {line}: {column}: expected {one} or {other}, got {value}."),
                   one="right", other="left")
    try:
        settings = json.loads(row["settings_json"], parse_constant=_no_constant) if row["settings_json"] else {}
    except (ValueError, RecursionError):  # RecursionError: thousands of nested brackets
        settings = None
    if not isinstance(settings, dict):
        raise fail("settings_json", HistoryCsv.tr(
            "line {line}: {column}: expected the settings as a JSON object, like {example}, got {value}."),
            example='{"weekly_goal": 3}')
    pain = {}
    for column in ("pain_before", "pain_after"):
        text = row.get(column, "")
        try:
            pain[column] = int(_plain(text, WHOLE)) if text else None
        except ValueError:
            raise fail(column, HistoryCsv.tr(
                "line {line}: {column}: expected a whole number from 0 to 10, or nothing, got {value}.")) from None
    try:
        return SessionRecord.checked(started_at=moments["started_at"], ended_at=moments["ended_at"],
                                     local_date=local_date, duration_seconds=duration, completed=completed in TRUE,
                                     first_side=side, settings=settings, pain_where=row.get("pain_where", ""),
                                     note=row.get("note", ""), **pain, **counts)
    except RecordError as error:
        raise HistoryError(HistoryCsv.tr("line {line}: {reason}.").format(line=line, reason=error)) from error
