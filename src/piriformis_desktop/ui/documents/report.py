"""The progress report for a physiotherapist, on one page: sessions per week against the goal, adherence, the
routine as set, the pain trend as a chart and a table, and the notes the user wrote at check-ins.

Notes are listed only where there is a note; those that do not fit are counted in a closing line that points
to the history export. Only a report of many weeks (`--weeks 20` and more) continues its table on a second page.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from piriformis_desktop.core.progress import pain_trend
from piriformis_desktop.core.routine import Routine
from piriformis_desktop.core.durations import format_duration
from piriformis_desktop.core.settings import Settings
from piriformis_desktop.core.timeline import session_length_seconds
from piriformis_desktop.core.stats import adherence, week_position, week_start, weekly_counts, whole_minutes
from piriformis_desktop.ui.documents.pages import (
    ACCENT, INK, LINE, MUTED, PANEL, DocumentError, Page, default_paper, headless_application, open_preview, write_pdf,
)
from piriformis_desktop.ui.documents import prescription_part
from piriformis_desktop.ui.history.weeks import first_weekday_of, qdate, written_date
from piriformis_desktop.ui.words import (
    TrContext, dose_words, pain_place_words, sessions_words, start_side_words, trend_words, weeks_words,
)

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


class ProgressReport(TrContext):
    """The context of this module's plural phrases."""


NOTE_POINTS, FOOTER_MM = 8.5, 9.0


def _day(day: date, pattern: str | None = None) -> str:
    """A date as the locale writes it, short month names: "16 Nov 2026", "16. Nov. 2026", "16 nov. 2026";
    `pattern` for the chart's axis ("d MMM"), where the year would not fit."""
    return written_date(day, short_month=True) if pattern is None else QLocale().toString(qdate(day), pattern)


def render_report(painter: QPainter, rect, dpi: float, routine: Routine, settings: Settings, records, *,
                  today: date, weeks: int, first_weekday: int, new_page) -> int:
    """Draw the report; returns the pages drawn (one, unless the weeks' table runs over)."""
    page = Page(painter, rect, dpi)
    width, goal = page.width, settings.weekly_goal
    last = week_start(today, first_weekday)
    first = last - timedelta(weeks=weeks - 1)
    shown = [r for r in records if first <= r.local_date <= today]
    counts = [w for w in weekly_counts(shown, first_weekday, today, weeks=weeks) if w.week_start >= first]
    kept = adherence(counts, goal)
    points = [(r.local_date, r.pain_after) for r in shown if r.pain_after is not None]
    trend = pain_trend(points, [w.week_start for w in counts])

    end = min(today, last + timedelta(days=6))
    page.banner(translate("ProgressReport", "Progress report"),
                translate("ProgressReport", "Printed {date}").format(date=written_date(today)),
                ProgressReport.tr("{title}: {first} to {end} (%n week(s))", "", weeks).format(
                    title=routine.title, first=_day(first), end=_day(end)))
    finished, stopped = sum(w.completed for w in counts), sum(w.partial for w in counts)
    page.text(0, width, translate("ProgressReport", "Sessions"), 12, bold=True, colour=ACCENT, gap=0.6)
    page.text(0, width, " ".join((
        ProgressReport.tr("%n session(s) finished and {stopped} stopped early in {weeks}.", "", finished).format(stopped=stopped, weeks=weeks_words(weeks)),
        ProgressReport.tr("Goal: %n a week.", "", goal),
        ProgressReport.tr("Adherence: {percent}% of the goal's sessions; the goal was met in {met} of %n week(s).", "",
                          kept.weeks).format(percent=kept.percent, met=kept.weeks_met))), 9.5, gap=2)

    page.text(0, width, translate("ProgressReport", "The routine as currently set"), 12, bold=True, colour=ACCENT,
              gap=0.6)
    doses = "; ".join(
        translate("ProgressReport", "{name}: {dose}").format(name=e.name, dose=dose_words(settings.exercise(e.id)))
        if settings.exercise(e.id).enabled else
        translate("ProgressReport", "{name}: not in the routine").format(name=e.name) for e in routine.exercises)
    page.text(0, width, translate(
        "ProgressReport", "{doses}. Each exercise on both legs; {start_side}. Tempo: move {move} s, move back "
        "{release} s; {rest} s rest between legs and exercises. A session takes {length}.").format(
        doses=doses, start_side=start_side_words(settings.start_side), move=settings.move_seconds,
        release=settings.release_seconds, rest=settings.rest_seconds,
        length=format_duration(session_length_seconds(routine, settings))), 9.5, gap=2.5)
    prescription_part.in_report(page, routine, settings, today)  # who prescribed, the limits, the dose over time

    page.text(0, width, translate("ProgressReport", "Pain after sessions (0 no pain, 10 worst imaginable)"), 12,
              bold=True, colour=ACCENT, gap=1)
    chart_top = page.y
    _pain_chart(page, counts, points, trend, 0, chart_top, width, 44)
    page.y = chart_top + 46
    page.text(0, width, trend_words(trend), 9, italic=True, colour=MUTED, gap=2.5)

    page.text(0, width, translate("ProgressReport", "Week by week"), 12, bold=True, colour=ACCENT, gap=1)
    widths = [34, 24, 30, 24, 28, 24]
    header = [translate("ProgressReport", "Week from"), translate("ProgressReport", "Finished"),
              translate("ProgressReport", "Stopped early"), translate("ProgressReport", "Goal met"),
              translate("ProgressReport", "Pain (mean)"), translate("ProgressReport", "Minutes")]
    yes, no = translate("ProgressReport", "yes"), translate("ProgressReport", "no")
    pages = 1
    _table_row(page, header, widths, bold=True)
    for week, pain in zip(counts, trend.weekly):
        if page.y > page.height - FOOTER_MM - 5:
            _footer(page)
            new_page()
            page, pages = Page(painter, rect, dpi), pages + 1
            _table_row(page, header, widths, bold=True)
        mean = "-" if pain is None else QLocale().toString(float(pain), "f", 1)
        _table_row(page, [_day(week.week_start), str(week.completed), str(week.partial), yes if week.met(goal) else no,
                          mean, str(whole_minutes(week.minutes * 60))], widths)
    _notes(page, [r for r in shown if r.note.strip()])
    _footer(page)
    return pages


