"""Keeping a session: its progress on disk while it runs, its record in the history when it ends."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from typing import Callable

from piriformis_desktop.core.session import Session
from piriformis_desktop.core.settings import Settings

UNAVAILABLE = "This session could not be saved: your history is not available (see the notice above)."
SAVED = "Session saved to your history."


class SessionKeeper:
    """Turns one session's start, milestones and end into journal writes and one history record.

    `history` and `journal` may be attached later (they open after the window shows) or stay None.
    """

    def __init__(self, history=None, journal=None, now: Callable[[], datetime] | None = None,
                 today: Callable[[], date] | None = None) -> None:
        self.history = history
        self.journal = journal
        self._now = now or (lambda: datetime.now(timezone.utc))
        self._today = today or date.today
        self._started_at: datetime | None = None
        self._local_date: date | None = None
        self._settings: Settings | None = None
        self.pain_before: int | None = None  # typed on the ready card, if the user wanted to

    def started(self, session: Session, settings: Settings) -> None:
        """The user pressed Start: remember when (UTC and the local day) and with which settings."""
        self._started_at, self._local_date, self._settings = self._now(), self._today(), settings
        self.progressed(session)

    def progressed(self, session: Session) -> None:
        """A milestone (an exercise done, a leg switched): note how far it got, in case of a crash."""
        if self.journal is None or self._started_at is None:
            return
        from piriformis_desktop.core.journal import JournalEntry  # the journal module loads after start-up

        self.journal.write(JournalEntry(
            started_at=self._started_at, local_date=self._local_date, first_side=session.timeline.first_side.value,
            exercises_total=len(session.timeline.exercises), exercises_done=session.exercises_done,
            elapsed_seconds=session.position(), settings=self._settings.to_dict(), updated_at=self._now(),
        ))

    def ended(self, session: Session, settings: Settings):
        """Record the finished or stopped session; return (the record or None, a sentence for the summary)."""
        from piriformis_desktop.core.history import HistoryError, SessionRecord  # opened after start-up

        settings = self._settings or settings
        record = SessionRecord(
            started_at=self._started_at or self._now(), ended_at=self._now(),
            local_date=self._local_date or self._today(), duration_seconds=round(session.position(), 3),
            completed=session.completed, exercises_done=session.exercises_done,
            exercises_total=len(session.timeline.exercises), first_side=session.timeline.first_side.value,
            settings=settings.to_dict(), pain_before=self.pain_before,
        )
        self._started_at, self.pain_before = None, None
        if self.journal is not None:
            self.journal.clear()
        if self.history is None or not self.history.writable:
            return None, UNAVAILABLE
        try:
            return replace(record, id=self.history.record(record)), SAVED
        except HistoryError as error:
            return None, f"This session could not be saved: {error}"
