"""The two buttons above the History charts that choose the span shown: "Last 12 weeks" or "Whole history".

They are checkable and exclusive, so the one in force looks pressed; the pain trend and its sentence follow it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from piriformis_desktop.core.stats import RECENT_WEEKS
from piriformis_desktop.ui.words import TrContext

translate = QCoreApplication.translate  # under History's context, where these words have always been


class RangeWords(TrContext):
    """The context of the span's plural words."""


class RangeButtons(QWidget):
    recent_chosen = Signal()
    all_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent = QPushButton(RangeWords.tr("Last %n week(s)", "", RECENT_WEEKS))
        self.recent.setObjectName("recent-weeks-button")
        self.recent.setAccessibleName(RangeWords.tr("Show the last %n week(s)", "", RECENT_WEEKS))
        self.recent.clicked.connect(self.recent_chosen)
        self.all = QPushButton(translate("HistoryView", "Whole history"))
        self.all.setObjectName("all-weeks-button")
        self.all.setAccessibleName(translate("HistoryView", "Show the whole history"))
        self.all.clicked.connect(self.all_chosen)
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.recent, self.all):
            button.setCheckable(True)
            self.group.addButton(button)
            layout.addWidget(button)
        self.recent.setChecked(True)
