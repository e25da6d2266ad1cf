"""Keeping a session: its progress on disk while it runs, its record in the history when it ends."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from typing import Callable

from piriformis_desktop.core.session import Session
from piriformis_desktop.core.settings import Settings
from piriformis_desktop.core.stats import session_seconds
from piriformis_desktop.core.words import translate


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
        if self._started_at is not None:
            self._write_journal(session, self._now())

    def _write_journal(self, session: Session, moment: datetime, ended: bool = False) -> bool:
        if self.journal is None:
            return False
        from piriformis_desktop.core.journal import JournalEntry  # the journal module loads after start-up

        return self.journal.write(JournalEntry(
            started_at=self._started_at or moment, local_date=self._local_date or self._today(),
            first_side=session.timeline.first_side.value, exercises_total=len(session.timeline.exercises),
            exercises_done=session.exercises_done, elapsed_seconds=session_seconds(session),
            settings=self._settings.to_dict(), updated_at=moment, ended=ended, completed=session.completed,
            pain_before=self.pain_before,
        ))

    def ended(self, session: Session, settings: Settings):
        """Record the finished or stopped session; return (the record or None, a sentence for the summary).

        The journal is cleared only once the history holds the session; if the write fails, the journal is
        rewritten as ended, so the next start records the session as it ended instead of losing it.
        """
        from piriformis_desktop.core.history import HistoryError, SessionRecord  # opened after start-up

        self._settings = self._settings or settings
        ended_at = self._now()
        record = SessionRecord(
            started_at=self._started_at or ended_at, ended_at=ended_at,
            local_date=self._local_date or self._today(), duration_seconds=round(session_seconds(session), 3),
            completed=session.completed, exercises_done=session.exercises_done,
            exercises_total=len(session.timeline.exercises), first_side=session.timeline.first_side.value,
            settings=self._settings.to_dict(), pain_before=self.pain_before,
        )
        reason = None  # None: the history is not available at all
        if self.history is not None and self.history.writable:
            try:
                saved = replace(record, id=self.history.record(record))
            except HistoryError as error:
                reason = str(error)
            else:
                if self.journal is not None:
                    self.journal.clear()
                self._forget()
                return saved, translate("SessionKeeper", "Session saved to your history.")
        kept = self._write_journal(session, ended_at, ended=True)
        self._forget()
        return None, not_saved_words(reason, kept)

    def _forget(self) -> None:
        self._started_at, self._local_date, self._settings, self.pain_before = None, None, None, None


def not_saved_words(reason: str | None, kept: bool) -> str:
    """Why the session was not saved (`reason`; None: no history), and whether the journal keeps it for later."""
    if reason is None and kept:
        return translate("SessionKeeper", "This session could not be saved: your history is not available (see the "
                                          "notice above). It is kept on disk and goes into your history the next "
                                          "time the history can be opened.")
    if reason is None:
        return translate("SessionKeeper", "This session could not be saved: your history is not available (see the "
                                          "notice above).")
    if kept:
        return translate("SessionKeeper", "This session could not be saved: {reason} It is kept on disk and goes "
                                          "into your history the next time the history can be opened.").format(
            reason=reason)
    return translate("SessionKeeper", "This session could not be saved: {reason}").format(reason=reason)
