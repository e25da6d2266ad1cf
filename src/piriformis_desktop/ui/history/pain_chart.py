"""The pain chart under the weekly bars: each session's pain before (a ring) and after (a dot), joined so the
change shows, a triangle over a session with a safety flag, and the trend line over the weeks its sentence speaks of.

Linked to the weekly chart, so panning or zooming one moves both, and dated like it; the marks stand where
`core.stats.week_position` puts them, as on the printed report. Hovering a mark tells its session (date, time,
before and after, where, the note). pyqtgraph loads with this module, only when History first shows sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pyqtgraph as pg
from PySide6.QtGui import QColor

from piriformis_desktop.core.progress import Trend
from piriformis_desktop.core.stats import WeekCount, week_position
from piriformis_desktop.ui.history.chart import Chart, paint_axes, set_up_plot


@dataclass(frozen=True)
class PainMark:
    day: date
    before: int | None
    after: int | None
    tip: str  # the session in words, for the tooltip
    flagged: bool = False


def pain_marks(records, locale) -> list[PainMark]:
    """A mark for each session with pain before or after, its tooltip the session in words, flagged as core says."""
    from piriformis_desktop.core.flags import session_flag
    from piriformis_desktop.ui.history.detail import session_words

    return [PainMark(r.local_date, r.pain_before, r.pain_after, session_words(r, locale).lstrip("• "),
                     session_flag(r) is not None)
            for r in records if r.pain_before is not None or r.pain_after is not None]


class PainChart(Chart):
    def __init__(self, weekly_chart: pg.PlotWidget) -> None:
        super().__init__()
        set_up_plot(self, "pain-chart", self.tr("Pain before and after each session, 0 to 10"), 130)
        plot = self.getPlotItem()
        plot.setXLink(weekly_chart.getPlotItem())  # the same weeks as the bars above
        plot.getAxis("left").setTicks([[(n, str(n)) for n in (0, 5, 10)], []])
        plot.enableAutoRange(axis="y", enable=False)  # the whole 0-10 scale, always
        plot.setYRange(-1.2, 12.2, padding=0)  # room for the 0 and 10 labels and a flag over a 10
        plot.getViewBox().setLimits(yMin=-1.2, yMax=12.2)
        weekly_chart.linked_axes.append(plot.getAxis("bottom"))  # dated as the chart above is
        self.changes = pg.PlotDataItem(connect="pairs")
        self.before = pg.ScatterPlotItem(size=9, symbol="o", hoverable=True, tip=self._tip)
        self.after = pg.ScatterPlotItem(size=9, symbol="o", hoverable=True, tip=self._tip)
        self.flags = pg.ScatterPlotItem(size=12, symbol="t1", hoverable=True, tip=self._tip)
        self.line = pg.PlotDataItem()
        for item in (self.changes, self.line, self.before, self.after, self.flags):
            plot.addItem(item)

    @staticmethod
    def _tip(x, y, data) -> str:
        return str(data)

    def show_records(self, records: list, weeks: list[WeekCount], first: int, colours: dict[str, QColor]) -> str:
        """Each session's pain before and after, and the trend over `weeks[first:]` (the span the range buttons
        show); returns the trend in words, which the chart also gives screen readers."""
        from PySide6.QtCore import QLocale

        from piriformis_desktop.core.progress import pain_trend
        from piriformis_desktop.ui.words import trend_words

        points = [(r.local_date, r.pain_after) for r in records if r.pain_after is not None]
        trend = pain_trend(points, [w.week_start for w in weeks[first:]])
        words = trend_words(trend)
        self.show_pain(pain_marks(records, QLocale()), weeks, trend, first, colours, words)
        return words

    def show_pain(self, marks: list[PainMark], weeks: list[WeekCount], trend: Trend, first: int,
                  colours: dict[str, QColor], words: str) -> None:
        """The marks that fall in `weeks`, the trend line (its week 0 is week `first` here) where there is one,
        and `words` for screen readers."""
        before, after, flagged, change = [], [], [], []
        if weeks:
            for mark in marks:
                x = week_position(mark.day, weeks[0].week_start)
                if not -0.5 <= x < len(weeks) - 0.5:
                    continue
                if mark.before is not None:
                    before.append((x, mark.before, mark.tip))
                if mark.after is not None:
                    after.append((x, mark.after, mark.tip))
                if mark.before is not None and mark.after is not None and mark.before != mark.after:
                    change += [(x, mark.before), (x, mark.after)]
                if mark.flagged:
                    flagged.append((x, max(mark.before or 0, mark.after or 0) + 1.2, mark.tip))
        paint_axes(self, colours)
        pen = pg.mkPen(colours["text"], width=1.5)
        self.before.setData(x=[p[0] for p in before], y=[p[1] for p in before], data=[p[2] for p in before],
                            pen=pen, brush=pg.mkBrush(colours["base"]))
        self.after.setData(x=[p[0] for p in after], y=[p[1] for p in after], data=[p[2] for p in after],
                           pen=pen, brush=pg.mkBrush(colours["text"]))
        self.flags.setData(x=[p[0] for p in flagged], y=[p[1] for p in flagged], data=[p[2] for p in flagged],
                           pen=pen, brush=pg.mkBrush(colours["text"]))
        self.changes.setData(x=[p[0] for p in change], y=[p[1] for p in change],
                             pen=pg.mkPen(colours["change"], width=2))
        line = [(first + i, v) for i, v in enumerate(trend.smoothed) if v is not None]
        self.line.setData(x=[i for i, _ in line], y=[v for _, v in line], pen=pg.mkPen(colours["met"], width=3))
        self.setAccessibleDescription(words)
