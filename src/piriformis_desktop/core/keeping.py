"""Keeping a session: its progress on disk while it runs, its record in the history when it ends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from piriformis_desktop.core.session import Session, State
from piriformis_desktop.core.settings import Settings
from piriformis_desktop.core.words import translate

if TYPE_CHECKING:  # the history and the journal load after start-up
    from piriformis_desktop.core.history.record import SessionRecord
    from piriformis_desktop.core.history.source import HistoryLike
    from piriformis_desktop.core.journal import SessionJournal

JOURNAL_EVERY_SECONDS = 10.0  # of session-clock time: a kill loses at most this much of a session


@dataclass
class _Unsaved:
    """A session that ended but is not in the history yet: retried at the next start and end of a session."""

    record: SessionRecord
    on_disk: bool  # its journal says it ended (else the journal is stale, or missing)


class SessionKeeper:
    """Turns one session's start, progress and end into journal writes and one history record.

    `history` and `journal` may be attached later (they open after the window shows) or stay None. The ui calls
    `started` when the user starts, `tick` whenever it shows the session (it writes only at a phase change, a
    pause or resume, or every JOURNAL_EVERY_SECONDS of session time), `progressed` at milestones and `ended`.
    """

    def __init__(self, history: HistoryLike | None = None, journal: SessionJournal | None = None,
                 now: Callable[[], datetime] | None = None, today: Callable[[], date] | None = None) -> None:
        self.history = history
        self.journal = journal
        self._now = now or (lambda: datetime.now(UTC))
        self._today = today or date.today
        self._started_at: datetime | None = None
        self._local_date: date | None = None
        self._settings: Settings | None = None
        self._last_moment: datetime | None = None
        self._written: tuple[float, int, State] | None = None  # clock time, phase index, state of the last write
        self._unsaved: list[_Unsaved] = []
        self.pain_before: int | None = None  # typed on the ready card, if the user wanted to

    def started(self, session: Session, settings: Settings) -> None:
        """The user pressed Start: remember when (UTC and the local day) and with which settings."""
        self._last_moment = None
        self._started_at, self._local_date, self._settings = self._moment(), self._today(), settings
        self._write_journal(session, self._started_at, first=True)
        self._retry_unsaved()

    def progressed(self, session: Session) -> None:
        """A milestone (an exercise done, a leg switched): note how far it got, in case of a crash."""
        if self._started_at is not None and not session.state.over:
            self._write_journal(session, self._moment())

    def tick(self, session: Session) -> None:
        """The session is shown again: write the journal if the phase or state changed, or 10 s went by."""
        if self._started_at is None or session.state.over:
            return
        now = session.clock.now()
        phase = session.timeline.phase_at(session.position(now)).index
        if self._written is not None:
            written_at, written_phase, written_state = self._written
            if phase == written_phase and session.state is written_state \
                    and now - written_at < JOURNAL_EVERY_SECONDS:
                return
        self._write_journal(session, self._moment())

    def _moment(self) -> datetime:
        """The wall clock, never going back within a session: a later write of it always carries a later time."""
        moment = self._now()
        if self._last_moment is not None and moment < self._last_moment:
            moment = self._last_moment
        self._last_moment = moment
        return moment

    def _write_journal(self, session: Session, moment: datetime, ended: bool = False, first: bool = False) -> bool:
        if self.journal is None or self._started_at is None or self._settings is None:
            return False
        from piriformis_desktop.core.journal import JournalEntry  # the journal module loads after start-up

        now = session.clock.now()
        self._written = (now, session.timeline.phase_at(session.position(now)).index, session.state)
        return self.journal.write(JournalEntry(
            started_at=self._started_at, local_date=self._local_date or self._today(),
            first_side=session.timeline.first_side.value, exercises_total=len(session.timeline.exercises),
            exercises_done=session.exercises_done, elapsed_seconds=session_seconds(session),
            settings=self._settings.to_dict(), updated_at=moment, ended=ended, completed=session.completed,
            pain_before=self.pain_before,
        ), make_spare=first)

    def ended(self, session: Session, settings: Settings) -> tuple[SessionRecord | None, str]:
        """Record the finished or stopped session; return (the record or None, a sentence for the summary).

        The journal is cleared only once the history holds the session. If the history write fails, the journal
        is rewritten as ended (through the spare made at the start if the disk is full), so the next start
        records the session as it ended; and the keeper retries it at this copy's next session start and end.
        """
        from piriformis_desktop.core.history import HistoryError, SessionRecord  # opened after start-up

        self._settings = self._settings or settings
        reason: str | None
        if self._started_at is None:
            self._started_at, self._local_date = self._moment(), self._today()
        ended_at = self._moment()
        record = SessionRecord(
            started_at=self._started_at, ended_at=ended_at, local_date=self._local_date or self._today(),
            duration_seconds=round(session_seconds(session), 3), completed=session.completed,
            exercises_done=session.exercises_done, exercises_total=len(session.timeline.exercises),
            first_side=session.timeline.first_side.value, settings=self._settings.to_dict(),
            pain_before=self.pain_before,
        )
        try:
            saved = self._save(record)
        except HistoryError as error:
            reason = str(error)
        else:
            if saved is not None:
                self._forget()
                self._retry_unsaved()
                return saved, translate("SessionKeeper", "Session saved to your history.")
            reason = None  # None: the history is not available at all
        kept = self._write_journal(session, ended_at, ended=True)
        self._unsaved.append(_Unsaved(record, kept))
        self._forget()
        return None, not_saved_words(reason, kept)

    def _save(self, record: SessionRecord) -> SessionRecord | None:
        """Write `record` to the history and drop its journal; None when there is no writable history."""
        if self.history is None or not self.history.writable:
            return None
        saved = replace(record, id=self.history.record(record))
        if self.journal is not None:
            self.journal.clear(record.started_at)
        return saved

    def _retry_unsaved(self) -> None:
        """Sessions of this copy that ended while the history could not take them: try again now."""
        from piriformis_desktop.core.history import HistoryError  # opened after start-up
        from piriformis_desktop.core.journal import JournalEntry  # the journal module loads after start-up

        for unsaved in list(self._unsaved):
            try:
                if self._save(unsaved.record) is not None:
                    self._unsaved.remove(unsaved)
                    continue
            except HistoryError:
                pass
            if not unsaved.on_disk and self.journal is not None:
                r = unsaved.record
                unsaved.on_disk = self.journal.write(JournalEntry(
                    started_at=r.started_at, local_date=r.local_date, first_side=r.first_side,
                    exercises_total=r.exercises_total, exercises_done=r.exercises_done,
                    elapsed_seconds=r.duration_seconds, settings=r.settings, updated_at=r.ended_at, ended=True,
                    completed=r.completed, pain_before=r.pain_before))

    def _forget(self) -> None:
        self._started_at, self._local_date, self._settings, self.pain_before = None, None, None, None
        self._written = None


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


def session_seconds(session: Session) -> float:
    """A session's time: the seconds of the routine played through, pauses and resume countdowns left out.

    The one measure of a session's length. The summary shows it (as "active time"), the history keeps it as
    `duration_seconds`, and from there History, the CSV export and the report read it.
    """
    return session.position()
