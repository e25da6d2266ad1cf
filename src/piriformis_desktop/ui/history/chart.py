"""The weekly chart of the History tab: sessions per week against the goal (pyqtgraph), with a date axis.

This module imports pyqtgraph (~150 ms and many modules), so the view imports it only when the chart is first
shown with sessions to draw. Bars: finished sessions (in the accent colour where the week met the goal, paler
where it did not), stopped ones hatched on top, a star over each week at goal, the goal as a dashed line.
Hover and click come from the viewport's own events: pyqtgraph's sigMouseMoved drops moves closer than 10 ms
apart, so the last move before the mouse stops could be lost and the wrong week stay listed.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette, QPen

from piriformis_desktop.core.contrast import NON_TEXT, contrast_ratio, softest_with_contrast
from piriformis_desktop.core.stats import RECENT_WEEKS, WeekCount
from piriformis_desktop.ui.history.weeks import day_month_pattern, qdate

AXIS_WIDTH = 40  # the same for both charts, so each week's pain dots sit under its bar


FINISHED_X, STOPPED_X = -0.1, 0.3  # where in its week's column each bar stands: finished left, stopped beside it
FINISHED_WIDTH, STOPPED_WIDTH = 0.52, 0.22


def chart_colours(palette: QPalette) -> dict[str, QColor]:
    """The charts' colours, from the palette (so the light, dark and high-contrast themes carry over), each
    series at least 3:1 against the chart's background."""
    accent = palette.color(QPalette.ColorRole.Highlight)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    if contrast_ratio(accent.name(), base.name()) < NON_TEXT:  # a desktop accent too close to the background
        accent = QColor(softest_with_contrast(text.name(), [base.name()]))
    short = QColor(softest_with_contrast(accent.name(), [base.name()]))  # lighter, still 3:1
    return {"base": base, "text": text, "met": accent, "short": short, "stopped": text,
            "change": QColor(softest_with_contrast(text.name(), [base.name()])),
            "band": QColor(text.red(), text.green(), text.blue(), 28)}


def series_colours(colours: dict[str, QColor]) -> dict[str, QColor]:
    """The colours that carry meaning on the charts (what the 3:1 rule applies to)."""
    return {key: colours[key] for key in ("text", "met", "short", "stopped", "change")}


def set_up_plot(chart: pg.PlotWidget, name: str, accessible: str, minimum_height: int) -> None:
    """No pyqtgraph menu or buttons; the mouse pans and zooms through time only; the shared axis width."""
    chart.setObjectName(name)
    chart.setAccessibleName(accessible)
    chart.setMinimumHeight(minimum_height)
    chart.setMenuEnabled(False)
    chart.hideButtons()
    plot = chart.getPlotItem()
    plot.setMouseEnabled(x=True, y=False)
    plot.showGrid(y=True, alpha=0.25)
    plot.getAxis("left").setWidth(AXIS_WIDTH)


def paint_axes(chart: pg.PlotWidget, colours: dict[str, QColor]) -> None:
    chart.setBackground(colours["base"])
    for name in ("left", "bottom"):
        axis = chart.getPlotItem().getAxis(name)
        axis.setPen(colours["text"])
        axis.setTextPen(colours["text"])


