"""File > Save as prescription…: the routine as set in Settings, with who prescribes, a review date, a note, and
each exercise's limits and steps; written as a *.prescription.toml file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from piriformis_desktop.core.prescription.book import Applied
from piriformis_desktop.core.prescription.model import PROGRESSION_FIELDS, SUFFIX, TEXT_LIMIT, Progression
from piriformis_desktop.core.prescription.writing import from_settings, write_prescription
from piriformis_desktop.core.routine import Routine
from piriformis_desktop.core.settings import Settings


class SaveDialog(QDialog):
    def __init__(self, settings: Settings, routine: Routine, applied: Applied | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save-prescription")
        self.setWindowTitle(self.tr("Save as prescription"))
        self.settings, self.routine = settings, routine
        before = applied.prescription if applied else None
        self.prescribed_by = QLineEdit(before.prescribed_by if before else "")
        self.prescribed_by.setMaxLength(TEXT_LIMIT)
        self.prescribed_by.setPlaceholderText(self.tr("Your name and practice"))
        self.note = QLineEdit(before.note if before else "")
        self.note.setMaxLength(TEXT_LIMIT)
        self.review = QCheckBox(self.tr("Review by"))
        self.review_by = QDateEdit(QDate.currentDate().addDays(42))
        self.review_by.setCalendarPopup(True)
        self.review.setChecked(True)
        self.review.toggled.connect(self.review_by.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Prescribed by"), self.prescribed_by)
        form.addRow(self.review, self.review_by)
        form.addRow(self.tr("Note for the patient"), self.note)
        limits = QGroupBox(self.tr("Limits and steps of each exercise (the dose is as set in Settings)"))
        grid = QGridLayout(limits)
        headings = [self.tr("Max reps"), self.tr("Max hold (s)"), self.tr("Reps a step"), self.tr("Hold a step (s)"),
                    self.tr("After sessions"), self.tr("Pain at most")]
        for c, words in enumerate(headings, start=1):
            grid.addWidget(QLabel(words), 0, c)
        self.limits: dict[str, dict[str, QSpinBox]] = {}
        for r, exercise in enumerate([e for e in routine.exercises if settings.exercise(e.id).enabled], start=1):
            dose = settings.exercise(exercise.id)
            old = before.progressions.get(exercise.id) if before else None
            values = old or Progression(max_reps=dose.reps, max_hold_seconds=dose.hold_seconds)
            grid.addWidget(QLabel(exercise.name), r, 0)
            boxes = {}
            for c, row in enumerate(PROGRESSION_FIELDS, start=1):
                box = QSpinBox()
                assert row.range is not None  # every progression field is a ranged whole number
                box.setRange(*row.range)
                if row.key == "max_reps":
                    box.setMinimum(dose.reps)
                elif row.key == "max_hold_seconds":
                    box.setMinimum(dose.hold_seconds)
                box.setValue(getattr(values, row.key))
                box.setAccessibleName(f"{exercise.name}: {headings[c - 1]}")
                grid.addWidget(box, r, c)
                boxes[row.key] = box
            self.limits[exercise.id] = boxes
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(limits)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if not self.prescribed_by.text().strip():
            self.prescribed_by.setFocus()
            self.prescribed_by.setPlaceholderText(self.tr("Please write who prescribes (name and practice)"))
            return
        self.accept()

    def prescription(self, today: date | None = None):
        progressions = {i: Progression(**{k: box.value() for k, box in boxes.items()})
                        for i, boxes in self.limits.items()}
        # The cast: PySide6's stubs type QDate.toPython() as object; it returns a datetime.date.
        review = cast(date, self.review_by.date().toPython()) if self.review.isChecked() else None
        return from_settings(self.settings, prescribed_by=self.prescribed_by.text().strip(),
                             issued=today or date.today(), review_by=review, note=self.note.text().strip(),
                             progressions=progressions)

    def save(self, path: Path | None = None) -> Path | None:
        """Ask where (unless given) and write; a failure is said in a message, nothing half-written."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self.parentWidget(), self.tr("Save as prescription"),
                                                  str(Path.home() / f"routine{SUFFIX}"),
                                                  self.tr("Prescriptions (*{suffix})").format(suffix=SUFFIX))
            if not name:
                return None
            path = Path(name if name.endswith(SUFFIX) else name.removesuffix(".toml") + SUFFIX)
        try:
            write_prescription(path, self.prescription())
        except OSError as error:
            QMessageBox.warning(self.parentWidget(), self.tr("Prescription not saved"),
                                self.tr("{file} could not be written: {reason}.").format(
                                    file=path, reason=error.strerror or error))
            return None
        return path
