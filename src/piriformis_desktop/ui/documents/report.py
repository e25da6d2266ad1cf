"""The progress report for a physiotherapist, on one page: sessions per week against the goal, adherence since
the start (core.period), the routine as set, pain before and after as a chart and a table, the safety flags of the
period (core.flags), and the notes the user wrote at check-ins.

Notes are listed only where there is a note; those that do not fit are counted in a closing line that points
to the history export. Only a report of many weeks (`--weeks 20` and more) continues its table on a second page.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPainter

from piriformis_desktop.core.durations import format_duration
from piriformis_desktop.core.flags import flags_between
from piriformis_desktop.core.period import adherence, period, week_goals
from piriformis_desktop.core.progress import pain_trend, weekly_pain
from piriformis_desktop.core.routine import Routine
from piriformis_desktop.core.settings import Settings
from piriformis_desktop.core.stats import RECENT_WEEKS, weekly_counts, whole_minutes
from piriformis_desktop.core.terminal import log
from piriformis_desktop.core.timeline import session_length_seconds
from piriformis_desktop.ui.documents import prescription_part
from piriformis_desktop.ui.documents.pages import (
    ACCENT,
    MUTED,
    DocumentError,
    Page,
    default_paper,
    headless_application,
    open_preview,
    table_header,
    write_pdf,
)
from piriformis_desktop.ui.documents.report_chart import pain_chart
from piriformis_desktop.ui.history.detail import decimal
from piriformis_desktop.ui.history.weeks import first_weekday_of, qdate, written_date
from piriformis_desktop.ui.words import (
    TrContext,
    dose_words,
    pain_place_words,
    semicolon_list,
    sessions_words,
    start_side_words,
    trend_words,
    weeks_words,
)

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


class ProgressReport(TrContext):
    """The context of this module's plural phrases."""


NOTE_POINTS, FOOTER_MM = 8.5, 9.0
FLAGS_LISTED = 5  # the newest flags of the period; a line counts the earlier ones


def _day(day: date, pattern: str | None = None) -> str:
    """A date as the locale writes it, short month names: "16 Nov 2026", "16. Nov. 2026", "16 nov. 2026";
    `pattern` for the chart's axis (the locale's day and month), where the year would not fit."""
    return written_date(day, short_month=True) if pattern is None else QLocale().toString(qdate(day), pattern)


