"""Opening the history file: create it, migrate it, and repair what can be repaired, saying what happened.

A file that is not SQLite or fails `integrity_check` is moved aside (with its -wal and -shm) to
`history.sqlite3.damaged-<timestamp>`, never deleted, and a new history is started. A file written by a newer
version of the app is opened read-only and never written.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from piriformis_desktop.core.history.schema import SCHEMA_VERSION, migrate
from piriformis_desktop.core.history.store import HistoryStore, reason_in_words
from piriformis_desktop.core.words import translate

BUSY_TIMEOUT_SECONDS = 5.0
SQLITE_HEADER = b"SQLite format 3\x00"
MINIMUM_ROOM = 256 * 1024  # bytes free below which a session's row and journal may not fit: the disk is full


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
        return HistoryOpening(None, translate(
            "HistoryOpening", "Your history file {path} is damaged and could not be moved aside ({reason}); "
                              "sessions will play but will not be saved.").format(
            path=path, reason=reason_in_words(error)))
    notice = translate("HistoryOpening", "Your history file was damaged; it was moved to {path} and a new one was "
                                         "started.").format(path=moved_to)
    try:
        opening = _open(path)
    except (_Damaged, sqlite3.Error, OSError) as error:
        return HistoryOpening(None, translate(
            "HistoryOpening", "Your history file was damaged; it was moved to {path}, and a new one could not be "
                              "created ({reason}); sessions will play but will not be saved.").format(
            path=moved_to, reason=reason_in_words(error)))
    return HistoryOpening(opening.store, " ".join(n for n in (notice, opening.notice) if n))


def _unusable(path: Path, error: sqlite3.Error | OSError | _Damaged) -> str:
    reason, about_file = why_not_writable(path) or (reason_in_words(error), False)
    if about_file:
        return translate("HistoryOpening", "Your history file {path} cannot be used ({reason}); sessions will play "
                                           "but will not be saved.").format(path=path, reason=reason)
    return translate("HistoryOpening", "Your history in {folder} cannot be used ({reason}); sessions will play but "
                                       "will not be saved.").format(folder=path.parent, reason=reason)


def why_not_writable(path: Path) -> tuple[str, bool] | None:
    """Why the file system will not let this user write the history at `path`: (the reason in words, whether it is
    about the file rather than its folder or disk), or None when nothing forbids it."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return translate("HistoryOpening", "the disk it is on is read-only"), False
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            if os.stat(path).st_uid != os.geteuid():
                return translate("HistoryOpening", "the file belongs to another user"), True
            if not os.access(path, os.R_OK):
                return translate("HistoryOpening", "the file's permissions let you neither read nor change "
                                                   "it"), True
            return translate("HistoryOpening", "the file is read-only"), True
        if not os.access(folder, os.W_OK | os.X_OK):
            if os.stat(folder).st_uid != os.geteuid():
                return translate("HistoryOpening", "the folder belongs to another user"), False
            return translate("HistoryOpening", "the folder is read-only"), False
    except OSError:
        return None
    return None


def _disk_full(path: Path) -> bool:
    try:
        disk = os.statvfs(path.parent)
    except OSError:
        return False
    return disk.f_bavail * disk.f_frsize < MINIMUM_ROOM


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
            newer = translate("HistoryOpening", "it was written by a newer version of the app")
            return HistoryOpening(HistoryStore(connection, path, newer), translate(
                "HistoryOpening", "Your history was saved by a newer version of Piriformis Desktop, so this version "
                                  "will not change it: sessions will play but will not be saved."))
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            migrate(connection)
            _probe_write(connection)
        except sqlite3.OperationalError as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            reason = (why_not_writable(path) or (reason_in_words(error), False))[0]
            return HistoryOpening(HistoryStore(connection, path, reason), translate(
                "HistoryOpening", "Your history file {path} cannot be changed ({reason}); past sessions are shown, "
                                  "but new ones will not be saved.").format(path=path, reason=reason))
        if _disk_full(path):
            return HistoryOpening(HistoryStore(connection, path), translate(
                "HistoryOpening", "The disk that holds your history {path} is full: new sessions will not be saved "
                                  "until some room is freed.").format(path=path))
        return HistoryOpening(HistoryStore(connection, path))
    except BaseException:
        connection.close()
        raise


def _probe_write(connection: sqlite3.Connection) -> None:
    """Raise OperationalError unless this connection can really write. BEGIN IMMEDIATE alone succeeds on a read-only
    file in WAL mode; a change to the schema does not, and the rollback leaves nothing on disk. A history that is
    only busy (another copy writing, or holding it locked) is writable: its turn comes."""
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("CREATE TABLE write_probe (x)")
    except sqlite3.OperationalError as error:
        name = getattr(error, "sqlite_errorname", "") or ""
        if not (name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(error)):
            raise
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")


def _check_header(path: Path) -> None:
    """A non-empty file that does not start like SQLite is damaged (SQLite itself would say so only later)."""
    try:
        with open(path, "rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    if header and header != SQLITE_HEADER:
        raise _Damaged(translate("HistoryOpening", "not an SQLite file"))


def _means_damaged(error: sqlite3.Error) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(error) \
        or "not a database" in str(error)


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
