"""The 0-10 pain scale as eleven toggles: the check-in after a session and the Ready card's pain-before entry."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from piriformis_desktop.core.pain import PAIN_SCALE


class PainScale(QWidget):
    """Eleven score buttons, at most one chosen; `chosen(score)` when the user picks one (not when set in code).

    The chosen one is filled in the accent colour by the theme's style (ui/look/edge_style.py) and set in bold, so it
    reads as chosen without colour too; a screen reader hears each as a checked or unchecked toggle
    "Pain 6 of 10". `focus` is the buttons' focus policy: the Ready card keeps them out of the way of a click
    (Qt.TabFocus), so Space still starts the session after a score is clicked."""

    chosen = Signal(int)

    def __init__(self, size: int = 46, focus: Qt.FocusPolicy = Qt.FocusPolicy.StrongFocus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for score in PAIN_SCALE:
            button = QPushButton(str(score))
            button.setObjectName(f"pain-{score}")
            button.setCheckable(True)
            button.setFocusPolicy(focus)
            button.setMinimumSize(size, size)
            button.setAccessibleName(self.tr("Pain {score} of 10").format(score=score))
            self.group.addButton(button, score)
            row.addWidget(button)
        self.group.idToggled.connect(self._show_chosen)
        self.group.idClicked.connect(self.chosen)

    def _show_chosen(self, score: int, on: bool) -> None:
        button = self.group.button(score)
        font = button.font()
        font.setBold(on)
        button.setFont(font)

    def button(self, score: int) -> QPushButton:
        button = self.group.button(score)
        assert isinstance(button, QPushButton), "the group holds only the scale's push buttons"
        return button

    def score(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def set_score(self, score: int | None) -> None:
        """Show `score` as chosen, or none when None."""
        if score is None:
            self.group.setExclusive(False)  # an exclusive group cannot be emptied
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.group.button(score).setChecked(True)