def _notes(page: Page, noted) -> None:
    """The newest notes that fit above the footer, oldest of them first; a line counts the earlier ones, which the
    history export holds."""
    if not noted:
        return
    width = page.width
    lines = [_note_line(r) for r in noted]
    heights = [page.measure(width - 3, line, NOTE_POINTS) + 0.6 for line in lines]
    more_height = page.measure(width, ProgressReport.tr("%n earlier note(s)", "", 99), NOTE_POINTS) + 1
    heading = page.measure(width, translate("ProgressReport", "Notes from check-ins"), 12, bold=True) + 0.8
    room = page.height - FOOTER_MM - (page.y + 3) - heading
    fit, used = 0, 0.0
    for height in reversed(heights):
        earlier = len(lines) - fit - 1
        if used + height + (more_height if earlier else 0) > room:
            break
        fit, used = fit + 1, used + height
    if fit == 0 and room < more_height:
        return  # not even the count fits: the table filled the page
    page.y += 3
    page.text(0, width, translate("ProgressReport", "Notes from check-ins"), 12, bold=True, colour=ACCENT, gap=0.8)
    if fit < len(lines):
        page.text(3, width - 3, ProgressReport.tr("%n earlier note(s) in the exported history "
                                                            "(File > Export history).", "", len(lines) - fit),
                  NOTE_POINTS, italic=True, colour=MUTED, gap=0.6)
    for line in lines[len(lines) - fit:]:
        page.text(3, width - 3, line, NOTE_POINTS, gap=0.6)


def _note_line(record) -> str:
    day = _day(record.local_date)
    where = ", ".join(pain_place_words(place) for place in record.pain_where.split(",") if place)
    note = record.note.strip()
    if record.pain_after is not None and where:
        return translate("ProgressReport", "{day}: pain {pain}/10 [{where}] {note}").format(
            day=day, pain=record.pain_after, where=where, note=note)
    if record.pain_after is not None:
        return translate("ProgressReport", "{day}: pain {pain}/10 {note}").format(day=day, pain=record.pain_after,
                                                                                   note=note)
    return translate("ProgressReport", "{day}: {note}").format(day=day, note=note)


def _footer(page: Page) -> None:
    page.y = page.height - FOOTER_MM + 1
    page.text(0, page.width, translate(
        "ProgressReport", "Recorded by the user with Piriformis Desktop, a guided home routine. Pain is self-rated on "
        "the 0-10 numeric rating scale after each session."), 7.5, italic=True, colour=MUTED)


def _table_row(page: Page, cells: list[str], widths: list[float], bold: bool = False) -> None:
    x, top = 0.0, page.y
    for cell, w in zip(cells, widths):
        page.y = top
        page.text(x + 1, w - 2, cell, 8.5, bold=bold, advance=False)
        x += w
    page.y = top + 5
    page.rule(page.y - 0.6, width=x, weight=0.25)


