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

import json
import math
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

BUSY_TIMEOUT_SECONDS = 5.0
SQLITE_HEADER = b"SQLite format 3\x00"
SIDES = ("right", "left")
PAIN_PLACES = ("buttock", "thigh", "lower back")  # where it hurts, as the check-in offers it
NOTE_LIMIT = 500


class HistoryError(Exception):
    """The history could not be written (read-only file or folder, disk full, damaged) or a row was invalid.

    The message is one plain sentence a user can act on; it names the file or, for an import, the line.
    """


@dataclass(frozen=True)
class SessionRecord:
    """One session as it happened: when (UTC, plus the user's calendar day at the start), how far, how set up."""

    started_at: datetime  # aware; kept in UTC
    ended_at: datetime  # aware; kept in UTC
    local_date: date  # the day on the user's calendar when it started: travel never moves it to another week
    duration_seconds: float  # time actually exercised (pauses excluded), from the session clock
    completed: bool  # False for a session stopped early or cut short by a crash
    exercises_done: int
    exercises_total: int
    first_side: str  # "right" or "left"
    settings: dict[str, Any] = field(default_factory=dict)  # Settings.to_dict() as used for this session
    id: int | None = None
    pain_before: int | None = None  # 0-10 on the numeric rating scale; None when not asked or skipped
    pain_after: int | None = None
    pain_where: str = ""  # comma-separated PAIN_PLACES, "" when not said
    note: str = ""

    def __post_init__(self) -> None:
        for name in ("started_at", "ended_at"):
            value = getattr(self, name)
            if not isinstance(value, datetime) or value.utcoffset() is None:
                raise ValueError(f"{name}: expected a date and time with a time zone, got {value!r}")
            object.__setattr__(self, name, value.astimezone(timezone.utc))
        if isinstance(self.local_date, datetime) or not isinstance(self.local_date, date):
            raise ValueError(f"local_date: expected a calendar date, got {self.local_date!r}")
        duration = self.duration_seconds
        if isinstance(duration, bool) or not isinstance(duration, (int, float)) or not math.isfinite(duration) \
                or duration < 0:
            raise ValueError(f"duration_seconds: expected a number of seconds, 0 or more, got {duration!r}")
        if not isinstance(self.completed, bool):
            raise ValueError(f"completed: expected true or false, got {self.completed!r}")
        for name in ("exercises_done", "exercises_total"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"{name}: expected a whole number, 0 or more, got {value!r}")
        if self.exercises_done > self.exercises_total:
            raise ValueError(f"exercises_done: {self.exercises_done} is more than exercises_total "
                             f"({self.exercises_total})")
        if self.first_side not in SIDES:
            raise ValueError(f"first_side: expected \"right\" or \"left\", got {self.first_side!r}")
        if not isinstance(self.settings, dict):
            raise ValueError(f"settings: expected a table of settings, got {self.settings!r}")
        check_pain(self.pain_before, self.pain_after, self.pain_where, self.note)


def check_pain(before: int | None, after: int | None, where: str, note: str) -> None:
    """Validate a check-in: pain 0-10 or none, places from PAIN_PLACES, a short note."""
    for name, value in (("pain_before", before), ("pain_after", after)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10):
            raise ValueError(f"{name}: expected a whole number from 0 to 10, or nothing, got {value!r}")
    if not isinstance(where, str) or any(p and p not in PAIN_PLACES for p in where.split(",")):
        raise ValueError(f"pain_where: expected some of {', '.join(PAIN_PLACES)}, got {where!r}")
    if not isinstance(note, str) or len(note) > NOTE_LIMIT:
        raise ValueError(f"note: expected text of at most {NOTE_LIMIT} characters")


class Outcome(NamedTuple):
    """The three facts the charts and streaks need from a session: read without the rest, it is ten times faster."""

    local_date: date
    completed: bool
    duration_seconds: float


