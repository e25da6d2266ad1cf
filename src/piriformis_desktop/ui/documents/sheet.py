"""The routine sheet: one renderer (QPainter) for print preview, printing and PDF.

Page 1 is the handout: the user's settings, each included exercise with its pictures, start position,
numbered steps, equipment and dose, then safety and credit. Page 2 is a four-week log to tick off by
the mat, with a pain row per week, to bring to the physiotherapist.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from piriformis_desktop.core.durations import format_duration
from piriformis_desktop.core.routine import Routine, Side
from piriformis_desktop.core.settings import Settings
from piriformis_desktop.core.stats import week_start
from piriformis_desktop.core.terminal import log
from piriformis_desktop.core.timeline import session_length_seconds
from piriformis_desktop.ui.documents import prescription_part
from piriformis_desktop.ui.documents.pages import (
    ACCENT,
    INK,
    LINE,
    MUTED,
    DocumentError,
    Page,
    default_paper,
    headless_application,
    open_preview,
    picture,
    write_pdf,
)
from piriformis_desktop.ui.history.weeks import first_weekday_of, written_date
from piriformis_desktop.ui.words import TrContext, dose_words, start_side_words

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


class RoutineSheet(TrContext):
    """The context of this module's plural phrases."""


def _handout(page: Page, routine: Routine, settings: Settings, today: date) -> None:
    width = page.width
    printed = written_date(today)
    page.banner(routine.title, translate("RoutineSheet", "Printed {date}").format(date=printed), routine.summary)
    page.text(0, width, translate("RoutineSheet", "Your routine"), 12, bold=True, colour=ACCENT, gap=0.6)
    page.text(0, width, RoutineSheet.tr("Each exercise on both legs: {start_side}. Rep tempo: move {move} s, hold, "
        "move back {release} s. {ready} s to get ready before each exercise, {rest} s rest between legs and between "
        "exercises. A session takes {length}. Goal: %n session(s) a week.", "", settings.weekly_goal).format(
        start_side=start_side_words(settings.start_side), move=settings.move_seconds,
        release=settings.release_seconds, ready=settings.get_ready_seconds, rest=settings.rest_seconds,
        length=format_duration(session_length_seconds(routine, settings))), 9.5, gap=2.5)
    prescription_part.on_sheet(page, routine, settings)  # who prescribed it, the note and the limits, if any

    included = [e for e in routine.exercises if settings.exercise(e.id).enabled]
    first = settings.start_side.resolve(None)  # "alternate" prints the right leg first, as a first session starts
    for number, exercise in enumerate(included, start=1):
        text_x, text_w = 88, width - 92
        steps = "\n".join(translate("RoutineSheet", "{number}. {text}").format(number=i, text=step)
                          for i, step in enumerate(exercise.steps(first), start=1))
        body = [
            (translate("RoutineSheet", "{number}. {text}").format(number=number, text=exercise.name), 12, True, INK),
            (translate("RoutineSheet", "{section} · {dose}").format(
                section=exercise.section, dose=dose_words(settings.exercise(exercise.id))), 9.5, True, ACCENT),
            (translate("RoutineSheet", "Start: {position}").format(position=exercise.start_position), 9, False, INK),
            (translate("RoutineSheet", "{side}:\n{steps}").format(side=first.label, steps=steps), 9, False, INK),
            (translate("RoutineSheet", "Then the same with your left leg (the mirror image).") if first is Side.RIGHT
             else translate("RoutineSheet", "Then the same with your right leg (the mirror image)."), 9, False, INK),
            (translate("RoutineSheet", "Equipment: {equipment}").format(equipment=exercise.equipment), 8.5, False,
             MUTED),
        ]
        height = max(40, sum(page.measure(text_w, t, p, b) + 0.8 for t, p, b, _ in body) + 4)
        top = page.y
        page.box(0, top, width, height)
        picture(page, exercise.illustration("start"), 2, top + 2, 41, height - 4)
        picture(page, exercise.illustration("end"), 44, top + 2, 41, height - 4)
        page.y = top + 2.2
        for words, points, bold, colour in body:
            page.text(text_x, text_w, words, points, bold=bold, colour=colour, gap=0.8)
        page.y = top + height + 2.5
    excluded = [e.name for e in routine.exercises if not settings.exercise(e.id).enabled]
    if excluded:
        page.text(0, width, translate("RoutineSheet", "Not in your routine: {names}.").format(
            names=QLocale().createSeparatedList(excluded)), 9, italic=True, colour=MUTED, gap=2)

    page.text(0, width, translate("RoutineSheet", "Safety"), 11, bold=True, colour=ACCENT, gap=0.6)
    for line in routine.safety:
        page.text(4, width - 4, f"•  {line}", 8.5, gap=0.5)
    page.y += 1.5
    credit = routine.credit
    page.text(0, width, translate(
        "RoutineSheet", "Based on {source} ({year}) by {authors}, {description}; instructions in our own words. "
        "{reconstructed}").format(source=credit.source, year=credit.published[:4], authors=credit.authors,
                                  description=credit.description, reconstructed=routine.reconstructed_note),
        7.5, italic=True, colour=MUTED)