def _pain_chart(page: Page, weeks, points, trend, x: float, y: float, w: float, h: float) -> None:
    painter = page.painter
    page.box(x, y, w, h, fill=PANEL)
    left, right, top, bottom = x + 10, x + w - 4, y + 4, y + h - 8
    n = max(len(weeks), 1)

    def px(position: float) -> float:  # week i's centre at position i, as `week_position` places days
        return left + (right - left) * (position + 0.5) / n

    def py(pain: float) -> float:
        return bottom - (bottom - top) * pain / 10

    for level in (0, 5, 10):
        line = page.rect(left, py(level), right - left, 0)
        painter.setPen(QPen(QColor(LINE), 0.2 * page.mm))
        painter.drawLine(line.topLeft(), line.topRight())
        page.y = py(level) - 2
        page.text(x + 2, 7, str(level), 7.5, colour=MUTED, advance=False)
    for i, week in enumerate(weeks):
        if i % max(1, n // 6) == 0:
            page.y = bottom + 1.5
            page.text(px(i) - 10, 20, _day(week.week_start, "d MMM"), 7, colour=MUTED,
                      align=Qt.AlignmentFlag.AlignHCenter, advance=False)
    if weeks:
        painter.setPen(QPen(QColor(INK), 0.25 * page.mm))
        painter.setBrush(QColor("#9fc4e6"))
        for day, pain in points:
            position = week_position(day, weeks[0].week_start)
            if -0.5 <= position < n - 0.5:
                painter.drawEllipse(page.rect(px(position), py(pain), 0, 0).topLeft(), 0.9 * page.mm, 0.9 * page.mm)
        line = [(i, v) for i, v in enumerate(trend.smoothed) if v is not None]
        if len(line) >= 2:
            path = QPainterPath()
            for k, (i, v) in enumerate(line):
                point: QPointF = page.rect(px(i), py(v), 0, 0).topLeft()
                path.moveTo(point) if k == 0 else path.lineTo(point)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(ACCENT), 0.7 * page.mm))
            painter.drawPath(path)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _report_drawing(routine, settings, records, weeks: int, today: date | None = None):
    return lambda painter, rect, dpi, new_page: render_report(
        painter, rect, dpi, routine, settings, records, today=today or date.today(), weeks=weeks,
        first_weekday=first_weekday_of(), new_page=new_page)


def write_report_pdf(path: Path, records, settings: Settings, routine: Routine, *, weeks: int = 12,
                     paper: str = "a4", today: date | None = None) -> None:
    """Write the report to `path` as a PDF, atomically (DocumentError on failure)."""
    write_pdf(path, translate("ProgressReport", "Progress report"), paper,
              _report_drawing(routine, settings, records, weeks, today))


def open_report_preview(parent, records, settings: Settings, routine: Routine, weeks: int = 12):
    return open_preview(parent, translate("ProgressReport", "Print progress report"),
                        _report_drawing(routine, settings, records, weeks))


def print_report_command(path: str, weeks: int, paper: str | None) -> int:
    """`--print-report FILE.pdf [--weeks N]`: no window, no display needed; a one-line result or a clear error."""
    app = headless_application()
    from piriformis_desktop import paths
    from piriformis_desktop.core.history import open_history
    from piriformis_desktop.core.routine import load_routine
    from piriformis_desktop.core.settings import load_settings
    from piriformis_desktop.ui.translation import install_translation

    loaded = load_settings(paths.settings_path())
    language = install_translation(loaded.settings.language)  # the report and these lines in the user's language
    if weeks < 1:
        print(translate("ProgressReport", "piriformis-desktop: --weeks must be 1 or more"), file=sys.stderr)
        return 1
    opening = open_history(paths.history_path())
    for notice in (loaded.notice, opening.notice):
        if notice:
            print(f"piriformis-desktop: {notice}", file=sys.stderr)
    records = opening.store.sessions() if opening.store is not None else []
    paper = paper or default_paper()
    try:
        write_report_pdf(Path(path), records, loaded.settings, load_routine(language), weeks=weeks, paper=paper)
    except DocumentError as error:
        print(f"piriformis-desktop: {error}", file=sys.stderr)
        return 1
    finally:
        if opening.store is not None:
            opening.store.close()
    print(ProgressReport.tr("Wrote the progress report for %n week(s) ({sessions} in the history) to {path}.", "",
                            weeks).format(sessions=sessions_words(len(records)), path=path), file=sys.stderr)
    del app
    return 0
