"""The History tab: sessions per week against the goal, pain before and after, safety flags, streaks, totals, CSV.

It renders what core computes and opens no file itself; it listens to the history source, so a recorded session,
a check-in and an import refresh it by one route. The charts (pyqtgraph) load when first shown; at 800x600 their
column scrolls rather than squeezing them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from piriformis_desktop.core.flags import Flag, flags_now
from piriformis_desktop.core.history import HistoryError, HistoryStore, SessionRecord
from piriformis_desktop.core.history.source import HistoryChange, HistorySource
from piriformis_desktop.core.period import week_goals
from piriformis_desktop.core.stats import (
    RECENT_WEEKS,
    Summary,
    WeekCount,
    day_counts,
    summary,
    week_start,
    weekly_counts,
)
from piriformis_desktop.ui.history.buttons import HistoryButtons, label
from piriformis_desktop.ui.history.detail import decimal, detail_area, scrolling_when_short, week_words
from piriformis_desktop.ui.history.legend import empty_words, pain_legend, sessions_legend
from piriformis_desktop.ui.history.numbers import NumbersPanel
from piriformis_desktop.ui.history.range_buttons import RangeButtons
from piriformis_desktop.ui.history.transfer import export_history, import_history
from piriformis_desktop.ui.history.weeks import first_weekday_of
from piriformis_desktop.ui.words import install_english_plurals

if TYPE_CHECKING:  # pyqtgraph loads when the charts are first shown
    from piriformis_desktop.ui.history.chart import SessionsChart
    from piriformis_desktop.ui.history.pain_chart import PainChart


class HistoryView(QWidget):
    week_shown = Signal(object)  # the WeekCount whose sessions the detail line now lists

    def __init__(self, history: HistorySource | HistoryStore | None, goal: int, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        install_english_plurals()
        self.setObjectName("history-view")
        self.history = history if isinstance(history, HistorySource) else HistorySource(history)
        self.history.subscribe(self._history_changed)
        self.destroyed.connect(lambda: self.history.unsubscribe(self._history_changed))
        self.goal = goal
        self._today = today
        self.outcomes: list[SessionRecord] = []  # every session, oldest first
        self.weeks: list[WeekCount] = []  # from the first session's week to this week
        self.goals: list[int] = []  # the goal each of those weeks was held to
        self.flags: list[Flag] = []  # those that speak of today (pain rising, a long gap)
        self.recent = True  # "Last 12 weeks" (else "Whole history"): the span the pain trend speaks of
        self.summary: Summary | None = None
        self.chart: SessionsChart | None = None  # the weekly chart (a pyqtgraph PlotWidget), built when first shown
        self.pain_chart: PainChart | None = None  # pain check-ins on the same weeks, below it
        self.pinned_week: int | None = None
        self._charts_stale = False  # the history changed while the tab was hidden
        self._build()
        self.refresh()

    # -- the widgets -------------------------------------------------------------------------
    def _build(self) -> None:
        self.notice = label("history-notice", selectable=True)
        self.notice.hide()
        self.empty = label("history-empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setAccessibleName(self.tr("No history yet"))
        empty_font = QFont(self.font())
        empty_font.setPixelSize(round(max(self.font().pixelSize(), 14) * 1.25))
        self.empty.setFont(empty_font)

        self.chart_title = label("history-chart-title")  # wraps before the range buttons are cut off
        self.chart_title.setText(self.tr("Sessions per week"))
        self.pain_title = label("pain-chart-title", wrap=False)
        self.pain_title.setText(self.tr("Pain before and after (0 none, 10 worst)"))
        bold = QFont(self.font())
        bold.setBold(True)
        self.chart_title.setFont(bold)
        self.pain_title.setFont(bold)
        self.range = RangeButtons()  # the active one looks pressed
        self.recent_button, self.all_button = self.range.recent, self.range.all
        self.range.recent_chosen.connect(self.show_recent_weeks)
        self.range.all_chosen.connect(self.show_all_weeks)
        title_row = QHBoxLayout()
        title_row.addWidget(self.chart_title, 1)
        title_row.addWidget(self.range)
        self.legend = label("history-legend")
        self.pain_legend = label("pain-legend")
        self.flags_box = label("history-flags", selectable=True)
        self.flags_box.setAccessibleName(self.tr("Safety flags"))
        self.flags_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.flags_box.setContentsMargins(8, 4, 8, 4)
        self.flags_box.hide()
        self.pain_words = label("pain-words")
        self.pain_words.setAccessibleName(self.tr("Pain trend"))
        self.week_detail = label("week-detail", selectable=True)
        self.week_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.week_detail.setAccessibleName(self.tr("Sessions of the chosen week"))
        detail = detail_area(self.week_detail, self.fontMetrics().lineSpacing())

        self.chart_area = QVBoxLayout()  # the charts go in here, with their titles, when first shown
        self.chart_area.setContentsMargins(0, 0, 0, 0)
        self.chart_area.addLayout(title_row)
        left = QVBoxLayout()
        left.addLayout(self.chart_area, 1)
        left.addWidget(self.pain_words)
        left.addWidget(detail)

        self.numbers = NumbersPanel()
        self.values, self.captions, self.day_strip = self.numbers.values, self.numbers.captions, self.numbers.day_strip
        data_page = QWidget()
        page_layout = QHBoxLayout(data_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(scrolling_when_short(left), 3)
        page_layout.addWidget(self.numbers, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(data_page)

        buttons = HistoryButtons()
        self.status, self.import_button = buttons.status, buttons.import_button
        self.export_button, self.checkin_button = buttons.export_button, buttons.checkin_button
        self.checkin_button.clicked.connect(self.edit_checkin)
        self.import_button.clicked.connect(self.import_history)
        self.export_button.clicked.connect(self.export_history)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.notice)
        layout.addWidget(self.flags_box)  # across the whole tab: two lines at 800x600, not four
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)

    # -- state -----------------------------------------------------------------------------
    def _history_changed(self, change: HistoryChange) -> None:
        self.refresh(charts=self.isVisible())  # hidden: the charts catch up when next shown

    def refresh(self, charts: bool = True) -> None:
        """Read the history again (after a session, an import, or a change of the day); `charts` False leaves
        the charts to catch up when the tab is next shown."""
        self.outcomes = []
        if self.history.is_open:
            try:
                self.outcomes = self.history.sessions()
            except HistoryError as error:
                self.status.setText(str(error))
        self._recompute()
        self.pinned_week = None
        self._charts_stale = not charts
        if self.chart is not None and charts:
            self._update_charts(reset_range=True)
        elif self.outcomes and self.isVisible():
            self._build_charts()

    def set_goal(self, goal: int) -> None:
        self.goal = goal
        self._recompute()
        if self.chart is not None:
            self._update_charts(reset_range=False)

    def set_notice(self, text: str | None) -> None:
        """A sentence about the history file (damaged, newer, read-only), shown above the chart."""
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))

    def _recompute(self) -> None:
        today, first = self._today(), first_weekday_of(QLocale())
        self.weeks = weekly_counts(self.outcomes, first, today)  # from the first session's week: nothing before
        self.goals = week_goals(self.outcomes, [w.week_start for w in self.weeks], self.goal, today)
        self.summary = summary(self.outcomes, self.goal, first, today, self.weeks, self.goals)
        self.flags = flags_now(self.outcomes, today)
        self.flags_box.setText("\n".join(f"⚠ {flag.words(decimal(QLocale()))}" for flag in self.flags))
        self.flags_box.setVisible(bool(self.flags) and bool(self.outcomes))
        last_week = week_start(today, first)
        days = day_counts(self.outcomes, last_week - timedelta(weeks=RECENT_WEEKS - 1), last_week + timedelta(days=6))
        self.numbers.show_summary(self.summary, days, today, first)
        if not self.outcomes:
            self.empty.setText(empty_words(self.history.is_open, self.goal))
        writable = self.history.writable
        self.import_button.setEnabled(writable)
        self.import_button.setToolTip("" if writable else
                                      self.tr("Your history cannot be written, so nothing can be imported."))
        self.export_button.setEnabled(bool(self.outcomes))
        self.checkin_button.setEnabled(writable and bool(self.outcomes))
        self.pages.setCurrentIndex(1 if self.outcomes else 0)

    # -- the charts --------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self.chart is None and self.outcomes:
            self._build_charts()
        elif self.chart is not None and self._charts_stale:
            self._charts_stale = False
            self._update_charts(reset_range=True)
        super().showEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.PaletteChange and self.chart is not None:
            self._update_charts(reset_range=False)
        super().changeEvent(event)

    def _build_charts(self) -> None:
        from piriformis_desktop.ui.history.chart import SessionsChart  # pyqtgraph: only when first shown
        from piriformis_desktop.ui.history.pain_chart import PainChart

        self.chart = chart = SessionsChart()
        chart.week_hovered.connect(self._show_week)
        chart.week_clicked.connect(self._pin_week)
        chart.left_chart.connect(lambda: self._show_week(self._resting_week()))
        self.pain_chart = pain_chart = PainChart(chart)
        self.chart_area.addWidget(chart, 3)
        self.chart_area.addWidget(self.legend)
        self.chart_area.addWidget(self.pain_title)
        self.chart_area.addWidget(pain_chart, 2)
        self.chart_area.addWidget(self.pain_legend)
        self._update_charts(reset_range=True)

    def _update_charts(self, reset_range: bool) -> None:
        from piriformis_desktop.ui.history.chart import chart_colours  # loaded with the charts already

        colours = chart_colours(self.palette())
        assert self.chart is not None  # built: the charts are updated only once they exist
        self.chart.show_weeks(self.weeks, self.goals, colours, reset_range, self.recent)
        self.legend.setText(sessions_legend(colours, self.goal))
        self.pain_legend.setText(pain_legend(colours))
        self._update_pain(colours)
        self._show_week(self._resting_week())

    def _update_pain(self, colours=None) -> None:
        """The pain marks, and the trend and its sentence over the weeks the range buttons show."""
        from piriformis_desktop.ui.history.chart import chart_colours

        assert self.pain_chart is not None  # built with the weekly chart
        first = max(0, len(self.weeks) - RECENT_WEEKS) if self.recent else 0
        self.pain_words.setText(self.pain_chart.show_records(self.outcomes, self.weeks, first,
                                                             colours or chart_colours(self.palette())))

    def show_recent_weeks(self) -> None:
        self._show_span(recent=True)

    def show_all_weeks(self) -> None:
        self._show_span(recent=False)

    def _show_span(self, recent: bool) -> None:
        self.recent = recent
        (self.recent_button if recent else self.all_button).setChecked(True)
        if self.chart is not None:
            self.chart.show_recent_weeks() if recent else self.chart.show_all_weeks()
            self._update_pain()

    # -- the chosen week ---------------------------------------------------------------------
    def _resting_week(self) -> int:
        return self.pinned_week if self.pinned_week is not None else len(self.weeks) - 1

    def _pin_week(self, index: int) -> None:
        self.pinned_week = index
        self._show_week(index)

    def _show_week(self, index: int) -> None:
        if not self.weeks or not 0 <= index < len(self.weeks):
            return
        week = self.weeks[index]
        assert self.chart is not None  # a week is shown by the chart's hover and clicks, and after it is drawn
        self.chart.mark_week(index)
        self.week_detail.setText(self.week_words(week))
        self.chart.setToolTip(self.week_detail.text())
        self.week_shown.emit(week)

    def week_words(self, week: WeekCount) -> str:
        """The week's sessions in words: when each began (local time), finished or stopped, how long."""
        goal = self.goals[self.weeks.index(week)] if week in self.weeks else self.goal
        return week_words(week, goal, self._today(), self.history)

    # -- export and import -------------------------------------------------------------------
    def export_history(self) -> None:
        if self.history.is_open:
            self.status.setText(export_history(self, self.history, self._today()))

    def import_history(self) -> None:
        """Sessions from a CSV file, read on a thread of its own; the history announces them, which refreshes
        this view."""
        if self.history.writable:
            self.importing = import_history(self, self.history, self.status.setText)

    def edit_checkin(self) -> None:
        """Add or change the check-in of a past session (the chosen week's newest first)."""
        from piriformis_desktop.ui.history.checkin_edit import edit_checkin  # only when asked

        week = self.weeks[self.pinned_week] if self.pinned_week is not None else None
        edit_checkin(self, self.history, self.outcomes, week)
