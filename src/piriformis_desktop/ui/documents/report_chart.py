"""The progress report's pain chart: each session's pain before (a ring) and after (a dot) inside its week's
column, the change between them, and the trend line, on the weeks of the report's period."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen

from piriformis_desktop.core.stats import week_position
from piriformis_desktop.ui.documents.pages import ACCENT, INK, LINE, MUTED, PANEL, Page
from piriformis_desktop.ui.history.weeks import day_month_pattern, qdate


def _day(day, pattern: str) -> str:
    return QLocale().toString(qdate(day), pattern)


def pain_chart(page: Page, weeks, sessions, trend, x: float, y: float, w: float, h: float) -> None:
    painter = page.painter
    page.box(x, y, w, h, fill=PANEL)
    left, right, top, bottom = x + 10, x + w - 4, y + 4, y + h - 8
    n = max(len(weeks), 1)

    def px(position: float) -> float:  # week i's centre at position i, as `week_position` places days
        return left + (right - left) * (position + 0.5) / n

    def py(pain: float) -> float:
        return bottom - (bottom - top) * pain / 10

    for level in (0, 5, 10):
        line = page.rect(left, py(level), right - left, 0)
        painter.setPen(QPen(QColor(LINE), 0.2 * page.mm))
        painter.drawLine(line.topLeft(), line.topRight())
        page.y = py(level) - 2
        page.text(x + 2, 7, str(level), 7.5, colour=MUTED, advance=False)
    for i, week in enumerate(weeks):
        if i % max(1, n // 6) == 0:
            page.y = bottom + 1.5
            page.text(px(i) - 10, 20, _day(week.week_start, day_month_pattern()), 7, colour=MUTED,
                      align=Qt.AlignmentFlag.AlignHCenter, advance=False)
    if weeks:
        radius = 0.9 * page.mm
        for record in sessions:
            position = week_position(record.local_date, weeks[0].week_start)
            if not -0.5 <= position < n - 0.5:
                continue
            marks = [(v, fill) for v, fill in ((record.pain_before, "#ffffff"), (record.pain_after, "#2b5f8f"))
                     if v is not None]
            if len(marks) == 2 and marks[0][0] != marks[1][0]:  # the change within the session
                painter.setPen(QPen(QColor(MUTED), 0.3 * page.mm))
                painter.drawLine(page.rect(px(position), py(marks[0][0]), 0, 0).topLeft(),
                                 page.rect(px(position), py(marks[1][0]), 0, 0).topLeft())
            painter.setPen(QPen(QColor(INK), 0.25 * page.mm))
            for value, fill in marks:
                painter.setBrush(QColor(fill))
                painter.drawEllipse(page.rect(px(position), py(value), 0, 0).topLeft(), radius, radius)
        line = [(i, v) for i, v in enumerate(trend.smoothed) if v is not None]
        if len(line) >= 2:
            path = QPainterPath()
            for k, (i, v) in enumerate(line):
                point: QPointF = page.rect(px(i), py(v), 0, 0).topLeft()
                path.moveTo(point) if k == 0 else path.lineTo(point)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(ACCENT), 0.7 * page.mm))
            painter.drawPath(path)
    painter.setBrush(Qt.BrushStyle.NoBrush)
