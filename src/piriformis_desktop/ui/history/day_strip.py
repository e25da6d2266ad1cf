"""The day strip of the History tab: the last weeks day by day, finished filled, stopped hatched, today outlined;
days before the first session and after today are left blank (they are not days missed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from piriformis_desktop.core.stats import RECENT_WEEKS, DayCount


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` of the way towards `b`."""
    # The ignore: PySide6 6.11's stubs type QColor.getRgbF() as object; it returns a tuple of 4 floats.
    ours, theirs = a.getRgbF()[:3], b.getRgbF()[:3]  # type: ignore[index]
    return QColor.fromRgbF(*(x + (y - x) * amount for x, y in zip(ours, theirs, strict=True)))


def day_name_pixels(row: float, line: int) -> int | None:
    """The day names' type size for rows `row` px tall when a line of the widget's type is `line` px: None while
    a line fits its row, else a size whose line does (at least 8 px: smaller is not read)."""
    return None if row >= line else max(8, int(row * 0.8))


class DayStrip(QWidget):
    """The last weeks day by day: a column per week, a row per weekday; filled finished, hatched stopped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day-strip")
        self.setAccessibleName(self.tr("Sessions day by day, last %n week(s)", "", RECENT_WEEKS))
        self.days: list[DayCount] = []
        self.today: date | None = None
        self.first: date | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(300, 7 * 20)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(160, 7 * 10)  # the cells shrink with the window, down to 10 px a day

    def set_days(self, days: list[DayCount], today: date, first: date | None = None) -> None:
        """`days` up to `today`; with `first` (the first session's day) the days before it are left blank."""
        self.days, self.today, self.first = days, today, first
        days = [d for d in days if first is None or d.day >= first]
        active = sum(1 for d in days if d.completed)
        self.setAccessibleDescription(self.tr("{active} of the last {days} days had a finished session.").format(
            active=active, days=len(days)))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not self.days or self.today is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.WindowText)
        empty = blend(palette.color(QPalette.ColorRole.Base), text, 0.12)
        locale = QLocale()
        names = [locale.dayName(d.day.isoweekday(), QLocale.FormatType.ShortFormat) for d in self.days[:7]]
        weeks = len(self.days) // 7
        pixels = day_name_pixels(self.height() / 7, self.fontMetrics().height())
        if pixels is not None:  # a short window: the day names shrink to their row, never over the next one
            font = painter.font()
            font.setPixelSize(pixels)
            painter.setFont(font)
        label_width = max(painter.fontMetrics().horizontalAdvance(n) for n in names) + 8
        cell = min((self.width() - label_width) / weeks, self.height() / 7)
        gap = max(2.0, cell * 0.18)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for row, name in enumerate(names):
            painter.drawText(QRectF(0, row * cell, label_width - 6, cell),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        for i, day in enumerate(self.days):
            if day.day > self.today or (self.first is not None and day.day < self.first):
                continue
            column, row = divmod(i, 7)
            rect = QRectF(label_width + column * cell, row * cell + gap / 2, cell - gap, cell - gap)
            painter.setPen(Qt.PenStyle.NoPen)
            if day.completed:
                painter.setBrush(accent)
            elif day.partial:
                painter.setPen(QPen(accent, 1))
                painter.setBrush(QBrush(accent, Qt.BrushStyle.BDiagPattern))
            else:
                painter.setBrush(empty)
            if day.day == self.today:
                painter.setPen(QPen(text, 2))
            painter.drawRoundedRect(rect, 2, 2)
        painter.end()