def render_report(painter: QPainter, rect, dpi: float, routine: Routine, settings: Settings, records, *,
                  today: date, weeks: int, first_weekday: int, new_page) -> int:
    """Draw the report; returns the pages drawn (one, unless the weeks' table runs over)."""
    page = Page(painter, rect, dpi)
    width, goal = page.width, settings.weekly_goal
    span = period(min((r.local_date for r in records if r.local_date <= today), default=None), first_weekday,
                  today, weeks)
    first, last = span.first_week, span.last_week
    shown = [r for r in records if first <= r.local_date <= today]
    counts = [w for w in weekly_counts(shown, first_weekday, today, weeks=span.weeks) if w.week_start >= first]
    goals = week_goals([r for r in records if r.local_date <= today], [w.week_start for w in counts], goal, today)
    kept = adherence(counts, goals, today)
    points = [(r.local_date, r.pain_after) for r in shown if r.pain_after is not None]
    before = weekly_pain([(r.local_date, r.pain_before) for r in shown if r.pain_before is not None],
                         [w.week_start for w in counts])
    trend = pain_trend(points, [w.week_start for w in counts])

    end = min(today, last + timedelta(days=6))
    if span.clipped:
        when = ProgressReport.tr("{title}: since {first}, %n week(s)", "", span.weeks).format(
            title=routine.title, first=_day(first))
    else:
        when = ProgressReport.tr("{title}: {first} to {end} (%n week(s))", "", span.weeks).format(
            title=routine.title, first=_day(first), end=_day(end))
    page.banner(translate("ProgressReport", "Progress report"),
                translate("ProgressReport", "Printed {date}").format(date=written_date(today)), when)
    finished, stopped = sum(w.completed for w in counts), sum(w.partial for w in counts)
    if kept.percent is None:
        kept_words = translate("ProgressReport", "Adherence: none yet; this week counts once it is over or its "
                                                 "goal is met.")
    else:
        kept_words = ProgressReport.tr("Adherence since {first}: {percent}% of the goal's sessions; the goal was met "
                                       "in {met} of %n week(s).", "", kept.weeks).format(
            first=_day(first), percent=kept.percent, met=kept.weeks_met)
    page.text(0, width, translate("ProgressReport", "Sessions"), 12, bold=True, colour=ACCENT, gap=0.6)
    page.text(0, width, " ".join((
        ProgressReport.tr("%n session(s) finished and {stopped} stopped early in {weeks}.", "", finished).format(
            stopped=stopped, weeks=weeks_words(span.weeks)),
        ProgressReport.tr("Goal: %n a week.", "", goal), kept_words)), 9.5, gap=2)

    page.text(0, width, translate("ProgressReport", "The routine as currently set"), 12, bold=True, colour=ACCENT,
              gap=0.6)
    doses = semicolon_list(
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

    page.text(0, width, translate("ProgressReport", "Pain before (ring) and after (dot) sessions (0 no pain, 10 "
                                                    "worst imaginable)"), 12, bold=True, colour=ACCENT, gap=1)
    chart_top = page.y
    pain_chart(page, counts, shown, trend, 0, chart_top, width, 40)
    page.y = chart_top + 42
    page.text(0, width, trend_words(trend), 9, italic=True, colour=MUTED, gap=2)
    _flags(page, flags_between(records, first, today))

    page.text(0, width, translate("ProgressReport", "Week by week"), 12, bold=True, colour=ACCENT, gap=1)
    widths: list[float] = [30, 24, 27, 24, 44, 24]
    header = [translate("ProgressReport", "Week from"), translate("ProgressReport", "Finished"),
              translate("ProgressReport", "Stopped early"), translate("ProgressReport", "Goal met"),
              translate("ProgressReport", "Pain before → after (mean)"), translate("ProgressReport", "Minutes")]
    yes, no = translate("ProgressReport", "yes"), translate("ProgressReport", "no")
    pages = 1
    table_header(page, header, widths)
    for week, week_goal, pain, pain_before in zip(counts, goals, trend.weekly, before, strict=True):
        if page.y > page.height - FOOTER_MM - 5:
            _footer(page)
            new_page()
            page, pages = Page(painter, rect, dpi), pages + 1
            table_header(page, header, widths)
        means = ["-" if value is None else QLocale().toString(float(value), "f", 1) for value in (pain_before, pain)]
        _table_row(page, [_day(week.week_start), str(week.completed), str(week.partial),
                          yes if week.completed >= week_goal else no,
                          translate("ProgressReport", "{before} → {after}").format(before=means[0], after=means[1]),
                          str(whole_minutes(week.minutes * 60))], widths)
    _notes(page, [r for r in shown if r.note.strip()])
    _footer(page)
    return pages


def _flags(page: Page, flags) -> None:
    """The safety flags of the period, newest last, in the sentences History and the summary show."""
    if not flags:
        return
    page.text(0, page.width, translate("ProgressReport", "Safety flags"), 12, bold=True, colour=ACCENT, gap=0.6)
    if len(flags) > FLAGS_LISTED:
        page.text(3, page.width - 3, ProgressReport.tr("%n earlier flag(s) in this period, not listed.", "",
                                                       len(flags) - FLAGS_LISTED),
                  NOTE_POINTS, italic=True, colour=MUTED, gap=0.6)
    number = decimal(QLocale())
    for flag in flags[-FLAGS_LISTED:]:
        page.text(3, page.width - 3, translate("ProgressReport", "{day}: {flag}").format(
            day=_day(flag.day), flag=flag.words(number)), NOTE_POINTS, gap=0.6)
    page.y += 1.5


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
    if record.pain_before is not None and record.pain_after is not None:
        pain = translate("ProgressReport", "{before} → {after}").format(before=record.pain_before,
                                                                         after=record.pain_after)
        if where:
            return translate("ProgressReport", "{day}: pain {pain}/10 [{where}] {note}").format(
                day=day, pain=pain, where=where, note=note)
        return translate("ProgressReport", "{day}: pain {pain}/10 {note}").format(day=day, pain=pain, note=note)
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
    for cell, w in zip(cells, widths, strict=True):
        page.y = top
        page.text(x + 1, w - 2, cell, 8.5, bold=bold, advance=False)
        x += w
    page.y = top + 5
    page.rule(page.y - 0.6, width=x, weight=0.25)


def _report_drawing(routine, settings, records, weeks: int, today: date | None = None):
    return lambda painter, rect, dpi, new_page: render_report(
        painter, rect, dpi, routine, settings, records, today=today or date.today(), weeks=weeks,
        first_weekday=first_weekday_of(), new_page=new_page)


def write_report_pdf(path: Path, records, settings: Settings, routine: Routine, *, weeks: int = RECENT_WEEKS,
                     paper: str = "a4", today: date | None = None) -> None:
    """Write the report to `path` as a PDF, atomically (DocumentError on failure)."""
    write_pdf(path, translate("ProgressReport", "Progress report"), paper,
              _report_drawing(routine, settings, records, weeks, today))


def open_report_preview(parent, records, settings: Settings, routine: Routine, weeks: int = RECENT_WEEKS):
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
    opening = open_history(paths.history_path())
    for notice in (loaded.notice, opening.notice):
        if notice:
            log.warning(notice)
    records = opening.store.sessions() if opening.store is not None else []
    paper = paper or default_paper()
    try:
        write_report_pdf(Path(path), records, loaded.settings, load_routine(language), weeks=weeks, paper=paper)
    except DocumentError as error:
        log.warning(str(error))
        return 1
    finally:
        if opening.store is not None:
            opening.store.close()
    log.info(ProgressReport.tr("Wrote the progress report for %n week(s) ({sessions} in the history) to {path}.", "",
                               weeks).format(sessions=sessions_words(len(records)), path=path))
    del app
    return 0
