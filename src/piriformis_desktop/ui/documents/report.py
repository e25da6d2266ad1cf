"""The progress report for a physiotherapist: sessions per week against the goal, adherence, the routine as
set, the pain trend as a chart and a table, and the user's notes. Drawn with the routine sheet's page
helpers and written the same careful way (text stays text, atomic PDF, clear errors)."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from piriformis_desktop.core.progress import pain_trend
from piriformis_desktop.core.routine import Routine
from piriformis_desktop.core.settings import Settings, format_duration, session_length_seconds
from piriformis_desktop.core.stats import week_start, weekly_counts
from piriformis_desktop.ui.documents.sheet import (
    ACCENT, INK, LINE, MUTED, PANEL, Page, SheetError, default_paper, dose_line, headless_application,
    open_preview, start_side_words, write_pdf,
)
from piriformis_desktop.ui.history.weeks import first_weekday_of


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def adherence(weeks, goal: int) -> tuple[int, int, int]:
    """(percent of the goal's sessions done, capped per week at the goal; weeks at goal; weeks)."""
    done = sum(min(w.completed, goal) for w in weeks)
    percent = round(100 * done / (goal * len(weeks))) if weeks else 0
    return percent, sum(1 for w in weeks if w.completed >= goal), len(weeks)


def render_report(painter: QPainter, rect, dpi: float, routine: Routine, settings: Settings, records, *,
                  today: date, weeks: int, first_weekday: int, new_page) -> int:
    """Draw the report; returns the pages drawn (one or two)."""
    page = Page(painter, rect, dpi)
    width = page.width
    last = week_start(today, first_weekday)
    first = last - timedelta(weeks=weeks - 1)
    shown = [r for r in records if first <= r.local_date <= today]
    counts = [w for w in weekly_counts(shown, first_weekday, today, weeks=weeks) if w.week_start >= first]
    percent, at_goal, total = adherence(counts, settings.weekly_goal)
    points = [(r.local_date, r.pain_after) for r in shown if r.pain_after is not None]
    trend = pain_trend(points, [w.week_start for w in counts])

    page.box(0, 0, width, 17, fill=ACCENT, line=ACCENT)
    page.y = 2.5
    page.text(5, width - 70, "Progress report", 19, bold=True, colour="#ffffff", advance=False)
    page.text(width - 75, 70, f"Printed {today.day} {today:%B %Y}", 9, colour="#ffffff",
              align=Qt.AlignmentFlag.AlignRight, advance=False)
    page.y = 10.5
    end = min(today, last + timedelta(days=6))
    page.text(5, width - 10, f"{routine.title}: {first.day} {first:%b %Y} to {end.day} {end:%b %Y} "
              f"({weeks} weeks)", 9.5, colour="#ffffff", advance=False)
    page.y = 21
    finished = sum(w.completed for w in counts)
    stopped = sum(w.partial for w in counts)
    page.text(0, width, "Sessions", 12, bold=True, colour=ACCENT, gap=0.6)
    page.text(0, width, (
        f"{_count(finished, 'session')} finished and {stopped} stopped early in {weeks} weeks. Goal: {settings.weekly_goal} "
        f"a week. Adherence: {percent}% of the goal's sessions; the goal was met in {at_goal} of {total} weeks."),
        9.5, gap=2)

    page.text(0, width, "The routine as currently set", 12, bold=True, colour=ACCENT, gap=0.6)
    doses = "; ".join(f"{e.name}: {dose_line(settings, e.id)}" if settings.exercise(e.id).enabled
                      else f"{e.name}: not in the routine" for e in routine.exercises)
    page.text(0, width, (
        f"{doses}. Each exercise on both legs; {start_side_words(settings)}. Tempo: move {settings.move_seconds} s, "
        f"move back {settings.release_seconds} s; {settings.rest_seconds} s rest between legs and exercises. "
        f"A session takes {format_duration(session_length_seconds(routine, settings))}."), 9.5, gap=2.5)

    page.text(0, width, "Pain after sessions (0 no pain, 10 worst imaginable)", 12, bold=True, colour=ACCENT, gap=1)
    chart_top = page.y
    _pain_chart(page, counts, points, trend, 0, chart_top, width, 48)
    page.y = chart_top + 50
    page.text(0, width, trend.words, 9, italic=True, colour=MUTED, gap=2.5)

    page.text(0, width, "Week by week", 12, bold=True, colour=ACCENT, gap=1)
    columns = [("Week from", 34), ("Finished", 24), ("Stopped early", 30), ("Goal met", 24), ("Pain (mean)", 28),
               ("Minutes", 24)]
    _table_row(page, [c for c, _ in columns], [w for _, w in columns], bold=True)
    for week, pain in zip(counts, trend.weekly):
        if page.y > page.height - 12:
            new_page()
            page = Page(painter, rect, dpi)
            _table_row(page, [c for c, _ in columns], [w for _, w in columns], bold=True)
        _table_row(page, [f"{week.week_start.day} {week.week_start:%b %Y}", str(week.completed), str(week.partial),
                          "yes" if week.completed >= settings.weekly_goal else "no",
                          "-" if pain is None else f"{pain:.1f}", str(round(week.minutes))],
                   [w for _, w in columns])
    pages = 1
    notes = [r for r in shown if r.note or r.pain_where]
    if notes:
        page.y += 3
        if page.y > page.height - 30:
            new_page()
            page, pages = Page(painter, rect, dpi), 2
        page.text(0, width, "Notes from check-ins", 12, bold=True, colour=ACCENT, gap=0.8)
        for r in notes:
            if page.y > page.height - 10:
                if pages == 2:
                    page.text(0, width, "(more notes in the exported history)", 8.5, italic=True, colour=MUTED)
                    break
                new_page()
                page, pages = Page(painter, rect, dpi), 2
            where = f" [{r.pain_where.replace(',', ', ')}]" if r.pain_where else ""
            pain = f" pain {r.pain_after}/10" if r.pain_after is not None else ""
            page.text(3, width - 3, f"{r.local_date.day} {r.local_date:%b %Y}:{pain}{where} {r.note}".rstrip(),
                      8.5, gap=0.6)
    page.y = max(page.y + 3, page.height - 8)
    page.text(0, width, "Recorded by the user with Piriformis Desktop, a guided home routine. Pain is self-rated "
              "on the 0-10 numeric rating scale after each session.", 7.5, italic=True, colour=MUTED)
    return pages


def _table_row(page: Page, cells: list[str], widths: list[float], bold: bool = False) -> None:
    x, top = 0.0, page.y
    for cell, w in zip(cells, widths):
        page.y = top
        page.text(x + 1, w - 2, cell, 8.5, bold=bold, advance=False)
        x += w
    page.y = top + 5
    page.painter.setPen(QPen(QColor(LINE), 0.25 * page.mm))
    page.painter.drawLine(page.rect(0, page.y - 0.6, x, 0).topLeft(), page.rect(0, page.y - 0.6, x, 0).topRight())


def _pain_chart(page: Page, weeks, points, trend, x: float, y: float, w: float, h: float) -> None:
    painter = page.painter
    page.box(x, y, w, h, fill=PANEL)
    left, right, top, bottom = x + 10, x + w - 4, y + 4, y + h - 8
    n = max(len(weeks), 1)

    def px(index: float) -> float:
        return left + (right - left) * (index + 0.5) / n

    def py(pain: float) -> float:
        return bottom - (bottom - top) * pain / 10

    painter.setPen(QPen(QColor(LINE), 0.2 * page.mm))
    for level in (0, 5, 10):
        painter.drawLine(page.rect(left, py(level), 0, 0).topLeft(), page.rect(right, py(level), 0, 0).topLeft())
        page.y = py(level) - 2
        page.text(x + 2, 7, str(level), 7.5, colour=MUTED, advance=False)
    for i, week in enumerate(weeks):
        if i % max(1, n // 6) == 0:
            page.y = bottom + 1.5
            page.text(px(i) - 10, 20, f"{week.week_start.day} {week.week_start:%b}", 7, colour=MUTED,
                      align=Qt.AlignmentFlag.AlignHCenter, advance=False)
    if weeks:
        painter.setPen(QPen(QColor(INK), 0.25 * page.mm))
        painter.setBrush(QColor("#9fc4e6"))
        for day, pain in points:
            index = (day - weeks[0].week_start).days / 7 - 0.5
            if -0.5 <= index < n:
                centre = page.rect(px(index), py(pain), 0, 0).topLeft()
                painter.drawEllipse(centre, 0.9 * page.mm, 0.9 * page.mm)
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
    """Write the report to `path` as a PDF, atomically (SheetError on failure)."""
    write_pdf(path, "Progress report", paper, _report_drawing(routine, settings, records, weeks, today))


def open_report_preview(parent, records, settings: Settings, routine: Routine, weeks: int = 12):
    return open_preview(parent, "Print progress report", _report_drawing(routine, settings, records, weeks))


def print_report_command(path: str, weeks: int, paper: str | None) -> int:
    """`--print-report FILE.pdf [--weeks N]`: no window, no display needed; a one-line result or a clear error."""
    app = headless_application()
    from piriformis_desktop import paths
    from piriformis_desktop.core.history import open_history
    from piriformis_desktop.core.routine import load_routine
    from piriformis_desktop.core.settings import load_settings

    if weeks < 1:
        print("piriformis-desktop: --weeks must be 1 or more", file=sys.stderr)
        return 1
    loaded = load_settings(paths.settings_path())
    opening = open_history(paths.history_path())
    for notice in (loaded.notice, opening.notice):
        if notice:
            print(f"piriformis-desktop: {notice}", file=sys.stderr)
    records = opening.store.sessions() if opening.store is not None else []
    paper = paper or default_paper()
    try:
        write_report_pdf(Path(path), records, loaded.settings, load_routine(), weeks=weeks, paper=paper)
    except SheetError as error:
        print(f"piriformis-desktop: {error}", file=sys.stderr)
        return 1
    finally:
        if opening.store is not None:
            opening.store.close()
    print(f"Wrote the progress report for {weeks} weeks ({len(records)} sessions in the history) to {path}.",
          file=sys.stderr)
    del app
    return 0
