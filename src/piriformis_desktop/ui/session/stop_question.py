"""'Stop this session?' asked on the card itself, in type read from the mat, answered with Enter or Esc.

It covers the card while it asks (the session is paused by then) and answers as a standard dialog's exec()
does: `ask()` returns True (stop) or False (carry on) once the user has chosen, running a local event loop
meanwhile, so the session flow keeps its one question `ask_stop() -> bool`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from piriformis_desktop.ui.session.labels import card_label


class StopQuestion(QWidget):
    """The question over the whole card: a large title, one sentence, and two large buttons."""

    answered = Signal(bool)  # True: stop the session

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stop-question")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Enter and Esc come here while it asks
        self.title = card_label("stop-question-title", bold=True, wrap=True, align=Qt.AlignmentFlag.AlignCenter)
        self.sentence = card_label("stop-question-sentence", wrap=True, align=Qt.AlignmentFlag.AlignCenter)
        self.stop = QPushButton()
        self.stop.setObjectName("stop-question-stop")
        self.carry_on = QPushButton()
        self.carry_on.setObjectName("stop-question-carry-on")
        for button, answer in ((self.stop, True), (self.carry_on, False)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are Enter and Esc, whatever was clicked
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, answer=answer: self.answer(answer))
        self.stop.setProperty("primary", True)  # the accent, as Start on the Ready card
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.stop)
        buttons.addWidget(self.carry_on)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.sentence)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._answer = False
        parent.installEventFilter(self)  # covers the card as it resizes
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        card = self.parentWidget()
        if card is not None and watched is card and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(card.rect())
        return False

    def ask(self, keys: Sequence[QAction], title: str, sentence: str, stop: str, carry_on: str) -> bool:
        """Show the question over the card and wait for Enter (stop), Esc (carry on) or a click; True to stop.
        The window's `keys` are off meanwhile (Esc would be Stop's again). Asked again while it asks (the window
        closed a second time): False, and the question already shown decides."""
        if self.asking:
            return False
        self.title.setText(title)
        self.sentence.setText(sentence)
        self.stop.setText(stop)
        self.carry_on.setText(carry_on)
        self.setAccessibleName(title)
        self.setAccessibleDescription(sentence)
        card = self.parentWidget()
        assert card is not None, "the question is made over the card, its parent"
        self.setGeometry(card.rect())
        self._scale()
        self._answer = False
        loop = QEventLoop()
        self.answered.connect(loop.quit)
        enabled = [key.isEnabled() for key in keys]
        for key in keys:
            key.setEnabled(False)
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        try:
            loop.exec()
        finally:
            self.answered.disconnect(loop.quit)
            self.hide()
            for key, on in zip(keys, enabled, strict=True):
                key.setEnabled(on)
        return self._answer

    @property
    def asking(self) -> bool:
        return self.isVisible()

    def answer(self, stop: bool) -> None:
        if self.isVisible():
            self._answer = stop
            self.answered.emit(stop)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.answer(True)
        elif event.key() == Qt.Key.Key_Escape:
            self.answer(False)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        """Sized as the card is, from its height: at 1366x768 the title 62 px (as the rep in a short phase), the
        sentence and the buttons 31 px, the buttons 69 px tall."""
        h = max(self.height(), 400)
        for widget, share in ((self.title, 0.09), (self.sentence, 0.045), (self.stop, 0.045), (self.carry_on, 0.045)):
            font = widget.font()
            font.setPixelSize(max(14, int(h * share)))
            widget.setFont(font)
        for button in (self.stop, self.carry_on):
            button.setMinimumHeight(max(44, int(h * 0.1)))
        self.stop.setFont(_bold(self.stop.font()))


def _bold(font):
    font.setBold(True)
    return font
