"""The check-in on the summary after a saved session: every answer is written to that session's row as it is
given, so no way of leaving (Space, a new session, another tab, closing, Quit, a reminder, a crash) loses it;
only Skip takes it back."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt, Signal

from piriformis_desktop.ui.session.checkin import CheckIn, CheckInPanel


class CheckInFlow(QObject):
    """Offers the check-in on the summary card after a saved session, and keeps the answer with that session."""

    saved = Signal()  # the check-in was closed with an answer kept in the history

    def __init__(self, summary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.panel: CheckInPanel | None = None
        self._history = None
        self._session_id: int | None = None
        self._record = None
        self._written = CheckIn(None, "", "")  # what the session's row holds now

    def offer(self, history, record) -> None:
        """Show the check-in for `record` (saved in `history`); with nothing saved there is nothing to add to."""
        self.leave()
        if record is None or history is None:
            return
        self._history, self._session_id, self._record = history, record.id, record
        self._written = CheckIn(None, "", "")
        if self.panel is None:
            self.panel = CheckInPanel()
            self.panel.changed.connect(self._write)
            self.panel.submitted.connect(self._save)
            self.panel.skipped.connect(self._skip)
            self.panel.setMaximumWidth(980)
            self.summary.extra.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        self.panel.reset()
        self.panel.show()
        self.panel.setFocus()

    @property
    def open(self) -> bool:
        return self.panel is not None and self.panel.isVisibleTo(self.summary)

    def leave(self) -> None:
        """The summary is being left by any route but Skip: what was given is already kept; the panel closes."""
        if not self.open:
            return
        if self._written.empty:
            self.panel.hide()
        else:
            self._save(self._written)

    def _write(self, answer: CheckIn) -> bool:
        """Keep `answer` on the session's row now; False (and the reason on the summary) if it cannot be."""
        from piriformis_desktop.core.history import HistoryError  # loaded with the history

        if answer == self._written:
            return True
        try:
            self._history.add_checkin(self._session_id, pain_after=answer.pain_after, pain_where=answer.pain_where,
                                      note=answer.note)
        except HistoryError as error:
            self._close(str(error))
            return False
        self._written = answer
        return True

    def _save(self, answer: CheckIn) -> None:
        if not self._write(answer):
            return
        if answer.pain_after is None:
            self._close(self.tr("Check-in saved."))
        else:
            self._close(self.tr("Check-in saved: pain {score} of 10.").format(score=answer.pain_after))
            self.summary.show_flags(self.flags_after(answer))
        self.saved.emit()

    def _skip(self) -> None:
        """Skip takes back whatever was given: the session keeps no check-in."""
        if self._write(CheckIn(None, "", "")):
            self._close(self.tr("Check-in skipped."))

    def flags_after(self, checkin: CheckIn) -> list[str]:
        """The safety flags this check-in raises: the session's own, and pain rising over the last week."""
        from dataclasses import replace  # with the history, at the first check-in

        from piriformis_desktop.core.flags import rising_flag, session_flag
        from piriformis_desktop.core.history import HistoryError
        from piriformis_desktop.ui.history.detail import decimal

        record = replace(self._record, pain_after=checkin.pain_after)
        try:
            points = [(r.local_date, r.pain_after) for r in self._history.sessions() if r.pain_after is not None]
        except HistoryError:
            points = [(record.local_date, checkin.pain_after)]
        flags = [session_flag(record), rising_flag(points, record.local_date)]
        number = decimal(QLocale())
        return [flag.words(number) for flag in flags if flag is not None]

    def _close(self, message: str) -> None:
        self.panel.hide()
        self.summary.saved.setText(f"{self.summary.saved.text()} {message}")
        self.summary.again.setFocus()
