"""The summary's offer of the next step (or one back): accepted with Enter, declined with Esc, never applied alone."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from piriformis_desktop.core.prescription.book import StepKind
from piriformis_desktop.core.prescription.progression import Offer
from piriformis_desktop.core.routine import Routine


class OfferPanel(QFrame):
    """Emits `accepted(offers)` or `declined(offers)`."""

    accepted = Signal(object)
    declined = Signal(object)

    def __init__(self, routine: Routine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dose-offer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Your physiotherapist's next step"))
        self.routine = routine
        self.offers: list[Offer] = []
        self.title = QLabel()
        font = self.title.font()
        font.setPixelSize(20)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.take = QPushButton(self.tr("Take this step (Enter)"))
        self.later = QPushButton(self.tr("Not now (Esc)"))
        self.take.clicked.connect(self.accept)
        self.later.clicked.connect(self.decline)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.later)
        buttons.addWidget(self.take)
        self._box = layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.lines)
        layout.addLayout(buttons)
        self.setMinimumWidth(720)  # as wide as the check-in before it: two or three lines, not six

    def show_offers(self, offers: list[Offer], prescribed_by: str) -> None:
        self.offers = list(offers)
        back = any(o.kind == StepKind.BACK for o in offers)
        title = (self.tr("One step back? It stays within what {name} prescribed.") if back
                 else self.tr("Ready for the next step? It stays within what {name} prescribed."))
        self.title.setText(title.format(name=prescribed_by))
        self.lines.setText("\n".join(self._line(o) for o in offers))
        self.setAccessibleDescription(self.lines.text())
        self.setMinimumHeight(self._box.totalHeightForWidth(self.minimumWidth()))  # every wrapped line shows
        self.show()

    def _line(self, offer: Offer) -> str:
        name = next((e.name for e in self.routine.exercises if e.id == offer.exercise), offer.exercise)
        return self.tr("{exercise}: from {reps_before} reps with a {hold_before} s hold to {reps} reps with a {hold} s "
                       "hold. {reason}").format(exercise=name, reps_before=offer.from_reps,
                                                hold_before=offer.from_hold_seconds, reps=offer.reps,
                                                hold=offer.hold_seconds, reason=offer.reason)

    def accept(self) -> None:
        if self.offers:
            offers, self.offers = self.offers, []
            self.hide()
            self.accepted.emit(offers)

    def decline(self) -> None:
        if self.offers:
            offers, self.offers = self.offers, []
            self.hide()
            self.declined.emit(offers)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.decline()
        else:
            super().keyPressEvent(event)
