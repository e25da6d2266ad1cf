"""The History tab: sessions per week against the goal, pain under them, streaks and totals in words, CSV.

The view renders what `core.stats` and `core.progress` compute from the history and never opens a file or a
database itself; it listens to the history source, so a recorded session, a check-in and an import all refresh it
by the same route. The charts (pyqtgraph) are imported when first shown with sessions, so the app starts without
them. It works in an 800x600 window: the charts stack with their titles above them (never on a squeezed axis),
the legend wraps between its items, and a busy week's sessions scroll rather than push the charts together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from piriformis_desktop.core.history import HistoryError, HistoryStore, Outcome
from piriformis_desktop.core.history.source import HistoryChange, HistorySource
from piriformis_desktop.core.progress import pain_trend, rising_pain
from piriformis_desktop.core.stats import Summary, WeekCount, day_counts, summary, week_start, weekly_counts
from piriformis_desktop.ui.history.detail import week_words
from piriformis_desktop.ui.history.numbers import NumbersPanel
from piriformis_desktop.ui.history.transfer import export_history, import_history
from piriformis_desktop.ui.history.weeks import first_weekday_of
from piriformis_desktop.ui.words import install_english_plurals, sessions_words, trend_words

DEFAULT_WEEKS = 12


def _label(name: str, *, wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


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
        self.outcomes: list[Outcome] = []
        self.weeks: list[WeekCount] = []
        self.summary: Summary | None = None
        self.chart = None  # the weekly chart (a pyqtgraph PlotWidget), built the first time it is shown
        self.pain_chart = None  # pain check-ins on the same weeks, below it
        self.pain_points: list[tuple[date, int]] = []
        self.pinned_week: int | None = None
        self._build()
        self.refresh()

    # -- the widgets -------------------------------------------------------------------------
    def _build(self) -> None:
        self.notice = _label("history-notice", selectable=True)
        self.notice.hide()
        self.empty = _label("history-empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setAccessibleName(self.tr("No history yet"))
        empty_font = QFont(self.font())
        empty_font.setPixelSize(round(max(self.font().pixelSize(), 14) * 1.25))
        self.empty.setFont(empty_font)

        self.chart_title = _label("history-chart-title", wrap=False)
        self.chart_title.setText(self.tr("Sessions per week"))
        self.pain_title = _label("pain-chart-title", wrap=False)
        self.pain_title.setText(self.tr("Pain after each session (0 none, 10 worst)"))
        bold = QFont(self.font())
        bold.setBold(True)
        self.chart_title.setFont(bold)
        self.pain_title.setFont(bold)
        self.recent_button = QPushButton(self.tr("Last 12 weeks"))
        self.recent_button.setObjectName("recent-weeks-button")
        self.recent_button.setAccessibleName(self.tr("Show the last 12 weeks"))
        self.recent_button.clicked.connect(self.show_recent_weeks)
        self.all_button = QPushButton(self.tr("Whole history"))
        self.all_button.setObjectName("all-weeks-button")
        self.all_button.setAccessibleName(self.tr("Show the whole history"))
        self.all_button.clicked.connect(self.show_all_weeks)
        title_row = QHBoxLayout()
        title_row.addWidget(self.chart_title, 1)
        title_row.addWidget(self.recent_button)
        title_row.addWidget(self.all_button)
        self.legend = _label("history-legend")
        self.pain_words = _label("pain-words")
        self.pain_words.setAccessibleName(self.tr("Pain trend"))
        self.week_detail = _label("week-detail", selectable=True)
        self.week_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.week_detail.setAccessibleName(self.tr("Sessions of the chosen week"))
        detail = QScrollArea()  # a busy week scrolls here; it never pushes the charts together
        detail.setObjectName("week-detail-area")
        detail.setFrameShape(QFrame.Shape.NoFrame)
        detail.setWidgetResizable(True)
        detail.setWidget(self.week_detail)
        detail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 4)
        detail.viewport().setBackgroundRole(QPalette.ColorRole.Window)

        self.chart_area = QVBoxLayout()  # the charts go in here, with their titles, when first shown
        self.chart_area.setContentsMargins(0, 0, 0, 0)
        self.chart_area.addLayout(title_row)
        left = QVBoxLayout()
        left.addLayout(self.chart_area, 1)
        left.addWidget(self.legend)
        left.addWidget(self.pain_words)
        left.addWidget(detail)

        self.numbers = NumbersPanel()
        self.values, self.captions, self.day_strip = self.numbers.values, self.numbers.captions, self.numbers.day_strip
        data_page = QWidget()
        page_layout = QHBoxLayout(data_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(left, 3)
        page_layout.addWidget(self.numbers, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(data_page)

        self.status = _label("history-status", selectable=True)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("import-button")
        self.import_button.setAccessibleName(self.tr("Import sessions from a CSV file"))
        self.import_button.clicked.connect(self.import_history)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("export-button")
        self.export_button.setAccessibleName(self.tr("Export the history as a CSV file"))
        self.export_button.clicked.connect(self.export_history)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

    # -- state -----------------------------------------------------------------------------
    def _history_changed(self, change: HistoryChange) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the history again (after a session, an import, or a change of the day)."""
        self.outcomes, self.pain_points = [], []
        if self.history.is_open:
            try:
                self.outcomes = self.history.outcomes()
                self.pain_points = self.history.pain_scores()
            except HistoryError as error:
                self.status.setText(str(error))
        self._recompute()
        self.pinned_week = None
        if self.chart is not None:
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
        weeks = weekly_counts(self.outcomes, first, today)
        self.summary = summary(self.outcomes, self.goal, first, today, weeks)
        self.weeks = weeks if len(weeks) >= DEFAULT_WEEKS else weekly_counts(self.outcomes, first, today,
                                                                            weeks=DEFAULT_WEEKS)
        last_week = week_start(today, first)
        days = day_counts(self.outcomes, last_week - timedelta(weeks=DEFAULT_WEEKS - 1), last_week + timedelta(days=6))
        self.numbers.show_summary(self.summary, days, today)
        if not self.outcomes:
            self.empty.setText(self._empty_words())
        writable = self.history.writable
        self.import_button.setEnabled(writable)
        self.import_button.setToolTip("" if writable else
                                      self.tr("Your history cannot be written, so nothing can be imported."))
        self.export_button.setEnabled(bool(self.outcomes))
        self.pages.setCurrentIndex(1 if self.outcomes else 0)

    def _empty_words(self) -> str:
        if not self.history.is_open:
            return self.tr("<p style='font-size:xx-large'><b>Your history is not available</b></p>"
                           "<p>Sessions still play from start to end, but they are not saved. "
                           "The notice above says why.</p>")
        return self.tr("<p style='font-size:xx-large'><b>No sessions yet</b></p>"
                       "<p>Start your first session on the <b>Session</b> tab (press <b>Space</b>).<br>"
                       "Every session you finish shows up here, week by week, against your goal of "
                       "{goal} a week.</p>"
                       "<p>Moving from another computer? Use <b>Import…</b> with the CSV you exported there.</p>"
                       ).format(goal=sessions_words(self.goal))

    # -- the charts --------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self.chart is None and self.outcomes:
            self._build_charts()
        super().showEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.PaletteChange and self.chart is not None:
            self._update_charts(reset_range=False)
        super().changeEvent(event)

    def _build_charts(self) -> None:
        from piriformis_desktop.ui.history.chart import SessionsChart  # pyqtgraph: only when first shown
        from piriformis_desktop.ui.history.pain_chart import PainChart

        self.chart = SessionsChart()
        self.chart.week_hovered.connect(self._show_week)
        self.chart.week_clicked.connect(self._pin_week)
        self.chart.left_chart.connect(lambda: self._show_week(self._resting_week()))
        self.pain_chart = PainChart(self.chart)
        self.chart_area.addWidget(self.chart, 3)
        self.chart_area.addWidget(self.pain_title)
        self.chart_area.addWidget(self.pain_chart, 2)
        self._update_charts(reset_range=True)

    def _update_charts(self, reset_range: bool) -> None:
        from piriformis_desktop.ui.history.chart import chart_colours  # loaded with the charts already

        colours = chart_colours(self.palette())
        self.chart.show_weeks(self.weeks, self.goal, colours, reset_range)
        trend = pain_trend(self.pain_points, [w.week_start for w in self.weeks])
        rising = rising_pain(self.pain_points, self._today())
        self.pain_words.setText(self.tr("{trend} {rising}", "two sentences about pain, one after the other").format(
            trend=trend_words(trend), rising=rising) if rising else trend_words(trend))
        self.pain_chart.show_pain(self.pain_points, self.weeks, trend, colours, self.pain_words.text())
        self.legend.setText(self._legend_html(colours))
        self._show_week(self._resting_week())

    def _legend_html(self, colours) -> str:
        """Each item's words joined by no-break spaces (the goal's dashes are no-break hyphens), items by ordinary
        spaces: a narrow window wraps the legend between its items, never inside one."""
        def item(colour, glyph: str, words: str) -> str:
            swatch = f"<span style='color:{colour.name()}; font-size:130%'>{glyph}</span>"
            return f"<span style='white-space:nowrap'>{swatch}&nbsp;{words.replace(' ', '&nbsp;')}</span>"

        return "&nbsp;&nbsp; ".join((
            item(colours["met"], "■", self.tr("finished, goal met ★")),
            item(colours["short"], "■", self.tr("finished")),
            item(colours["met"], "▨", self.tr("stopped early")),
            item(colours["text"], "\u2011\u00a0\u2011", self.tr("goal: {goal} a week").format(goal=self.goal))))

    def show_recent_weeks(self) -> None:
        if self.chart is not None:
            self.chart.show_recent_weeks()

    def show_all_weeks(self) -> None:
        if self.chart is not None:
            self.chart.show_all_weeks()

    def visible_weeks(self) -> tuple[float, float]:
        return self.chart.visible_weeks()

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
        self.chart.mark_week(index)
        self.week_detail.setText(self.week_words(week))
        self.week_shown.emit(week)

    def week_words(self, week: WeekCount) -> str:
        """The week's sessions in words: when each began (local time), finished or stopped, how long."""
        return week_words(week, self.goal, self._today(), self.history)

    # -- export and import -------------------------------------------------------------------
    def export_history(self) -> None:
        if self.history.is_open:
            self.status.setText(export_history(self, self.history, self._today()))

    def import_history(self) -> None:
        """Sessions from a CSV file, read on a thread of its own; the history announces them, which refreshes
        this view."""
        if self.history.writable:
            self.importing = import_history(self, self.history, self._imported)

    def _imported(self, message: str) -> None:
        self.status.setText(message)
