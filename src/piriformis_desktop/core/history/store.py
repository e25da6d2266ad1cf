"""Every session the user played, kept in SQLite so neither a crash nor a second running copy loses one.

The file lives at `paths.history_path()`. Its schema is numbered with `PRAGMA user_version` and brought
up to date by the migrations below, each in one transaction. How the file is kept safe:

- WAL journal with `synchronous=FULL`: a write is one short transaction, and FULL makes its commit reach
  the disk before `record()` returns, so a session that reached its summary survives a kill -9 and also a
  power cut. NORMAL would already survive a kill -9 in WAL mode; FULL costs one extra fsync per session
  (a few milliseconds, once every few days), which is cheap for the stronger promise.
- A busy timeout, so two running copies of the app take turns instead of failing with "database is locked".
- A file that is not SQLite or fails `integrity_check` is moved aside (with its -wal and -shm) to
  `history.sqlite3.damaged-<timestamp>`, never deleted, and a new history is started.
- A file written by a newer version of the app is opened read-only and never written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from piriformis_desktop.core.history.record import (
    SIDES,
    HistoryError,
    Outcome,
    SessionRecord,
    check_pain,
    validate_record,
)
from piriformis_desktop.core.history.schema import SELECT_SESSIONS, from_row, to_row, utc_text
from piriformis_desktop.core.words import translate

# A second write of one session (the same start) replaces the row only if it is at least as far on: a later last
# sign of life, then finished over not, then more exercises, then more time. The session's keeper takes its moments
# from a clock it never lets go back, so its final write is always the furthest; a journal recovered after that row
# was saved (the kill came between the save and the journal's removal) is older and changes nothing.
UPDATE_IF_FURTHER = (
    "DO UPDATE SET ended_at = excluded.ended_at, local_date = excluded.local_date, "
    "duration_seconds = excluded.duration_seconds, completed = excluded.completed, "
    "exercises_done = excluded.exercises_done, exercises_total = excluded.exercises_total, "
    "first_side = excluded.first_side, settings_json = excluded.settings_json, "
    "pain_before = COALESCE(sessions.pain_before, excluded.pain_before) "
    "WHERE (excluded.ended_at, excluded.completed, excluded.exercises_done, excluded.duration_seconds) "
    ">= (sessions.ended_at, sessions.completed, sessions.exercises_done, sessions.duration_seconds)"
)


def reason_in_words(error: Exception) -> str:
    """What went wrong, in words a user can act on."""
    if isinstance(error, OSError):
        if isinstance(error, PermissionError):
            return translate("HistoryStore", "the folder is read-only or not yours")
        return error.strerror or str(error)
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return translate("HistoryStore", "the disk is full")
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return translate("HistoryStore", "the file or its folder is read-only")
    if name.startswith("SQLITE_BUSY") or "locked" in text:
        return translate("HistoryStore", "another copy of the app kept it busy for too long")
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return translate("HistoryStore", "the file cannot be created or opened there")
    if name.startswith("SQLITE_IOERR") or "I/O" in text:
        return translate("HistoryStore", "the disk reported an error")
    return text


@contextmanager
def immediate(connection: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, taken at once (BEGIN IMMEDIATE), committed at the end or rolled back on any error;
    the caller words a sqlite3 error for the user."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


class HistoryStore:
    """The sessions in one history file. Make it with `open_history()`; close it when the app quits."""

    def __init__(self, connection: sqlite3.Connection, path: Path, read_only_reason: str | None = None) -> None:
        self._connection: sqlite3.Connection | None = connection
        self.path = path
        self._read_only_reason = read_only_reason
        self._readable = True
        if read_only_reason is not None:  # a newer or unwritable file: read what we understand, if anything
            try:
                connection.execute(SELECT_SESSIONS + " LIMIT 1").fetchall()
            except sqlite3.Error:
                self._readable = False

    @property
    def writable(self) -> bool:
        return self._read_only_reason is None and self._connection is not None

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise HistoryError(translate("HistoryStore", "The history {path} is closed.").format(path=self.path))
        return self._connection

    def record(self, record: SessionRecord) -> int:
        """Save one session in its own transaction and return its id; raise HistoryError if it cannot be saved.

        The same session again (the same start instant) updates its row when the new write is at least as far on
        (see UPDATE_IF_FURTHER): the session's own final write replaces what a recovery wrote from its journal,
        never the other way round, and a retry after a crash never counts a session twice. The check-in columns
        are never touched; pain before is only filled in when the row has none.
        """
        self._insert([validate_record(record)], UPDATE_IF_FURTHER)  # RecordError: a session that cannot have happened
        try:
            row = self.connection.execute("SELECT id FROM sessions WHERE started_at = ? ORDER BY id LIMIT 1",
                                          (utc_text(record.started_at),)).fetchone()
        except sqlite3.Error as error:
            raise HistoryError(self._could_not_read(error)) from error
        return int(row[0])

    def add_sessions(self, records: Iterable[SessionRecord]) -> int:
        """Save many sessions in one transaction (all or none), skipping any already here; return how many were new."""
        return len(self._insert(list(records), "DO NOTHING"))

    def _insert(self, records: list[SessionRecord], on_conflict: str) -> list[int]:
        if not self.writable:
            raise HistoryError(self._cannot_write())
        connection = self.connection
        ids: list[int] = []
        try:
            with immediate(connection):
                for record in records:
                    cursor = connection.execute(
                        "INSERT INTO sessions (started_at, ended_at, local_date, duration_seconds, completed, "
                        "exercises_done, exercises_total, first_side, settings_json, pain_before, pain_after, "
                        "pain_where, note) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (started_at) " + on_conflict,
                        to_row(record),
                    )
                    if cursor.rowcount == 1 and on_conflict == "DO NOTHING":
                        assert cursor.lastrowid is not None  # an INSERT that added a row has its rowid
                        ids.append(int(cursor.lastrowid))
        except sqlite3.Error as error:
            raise HistoryError(self._could_not_write(error)) from error
        return ids

    def add_checkin(self, session_id: int, *, pain_after: int | None, pain_where: str = "", note: str = "",
                    pain_before: int | None = None) -> None:
        """Add the pain check-in to a session already saved (one transaction); the session itself is untouched."""
        try:
            check_pain(pain_before, pain_after, pain_where, note)
        except ValueError as error:
            raise HistoryError(translate("HistoryStore", "The check-in was not saved: {reason}.").format(
                reason=error)) from error
        if not self.writable:
            raise HistoryError(self._cannot_write())
        try:
            with_before = "pain_before = ?, " if pain_before is not None else ""
            params = ([pain_before] if pain_before is not None else []) + [pain_after, pain_where, note, session_id]
            with immediate(self.connection):
                self.connection.execute(
                    f"UPDATE sessions SET {with_before}pain_after = ?, pain_where = ?, note = ? WHERE id = ?", params)
        except sqlite3.Error as error:
            raise HistoryError(self._could_not_write(error)) from error

    def sessions(self, since: date | None = None, until: date | None = None) -> list[SessionRecord]:
        """Sessions in the order they started, optionally only those on local dates since..until (inclusive)."""
        if not self._readable:
            return []
        query, params = SELECT_SESSIONS, []
        conditions = []
        if since is not None:
            conditions.append("local_date >= ?")
            params.append(since.isoformat())
        if until is not None:
            conditions.append("local_date <= ?")
            params.append(until.isoformat())
        if conditions:
            query += " WHERE " + " AND ".join(conditions)
        query += " ORDER BY started_at, id"
        try:
            rows = self.connection.execute(query, params).fetchall()
        except sqlite3.Error as error:
            raise HistoryError(self._could_not_read(error)) from error
        return [from_row(row) for row in rows]

    def outcomes(self, since: date | None = None) -> list[Outcome]:
        """Day, completed and duration of every session (since a local date), for `core.stats`."""
        if not self._readable:
            return []
        params: tuple[str, ...]
        query, params = "SELECT local_date, completed, duration_seconds FROM sessions", ()
        if since is not None:
            query, params = query + " WHERE local_date >= ?", (since.isoformat(),)
        try:
            rows = self.connection.execute(query + " ORDER BY local_date", params).fetchall()
        except sqlite3.Error as error:
            raise HistoryError(self._could_not_read(error)) from error
        parse = date.fromisoformat
        return [Outcome(parse(day), bool(completed), float(seconds)) for day, completed, seconds in rows]

    def pain_scores(self) -> list[tuple[date, int]]:
        """(local day, pain after the session) for every check-in, oldest first, for `core.progress`."""
        if not self._readable:
            return []
        try:
            rows = self.connection.execute(
                "SELECT local_date, pain_after FROM sessions WHERE pain_after IS NOT NULL "
                "ORDER BY local_date, started_at").fetchall()
        except sqlite3.Error as error:
            raise HistoryError(self._could_not_read(error)) from error
        return [(date.fromisoformat(day), int(pain)) for day, pain in rows]

    def last_first_side(self) -> str | None:
        """The leg the most recent session started on ("right"/"left"), for alternating; None with no history."""
        if not self._readable:
            return None
        row = self.connection.execute(
            "SELECT first_side FROM sessions ORDER BY started_at DESC, id DESC LIMIT 1").fetchone()
        return row[0] if row and row[0] in SIDES else None

    def _cannot_write(self) -> str:
        return translate("HistoryStore", "The history file {path} cannot be written: {reason}.").format(
            path=self.path, reason=self._read_only_reason)

    def _could_not_write(self, error: sqlite3.Error) -> str:
        return translate("HistoryStore", "The history file {path} could not be written: {reason}.").format(
            path=self.path, reason=reason_in_words(error))

    def _could_not_read(self, error: sqlite3.Error) -> str:
        return translate("HistoryStore", "The history file {path} could not be read: {reason}.").format(
            path=self.path, reason=reason_in_words(error))

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
