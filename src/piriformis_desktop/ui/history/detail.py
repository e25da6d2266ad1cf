"""The list under the History charts: the chosen week's sessions in words (when, finished or how far, how long,
pain before and after, where, the note, and a safety flag under the session that raised one)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from piriformis_desktop.core.flags import session_flag
from piriformis_desktop.core.history import HistoryError, HistoryStore, SessionRecord
from piriformis_desktop.core.history.source import HistorySource
from piriformis_desktop.core.routine import load_routine
from piriformis_desktop.core.stats import WeekCount, whole_minutes
from piriformis_desktop.ui.history.weeks import weekday_date
from piriformis_desktop.ui.words import TrContext, pain_place_words

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


class WeekDetail(TrContext):
    """The context of this module's plural phrases."""


def detail_area(label: QLabel, line_spacing: int) -> QScrollArea:
    """The list's scroll area: room for a week's rows (a title, three sessions and a flag); a busy week scrolls
    here and never pushes the charts together."""
    area = QScrollArea()
    area.setObjectName("week-detail-area")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(label)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumHeight(line_spacing * 5 + 4)  # the title, three sessions and a flag line
    area.viewport().setBackgroundRole(QPalette.ColorRole.Window)
    return area


def scrolling_when_short(layout: QVBoxLayout) -> QScrollArea:
    """The charts' column, scrolled only where the window is too short for it (800x600): each chart keeps the
    height it needs to be read and the session list its rows, instead of all of them squeezed together."""
    column = QWidget()
    column.setLayout(layout)
    layout.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea()
    area.setObjectName("history-column")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(column)
    return area


def week_words(week: WeekCount, goal: int, today: date, store: HistorySource | HistoryStore | None) -> str:
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
    lines = [title]
    for record in records:
        lines.append(session_words(record, locale))
        flag = session_flag(record)
        if flag is not None:
            lines.append(translate("WeekDetail", "    ⚠ {flag}").format(flag=flag.words(decimal(locale))))
    return "\n".join(lines)


def decimal(locale: QLocale):
    """How a mean with one decimal is written in `locale` ("3.5", "3,5"), for core's flag sentences."""
    return lambda value: locale.toString(float(value), "f", 1)


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
        line = translate("WeekDetail", "• {when}, {clock}: finished, {minutes} min, {side}").format(
            when=when, clock=clock, minutes=minutes, side=side)
    else:
        line = translate("WeekDetail", "• {when}, {clock}: stopped early after {done} of {total} exercises, "
                                       "{minutes} min, {side}").format(
            when=when, clock=clock, done=record.exercises_done, total=record.exercises_total, minutes=minutes,
            side=side)
    dose = dose_in_short(record.settings)
    if dose:
        line = translate("WeekDetail", "{session}; {dose}").format(session=line, dose=dose)
    pain = pain_words(record)
    if pain:
        line = translate("WeekDetail", "{session}; {pain}").format(session=line, pain=pain)
    if record.note.strip():
        line = translate("WeekDetail", "{session}; note: “{note}”").format(session=line, note=record.note.strip())
    return line


def dose_in_short(settings: dict) -> str:
    """The dose a session was played at, each included exercise's reps and hold: '10 × 2 s, 12 × 3 s' (empty
    when the record does not say, as an import from elsewhere may not)."""
    exercises = settings.get("exercises") if isinstance(settings, dict) else None
    if not isinstance(exercises, dict):
        return ""
    order = [exercise.id for exercise in load_routine().exercises]  # the routine's order, whatever the file's
    ranked = sorted(exercises.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))
    parts = [translate("WeekDetail", "{reps} × {hold} s", "reps of an exercise times its hold").format(
        reps=dose.get("reps"), hold=dose.get("hold_seconds"))
             for _, dose in ranked if isinstance(dose, dict) and dose.get("enabled", True)
             and isinstance(dose.get("reps"), int) and isinstance(dose.get("hold_seconds"), int)]
    return translate("WeekDetail", "dose {doses}").format(doses=", ".join(parts)) if parts else ""


def pain_words(record: SessionRecord) -> str:
    """'pain 2 → 5 of 10 (buttock)', 'pain after 3 of 10', or '' with no check-in."""
    before, after = record.pain_before, record.pain_after
    if before is not None and after is not None:
        text = translate("WeekDetail", "pain {before} → {after} of 10").format(before=before, after=after)
    elif after is not None:
        text = translate("WeekDetail", "pain after {after} of 10").format(after=after)
    elif before is not None:
        text = translate("WeekDetail", "pain before {before} of 10").format(before=before)
    else:
        return ""
    where = ", ".join(pain_place_words(place) for place in record.pain_where.split(",") if place)
    return translate("WeekDetail", "{pain} ({where})").format(pain=text, where=where) if where else text