def _log(page: Page, routine: Routine, settings: Settings, today: date, first_weekday: int) -> None:
    width = page.width
    page.text(0, width, translate("RoutineSheet", "Your log: four weeks"), 15, bold=True, colour=ACCENT, gap=0.8)
    page.text(0, width, RoutineSheet.tr("Tick each exercise on the days you do it; aim for %n session(s) a week. "
        "Write your pain from 0 (no pain) to 10 (worst imaginable) after each session, and bring this sheet to your "
        "physiotherapist.", "", settings.weekly_goal), 9.5, gap=3)
    names = [e.name for e in routine.exercises if settings.exercise(e.id).enabled]
    start = week_start(today, first_weekday)
    names_monday_first = [translate("RoutineSheet", "Mon"), translate("RoutineSheet", "Tue"),
                          translate("RoutineSheet", "Wed"), translate("RoutineSheet", "Thu"),
                          translate("RoutineSheet", "Fri"), translate("RoutineSheet", "Sat"),
                          translate("RoutineSheet", "Sun")]
    days = [names_monday_first[(start + timedelta(days=i)).weekday()] for i in range(7)]
    pain_row = translate("RoutineSheet", "Pain (0-10)")
    rows = [*names, pain_row]
    label_w, heights = _log_rows(page, rows)
    cell_w = (width - label_w) / 7
    for week in range(4):
        first_day = start + timedelta(weeks=week)
        page.text(0, width, translate("RoutineSheet", "Week {number}  ·  from {date}  ·  sessions: ____ of {goal}")
                  .format(number=week + 1, date=written_date(first_day, short_month=True),
                          goal=settings.weekly_goal),
                  10, bold=True, gap=1.2)
        grid_top = page.y
        for c, day in enumerate(days):
            page.y = grid_top
            page.text(label_w + c * cell_w, cell_w, day, 8.5, bold=True, colour=MUTED,
                      align=Qt.AlignmentFlag.AlignHCenter, advance=False)
        y = grid_top + 4.5
        for r, (name, row_h) in enumerate(zip(rows, heights, strict=True)):
            if r == len(rows) - 1:
                page.box(0, y, width, row_h, fill="#fdf1e8", line=LINE, radius=0)
            page.y = y + 1.6
            page.text(1.5, label_w - 2, name, 8.5, bold=(r == len(rows) - 1), advance=False)
            page.painter.setPen(QPen(QColor(LINE), 0.3 * page.mm))
            for c in range(7):
                page.painter.drawRect(page.rect(label_w + c * cell_w, y, cell_w, row_h))
            y += row_h
        page.y = y + 5
    page.text(0, width, translate("RoutineSheet", "Notes for my physiotherapist"), 10, bold=True, gap=1)
    while page.y < page.height - 8:
        page.y += 8
        page.rule(page.y)