# Each step takes the schema from version N-1 to N; never edit a released step, add a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: one row per session
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,         -- UTC, ISO 8601 with microseconds: sorts as it reads
            ended_at TEXT NOT NULL,           -- UTC, ISO 8601 with microseconds
            local_date TEXT NOT NULL,         -- YYYY-MM-DD on the user's calendar at the start
            duration_seconds REAL NOT NULL,
            completed INTEGER NOT NULL,       -- 1 finished, 0 stopped early
            exercises_done INTEGER NOT NULL,
            exercises_total INTEGER NOT NULL,
            first_side TEXT NOT NULL,         -- 'right' or 'left'
            settings_json TEXT NOT NULL       -- the settings used, as a JSON object
        )""",
        "CREATE INDEX sessions_by_local_date ON sessions (local_date)",
    ),
    (  # 2: one row per start instant, so a retry or an import finds a duplicate by index, not by a full scan
        "DELETE FROM sessions WHERE id NOT IN (SELECT MIN(id) FROM sessions GROUP BY started_at)",
        "CREATE UNIQUE INDEX sessions_by_start ON sessions (started_at)",
    ),
    (  # 3: the pain check-in that may follow (or precede) a session
        "ALTER TABLE sessions ADD COLUMN pain_before INTEGER",
        "ALTER TABLE sessions ADD COLUMN pain_after INTEGER",
        "ALTER TABLE sessions ADD COLUMN pain_where TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT ''",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

COLUMNS = ("id", "started_at", "ended_at", "local_date", "duration_seconds", "completed", "exercises_done",
           "exercises_total", "first_side", "settings_json", "pain_before", "pain_after", "pain_where", "note")
SELECT_SESSIONS = f"SELECT {', '.join(COLUMNS)} FROM sessions"


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _row(record: SessionRecord) -> tuple[Any, ...]:
    return (_utc_text(record.started_at), _utc_text(record.ended_at), record.local_date.isoformat(),
            float(record.duration_seconds), int(record.completed), record.exercises_done, record.exercises_total,
            record.first_side, json.dumps(record.settings, sort_keys=True, default=str), record.pain_before,
            record.pain_after, record.pain_where, record.note)


def _record(row: tuple[Any, ...]) -> SessionRecord:
    (id_, started, ended, local, duration, completed, done, total, side, settings, before, after, where, note) = row
    return SessionRecord(
        started_at=datetime.fromisoformat(started), ended_at=datetime.fromisoformat(ended),
        local_date=date.fromisoformat(local), duration_seconds=float(duration), completed=bool(completed),
        exercises_done=int(done), exercises_total=int(total), first_side=side, settings=json.loads(settings),
        id=int(id_), pain_before=before, pain_after=after, pain_where=where or "", note=note or "",
    )


def _reason(error: sqlite3.Error | OSError) -> str:
    """What went wrong, in words a user can act on."""
    if isinstance(error, OSError):
        if isinstance(error, PermissionError):
            return "the folder is read-only or not yours"
        return error.strerror or str(error)
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return "the disk is full"
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return "the file or its folder is read-only"
    if name.startswith("SQLITE_BUSY") or "locked" in text:
        return "another copy of the app kept it busy for too long"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return "the file cannot be created or opened there"
    if name.startswith("SQLITE_IOERR") or "I/O" in text:
        return "the disk reported an error"
    return text


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
            raise HistoryError(f"The history {self.path} is closed.")
        return self._connection

    def record(self, record: SessionRecord) -> int:
        """Save one session in its own transaction and return its id; raise HistoryError if it cannot be saved.

        Recording the same session again (the same start instant) keeps the first and returns its id, so a
        retry after a crash never counts a session twice.
        """
        added = self._insert([record])
        if added:
            return added[0]
        row = self.connection.execute("SELECT id FROM sessions WHERE started_at = ? ORDER BY id LIMIT 1",
                                      (_utc_text(record.started_at),)).fetchone()
        return int(row[0])

    def add_sessions(self, records: Iterable[SessionRecord]) -> int:
        """Save many sessions in one transaction (all or none), skipping any already here; return how many were new."""
        return len(self._insert(list(records)))

    def _insert(self, records: list[SessionRecord]) -> list[int]:
        if not self.writable:
            raise HistoryError(f"The history file {self.path} cannot be written: {self._read_only_reason}.")
        connection = self.connection
        ids: list[int] = []
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                for record in records:
                    cursor = connection.execute(
                        "INSERT INTO sessions (started_at, ended_at, local_date, duration_seconds, completed, "
                        "exercises_done, exercises_total, first_side, settings_json, pain_before, pain_after, "
                        "pain_where, note) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (started_at) DO NOTHING",
                        _row(record),
                    )
                    if cursor.rowcount == 1:
                        ids.append(int(cursor.lastrowid))
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise HistoryError(f"The history file {self.path} could not be written: {_reason(error)}.") from error
        return ids

    def add_checkin(self, session_id: int, *, pain_after: int | None, pain_where: str = "", note: str = "",
                    pain_before: int | None = None) -> None:
        """Add the pain check-in to a session already saved (one transaction); the session itself is untouched."""
        try:
            check_pain(pain_before, pain_after, pain_where, note)
        except ValueError as error:
            raise HistoryError(f"The check-in was not saved: {error}.") from error
        if not self.writable:
            raise HistoryError(f"The history file {self.path} cannot be written: {self._read_only_reason}.")
        try:
            with_before = "pain_before = ?, " if pain_before is not None else ""
            params = ([pain_before] if pain_before is not None else []) + [pain_after, pain_where, note, session_id]
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                self.connection.execute(
                    f"UPDATE sessions SET {with_before}pain_after = ?, pain_where = ?, note = ? WHERE id = ?", params)
                self.connection.execute("COMMIT")
            except BaseException:
                if self.connection.in_transaction:
                    self.connection.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise HistoryError(f"The history file {self.path} could not be written: {_reason(error)}.") from error

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
            raise HistoryError(f"The history file {self.path} could not be read: {_reason(error)}.") from error
        return [_record(row) for row in rows]

    def outcomes(self, since: date | None = None) -> list[Outcome]:
        """Day, completed and duration of every session (since a local date), for `core.stats`."""
        if not self._readable:
            return []
        query, params = "SELECT local_date, completed, duration_seconds FROM sessions", ()
        if since is not None:
            query, params = query + " WHERE local_date >= ?", (since.isoformat(),)
        try:
            rows = self.connection.execute(query + " ORDER BY local_date", params).fetchall()
        except sqlite3.Error as error:
            raise HistoryError(f"The history file {self.path} could not be read: {_reason(error)}.") from error
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
            raise HistoryError(f"The history file {self.path} could not be read: {_reason(error)}.") from error
        return [(date.fromisoformat(day), int(pain)) for day, pain in rows]

    def last_first_side(self) -> str | None:
        """The leg the most recent session started on ("right"/"left"), for alternating; None with no history."""
        if not self._readable:
            return None
        row = self.connection.execute(
            "SELECT first_side FROM sessions ORDER BY started_at DESC, id DESC LIMIT 1").fetchone()
        return row[0] if row and row[0] in SIDES else None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@dataclass(frozen=True)
class HistoryOpening:
    """What `open_history()` found: the store (None if the folder cannot be used) and a sentence for the user."""

    store: HistoryStore | None
    notice: str | None = None


class _Damaged(Exception):
    pass


def open_history(path: Path) -> HistoryOpening:
    """Open (or create) the history at `path`, repairing what can be repaired and saying what happened.

    Never raises for a problem with the file: a damaged file is moved aside and a new one started; a newer
    or read-only file gives a store that reads but does not write; an unusable folder gives no store. In
    each case `notice` is one plain sentence for the UI and stderr.
    """
    path = Path(path)
    try:
        if not path.parent.is_dir():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        return HistoryOpening(None, _unusable(path, error))
    try:
        return _open(path)
    except _Damaged:
        pass
    except (sqlite3.Error, OSError) as error:
        return HistoryOpening(None, _unusable(path, error))
    try:
        moved_to = _move_aside(path)
    except OSError as error:
        return HistoryOpening(None, f"Your history file {path} is damaged and could not be moved aside "
                                    f"({_reason(error)}); sessions will play but will not be saved.")
    notice = f"Your history file was damaged; it was moved to {moved_to} and a new one was started."
    try:
        opening = _open(path)
    except (_Damaged, sqlite3.Error, OSError) as error:
        return HistoryOpening(None, f"{notice} The new one could not be created ({_reason(error)}); "
                                    "sessions will play but will not be saved.")
    return HistoryOpening(opening.store, " ".join(n for n in (notice, opening.notice) if n))


def _unusable(path: Path, error: sqlite3.Error | OSError | _Damaged) -> str:
    return (f"Your history in {path.parent} cannot be used ({_reason(error)}); "
            "sessions will play but will not be saved.")


def _connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    target, uri = (path.as_uri() + "?mode=ro", True) if read_only else (str(path), False)
    # isolation_level=None: no implicit transactions; every write says BEGIN IMMEDIATE ... COMMIT itself.
    return sqlite3.connect(target, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, uri=uri)


def _open(path: Path) -> HistoryOpening:
    _check_header(path)
    connection = _connect(path)
    try:
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError) and not _means_damaged(error):
                raise
            raise _Damaged(str(error)) from error
        if rows != [("ok",)]:
            raise _Damaged("; ".join(str(r[0]) for r in rows[:3]))
        if version > SCHEMA_VERSION:
            connection.close()
            connection = _connect(path, read_only=True)
            return HistoryOpening(HistoryStore(connection, path, "it was written by a newer version of the app"),
                                  "Your history was saved by a newer version of Piriformis Desktop, so this "
                                  "version will not change it: sessions will play but will not be saved.")
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            _migrate(connection)
            connection.execute("BEGIN IMMEDIATE")  # can we write at all? (a read-only file fails here)
            connection.execute("ROLLBACK")
        except sqlite3.OperationalError as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            reason = _reason(error)
            return HistoryOpening(HistoryStore(connection, path, reason),
                                  f"Your history file {path} cannot be changed ({reason}); past sessions are "
                                  "shown, but new ones will not be saved.")
        return HistoryOpening(HistoryStore(connection, path))
    except BaseException:
        connection.close()
        raise


def _check_header(path: Path) -> None:
    """A non-empty file that does not start like SQLite is damaged (SQLite itself would say so only later)."""
    try:
        with open(path, "rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    if header and header != SQLITE_HEADER:
        raise _Damaged("not an SQLite file")


def _means_damaged(error: sqlite3.Error) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(error) \
        or "not a database" in str(error)


def _migrate(connection: sqlite3.Connection) -> None:
    """Bring the schema up to SCHEMA_VERSION, one transaction for all steps (a second copy waits, then skips)."""
    if connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]  # again: the other copy may have done it
        for number in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[number - 1]:
                connection.execute(statement)
        if version < SCHEMA_VERSION:
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _move_aside(path: Path) -> Path:
    """Rename the damaged file and its -wal/-shm to history.sqlite3.damaged-<local time>; never delete them."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
        number += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))
    return target
