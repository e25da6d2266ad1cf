"""The numbers panel beside the History charts: this week, streaks, totals and the last session in words, large,
with what each means underneath, and the last twelve weeks day by day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from piriformis_desktop.core.stats import RECENT_WEEKS, DayCount, Summary, week_start, whole_minutes
from piriformis_desktop.ui.history.day_strip import DayStrip
from piriformis_desktop.ui.history.weeks import weekday_date
from piriformis_desktop.ui.words import weeks_words

# (row, column, columns spanned): the week and the time exercised ("17 h 35 min") across, the pairs side by side
PLACES = {"this-week": (0, 0, 2), "current-streak": (2, 0, 1), "best-streak": (2, 1, 1),
          "sessions": (4, 0, 1), "last": (4, 1, 1), "minutes": (6, 0, 2)}


class NumbersPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history-numbers")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setVerticalSpacing(2)
        grid.setHorizontalSpacing(20)
        big = QFont(self.font())
        big.setPixelSize(round(max(self.font().pixelSize(), 14) * 1.75))  # two figures side by side in 800 px
        big.setBold(True)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key, (row, column, span) in PLACES.items():
            value, caption = QLabel(), QLabel()
            value.setObjectName(f"{key}-value")
            caption.setObjectName(f"{key}-caption")
            value.setFont(big)
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            caption.setContentsMargins(0, 0, 0, 8)
            grid.addWidget(value, row, column, 1, span)
            grid.addWidget(caption, row + 1, column, 1, span)
            self.values[key], self.captions[key] = value, caption
        self.strip_title = QLabel(self.tr("Last %n week(s), day by day", "", RECENT_WEEKS))
        self.strip_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.day_strip = DayStrip()
        grid.addWidget(self.strip_title, 8, 0, 1, 2)
        grid.addWidget(self.day_strip, 9, 0, 1, 2)
        grid.setRowStretch(10, 1)

    def show_summary(self, s: Summary, days: list[DayCount], today: date, first_weekday: int = 0) -> None:
        """Put the summary in words; `days` are the last twelve weeks for the strip."""
        done, goal = s.this_week_completed, s.goal
        if done > goal:
            self._set("this-week", str(done), self.tr("this week — goal of %n met ✓", None, goal))
        elif done == goal:
            self._set("this-week", self.tr("{done} of {goal}").format(done=done, goal=goal),
                      self.tr("this week — goal met ✓"))
        else:
            self._set("this-week", self.tr("{done} of {goal}").format(done=done, goal=goal),
                      self.tr("this week — %n more to reach your goal of {goal}", None, goal - done).format(goal=goal))
        first = s.first_session_date
        if s.current_streak == 0 and first is not None and week_start(first, first_weekday) == week_start(
                today, first_weekday):
            self._set("current-streak", self.tr("First week"), self.tr("welcome! Weeks at your goal count from here"))
        else:
            self._set("current-streak", weeks_words(s.current_streak), self.tr("in a row at your goal"))
        self._set("best-streak", weeks_words(s.best_streak), self.tr("best streak"))
        self._set("sessions", str(s.total_sessions),
                  self.tr("finished, %n stopped early", None, s.partial_sessions) if s.partial_sessions else
                  self.tr("finished"))
        minutes = whole_minutes(s.total_minutes * 60)
        if minutes >= 60:
            self._set("minutes", self.tr("{hours} h {minutes} min").format(hours=minutes // 60, minutes=minutes % 60),
                      self.tr("exercised"))
        else:
            self._set("minutes", str(minutes), self.tr("minute(s) exercised", None, minutes))
        last = s.last_session_date
        self._set("last", self._day_words(last, today) if last else "—", self.tr("last session"))
        self.day_strip.set_days(days, today, first)

    def _set(self, key: str, value: str, caption: str) -> None:
        self.values[key].setText(value)
        self.captions[key].setText(caption)
        self.values[key].setAccessibleName(self.tr("{caption}: {value}").format(caption=caption, value=value))

    def _day_words(self, day: date, today: date) -> str:
        delta = (today - day).days
        if delta == 0:
            return self.tr("Today")
        if delta == 1:
            return self.tr("Yesterday")
        return weekday_date(day, year=day.year != today.year)