def _log_rows(page: Page, rows: list[str]) -> tuple[float, list[float]]:
    """The log's name column (mm) and each row's height: the column widens (46 to 70 mm) until every name is on
    one line; a name longer still wraps, and its row grows to hold it ("Hüftstreckung mit gebeugtem Knie")."""
    def height(width: float, r: int) -> float:
        return page.measure(width - 2, rows[r], 8.5, bold=(r == len(rows) - 1))

    one_line = page.measure(200, "Xg", 8.5)
    label_w = 46.0
    while label_w < 70 and any(height(label_w, r) > one_line * 1.5 for r in range(len(rows))):
        label_w += 2
    return label_w, [max(7.0, height(label_w, r) + 3.2) for r in range(len(rows))]


SMALLEST_TEXT = 0.76  # the least the handout's type shrinks to (8.5 pt steps become 6.5 pt): still readable


def _handout_scale(painter: QPainter, page_rect: QRectF, dpi: float, routine: Routine, settings: Settings,
                   today: date) -> float:
    """The largest type (1 = as designed) at which the handout fits its one page: German, Spanish and French run
    longer than English. Each try is laid out with painting clipped away, on the device that will be printed."""
    scale = 1.0
    while scale > SMALLEST_TEXT:
        painter.save()
        painter.setClipRect(QRectF(page_rect.left(), page_rect.top(), 0, 0))  # measure, draw nothing
        page = Page(painter, page_rect, dpi, scale, measuring=True)
        _handout(page, routine, settings, today)
        painter.restore()
        if page.y <= page.height:
            return scale
        scale = round(scale - 0.03, 2)
    return SMALLEST_TEXT


def render_sheet(painter: QPainter, page_rect: QRectF, dpi: float, routine: Routine, settings: Settings, *,
                 today: date, first_weekday: int, new_page) -> int:
    """Draw the sheet's two pages; `first_weekday` 0 = Monday … 6 = Sunday. Returns the pages drawn."""
    _handout(Page(painter, page_rect, dpi, _handout_scale(painter, page_rect, dpi, routine, settings, today)),
             routine, settings, today)
    new_page()
    _log(Page(painter, page_rect, dpi), routine, settings, today, first_weekday)
    return 2


def _sheet_drawing(routine: Routine, settings: Settings, today: date | None = None):
    return lambda painter, rect, dpi, new_page: render_sheet(
        painter, rect, dpi, routine, settings, today=today or date.today(), first_weekday=first_weekday_of(),
        new_page=new_page)


def write_sheet_pdf(path: Path, routine: Routine, settings: Settings, *, paper: str = "a4",
                    today: date | None = None) -> None:
    """Write the routine sheet to `path` as a PDF (atomically; DocumentError on failure)."""
    write_pdf(path, routine.title, paper, _sheet_drawing(routine, settings, today))


def open_print_preview(parent, routine: Routine, settings: Settings):
    """A print preview of the routine sheet."""
    return open_preview(parent, translate("RoutineSheet", "Print routine sheet"), _sheet_drawing(routine, settings))


def print_sheet_command(path: str, paper: str | None) -> int:
    """`--print-sheet FILE.pdf`: no window, no display needed; a one-line result or a clear error."""
    app = headless_application()
    from piriformis_desktop import paths
    from piriformis_desktop.core.routine import load_routine
    from piriformis_desktop.core.settings import load_settings
    from piriformis_desktop.ui.translation import install_translation

    loaded = load_settings(paths.settings_path())
    language = install_translation(loaded.settings.language)  # the sheet and these lines in the user's language
    routine = load_routine(language)
    if loaded.notice:
        log.warning(loaded.notice)
    paper = paper or default_paper()
    try:
        write_sheet_pdf(Path(path), routine, loaded.settings, paper=paper)
    except DocumentError as error:
        log.warning(str(error))
        return 1
    if paper == "a4":
        log.info(translate("RoutineSheet", "Wrote the routine sheet to {path} (A4).").format(path=path))
    else:
        log.info(translate("RoutineSheet", "Wrote the routine sheet to {path} (US Letter).").format(path=path))
    del app
    return 0
