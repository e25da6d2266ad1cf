"""The History tab: sessions per week against the goal (a pyqtgraph chart), streaks and totals in words, CSV.

The view renders what `core.stats` computes from `HistoryStore.outcomes()`; it asks the store and
`core.history_csv` for everything else and never opens a file or a database itself. pyqtgraph is imported
the first time the chart is needed, so the app starts without it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QDir, QEvent, QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from piriformis_desktop.core.history import HistoryError, HistoryStore, Outcome, SessionRecord
from piriformis_desktop.core.history_csv import export_csv, import_csv
from piriformis_desktop.core.progress import pain_trend, rising_pain
from piriformis_desktop.core.stats import Summary, WeekCount, day_counts, summary, week_start, weekly_counts
from piriformis_desktop.ui.history.day_strip import DayStrip, blend
from piriformis_desktop.ui.history.weeks import first_weekday_of

DEFAULT_WEEKS = 12


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


class HistoryView(QWidget):
    week_shown = Signal(object)  # the WeekCount whose sessions the detail line now lists

    def __init__(self, store: HistoryStore | None, goal: int, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("history-view")
        self.store = store
        self.goal = goal
        self._today = today
        self.outcomes: list[Outcome] = []
        self.weeks: list[WeekCount] = []
        self.summary: Summary | None = None
        self.chart = None  # the pyqtgraph PlotWidget, built the first time it is shown
        self.pain_chart = None  # pain check-ins on the same weeks, below it
        self.pain_points: list[tuple[date, int]] = []
        self.pinned_week: int | None = None
        self._build()
        self.refresh()

    # -- the widgets -------------------------------------------------------------------------
    def _build(self) -> None:
        self.notice = QLabel()
        self.notice.setObjectName("history-notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        self.empty = QLabel()
        self.empty.setObjectName("history-empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setAccessibleName("No history yet")
        empty_font = QFont(self.font())
        empty_font.setPixelSize(round(max(self.font().pixelSize(), 14) * 1.25))
        self.empty.setFont(empty_font)

        self.chart_area = QVBoxLayout()
        self.chart_area.setContentsMargins(0, 0, 0, 0)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setObjectName("history-legend")
        self.week_detail = QLabel()
        self.week_detail.setObjectName("week-detail")
        self.week_detail.setWordWrap(True)
        self.week_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.week_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.week_detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.week_detail.setAccessibleName("Sessions of the chosen week")
        self.recent_button = QPushButton("Last 12 weeks")
        self.recent_button.setObjectName("recent-weeks-button")
        self.recent_button.setAccessibleName("Show the last 12 weeks")
        self.recent_button.clicked.connect(self.show_recent_weeks)
        self.all_button = QPushButton("Whole history")
        self.all_button.setObjectName("all-weeks-button")
        self.all_button.setAccessibleName("Show the whole history")
        self.all_button.clicked.connect(self.show_all_weeks)

        range_row = QHBoxLayout()
        range_row.addWidget(self.legend, 1)
        range_row.addWidget(self.recent_button)
        range_row.addWidget(self.all_button)
        self.pain_words = QLabel()
        self.pain_words.setObjectName("pain-words")
        self.pain_words.setWordWrap(True)
        self.pain_words.setAccessibleName("Pain trend")
        left = QVBoxLayout()
        left.addLayout(self.chart_area, 1)
        left.addLayout(range_row)
        left.addWidget(self.pain_words)
        left.addWidget(self.week_detail)

        self.numbers = self._build_numbers()
        data_page = QWidget()
        page_layout = QHBoxLayout(data_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(left, 3)
        page_layout.addWidget(self.numbers, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(data_page)

        self.status = QLabel()
        self.status.setObjectName("history-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton("Import…")
        self.import_button.setObjectName("import-button")
        self.import_button.setAccessibleName("Import sessions from a CSV file")
        self.import_button.clicked.connect(self.import_history)
        self.export_button = QPushButton("Export…")
        self.export_button.setObjectName("export-button")
        self.export_button.setAccessibleName("Export the history as a CSV file")
        self.export_button.clicked.connect(self.export_history)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

    def _build_numbers(self) -> QWidget:
        """The words panel: each figure large, with what it means underneath."""
        panel = QFrame()
        panel.setObjectName("history-numbers")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        grid = QGridLayout(panel)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setVerticalSpacing(2)
        grid.setHorizontalSpacing(20)
        big = QFont(self.font())
        big.setPixelSize(round(max(self.font().pixelSize(), 14) * 2.0))
        big.setBold(True)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        # (row, column, columns spanned): the week and the last session across, the pairs side by side
        places = {"this-week": (0, 0, 2), "current-streak": (2, 0, 1), "best-streak": (2, 1, 1),
                  "sessions": (4, 0, 1), "minutes": (4, 1, 1), "last": (6, 0, 2)}
        for key, (row, column, span) in places.items():
            value, caption = QLabel(), QLabel()
            value.setObjectName(f"{key}-value")
            caption.setObjectName(f"{key}-caption")
            value.setFont(big)
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            caption.setContentsMargins(0, 0, 0, 10)
            grid.addWidget(value, row, column, 1, span)
            grid.addWidget(caption, row + 1, column, 1, span)
            self.values[key], self.captions[key] = value, caption
        strip_title = QLabel("Last 12 weeks, day by day")
        strip_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.day_strip = DayStrip()
        grid.addWidget(strip_title, 8, 0, 1, 2)
        grid.addWidget(self.day_strip, 9, 0, 1, 2)
        grid.setRowStretch(10, 1)
        return panel

    # -- state -----------------------------------------------------------------------------
    @property
    def first_weekday(self) -> int:
        return first_weekday_of(QLocale())

    def refresh(self) -> None:
        """Read the history again (after a session, an import, or a change of the day)."""
        self.outcomes, self.pain_points = [], []
        if self.store is not None:
            try:
                self.outcomes = self.store.outcomes()
                self.pain_points = self.store.pain_scores()
            except HistoryError as error:
                self.status.setText(str(error))
        self._recompute()
        self.pinned_week = None
        if self.chart is not None:
            self._update_chart(reset_range=True)
        elif self.outcomes and self.isVisible():
            self._build_chart()

    def set_goal(self, goal: int) -> None:
        self.goal = goal
        self._recompute()
        if self.chart is not None:
            self._update_chart(reset_range=False)

    def set_notice(self, text: str | None) -> None:
        """A sentence about the history file (damaged, newer, read-only), shown above the chart."""
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))

    def _recompute(self) -> None:
        today, first = self._today(), self.first_weekday
        self.summary = summary(self.outcomes, self.goal, first, today)
        weeks = weekly_counts(self.outcomes, first, today)
        self.weeks = weeks if len(weeks) >= DEFAULT_WEEKS else weekly_counts(self.outcomes, first, today,
                                                                            weeks=DEFAULT_WEEKS)
        last_week = week_start(today, first)
        self.day_strip.set_days(day_counts(self.outcomes, last_week - timedelta(weeks=DEFAULT_WEEKS - 1),
                                           last_week + timedelta(days=6)), today)
        self._show_words()
        writable = self.store is not None and self.store.writable
        self.import_button.setEnabled(writable)
        self.import_button.setToolTip("" if writable else "Your history cannot be written, so nothing can be imported.")
        self.export_button.setEnabled(bool(self.outcomes))
        self.pages.setCurrentIndex(1 if self.outcomes else 0)

    def _show_words(self) -> None:
        s = self.summary
        if not self.outcomes:
            if self.store is None:
                self.empty.setText("<p style='font-size:xx-large'><b>Your history is not available</b></p>"
                                   "<p>Sessions still play from start to end, but they are not saved. "
                                   "The notice above says why.</p>")
            else:
                self.empty.setText(
                    "<p style='font-size:xx-large'><b>No sessions yet</b></p>"
                    "<p>Start your first routine on the <b>Session</b> tab (press <b>Space</b>).<br>"
                    f"Every session you finish shows up here, week by week, against your goal of "
                    f"{_plural(self.goal, 'session', 'sessions')} a week.</p>"
                    "<p>Moving from another computer? Use <b>Import…</b> with the CSV you exported there.</p>")
        met = s.this_week_completed >= s.goal
        self._set("this-week", f"{s.this_week_completed} of {s.goal}",
                  "this week — goal met ✓" if met else
                  f"this week — {s.goal - s.this_week_completed} to go")
        self._set("current-streak", _plural(s.current_streak, "week", "weeks"), "in a row at your goal")
        self._set("best-streak", _plural(s.best_streak, "week", "weeks"), "best streak")
        stopped = f", {s.partial_sessions} stopped early" if s.partial_sessions else ""
        self._set("sessions", str(s.total_sessions), f"finished{stopped}")
        self._set("minutes", str(round(s.total_minutes)), "minutes exercised")
        last = s.last_session_date
        self._set("last", self._day_words(last) if last else "—", "last session")

    def _set(self, key: str, value: str, caption: str) -> None:
        self.values[key].setText(value)
        self.captions[key].setText(caption)
        self.values[key].setAccessibleName(f"{caption}: {value}")

    def _day_words(self, day: date) -> str:
        delta = (self._today() - day).days
        if delta == 0:
            return "Today"
        if delta == 1:
            return "Yesterday"
        return QLocale().toString(_qdate(day), "ddd d MMM yyyy" if day.year != self._today().year else "ddd d MMM")

    # -- the chart ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self.chart is None and self.outcomes:
            self._build_chart()
        super().showEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.PaletteChange and self.chart is not None:
            self._update_chart(reset_range=False)
        super().changeEvent(event)

    def _build_chart(self) -> None:
        import pyqtgraph as pg  # ~150 ms and many modules: loaded when the chart is first shown, not at start-up

        self._pg = pg
        chart = pg.PlotWidget()
        chart.setObjectName("history-chart")
        chart.setAccessibleName("Sessions per week")
        chart.setMinimumHeight(260)
        chart.setMenuEnabled(False)
        chart.hideButtons()
        plot = chart.getPlotItem()
        plot.setMouseEnabled(x=True, y=False)  # zoom and pan through time; the count axis stays put
        plot.showGrid(y=True, alpha=0.25)
        plot.getAxis("left").setLabel("sessions")
        self.hover_band = pg.BarGraphItem(x=[0], height=[0], width=1.0, pen=None, brush=(0, 0, 0, 0))
        self.completed_bars = pg.BarGraphItem(x=[], height=[], width=0.72)
        self.partial_bars = pg.BarGraphItem(x=[], y0=[], height=[], width=0.72)
        self.met_markers = pg.ScatterPlotItem(symbol="star", size=14)
        self.goal_line = pg.InfiniteLine(angle=90 - 90, movable=False)
        self.goal_line.setZValue(5)
        for item in (self.hover_band, self.completed_bars, self.partial_bars, self.goal_line, self.met_markers):
            plot.addItem(item)
        plot.getViewBox().sigXRangeChanged.connect(self._update_ticks)
        plot.getViewBox().sigResized.connect(self._update_ticks)  # more room, more labels
        chart.scene().sigMouseClicked.connect(self._mouse_clicked)  # a click, not the end of a pan
        # Hover from the viewport's own events: pyqtgraph's sigMouseMoved drops moves closer than 10 ms
        # apart, so the last move before the mouse stops could be lost and the wrong week stay listed.
        chart.viewport().installEventFilter(self)
        self.chart = chart
        self.chart_area.addWidget(chart, 3)
        pain = pg.PlotWidget()
        pain.setObjectName("pain-chart")
        pain.setAccessibleName("Pain after each session, 0 to 10")
        pain.setMinimumHeight(120)
        pain.setMenuEnabled(False)
        pain.hideButtons()
        pain_plot = pain.getPlotItem()
        pain_plot.setMouseEnabled(x=True, y=False)
        pain_plot.setXLink(plot)  # the same weeks as the bars above
        pain_plot.showGrid(y=True, alpha=0.25)
        pain_plot.getAxis("left").setLabel("pain")
        pain_plot.getAxis("left").setTicks([[(n, str(n)) for n in (0, 5, 10)], []])
        pain.setMinimumHeight(140)
        pain_plot.enableAutoRange(axis="y", enable=False)  # the whole 0-10 scale, always
        pain_plot.setYRange(-1.2, 11.2, padding=0)  # room for the 0 and 10 labels
        pain_plot.getViewBox().setLimits(yMin=-1.2, yMax=11.2)
        for axis in (plot.getAxis("left"), pain_plot.getAxis("left")):
            axis.setWidth(56)  # equal axis widths, so each week's dots sit under its bar
        pain_plot.getAxis("bottom").setStyle(showValues=False)
        self.pain_dots = pg.ScatterPlotItem(size=8)
        self.pain_line = pg.PlotDataItem()
        pain_plot.addItem(self.pain_dots)
        pain_plot.addItem(self.pain_line)
        self.pain_chart = pain
        self.chart_area.addWidget(pain, 1)
        self._update_chart(reset_range=True)

    def _colours(self) -> dict[str, QColor]:
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        return {"base": base, "text": text, "met": accent, "short": blend(accent, base, 0.5),
                "band": QColor(text.red(), text.green(), text.blue(), 28)}

    def _update_chart(self, reset_range: bool) -> None:
        pg, colours, weeks, goal = self._pg, self._colours(), self.weeks, self.goal
        chart, plot = self.chart, self.chart.getPlotItem()
        chart.setBackground(colours["base"])
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(colours["text"])
            axis.setTextPen(colours["text"])
        # Only weeks with sessions get a bar: a zero-height bar would still draw a line on the axis.
        done = [i for i, w in enumerate(weeks) if w.completed]
        stopped = [i for i, w in enumerate(weeks) if w.partial]
        self.completed_bars.setOpts(
            x=done, height=[weeks[i].completed for i in done], pen=None,
            brushes=[QBrush(colours["met"] if weeks[i].met(goal) else colours["short"]) for i in done])
        self.partial_bars.setOpts(x=stopped, y0=[weeks[i].completed for i in stopped],
                                  height=[weeks[i].partial for i in stopped], pen=QPen(colours["met"], 0),
                                  brush=QBrush(colours["met"], Qt.BrushStyle.BDiagPattern))
        met = [i for i, w in enumerate(weeks) if w.met(goal)]
        self.met_markers.setData(x=met, y=[weeks[i].completed + weeks[i].partial + 0.45 for i in met],
                                 pen=pg.mkPen(colours["text"]), brush=pg.mkBrush(colours["text"]))
        self.goal_line.setPos(goal)
        self.goal_line.setPen(pg.mkPen(colours["text"], width=2, style=Qt.PenStyle.DashLine))
        self.hover_band.setOpts(brush=QBrush(colours["band"]))
        top = max([goal] + [w.completed + w.partial for w in weeks]) + 1
        plot.setYRange(0, top, padding=0)
        step = 1 if top <= 10 else 2
        plot.getAxis("left").setTicks([[(n, str(n)) for n in range(0, top + 1, step)], []])
        plot.getViewBox().setLimits(xMin=-1, xMax=len(weeks), minXRange=4, yMin=0, yMax=top)
        self.legend.setText(self._legend_html(colours))
        self._update_pain(colours)
        if reset_range:
            self.show_recent_weeks()
        else:
            self._update_ticks()
        chart.setAccessibleDescription(self._chart_words())
        self._show_week(self.pinned_week if self.pinned_week is not None else len(weeks) - 1)

    def _update_pain(self, colours: dict[str, QColor]) -> None:
        """Each check-in as a dot inside its week's column, and the trend when there is enough to draw one."""
        pg = self._pg
        starts = [w.week_start for w in self.weeks]
        trend = pain_trend(self.pain_points, starts)
        xs, ys = [], []
        if starts:
            for day, score in self.pain_points:
                index = (day - starts[0]).days // 7
                if 0 <= index < len(starts):
                    xs.append(index - 0.36 + 0.72 * ((day - starts[index]).days / 6))
                    ys.append(score)
        pain_plot = self.pain_chart.getPlotItem()
        self.pain_chart.setBackground(colours["base"])
        for name in ("left", "bottom"):
            pain_plot.getAxis(name).setPen(colours["text"])
            pain_plot.getAxis(name).setTextPen(colours["text"])
        self.pain_dots.setData(x=xs, y=ys, pen=pg.mkPen(colours["text"]), brush=pg.mkBrush(colours["short"]))
        line = [(i, v) for i, v in enumerate(trend.smoothed) if v is not None]
        self.pain_line.setData(x=[i for i, _ in line], y=[v for _, v in line],
                               pen=pg.mkPen(colours["met"], width=3))
        rising = rising_pain(self.pain_points, self._today())
        self.pain_words.setText(trend.words + (f" {rising}" if rising else ""))
        self.pain_chart.setAccessibleDescription(self.pain_words.text())

    def _legend_html(self, colours: dict[str, QColor]) -> str:
        def swatch(colour: QColor, glyph: str = "■") -> str:
            return f"<span style='color:{colour.name()}; font-size:130%'>{glyph}</span>"

        return (f"{swatch(colours['met'])}{swatch(colours['text'], '★')} finished, goal met &nbsp; "
                f"{swatch(colours['short'])} finished &nbsp; {swatch(colours['met'], '▨')} stopped early &nbsp; "
                f"{swatch(colours['text'], '- -')} goal: {self.goal} a week")

    def _chart_words(self) -> str:
        recent = self.weeks[-DEFAULT_WEEKS:]
        return "Sessions finished in each of the last weeks, oldest first: " + ", ".join(
            str(w.completed) for w in recent) + f". Goal: {self.goal} a week."

    def show_recent_weeks(self) -> None:
        if self.chart is not None:
            n = len(self.weeks)
            self.chart.getPlotItem().setXRange(n - DEFAULT_WEEKS - 0.5, n - 0.5, padding=0)
            self._update_ticks()

    def show_all_weeks(self) -> None:
        if self.chart is not None:
            self.chart.getPlotItem().setXRange(-0.5, len(self.weeks) - 0.5, padding=0)
            self._update_ticks()

    def visible_weeks(self) -> tuple[float, float]:
        return tuple(self.chart.getPlotItem().getViewBox().viewRange()[0])

    def _update_ticks(self, *_) -> None:
        """Date labels for the weeks in view: every week when there is room, else months, quarters or years."""
        if self.chart is None or not self.weeks:
            return
        low, high = self.visible_weeks()
        width = max(1.0, self.chart.getPlotItem().getViewBox().width())
        per_week = width / max(1.0, high - low)
        locale = QLocale()
        starts = [w.week_start for w in self.weeks]
        metrics = self.chart.fontMetrics()
        major, minor = [], []
        for i, start in enumerate(starts):
            if not low <= i <= high:
                continue
            new_month = i == 0 or starts[i - 1].month != start.month
            january = " yyyy" if start.month == 1 else ""
            if per_week >= 48:
                label = locale.toString(_qdate(start), "d MMM")
            elif (per_week >= 11 and new_month) or (per_week >= 3.5 and new_month and start.month in (1, 4, 7, 10)):
                label = locale.toString(_qdate(start), "MMM" + january)
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
        axis = self.chart.getPlotItem().getAxis("bottom")
        axis.setLabel("" if not years else str(years[0]) if len(years) == 1 else f"{years[0]} – {years[-1]}")
        axis.setTicks([major, minor])

    # -- hover and click ---------------------------------------------------------------------
    def week_index_at(self, scene_pos: QPointF) -> int | None:
        view = self.chart.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        index = round(view.mapSceneToView(scene_pos).x())
        return index if 0 <= index < len(self.weeks) else None

    def _mouse_clicked(self, event) -> None:
        index = self.week_index_at(event.scenePos())
        if index is not None:
            self.pinned_week = index
            self._show_week(index)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if self.chart is not None and watched is self.chart.viewport():
            if event.type() == QEvent.Type.MouseMove:
                index = self.week_index_at(self.chart.mapToScene(event.position().toPoint()))
                if index is not None:
                    self._show_week(index)
            elif event.type() == QEvent.Type.Leave:
                latest = len(self.weeks) - 1
                self._show_week(self.pinned_week if self.pinned_week is not None else latest)
        return super().eventFilter(watched, event)

    def _show_week(self, index: int) -> None:
        if not self.weeks or not 0 <= index < len(self.weeks):
            return
        week = self.weeks[index]
        self.hover_band.setOpts(x=[index], height=[max(self.goal, week.completed + week.partial) + 1])
        self.week_detail.setText(self.week_words(week))
        self.week_shown.emit(week)

    def week_words(self, week: WeekCount) -> str:
        """The week's sessions in words: when each began (local time), finished or stopped, how long."""
        locale = QLocale()
        this_week = week.contains(self._today())
        first_day = locale.toString(_qdate(week.week_start), "ddd d MMM yyyy")
        title = f"{'This week' if this_week else 'Week'} of {first_day}: "
        if week.completed + week.partial == 0:
            return title + ("no sessions yet." if this_week else "no sessions.")
        title += f"{week.completed} of {self.goal} finished"
        title += " — goal met ★" if week.met(self.goal) else ""
        if week.partial:
            title += f", {week.partial} stopped early"
        records: list[SessionRecord] = []
        if self.store is not None:
            try:
                records = self.store.sessions(since=week.week_start, until=week.week_end)
            except HistoryError as error:
                return f"{title}.\n{error}"
        return title + "\n" + "\n".join(self._session_words(r, locale) for r in records)

    @staticmethod
    def _session_words(record: SessionRecord, locale: QLocale) -> str:
        when = locale.toString(_qdate(record.local_date), "ddd d MMM")
        clock = record.started_at.astimezone().strftime("%H:%M")
        minutes = max(1, round(record.duration_seconds / 60))
        side = f"{record.first_side} leg first"
        if record.completed:
            return f"• {when}, {clock}: finished, {minutes} min, {side}"
        return (f"• {when}, {clock}: stopped early after {record.exercises_done} of {record.exercises_total} "
                f"exercises, {minutes} min, {side}")

    # -- export and import -------------------------------------------------------------------
    def export_history(self) -> None:
        if self.store is None:
            return
        suggested = str(Path(QDir.homePath()) / f"piriformis-history-{self._today().isoformat()}.csv")
        path, _ = QFileDialog.getSaveFileName(self, "Export history", suggested, "CSV files (*.csv)")
        if not path:
            return
        try:
            count = export_csv(self.store.sessions(), path)
        except HistoryError as error:
            self.status.setText(f"Nothing was exported: {error}")
            return
        self.status.setText(f"Exported {_plural(count, 'session', 'sessions')} to {path}.")

    def import_history(self) -> None:
        if self.store is None or not self.store.writable:
            return
        path, _ = QFileDialog.getOpenFileName(self, "Import history", QDir.homePath(),
                                              "CSV files (*.csv);;All files (*)")
        if not path:
            return
        try:
            result = import_csv(path, self.store)
        except HistoryError as error:
            self.status.setText(f"Nothing was imported: {error}")
            return
        already = f" ({result.skipped_duplicates} were already here)" if result.skipped_duplicates else ""
        self.refresh()
        self.status.setText(f"Imported {_plural(result.added, 'session', 'sessions')} from {path}{already}.")
