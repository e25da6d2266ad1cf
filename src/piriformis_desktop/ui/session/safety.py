"""The safety points on the Ready card, until the user has read them once ("Got it")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from piriformis_desktop.ui.session.labels import card_label, fit_type


class SafetyPanel(QFrame):
    """The safety points on the Ready card, with "Got it" (`acknowledged`). Its button takes focus only from Tab:
    a click leaves the keyboard where it was, so Space still starts the session."""

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safety-points")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = card_label("safety-title", bold=True)
        self.title.setText(self.tr("Before you start"))
        self.points: list[QLabel] = []  # one label per point, read as shown
        holder = QWidget()
        self.list = QVBoxLayout(holder)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(6)
        self.list.addStretch(1)
        self.scroller = QScrollArea()  # a long translation in a small window scrolls rather than overlaps
        self.scroller.setObjectName("safety-scroller")
        # A viewport made here rather than asked of the scroll area: a QWidget handed back from C++ makes PySide
        # build QWidget's 74 enum classes, about 12 ms of start-up, before the first frame.
        self.viewport = QWidget()
        self.viewport.setAutoFillBackground(False)
        self.viewport.installEventFilter(self)  # its size is the room the points have
        self.scroller.setViewport(self.viewport)  # before the widget: a new viewport drops the old one's
        self.scroller.setWidget(holder)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.type_range = (14, 14)  # the points' largest and smallest type in px; the card sets it from its height
        holder.setAutoFillBackground(False)
        self.got_it = QPushButton(self.tr("Got it"))
        self.got_it.setObjectName("safety-got-it")
        self.got_it.setAccessibleName(self.tr("Got it: hide the safety points"))
        self.got_it.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.got_it.setMinimumHeight(40)
        self.got_it.clicked.connect(self.acknowledged)
        self.shown: tuple[str, ...] = ()
        self.where = card_label("safety-where", wrap=True)
        self.where.setText(self.tr("You can read them again under Help, About this routine, and on the printed sheet."))
        footer = QHBoxLayout()
        footer.addWidget(self.where, 1)
        footer.addWidget(self.got_it)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(footer)

    def set_points(self, points: Sequence[str]) -> None:
        self.shown = tuple(points)
        while len(self.points) < len(points):
            label = card_label(f"safety-point-{len(self.points) + 1}", wrap=True)
            self.points.append(label)
            self.list.insertWidget(len(self.points) - 1, label)  # above the stretch
        for label, point in zip(self.points, points, strict=False):
            label.setText(f"•\u00a0{point}")
        for i, label in enumerate(self.points):
            label.setVisible(i < len(points))
        self.fit_points()

    def set_type_range(self, largest: int, smallest: int) -> None:
        self.type_range = (largest, min(largest, smallest))
        self.fit_points()

    def fit_points(self) -> None:
        """The points in the largest type of `type_range` at which they fit the room without scrolling (a
        long translation in a small window scrolls at the smallest)."""
        shown = [label for label in self.points if not label.isHidden()]
        viewport = self.viewport

        def fits() -> bool:
            needed = sum(label.heightForWidth(viewport.width()) for label in shown)
            return needed + self.list.spacing() * max(0, len(shown) - 1) <= viewport.height()

        fit_type(shown, *self.type_range, fits)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.viewport and event.type() == QEvent.Type.Resize:
            self.fit_points()
        return False
