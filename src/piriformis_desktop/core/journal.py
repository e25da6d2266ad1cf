"""Sessions in progress, one small file each, kept on disk so a crash, a kill or a full disk never loses one.

Each running session has its own JSON file in the data folder, named by its start (UTC) and the process id
of the copy that plays it: `session-20261123T180000123456Z-4242.json`. The keeper rewrites it atomically at
the start, at every phase change and at least every 10 s of session time, so it always says how far the
session got and when it was last alive. It is removed only once the history holds the session's final row.
A session that ended but could not be written to the history (a full disk, a locked or missing database) is
left in its file marked as ended, with its result; a spare file of the same size, made at the start while
the disk had room, lets that last write happen even when the disk has since filled up.

At the next start (of any copy) every journal whose owner is no longer running is recorded: an ended session
as it ended, an interrupted one as not completed with the time and progress it had reached. A live copy's
journal is never touched. A file that does not parse or fails validation is moved aside under a name of its
own and the user is told where. `session-in-progress.json`, the one file older versions kept, is still read.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from piriformis_desktop.core.atomic import PRIVATE, write_atomically, write_through_spare
from piriformis_desktop.core.journal_check import JournalDamaged, Owner, parse_entry, running_lock_holder
from piriformis_desktop.core.words import Words

if TYPE_CHECKING:  # the journal alone needs no SQLite
    from piriformis_desktop.core.history.record import SessionRecord
    from piriformis_desktop.core.history.source import HistoryLike

LEGACY_FILE = "session-in-progress.json"  # the single journal of versions before one file per session
JOURNAL_NAME = re.compile(r"^session-(\d{8}T\d{12}Z)-(\d+)\.json$")
SPARE_ROOM = 2048  # bytes a spare keeps beyond the entry it was made for: an ended entry is never much longer

__all__ = ["JournalDamaged", "JournalEntry", "Owner", "SessionJournal", "recover_interrupted"]


@dataclass(frozen=True)
class JournalEntry:
    started_at: datetime  # aware, UTC
    local_date: date
    first_side: str
    exercises_total: int
    exercises_done: int
    elapsed_seconds: float  # session time played through (pauses left out), as the history keeps it
    settings: dict[str, Any]
    updated_at: datetime  # aware, UTC: the last sign of life (the end, once `ended`)
    ended: bool = False  # the session ended; only the history write is missing
    completed: bool = False  # with `ended`: it was finished rather than stopped
    pain_before: int | None = None
    owner: Owner | None = None  # the copy that plays it; None in the files of older versions

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("started_at", "updated_at", "local_date"):
            data[key] = data[key].isoformat()
        return json.dumps({"version": 1, **data})

    @classmethod
    def from_json(cls, text: str) -> JournalEntry:
        """The entry `text` holds; JournalDamaged (naming the field) when it does not parse or does not make sense."""
        return cls(**parse_entry(text))

    def as_record(self) -> SessionRecord:
        """The history row this entry stands for: ended as it ended, or not completed up to its last sign of life."""
        from piriformis_desktop.core.history import SessionRecord  # the journal alone needs no SQLite

        return SessionRecord(
            started_at=self.started_at, ended_at=self.updated_at, local_date=self.local_date,
            duration_seconds=round(self.elapsed_seconds, 3), completed=self.ended and self.completed,
            exercises_done=self.exercises_done, exercises_total=self.exercises_total, first_side=self.first_side,
            settings=self.settings, pain_before=self.pain_before,
        )


class SessionJournal(Words):
    """The journals of the sessions in progress in one folder (its words are under the context SessionJournal)."""

    def __init__(self, folder: Path, owner: Owner | None = None) -> None:
        self.folder = Path(folder)
        self.owner = owner or Owner.this_process()

    def path_for(self, started_at: datetime) -> Path:
        """This copy's journal of the session that started at `started_at`."""
        stamp = started_at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        return self.folder / f"session-{stamp}-{self.owner.pid}.json"

    def write(self, entry: JournalEntry, make_spare: bool = False) -> bool:
        """Save `entry` atomically in its session's file; False (and nothing half-written) when it cannot be done.

        `make_spare` (at the start, while there is room): also make the session's spare, a file as long as an
        entry can be. It is kept for the one write that matters most, the end: an ended entry the disk has no room
        for goes through it. Progress on a full disk is not written (the last one written stays).
        """
        entry = replace(entry, owner=self.owner)
        path, text = self.path_for(entry.started_at), entry.to_json()
        try:
            write_atomically(path, text, mode=PRIVATE, make_folder=True)
        except OSError:
            if not entry.ended:
                return False
            try:
                write_through_spare(_spare(path), path, text)
            except OSError:
                return False
            return True
        if make_spare:
            with suppress(OSError):  # padded with spaces, which JSON ignores; the next in-place write needs no new room
                write_atomically(_spare(path), text + " " * SPARE_ROOM, mode=PRIVATE)
        return True

    def clear(self, started_at: datetime) -> None:
        """The session is in the history: its journal (and spare) go."""
        path = self.path_for(started_at)
        for each in (path, _spare(path)):
            with suppress(OSError):
                each.unlink(missing_ok=True)

    def read(self) -> JournalEntry | None:
        """The newest journal this copy wrote, if any is left (what a crash at this instant would leave)."""
        mine = sorted(p for p in self.folder.glob("session-*.json") if _pid_in_name(p) == self.owner.pid)
        return JournalEntry.from_json(mine[-1].read_text("utf-8")) if mine else None

    def left_behind(self, running_lock: Path | None = None) -> list[Path]:
        """Journals no running copy owns: those of copies that ended, and the old single file unless another copy
        holds `running_lock` (it may be an older version, still writing it). Oldest first."""
        found = sorted(p for p in self.folder.glob("session-*.json") if JOURNAL_NAME.match(p.name))
        legacy = self.folder / LEGACY_FILE
        if legacy.exists() and running_lock_holder(running_lock) in (None, self.owner.pid):
            found.insert(0, legacy)
        return [p for p in found if p == legacy or not _owner_running(p)]

    def set_aside(self, path: Path) -> Path | None:
        """Move a damaged journal to `<name>.damaged-<n>` (never over an earlier one); None if it cannot be moved."""
        number = 1
        while True:
            target = path.with_name(f"{path.name}.damaged-{number}")
            try:
                os.link(path, target)  # fails if the target exists: no earlier copy is ever overwritten
            except FileExistsError:
                number += 1
                continue
            except OSError:
                return None
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
            except OSError:
                return None
            return target

    def remove(self, path: Path) -> None:
        for each in (path, _spare(path)):
            with suppress(OSError):
                each.unlink(missing_ok=True)


