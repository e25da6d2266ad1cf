"""A session in progress, kept on disk so a crash or a kill never loses it.

While a session runs, a small JSON file records when it started and how far it got; it is rewritten
atomically at each milestone (an exercise done, a leg switched) and removed only once the session is in the
history. A session that ended but could not be written to the history (a full disk, a locked or missing
database) is left in the journal marked as ended, with its result. At the next start the app records what
the journal holds: an ended session as it ended, an interrupted one as not completed with the progress it
had reached.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from piriformis_desktop.core.atomic import PRIVATE, write_atomically
from piriformis_desktop.core.words import Words

JOURNAL_FILE = "session-in-progress.json"


@dataclass(frozen=True)
class JournalEntry:
    started_at: datetime  # aware, UTC
    local_date: date
    first_side: str
    exercises_total: int
    exercises_done: int
    elapsed_seconds: float
    settings: dict[str, Any]
    updated_at: datetime  # aware, UTC: the last sign of life (the end, once `ended`)
    ended: bool = False  # the session ended; only the history write is missing
    completed: bool = False  # with `ended`: it was finished rather than stopped
    pain_before: int | None = None

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("started_at", "updated_at", "local_date"):
            data[key] = data[key].isoformat()
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> JournalEntry:
        data = json.loads(text)
        return cls(
            started_at=datetime.fromisoformat(data["started_at"]),
            local_date=date.fromisoformat(data["local_date"]),
            first_side=str(data["first_side"]),
            exercises_total=int(data["exercises_total"]),
            exercises_done=int(data["exercises_done"]),
            elapsed_seconds=float(data["elapsed_seconds"]),
            settings=dict(data["settings"]),
            updated_at=datetime.fromisoformat(data["updated_at"]),
            ended=bool(data.get("ended", False)),
            completed=bool(data.get("completed", False)),
            pain_before=None if data.get("pain_before") is None else int(data["pain_before"]),
        )


class SessionJournal(Words):
    """The session in progress, in one small JSON file (its words are under the context SessionJournal)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / JOURNAL_FILE

    def write(self, entry: JournalEntry) -> bool:
        """Save `entry` atomically; False (and nothing half-written) when the folder cannot be written."""
        try:
            write_atomically(self.path, entry.to_json(), mode=PRIVATE, make_folder=True)
            return True
        except OSError:
            return False

    def read(self) -> JournalEntry | None:
        """The interrupted session, if one was left; an unreadable file is moved aside, never trusted."""
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return None
        except OSError:
            return None
        try:
            return JournalEntry.from_json(text)
        except (ValueError, KeyError, TypeError):
            try:
                os.replace(self.path, self.path.with_name(self.path.name + ".damaged"))
            except OSError:
                pass
            return None

    def clear(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass


def english_date(day: date) -> str:
    """'20 November 2026': how a notice names a day unless the ui passes its locale's long date."""
    return f"{day:%d %B %Y}"


def recover_interrupted(journal: SessionJournal, store,
                        date_words: Callable[[date], str] = english_date) -> str | None:
    """Record the session the journal holds (cut short by a crash, or ended but not yet in the history);
    return the sentence that tells the user, naming its day with `date_words`. The journal is removed only once
    the history holds it."""
    from piriformis_desktop.core.history import HistoryError, SessionRecord  # the journal alone needs no SQLite

    entry = journal.read()
    if entry is None:
        return None
    if store is None or not store.writable:
        return None  # keep the journal until the history can take it
    record = SessionRecord(
        started_at=entry.started_at, ended_at=entry.updated_at, local_date=entry.local_date,
        duration_seconds=round(entry.elapsed_seconds, 3), completed=entry.ended and entry.completed,
        exercises_done=entry.exercises_done, exercises_total=entry.exercises_total, first_side=entry.first_side,
        settings=entry.settings, pain_before=entry.pain_before,
    )
    try:
        store.record(record)
    except HistoryError:
        return None
    journal.clear()
    day = date_words(entry.local_date)
    if entry.ended:
        return SessionJournal.tr("Your session of {date} could not be saved when it ended; it is now in your "
                                 "history.").format(date=day)
    return SessionJournal.tr("Your session of {date} was interrupted before it ended; it is kept in your history as "
                             "stopped early ({done} of %n exercise(s) done).", "", entry.exercises_total).format(
        date=day, done=entry.exercises_done)
