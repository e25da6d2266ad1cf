"""The pain chart under the weekly bars: each check-in as a dot inside its week's column, and the trend line.

Linked to the weekly chart, so panning or zooming one moves both; the dots stand where `core.stats.week_position`
puts them, as on the printed report. pyqtgraph loads with this module, only when History first shows sessions.
"""

from __future__ import annotations

from datetime import date

import pyqtgraph as pg
from PySide6.QtGui import QColor

from piriformis_desktop.core.progress import Trend
from piriformis_desktop.core.stats import WeekCount, week_position
from piriformis_desktop.ui.history.chart import paint_axes, set_up_plot


class PainChart(pg.PlotWidget):
    def __init__(self, weekly_chart: pg.PlotWidget) -> None:
        super().__init__()
        set_up_plot(self, "pain-chart", self.tr("Pain after each session, 0 to 10"), 90)
        plot = self.getPlotItem()
        plot.setXLink(weekly_chart.getPlotItem())  # the same weeks as the bars above
        plot.getAxis("left").setTicks([[(n, str(n)) for n in (0, 5, 10)], []])
        plot.enableAutoRange(axis="y", enable=False)  # the whole 0-10 scale, always
        plot.setYRange(-1.2, 11.2, padding=0)  # room for the 0 and 10 labels
        plot.getViewBox().setLimits(yMin=-1.2, yMax=11.2)
        plot.getAxis("bottom").setStyle(showValues=False)  # the dates are on the chart above
        self.dots = pg.ScatterPlotItem(size=8)
        self.line = pg.PlotDataItem()
        plot.addItem(self.dots)
        plot.addItem(self.line)

    def show_pain(self, points: list[tuple[date, int]], weeks: list[WeekCount], trend: Trend,
                  colours: dict[str, QColor], words: str) -> None:
        """The check-ins that fall in `weeks`, the trend line where there is one, and `words` for screen readers."""
        xs, ys = [], []
        if weeks:
            for day, score in points:
                position = week_position(day, weeks[0].week_start)
                if -0.5 <= position < len(weeks) - 0.5:
                    xs.append(position)
                    ys.append(score)
        paint_axes(self, colours)
        self.dots.setData(x=xs, y=ys, pen=pg.mkPen(colours["text"]), brush=pg.mkBrush(colours["short"]))
        line = [(i, v) for i, v in enumerate(trend.smoothed) if v is not None]
        self.line.setData(x=[i for i, _ in line], y=[v for _, v in line], pen=pg.mkPen(colours["met"], width=3))
        self.setAccessibleDescription(words)