def _spare(path: Path) -> Path:
    return path.with_name(path.name + ".spare")


def _pid_in_name(path: Path) -> int | None:
    match = JOURNAL_NAME.match(path.name)
    return int(match.group(2)) if match else None


def _owner_running(path: Path) -> bool:
    """Is the copy that writes `path` still running? Read from the file; a damaged file has no live owner worth
    waiting for (its owner, if alive, writes a whole new file within seconds)."""
    try:
        owner = JournalEntry.from_json(path.read_text("utf-8")).owner
    except (OSError, JournalDamaged):
        return False
    return (owner or Owner(_pid_in_name(path) or 0, None)).running()


def english_date(day: date) -> str:
    """'20 November 2026': how a notice names a day unless the ui passes its locale's long date."""
    return f"{day:%d %B %Y}"


def recover_interrupted(journal: SessionJournal, store: HistoryLike | None,
                        date_words: Callable[[date], str] = english_date,
                        running_lock: Path | None = None) -> str | None:
    """Record every session left behind by a copy that is no longer running; return what to tell the user.

    A journal is removed only once the history holds its session (a history that cannot take it leaves it for a
    later start). A damaged journal is moved aside and named in the sentence. Never raises for a file's content.
    """
    from piriformis_desktop.core.history import HistoryError, validate_record  # the journal alone needs no SQLite

    try:
        paths = journal.left_behind(running_lock)
    except OSError:
        return None
    recorded: list[JournalEntry] = []
    told: list[str] = []
    for path in paths:
        try:
            entry = JournalEntry.from_json(path.read_text("utf-8"))
            record = validate_record(entry.as_record())  # the history's own check: a row it would refuse is damage
        except OSError:
            continue  # cannot be read now (permissions): left for a later start
        except (JournalDamaged, ValueError) as damage:
            told.append(_damaged_words(journal.set_aside(path), path, damage))
            continue
        if store is None or not store.writable:
            continue  # keep it until the history can take it
        try:
            store.record(record)
        except HistoryError:
            continue
        journal.remove(path)
        recorded.append(entry)
    return " ".join(_recorded_words(recorded, date_words) + told) or None


def _recorded_words(recorded: list[JournalEntry], date_words: Callable[[date], str]) -> list[str]:
    if not recorded:
        return []
    if len(recorded) > 1:
        return [SessionJournal.tr("%n session(s) that had not reached your history (interrupted, or not saved when "
                                  "they ended) are now in it.", "", len(recorded))]
    entry = recorded[0]
    day = date_words(entry.local_date)
    if entry.ended:
        return [SessionJournal.tr("Your session of {date} could not be saved when it ended; it is now in your "
                                  "history.").format(date=day)]
    return [SessionJournal.tr("Your session of {date} was interrupted before it ended; it is kept in your history as "
                              "stopped early ({done} of %n exercise(s) done).", "", entry.exercises_total).format(
        date=day, done=entry.exercises_done)]


def _damaged_words(moved: Path | None, path: Path, damage: Exception) -> str:
    if moved is None:
        return SessionJournal.tr("The record of a session in progress {path} is damaged ({reason}) and could not be "
                                 "moved aside; it was left out of your history.").format(path=path, reason=damage)
    return SessionJournal.tr("The record of a session in progress was damaged ({reason}); it was moved to {path} and "
                             "left out of your history.").format(path=moved, reason=damage)
