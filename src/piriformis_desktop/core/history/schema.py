"""The history's SQLite schema: numbered migrations, and the conversion between a row and a SessionRecord."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from typing import Any

from piriformis_desktop.core.history.record import SessionRecord

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
    (  # 4: every prescription applied, and every step of a dose after it (core/prescription/book.py)
        """CREATE TABLE prescriptions (
            id INTEGER PRIMARY KEY,
            applied_at TEXT NOT NULL,         -- UTC, ISO 8601 with microseconds
            local_date TEXT NOT NULL,         -- YYYY-MM-DD on the user's calendar
            prescribed_by TEXT NOT NULL,
            issued TEXT NOT NULL,             -- YYYY-MM-DD
            review_by TEXT,                   -- YYYY-MM-DD, or NULL
            source TEXT NOT NULL,             -- the prescription as this app writes it (TOML)
            undone_at TEXT                    -- UTC: taken back with Undo; no longer in force
        )""",
        """CREATE TABLE dose_steps (
            id INTEGER PRIMARY KEY,
            prescription_id INTEGER NOT NULL REFERENCES prescriptions (id),
            taken_at TEXT NOT NULL,           -- UTC, ISO 8601 with microseconds
            local_date TEXT NOT NULL,
            exercise TEXT NOT NULL,           -- the exercise id
            kind TEXT NOT NULL,               -- 'up', 'back', 'by hand' (the dose changed) or 'declined'
            reps INTEGER NOT NULL,            -- the dose from then on ('declined': the dose offered)
            hold_seconds INTEGER NOT NULL,
            reason TEXT NOT NULL,             -- why, in the app's words at the time
            session_id INTEGER                -- the session after which it was offered
        )""",
        "CREATE INDEX dose_steps_by_prescription ON dose_steps (prescription_id, taken_at)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

COLUMNS = ("id", "started_at", "ended_at", "local_date", "duration_seconds", "completed", "exercises_done",
           "exercises_total", "first_side", "settings_json", "pain_before", "pain_after", "pain_where", "note")
SELECT_SESSIONS = f"SELECT {', '.join(COLUMNS)} FROM sessions"


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def to_row(record: SessionRecord) -> tuple[Any, ...]:
    return (utc_text(record.started_at), utc_text(record.ended_at), record.local_date.isoformat(),
            float(record.duration_seconds), int(record.completed), record.exercises_done, record.exercises_total,
            record.first_side, json.dumps(record.settings, sort_keys=True, default=str), record.pain_before,
            record.pain_after, record.pain_where, record.note)


def from_row(row: tuple[Any, ...]) -> SessionRecord:
    (id_, started, ended, local, duration, completed, done, total, side, settings, before, after, where, note) = row
    return SessionRecord(
        started_at=datetime.fromisoformat(started), ended_at=datetime.fromisoformat(ended),
        local_date=date.fromisoformat(local), duration_seconds=float(duration), completed=bool(completed),
        exercises_done=int(done), exercises_total=int(total), first_side=side, settings=json.loads(settings),
        id=int(id_), pain_before=before, pain_after=after, pain_where=where or "", note=note or "",
    )


def migrate(connection: sqlite3.Connection) -> None:
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
