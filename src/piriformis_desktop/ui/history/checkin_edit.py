"""History's Check-in…: add or change the check-in (pain after, where, a note) of any past session, kept on that
session's row, for a session whose check-in was skipped or given in a hurry."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from piriformis_desktop.core.history import HistoryError, SessionRecord
from piriformis_desktop.core.stats import WeekCount
from piriformis_desktop.ui.history.detail import session_words
from piriformis_desktop.ui.session.checkin import CheckIn, CheckInPanel

SHOWN = 60  # sessions offered, newest first: about three months of a routine done most days


class CheckInEditor(QDialog):
    """A session chooser and the check-in panel filled with what that session holds; Save writes it to the row."""

    def __init__(self, parent: QWidget | None, history, records: list[SessionRecord],
                 chosen: SessionRecord | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkin-editor")
        self.setWindowTitle(self.tr("Check-in of a past session"))
        self.history = history
        self.records = list(reversed(records[-SHOWN:]))  # newest first
        locale = QLocale()
        self.sessions = QComboBox()
        self.sessions.setAccessibleName(self.tr("Session"))
        for record in self.records:
            self.sessions.addItem(session_words(record, locale).lstrip("• ").split(";")[0])
        self.panel = CheckInPanel()
        self.panel.skip.setText(self.tr("Cancel (Esc)"))
        self.panel.skip.setAccessibleName(self.tr("Cancel: change nothing"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        chooser = QLabel(self.tr("Session:"))
        chooser.setBuddy(self.sessions)
        layout = QVBoxLayout(self)
        layout.addWidget(chooser)
        layout.addWidget(self.sessions)
        layout.addWidget(self.panel)
        layout.addWidget(self.error)
        self.sessions.currentIndexChanged.connect(self._show_session)
        self.panel.submitted.connect(self._save)
        self.panel.skipped.connect(self.reject)
        index = next((i for i, r in enumerate(self.records) if chosen is not None and r.id == chosen.id), 0)
        self.sessions.setCurrentIndex(index)
        self._show_session(index)

    def record(self) -> SessionRecord:
        return self.records[self.sessions.currentIndex()]

    def _show_session(self, index: int) -> None:
        record = self.records[index]
        self.panel.reset(CheckIn(record.pain_after, record.pain_where, record.note))
        self.panel.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self, answer: CheckIn) -> None:
        record = self.record()
        try:
            self.history.add_checkin(record.id, pain_after=answer.pain_after, pain_where=answer.pain_where,
                                     note=answer.note)
        except HistoryError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()


def edit_checkin(parent: QWidget, history, records: list[SessionRecord], week: WeekCount | None) -> CheckInEditor:
    """Open the editor on the newest session of `week` (the week chosen on the chart), or the newest of all."""
    in_week = [r for r in records if week is not None and week.week_start <= r.local_date <= week.week_end]
    editor = CheckInEditor(parent, history, records, in_week[-1] if in_week else None)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor
