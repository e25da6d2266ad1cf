"""The pain check-in after a session: pain now on the 0-10 scale, where, a short note. Skippable in one key.

Keys typed inside the check-in act on it (Space ticks the focused box, Enter saves, Esc skips, a digit picks the
score), never the window's shortcuts; CheckInFlow (checkin_flow.py) writes every answer to the session's row
as it is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from piriformis_desktop.core.history import NOTE_LIMIT, PAIN_PLACES
from piriformis_desktop.core.pain import pain_after_key
from piriformis_desktop.ui.session.pain_scale import PainScale


@dataclass(frozen=True)
class CheckIn:
    pain_after: int | None  # None: no score chosen (yet)
    pain_where: str  # comma-separated places, "" when none ticked
    note: str

    @property
    def empty(self) -> bool:
        return self.pain_after is None and not self.pain_where and not self.note


# Keys the check-in keeps for itself while it has the focus, though the window has shortcuts on them.
OWN_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CheckInPanel(QWidget):
    """Emits `changed(CheckIn)` with every answer given, then `submitted(CheckIn)` or `skipped()`.
    Keys: 0-9 pick the score (1 then 0 is 10), Enter saves, Esc skips."""

    changed = Signal(object)
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
        self.group.idToggled.connect(lambda _, on: self._changed() if on else None)
        for box in self.places.values():
            box.toggled.connect(lambda *_: self._changed())
        self.note.textEdited.connect(lambda *_: self._changed())
        self._quiet = False  # True while the panel fills itself: no `changed` for that
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

    def answer(self) -> CheckIn:
        """What the user has given so far."""
        where = ",".join(place for place, box in self.places.items() if box.isChecked())
        return CheckIn(self.score(), where, self.note.text().strip())

    def reset(self, answer: CheckIn | None = None) -> None:
        """Empty, or showing `answer` (a check-in given earlier, to change it)."""
        self._quiet = True
        try:
            self.scale.set_score(None if answer is None else answer.pain_after)
            places = set() if answer is None else set(answer.pain_where.split(","))
            for place, box in self.places.items():
                box.setChecked(place in places)
            self.note.setText("" if answer is None else answer.note)
        finally:
            self._quiet = False
        self.save.setEnabled(self.score() is not None)

    def _changed(self) -> None:
        self.save.setEnabled(self.score() is not None)
        if not self._quiet:
            self.changed.emit(self.answer())

    def submit(self) -> None:
        if self.score() is not None:
            self.submitted.emit(self.answer())

    def event(self, event: QEvent) -> bool:
        """Space, Enter and Esc typed in the check-in are the check-in's, not the window's Start or Stop."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and event.key() in OWN_KEYS:
            event.accept()
            return True
        return super().event(event)

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
