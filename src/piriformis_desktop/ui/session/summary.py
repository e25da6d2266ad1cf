"""The end of a session on screen: how it went, whether it was saved, the check-in's place, a safety flag the
check-in raised (core.flags), what next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from piriformis_desktop.core.card import format_clock
from piriformis_desktop.ui.session.labels import card_label, fit_type


class SummaryCard(QWidget):
    """The end of a session: how it went and whether it was saved."""

    new_session_requested = Signal()
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = card_label("summary-title", bold=True, wrap=True, align=Qt.AlignmentFlag.AlignCenter)
        self.details = card_label("summary-details", wrap=True, align=Qt.AlignmentFlag.AlignCenter)
        self.saved = card_label("summary-saved", wrap=True, align=Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPixelSize(48)
        self.title.setFont(font)
        for label in (self.details, self.saved):
            font = label.font()
            font.setPixelSize(26)
            label.setFont(font)
        self.flags = QLabel()  # wraps to the card's width and takes the height its lines need
        self.flags.setObjectName("summary-flags")
        self.flags.setWordWrap(True)
        self.flags.setFrameShape(QFrame.Shape.Box)  # set apart from the rest: it asks the user to act
        self.flags.setContentsMargins(12, 8, 12, 8)
        self.flags.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.flags.setAccessibleName(self.tr("Safety flag"))
        font = self.flags.font()
        font.setPixelSize(22)
        self.flags.setFont(font)
        self.flags.hide()
        self.extra = QVBoxLayout()  # room for the check-in that follows a session
        self.again = QToolButton()
        self.again.setText(self.tr("Start a new session"))
        self.again.setObjectName("new-session")
        self.again.setAccessibleName(self.tr("Start a new session"))
        self.again.clicked.connect(self.new_session_requested)
        self.history = QToolButton()
        self.history.setText(self.tr("See your history"))
        self.history.setObjectName("see-history")
        self.history.setAccessibleName(self.tr("See your history"))
        self.history.clicked.connect(self.history_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.again, self.history):
            button.setMinimumHeight(44)
            font = button.font()
            font.setPixelSize(20)
            button.setFont(font)
            buttons.addWidget(button)
        buttons.addStretch()
        self._box = layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.saved)
        layout.addWidget(self.flags)
        layout.addLayout(self.extra)
        layout.addLayout(buttons)
        layout.addStretch()

    def show_result(self, *, completed: bool, seconds: float, exercises_done: int, exercises_total: int,
                    saved_message: str) -> None:
        self.title.setText(self.tr("Session complete. Well done!") if completed else self.tr("Session stopped early"))
        self.details.setText(self.tr("Active time: {time}\nExercises done: {done} of {total}").format(
            time=format_clock(seconds), done=exercises_done, total=exercises_total))
        self.saved.setText(saved_message)
        self.show_flags([])
        self._fit_title()

    def show_flags(self, sentences: list[str]) -> None:
        """The safety flags the check-in raised, in core.flags' words (History and the report say the same); none
        hides the box."""
        self.flags.setText("\n".join(f"⚠ {sentence}" for sentence in sentences))
        self.flags.setVisible(bool(sentences))

    TITLE_PIXELS = (48, 30)  # the title's type: as large as fits on one line, wrapping only below the smaller

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """"Session complete. Well done!" on one line: at 800x600 48 px would break it before "done!"."""
        room = self.width() - 2 * self._box.contentsMargins().left()
        title = self.title
        fit_type([title], *self.TITLE_PIXELS, lambda: title.fontMetrics().horizontalAdvance(title.text()) <= room, 2)
