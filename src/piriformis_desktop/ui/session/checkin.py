"""The pain check-in after a session: pain now on the 0-10 scale, where, a short note. Skippable in one key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from piriformis_desktop.core.history import NOTE_LIMIT, PAIN_PLACES
from piriformis_desktop.core.pain import pain_after_key
from piriformis_desktop.ui.session.pain_scale import PainScale


@dataclass(frozen=True)
class CheckIn:
    pain_after: int
    pain_where: str  # comma-separated places, "" when none ticked
    note: str


class CheckInPanel(QWidget):
    """Emits `submitted(CheckIn)` or `skipped()`. Keys: 0-9 pick the score (1 then 0 is 10), Enter saves, Esc skips."""

    submitted = Signal(object)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check-in")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Pain check-in"))
        title = QLabel(self.tr("How much does it hurt now?"))
        font = title.font()
        font.setPixelSize(24)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scale = PainScale()
        self.group = self.scale.group
        scale = QGridLayout()
        scale.addWidget(self.scale, 0, 0, 1, 2)
        low, high = QLabel(self.tr("No pain")), QLabel(self.tr("Worst imaginable"))
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        scale.addWidget(low, 1, 0)
        scale.addWidget(high, 1, 1)
        place_words = self._place_words()
        self.places = {place: QCheckBox(place_words[place][0]) for place in PAIN_PLACES}
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Where? (optional)")))
        for place, box in self.places.items():
            box.setAccessibleName(place_words[place][1])
            where.addWidget(box)
        where.addStretch()
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_LIMIT)
        self.note.setPlaceholderText(self.tr("A short note for yourself or your physiotherapist (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.save = QPushButton(self.tr("Save check-in"))
        self.save.setAccessibleName(self.tr("Save check-in"))
        self.save.setEnabled(False)
        self.skip = QPushButton(self.tr("Skip (Esc)"))
        self.skip.setAccessibleName(self.tr("Skip the check-in"))
        self.save.clicked.connect(self.submit)
        self.skip.clicked.connect(self.skipped)
        self.group.idToggled.connect(lambda *_: self.save.setEnabled(self.score() is not None))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.skip)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(scale)
        layout.addLayout(where)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def _place_words(self) -> dict[str, tuple[str, str]]:
        """Each place's box label and accessible name, as whole phrases (the stored value stays the English key)."""
        return {
            "buttock": (self.tr("Buttock"), self.tr("Pain in the buttock")),
            "thigh": (self.tr("Thigh"), self.tr("Pain in the thigh")),
            "lower back": (self.tr("Lower back"), self.tr("Pain in the lower back")),
        }

    def score(self) -> int | None:
        return self.scale.score()

    def set_score(self, score: int) -> None:
        self.scale.set_score(score)

    def reset(self) -> None:
        self.scale.set_score(None)
        for box in self.places.values():
            box.setChecked(False)
        self.note.clear()
        self.save.setEnabled(False)

    def submit(self) -> None:
        score = self.score()
        if score is None:
            return
        where = ",".join(place for place, box in self.places.items() if box.isChecked())
        self.submitted.emit(CheckIn(score, where, self.note.text().strip()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        score = pain_after_key(self.score(), event.text())
        if score is not None:
            self.set_score(score)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.skipped.emit()
            return
        super().keyPressEvent(event)


class CheckInFlow(QObject):
    """Offers the check-in on the summary card after a saved session, and adds the answer to that session."""

    saved = Signal()  # a check-in reached the history

    def __init__(self, summary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.panel: CheckInPanel | None = None
        self._history = None
        self._session_id: int | None = None
        self._record = None

    def offer(self, history, record) -> None:
        """Show the check-in for `record` (saved in `history`); with nothing saved there is nothing to add to."""
        if record is None or history is None:
            if self.panel is not None:
                self.panel.hide()
            return
        self._history, self._session_id, self._record = history, record.id, record
        if self.panel is None:
            self.panel = CheckInPanel()
            self.panel.submitted.connect(self._save)
            self.panel.skipped.connect(lambda: self._close(self.tr("Check-in skipped.")))
            self.panel.setMaximumWidth(980)
            self.summary.extra.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        self.panel.reset()
        self.panel.show()
        self.panel.setFocus()

    def _save(self, checkin: CheckIn) -> None:
        from piriformis_desktop.core.history import HistoryError  # loaded with the history

        try:
            self._history.add_checkin(self._session_id, pain_after=checkin.pain_after,
                                      pain_where=checkin.pain_where, note=checkin.note)
        except HistoryError as error:
            self._close(str(error))
            return
        self._close(self.tr("Check-in saved: pain {score} of 10.").format(score=checkin.pain_after))
        self.summary.show_flags(self.flags_after(checkin))
        self.saved.emit()

    def flags_after(self, checkin: CheckIn) -> list[str]:
        """The safety flags this check-in raises: the session's own, and pain rising over the last week."""
        from dataclasses import replace  # noqa: PLC0415 (with the history, at the first check-in)

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
