"""The line under the History charts: the chosen week's sessions in words (when, finished or how far, how long)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from piriformis_desktop.core.history import HistoryError, HistoryStore, SessionRecord
from piriformis_desktop.core.stats import WeekCount, whole_minutes
from piriformis_desktop.ui.history.weeks import weekday_date
from piriformis_desktop.ui.words import TrContext

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


class WeekDetail(TrContext):
    """The context of this module's plural phrases."""


def week_words(week: WeekCount, goal: int, today: date, store: HistoryStore | None) -> str:
    """'Week of Mon 16 Nov 2026: 3 of 3 finished — goal met ★', then one line per session."""
    locale = QLocale()
    first_day = weekday_date(week.week_start, locale=locale)
    this_week = week.contains(today)
    if week.completed + week.partial == 0:
        if this_week:
            return translate("WeekDetail", "This week of {day}: no sessions yet.").format(day=first_day)
        return translate("WeekDetail", "Week of {day}: no sessions.").format(day=first_day)
    title = _title(this_week, week.met(goal), week.partial).format(day=first_day, done=week.completed, goal=goal)
    records: list[SessionRecord] = []
    if store is not None:
        try:
            records = store.sessions(since=week.week_start, until=week.week_end)
        except HistoryError as error:
            return translate("WeekDetail", "{week}.\n{problem}").format(week=title, problem=error)
    return "\n".join([title, *(session_words(r, locale) for r in records)])


def _title(this_week: bool, met: bool, stopped: int) -> str:
    """The week's first line as one whole sentence for each case, its {day}, {done} and {goal} still to fill."""
    if this_week:
        if met and stopped:
            return WeekDetail.tr("This week of {day}: {done} of {goal} finished — goal met ★, %n stopped early", "",
                                 stopped)
        if met:
            return translate("WeekDetail", "This week of {day}: {done} of {goal} finished — goal met ★")
        if stopped:
            return WeekDetail.tr("This week of {day}: {done} of {goal} finished, %n stopped early", "", stopped)
        return translate("WeekDetail", "This week of {day}: {done} of {goal} finished")
    if met and stopped:
        return WeekDetail.tr("Week of {day}: {done} of {goal} finished — goal met ★, %n stopped early", "", stopped)
    if met:
        return translate("WeekDetail", "Week of {day}: {done} of {goal} finished — goal met ★")
    if stopped:
        return WeekDetail.tr("Week of {day}: {done} of {goal} finished, %n stopped early", "", stopped)
    return translate("WeekDetail", "Week of {day}: {done} of {goal} finished")


def session_words(record: SessionRecord, locale: QLocale) -> str:
    """'• Mon 16 Nov, 07:30: finished, 6 min, left leg first' (the time is the session's active time)."""
    when = weekday_date(record.local_date, year=False, locale=locale)
    started = record.started_at.astimezone()
    clock = locale.toString(QTime(started.hour, started.minute), QLocale.FormatType.ShortFormat)
    minutes = whole_minutes(record.duration_seconds)
    if record.first_side == "left":
        side = translate("WeekDetail", "left leg first")
    else:
        side = translate("WeekDetail", "right leg first")
    if record.completed:
        return translate("WeekDetail", "• {when}, {clock}: finished, {minutes} min, {side}").format(
            when=when, clock=clock, minutes=minutes, side=side)
    return translate("WeekDetail", "• {when}, {clock}: stopped early after {done} of {total} exercises, "
                                   "{minutes} min, {side}").format(
        when=when, clock=clock, done=record.exercises_done, total=record.exercises_total, minutes=minutes, side=side)
