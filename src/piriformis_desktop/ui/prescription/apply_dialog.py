"""Before a prescription is applied: each value beside the one in force now, who prescribed it and when."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from piriformis_desktop.core.prescription.applying import Difference
from piriformis_desktop.core.prescription.model import Prescription
from piriformis_desktop.core.routine import Routine
from piriformis_desktop.ui.history.weeks import written_date
from piriformis_desktop.ui.prescription.words import setting_name, value_words


class ApplyDialog(QDialog):
    """Apply or Cancel; the table lists every value the prescription sets, the changed ones in bold."""

    def __init__(self, prescription: Prescription, rows: list[Difference], routine: Routine, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("apply-prescription")
        self.setWindowTitle(self.tr("Apply a prescription"))
        changed = sum(row.changes for row in rows)
        title = QLabel(self.tr("Prescription by {name}, issued {date}").format(
            name=prescription.prescribed_by, date=written_date(prescription.issued)))
        font = title.font()
        font.setPixelSize(20)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        lines = [self.tr("From {file}. %n setting(s) change; the others are already as prescribed.", "",
                         changed).format(file=file_name)]
        if prescription.review_by:
            lines.append(self.tr("Review by {date}.").format(date=written_date(prescription.review_by)))
        if prescription.note:
            lines.append(self.tr("Note: {note}").format(note=prescription.note))
        if prescription.unknown:
            lines.append(self.tr("Not used by this version, kept with the prescription: {keys}.").format(
                keys=", ".join(prescription.unknown)))
        summary = QLabel("\n".join(lines))
        summary.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("prescription-changes")
        self.table.setAccessibleName(self.tr("What the prescription changes"))
        self.table.setHorizontalHeaderLabels([self.tr("Setting"), self.tr("Now"), self.tr("Prescribed")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            cells = [setting_name(row.key, routine), value_words(row.before), value_words(row.after)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.changes:
                    item.setFont(bold)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox()
        self.apply = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        undo = QLabel(self.tr("Your settings now are kept: Undo in Settings brings them back in one click."))
        undo.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(undo)
        layout.addWidget(buttons)
        self.resize(640, min(640, 260 + 34 * len(rows)))
