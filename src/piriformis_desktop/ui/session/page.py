"""The player's page: the exercise card while a session runs, the summary once it ends.

The summary is built, and its module loaded, only when first shown: start-up builds the card alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from piriformis_desktop.ui.session.player import PlayerCard

if TYPE_CHECKING:
    from piriformis_desktop.ui.session.summary import SummaryCard


class PlayerPage(QStackedWidget):
    """The card while a session runs, the summary once it ends (built when first shown: not at start-up)."""

    new_session_requested = Signal()  # the summary's "Start a new session"
    history_requested = Signal()  # the summary's "See your history"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = PlayerCard()
        self._summary: SummaryCard | None = None
        self.addWidget(self.card)

    @property
    def summary(self) -> SummaryCard:
        if self._summary is None:
            from piriformis_desktop.ui.session.summary import SummaryCard  # not at start-up: after a session

            self._summary = SummaryCard()
            self._summary.new_session_requested.connect(self.new_session_requested)
            self._summary.history_requested.connect(self.history_requested)
            self.addWidget(self._summary)
        return self._summary

    def show_card(self) -> None:
        self.setCurrentWidget(self.card)

    def show_summary(self) -> None:
        self.setCurrentWidget(self.summary)

    def showing_card(self) -> bool:
        return self.currentWidget() is self.card

    def showing_summary(self) -> bool:
        return self._summary is not None and self.currentWidget() is self._summary
