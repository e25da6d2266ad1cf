"""The line under the History charts: the chosen week's sessions in words (when, finished or how far, how long)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from piriformis_desktop.core.history import HistoryError, HistoryStore, SessionRecord
from piriformis_desktop.core.stats import WeekCount, whole_minutes
from piriformis_desktop.ui.history.weeks import qdate
from piriformis_desktop.ui.words import TrContext

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


class WeekDetail(TrContext):
    """The context of this module's plural phrases."""


def week_words(week: WeekCount, goal: int, today: date, store: HistoryStore | None) -> str:
    """'Week of Mon 16 Nov 2026: 3 of 3 finished — goal met ★', then one line per session."""
    locale = QLocale()
    first_day = locale.toString(qdate(week.week_start), "ddd d MMM yyyy")
    this_week = week.contains(today)
    if week.completed + week.partial == 0:
        if this_week:
            return translate("WeekDetail", "This week of {day}: no sessions yet.").format(day=first_day)
        return translate("WeekDetail", "Week of {day}: no sessions.").format(day=first_day)
    title = (translate("WeekDetail", "This week of {day}: {done} of {goal} finished") if this_week else
             translate("WeekDetail", "Week of {day}: {done} of {goal} finished")).format(
        day=first_day, done=week.completed, goal=goal)
    if week.met(goal):
        title += translate("WeekDetail", " — goal met ★")
    if week.partial:
        title += WeekDetail.tr(", %n stopped early", "", week.partial)
    records: list[SessionRecord] = []
    if store is not None:
        try:
            records = store.sessions(since=week.week_start, until=week.week_end)
        except HistoryError as error:
            return f"{title}.\n{error}"
    return "\n".join([title, *(session_words(r, locale) for r in records)])


def session_words(record: SessionRecord, locale: QLocale) -> str:
    """'• Mon 16 Nov, 07:30: finished, 6 min, left leg first' (the time is the session's active time)."""
    when = locale.toString(qdate(record.local_date), "ddd d MMM")
    clock = record.started_at.astimezone().strftime("%H:%M")
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