class Chart(pg.PlotWidget):
    """A chart whose preferred height is its minimum: the column shares out what room is left, and a short
    window scrolls the column rather than laying the next row over a chart that asked for 480 px."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(super().sizeHint().width(), self.minimumHeight())


class SessionsChart(Chart):
    week_hovered = Signal(int)  # the index of the week under the mouse
    week_clicked = Signal(int)
    left_chart = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.weeks: list[WeekCount] = []
        self.goal = self.top = 1
        self.goals: list[int] = []
        set_up_plot(self, "history-chart", self.tr("Sessions per week"), 170)
        plot = self.getPlotItem()
        self.hover_band = pg.BarGraphItem(x=[0], height=[0], width=1.0, pen=None, brush=(0, 0, 0, 0))
        self.completed_bars = pg.BarGraphItem(x=[], height=[], width=FINISHED_WIDTH)
        self.partial_bars = pg.BarGraphItem(x=[], y0=[], height=[], width=STOPPED_WIDTH)
        self.met_markers = pg.ScatterPlotItem(symbol="star", size=14)
        self.goal_line = pg.PlotDataItem(connect="pairs")  # each week's goal, a dash across its column
        self.goal_line.setZValue(5)
        self.linked_axes: list = []  # other charts' date axes, labelled as this one is
        for item in (self.hover_band, self.completed_bars, self.partial_bars, self.goal_line, self.met_markers):
            plot.addItem(item)
        plot.getViewBox().sigXRangeChanged.connect(self.update_ticks)
        plot.getViewBox().sigResized.connect(self.update_ticks)  # more room, more labels
        self.scene().sigMouseClicked.connect(self._clicked)  # a click, not the end of a pan
        self.viewport().installEventFilter(self)

    def show_weeks(self, weeks: list[WeekCount], goals: list[int], colours: dict[str, QColor],
                   reset_range: bool, recent: bool = True) -> None:
        """Draw `weeks` against each week's goal; `reset_range` goes back to the last twelve weeks (or all)."""
        self.weeks, self.goals = weeks, goals
        self.goal = goals[-1] if goals else 1
        paint_axes(self, colours)
        met = [w.completed >= g for w, g in zip(weeks, goals, strict=True)]
        # Only weeks with sessions get a bar: a zero-height bar would still draw a line on the axis.
        done = [i for i, w in enumerate(weeks) if w.completed]
        stopped = [i for i, w in enumerate(weeks) if w.partial]
        self.completed_bars.setOpts(
            x=[i + FINISHED_X for i in done], height=[weeks[i].completed for i in done], pen=None,
            brushes=[QBrush(colours["met"] if met[i] else colours["short"]) for i in done])
        self.partial_bars.setOpts(x=[i + STOPPED_X for i in stopped], y0=[0] * len(stopped),
                                  height=[weeks[i].partial for i in stopped], pen=QPen(colours["stopped"], 0),
                                  brush=QBrush(colours["stopped"], Qt.BrushStyle.BDiagPattern))
        starred = [i for i in range(len(weeks)) if met[i]]
        self.met_markers.setData(x=[i + FINISHED_X for i in starred], y=[weeks[i].completed + 0.45 for i in starred],
                                 pen=pg.mkPen(colours["text"]), brush=pg.mkBrush(colours["text"]))
        xs, ys = [], []
        for i, goal in enumerate(goals):
            xs += [i - 0.5, i + 0.5]
            ys += [goal, goal]
        self.goal_line.setData(x=xs, y=ys, pen=pg.mkPen(colours["text"], width=2, style=Qt.PenStyle.DashLine))
        self.hover_band.setOpts(brush=QBrush(colours["band"]))
        self.top = max([*goals, 1] + [max(w.completed, w.partial) for w in weeks]) + 1
        plot = self.getPlotItem()
        plot.setYRange(0, self.top, padding=0)
        plot.getViewBox().setLimits(xMin=min(-1, len(weeks) - RECENT_WEEKS - 1), xMax=len(weeks), minXRange=4,
                                    yMin=0, yMax=self.top)
        shown = weeks[-RECENT_WEEKS:]
        self.setAccessibleDescription(self.tr(
            "Sessions finished in each of the last weeks, oldest first: {counts}. Goal: {goal} a week.").format(
            counts=QLocale().createSeparatedList([str(w.completed) for w in shown]), goal=self.goal))
        if reset_range:
            self.show_recent_weeks() if recent else self.show_all_weeks()
        else:
            self.update_ticks()

    def goal_values(self) -> list[int]:
        """The goal line's height in each week, as drawn."""
        return [int(y) for y in self.goal_line.getData()[1][::2]]

    def mark_week(self, index: int) -> None:
        """The shaded band behind the week whose sessions are listed."""
        self.hover_band.setOpts(x=[index], height=[self.top])

    def show_recent_weeks(self) -> None:
        n = len(self.weeks)
        self.getPlotItem().setXRange(n - RECENT_WEEKS - 0.5, n - 0.5, padding=0)
        self.update_ticks()

    def show_all_weeks(self) -> None:
        self.getPlotItem().setXRange(-0.5, len(self.weeks) - 0.5, padding=0)
        self.update_ticks()

    def visible_weeks(self) -> tuple[float, float]:
        return tuple(self.getPlotItem().getViewBox().viewRange()[0])

    def update_ticks(self, *_) -> None:
        """Counts up the side, as many as fit; date labels for the weeks in view: every week when there is room,
        else months, quarters or years."""
        if not self.weeks:
            return
        per_session = self.getPlotItem().getViewBox().height() / self.top
        step = next(s for s in (1, 2, 5, 10, 20, 50) if s * per_session >= 1.5 * self.fontMetrics().height()
                    or s == 50)
        self.getPlotItem().getAxis("left").setTicks([[(n, str(n)) for n in range(0, self.top + 1, step)], []])
        low, high = self.visible_weeks()
        per_week = max(1.0, self.getPlotItem().getViewBox().width()) / max(1.0, high - low)
        locale, metrics = QLocale(), self.fontMetrics()
        starts = [w.week_start for w in self.weeks]
        major, minor = [], []
        widest_day = metrics.horizontalAdvance(locale.toString(qdate(date(2026, 9, 28)), day_month_pattern(locale))) + 8
        for i, start in enumerate(starts):
            if not low <= i <= high:
                continue
            new_month = i == 0 or starts[i - 1].month != start.month
            january = " yyyy" if start.month == 1 else ""
            if per_week >= widest_day:
                label = locale.toString(qdate(start), day_month_pattern(locale))
            elif (per_week >= 11 and new_month) or (per_week >= 3.5 and new_month and start.month in (1, 4, 7, 10)):
                label = locale.toString(qdate(start), "MMM" + january)
            elif per_week < 3.5 and (i == 0 or starts[i - 1].year != start.year):
                label = str(start.year)
            else:
                label = None
            half = metrics.horizontalAdvance(label or "") / 2 + 2
            if label is not None and (i - low) * per_week >= half and (high - i) * per_week >= half:
                major.append((i, label))  # a label nearer the edge would be cut off, so it is left out
            elif per_week >= 6:
                minor.append((i, ""))
        shown = [starts[i] for i in range(max(0, math.ceil(low)), min(len(starts) - 1, math.floor(high)) + 1)]
        years = sorted({d.year for d in shown} | {(d + timedelta(days=6)).year for d in shown})
        axis = self.getPlotItem().getAxis("bottom")
        axis.setLabel("" if not years else str(years[0]) if len(years) == 1 else
                      self.tr("{first} – {last}", "a range of years under the chart").format(
                          first=years[0], last=years[-1]))
        axis.setTicks([major, minor])
        for linked in self.linked_axes:
            linked.setTicks([major, minor])

    def week_index_at(self, scene_pos: QPointF) -> int | None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        index = round(view.mapSceneToView(scene_pos).x())
        return index if 0 <= index < len(self.weeks) else None

    def _clicked(self, event) -> None:
        index = self.week_index_at(event.scenePos())
        if index is not None:
            self.week_clicked.emit(index)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.viewport():
            if event.type() == QEvent.Type.MouseMove:
                index = self.week_index_at(self.mapToScene(event.position().toPoint()))
                if index is not None:
                    self.week_hovered.emit(index)
            elif event.type() == QEvent.Type.Leave:
                self.left_chart.emit()
        return super().eventFilter(watched, event)
