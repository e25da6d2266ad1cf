"""The history the app has open, as one owner that announces every change to whoever listens.

The history file opens after the window is on screen (sqlite3 is not worth delaying the first frame for), and it
may not open at all. Every part that shows or writes sessions (the session's keeper, the check-in, History, the
tray's "done today", the report) holds this one object from the start, reads through it and subscribes to it.
Before the file opens (or when it cannot), reads give an empty history and `writable` is False, so no reader
needs a guard. Every write made through it is announced after it succeeds, whoever made it, so a recorded
session, a check-in and an import refresh every view by the same route.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the store (and sqlite3) loads after the first frame
    from piriformis_desktop.core.history.record import Outcome, SessionRecord
    from piriformis_desktop.core.history.store import HistoryStore


class Change(enum.Enum):
    OPENED = "opened"  # the history file is open now (or a new one replaced it)
    RECORDED = "recorded"  # a session was saved
    CHECKED_IN = "checked-in"  # pain after, where and a note were added to a saved session
    IMPORTED = "imported"  # sessions came in from a file


@dataclass(frozen=True)
class HistoryChange:
    kind: Change
    session_id: int | None = None  # RECORDED, CHECKED_IN: the session's id


Listener = Callable[[HistoryChange], object]  # what a listener returns is ignored


class HistoryLike(Protocol):
    """What the session's keeper and the journal's recovery write to: a `HistoryStore` or the `HistorySource`."""

    @property
    def writable(self) -> bool: ...

    def record(self, record: SessionRecord) -> int: ...


class HistorySource:
    """The one owner of the open history (a `HistoryStore`, or none yet). Read, write and subscribe here."""

    def __init__(self, store: HistoryStore | None = None) -> None:
        self._store = store
        self._listeners: list[Listener] = []

    @property
    def store(self) -> HistoryStore | None:
        return self._store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def writable(self) -> bool:
        return self._store is not None and self._store.writable

    def attach(self, store: HistoryStore | None) -> None:
        """The history file, now that it is open (None: it could not be); every listener hears of it."""
        self._store = store
        self._announce(HistoryChange(Change.OPENED))

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(change)` after every change to the history."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _announce(self, change: HistoryChange) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _open_store(self) -> HistoryStore:
        if self._store is None:
            from piriformis_desktop.core.history.record import HistoryError  # with the store, after start-up
            from piriformis_desktop.core.words import translate

            raise HistoryError(translate("HistorySource", "Your history is not open."))
        return self._store

    # -- writes: each announced once it succeeded ----------------------------------------------------
    def record(self, record: SessionRecord) -> int:
        """Save one session (see HistoryStore.record); raise HistoryError if it cannot be saved."""
        session_id = self._open_store().record(record)
        self._announce(HistoryChange(Change.RECORDED, session_id))
        return session_id

    def add_sessions(self, records: Iterable[SessionRecord]) -> int:
        """Save many sessions at once (an import); return how many were new."""
        added = self._open_store().add_sessions(records)
        if added:
            self._announce(HistoryChange(Change.IMPORTED))
        return added

    def add_checkin(self, session_id: int, *, pain_after: int | None, pain_where: str = "", note: str = "",
                    pain_before: int | None = None) -> None:
        """Add (or change) the check-in of a saved session."""
        self._open_store().add_checkin(session_id, pain_after=pain_after, pain_where=pain_where, note=note,
                                       pain_before=pain_before)
        self._announce(HistoryChange(Change.CHECKED_IN, session_id))

    # -- reads: an empty history until one is open ------------------------------------------------
    def sessions(self, since: date | None = None, until: date | None = None) -> list[SessionRecord]:
        return [] if self._store is None else self._store.sessions(since, until)

    def outcomes(self, since: date | None = None) -> list[Outcome]:
        return [] if self._store is None else self._store.outcomes(since)

    def pain_scores(self) -> list[tuple[date, int]]:
        return [] if self._store is None else self._store.pain_scores()

    def last_first_side(self) -> str | None:
        return None if self._store is None else self._store.last_first_side()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
