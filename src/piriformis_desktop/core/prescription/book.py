"""The prescriptions kept in the history file: each one applied (with its date, and whether Undo took it back)
and each step of a dose after it, so the report can say which dose was in force when.

The prescription in force is the latest one applied and not undone. The functions take the open HistoryStore;
a write is one transaction, and a failure is a HistoryError whose message says why.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from piriformis_desktop.core.history.record import HistoryError
from piriformis_desktop.core.history.schema import utc_text
from piriformis_desktop.core.history.store import HistoryStore, immediate, reason_in_words
from piriformis_desktop.core.prescription.model import Prescription
from piriformis_desktop.core.prescription.reading import PrescriptionError, parse_prescription
from piriformis_desktop.core.prescription.writing import prescription_text
from piriformis_desktop.core.words import translate


class StepKind:
    UP = "up"
    BACK = "back"
    BY_HAND = "by hand"
    DECLINED = "declined"
    CHANGES_DOSE = (UP, BACK, BY_HAND)


@dataclass(frozen=True)
class Applied:
    id: int
    applied_at: datetime
    local_date: date
    prescription: Prescription


@dataclass(frozen=True)
class DoseStep:
    prescription_id: int
    taken_at: datetime
    local_date: date
    exercise: str
    kind: str
    reps: int
    hold_seconds: int
    reason: str
    session_id: int | None = None


def _now() -> datetime:
    return datetime.now(UTC)


def _write(store: HistoryStore, statement: str, params: tuple[object, ...]) -> int:
    if not store.writable:
        raise HistoryError(translate("HistoryStore", "The history file {path} cannot be written: {reason}.").format(
            path=store.path, reason=getattr(store, "_read_only_reason", "")))
    connection = store.connection
    try:
        with immediate(connection):
            row_id = connection.execute(statement, params).lastrowid
    except sqlite3.Error as error:
        raise HistoryError(translate("HistoryStore", "The history file {path} could not be written: {reason}.")
                           .format(path=store.path, reason=reason_in_words(error))) from error
    assert row_id is not None  # set by every execute (the new row's id; 0 after an UPDATE)
    return int(row_id)


def record_applied(store: HistoryStore, prescription: Prescription, moment: datetime | None = None,
                   local_date: date | None = None) -> int:
    """Keep `prescription` as applied now; returns its id."""
    moment = moment or _now()
    local = local_date or moment.astimezone().date()
    return _write(store, "INSERT INTO prescriptions (applied_at, local_date, prescribed_by, issued, review_by, source) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                  (utc_text(moment), local.isoformat(), prescription.prescribed_by, prescription.issued.isoformat(),
                   prescription.review_by.isoformat() if prescription.review_by else None,
                   prescription_text(prescription)))


def record_undone(store: HistoryStore, prescription_id: int, moment: datetime | None = None) -> None:
    """Undo took the prescription back: it is no longer in force (it stays in the file, marked)."""
    _write(store, "UPDATE prescriptions SET undone_at = ? WHERE id = ?", (utc_text(moment or _now()), prescription_id))


def record_step(store: HistoryStore, step: DoseStep) -> int:
    return _write(store, "INSERT INTO dose_steps (prescription_id, taken_at, local_date, exercise, kind, reps, "
                         "hold_seconds, reason, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (step.prescription_id, utc_text(step.taken_at), step.local_date.isoformat(), step.exercise,
                   step.kind, step.reps, step.hold_seconds, step.reason, step.session_id))


def _read(store: HistoryStore | None, query: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    if store is None:
        return []
    try:
        return store.connection.execute(query, params).fetchall()
    except sqlite3.Error:  # a newer file this version cannot read, or a closed one: no prescription shown
        return []


def applied(store: HistoryStore | None, known_exercises: list[str]) -> list[Applied]:
    """Every prescription applied and not undone, oldest first."""
    kept = []
    for id_, at, local, source in _read(store, "SELECT id, applied_at, local_date, source FROM prescriptions "
                                               "WHERE undone_at IS NULL ORDER BY applied_at, id"):
        try:
            prescription = parse_prescription(source, known_exercises)
        except PrescriptionError:
            continue  # written by a later version, for exercises this one lacks: not shown rather than wrong
        kept.append(Applied(int(id_), datetime.fromisoformat(at), date.fromisoformat(local), prescription))
    return kept


def in_force(store: HistoryStore | None, known_exercises: list[str]) -> Applied | None:
    every = applied(store, known_exercises)
    return every[-1] if every else None


def steps(store: HistoryStore | None, prescription_id: int | None = None) -> list[DoseStep]:
    """The steps after prescriptions (all, or one prescription's), oldest first."""
    query = ("SELECT prescription_id, taken_at, local_date, exercise, kind, reps, hold_seconds, reason, session_id "
             "FROM dose_steps")
    params: tuple[object, ...] = ()
    if prescription_id is not None:
        query, params = query + " WHERE prescription_id = ?", (prescription_id,)
    return [DoseStep(int(p), datetime.fromisoformat(t), date.fromisoformat(d), e, k, int(r), int(h), why,
                     None if s is None else int(s))
            for p, t, d, e, k, r, h, why, s in _read(store, query + " ORDER BY taken_at, id", params)]
