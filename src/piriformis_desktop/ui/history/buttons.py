"""The row under History: what the last import or export did, and the buttons for the check-in, import and export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


def label(name: str, *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A named label for History's words (wrapping, and selectable where a user may want to copy them)."""
    made = QLabel()
    made.setObjectName(name)
    made.setWordWrap(wrap)
    if selectable:
        made.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return made


class HistoryButtons(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = label("history-status", selectable=True)
        self.checkin_button = QPushButton(self.tr("Check-in…"))
        self.checkin_button.setObjectName("checkin-button")
        self.checkin_button.setAccessibleName(self.tr("Add or change the check-in of a past session"))
        self.checkin_button.setToolTip(self.checkin_button.accessibleName())
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("import-button")
        self.import_button.setAccessibleName(self.tr("Import sessions from a CSV file"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("export-button")
        self.export_button.setAccessibleName(self.tr("Export the history as a CSV file"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        for button in (self.checkin_button, self.import_button, self.export_button):
            row.addWidget(button)
