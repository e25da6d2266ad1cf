"""The kinds of field the Settings tab is made of: a ranged number, a list of choices, a quiet explanation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QLayout,
    QScrollBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from piriformis_desktop.core.settings import RANGES


def spin(key: str, words: Callable[[int], str], name: str) -> QSpinBox:
    """A number field limited to the range settings.toml allows for `key` (one table of ranges, in core).

    `words(n)` is the number in words, translated with its count ("%n rep(s)" -> "1 rep", "3 reps"): the text
    around the number becomes the field's prefix and suffix, and follows the value, since a QSpinBox suffix
    cannot take a plural form by itself."""
    low, high = RANGES[key]
    field = QSpinBox()
    field.setRange(low, high)
    field.setAccessibleName(name)
    field.setMinimumWidth(110)
    field.valueChanged.connect(lambda value: count_words(field, words(value)))
    count_words(field, words(field.value()))
    return field


def count_words(field: QSpinBox, text: str) -> None:
    """Show `text`, the field's value in words, around the number: "3 reps" -> suffix " reps"; "Wdh.: 3" -> prefix.
    Without the number in `text` (a translation that drops it), all of it goes after the number."""
    number = str(field.value())
    before, found, after = text.partition(number)
    if not found:
        before, after = "", " " + text
    if field.prefix() != before:
        field.setPrefix(before)
    if field.suffix() != after:
        field.setSuffix(after)


def choices(items: list, name: str) -> QComboBox:
    """A drop-down of (value, words) pairs."""
    box = QComboBox()
    box.setAccessibleName(name)
    for value, text in items:
        box.addItem(text, value)
    return box


def notice_label(name: str) -> QLabel:
    """A notice above the fields (a settings file that could not be used): the tooltip's colours, hidden until
    there is something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAutoFillBackground(True)
    label.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    label.setForegroundRole(QPalette.ColorRole.ToolTipText)
    label.setMargin(10)
    label.setAccessibleName(name)
    label.hide()
    return label


def error_label(name: str) -> QLabel:
    """Why a change was refused, beside the fields, in the highlight colour."""
    label = QLabel()
    label.setAccessibleName(name)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Highlight))
    label.setPalette(palette)
    return label


class WheelGuard(QObject):
    """The mouse wheel turns a field only once the user has clicked or tabbed into it; over any other field it
    scrolls the page, so scrolling past a field never changes (and saves) it.

    The wheel over an unfocused field goes to the scroll bar of the page around it; with no page around, the
    event is ignored, and Qt offers it to the field's parents."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(event, QWheelEvent) or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        page = _page_around(watched)
        if page is None:
            event.ignore()
            return True
        delta = event.angleDelta()
        bar = page.horizontalScrollBar() if abs(delta.x()) > abs(delta.y()) else page.verticalScrollBar()
        QApplication.sendEvent(bar, event)
        event.accept()
        return True


def _page_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


FIELDS_TURNED_BY_WHEEL = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def guard_wheel(root: QWidget) -> WheelGuard:
    """The one place that sets it, for every number, time, drop-down and slider under `root`: focus by click or
    Tab only (StrongFocus: the wheel alone never focuses a field), and the wheel turns only a focused field."""
    guard = WheelGuard(root)
    for field in root.findChildren(QWidget):
        if isinstance(field, FIELDS_TURNED_BY_WHEEL) and not isinstance(field, QScrollBar):  # the page's own bar
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            field.installEventFilter(guard)
    return guard


def show_in_file_manager(path) -> None:
    """The folder that holds `path`, opened in the desktop's file manager."""
    from PySide6.QtCore import QUrl  # only when asked
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def muted(label: QLabel) -> QLabel:
    """Secondary text that wraps: a column heading, why something is unavailable."""
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class TwoColumns(QWidget):
    """Two columns of groups side by side while they fit the width they are given, one above the other when they
    do not (a small window, or a language with longer words), so a tab never hides a column behind a scrollbar."""

    def __init__(self, left: list[QWidget], right: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = []
        for groups in (left, right):
            column = QWidget()
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            for group in groups:
                layout.addWidget(group)
            layout.addStretch()
            self.columns.append(column)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # Not the layout's own minimum (both columns side by side): that would never let the width fall below
        # it, and the columns could never stack. minimumSizeHint below says what this widget needs.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.side_by_side: bool | None = None
        self._arrange(True)

    def _needed(self) -> int:
        return sum(c.sizeHint().width() for c in self.columns) + self.grid.horizontalSpacing()

    def _arrange(self, side_by_side: bool) -> None:
        if side_by_side == self.side_by_side:
            return
        self.side_by_side = side_by_side
        left, right = self.columns
        self.grid.removeWidget(left)
        self.grid.removeWidget(right)
        self.grid.addWidget(left, 0, 0)
        self.grid.addWidget(right, *((0, 1) if side_by_side else (1, 0)))
        self.grid.setColumnStretch(1, 1 if side_by_side else 0)
        self.grid.setColumnStretch(0, 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """As narrow as the wider column: stacked, that is all the room it needs."""
        widest = max(c.sizeHint().width() for c in self.columns)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._arrange(event.size().width() >= self._needed())
        super().resizeEvent(event)
