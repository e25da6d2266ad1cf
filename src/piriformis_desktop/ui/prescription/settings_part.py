"""Settings under a prescription: who set it and when, the review date, the user's own changes, and Undo."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from piriformis_desktop.core.routine import Routine
from piriformis_desktop.ui.prescription.words import set_by_words, setting_name

if TYPE_CHECKING:
    from piriformis_desktop.core.prescription.book import Applied


class PrescriptionBanner(QFrame):
    """Hidden without a prescription in force. `undo_requested`: the one click back to the settings before."""

    undo_requested = Signal()

    def __init__(self, routine: Routine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prescription-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.routine = routine
        self.set_by = QLabel()
        self.set_by.setObjectName("prescription-set-by")
        self.set_by.setWordWrap(True)
        font = self.set_by.font()
        font.setBold(True)
        self.set_by.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.undo = QPushButton(self.tr("Undo: back to my settings before"))
        self.undo.setObjectName("prescription-undo")
        self.undo.clicked.connect(self.undo_requested)
        self.undo.hide()
        top = QHBoxLayout()
        top.addWidget(self.set_by, 1)
        top.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        self.hide()

    def show_prescription(self, applied: Applied | None, user_changes: list[str], today: date) -> None:
        if applied is None:
            self.hide()
            return
        p = applied.prescription
        self.set_by.setText(set_by_words(p.prescribed_by, p.issued, p.review_by, today))
        lines = []
        if p.note:
            lines.append(self.tr("Note: {note}").format(note=p.note))
        if user_changes:
            lines.append(self.tr("Changed by you, not as prescribed: {settings}.").format(
                settings="; ".join(setting_name(k, self.routine) for k in user_changes)))
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self.show()
