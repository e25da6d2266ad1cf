"""The routine sheet: one renderer (QPainter) for print preview, printing and PDF.

Page 1 is the handout: the user's settings, each included exercise with its pictures, start position,
numbered steps, equipment and dose, then safety and credit. Page 2 is a four-week log to tick off by
the mat, with a pain row per week, to bring to the physiotherapist. Text is drawn as text and the
pictures as vectors, so the PDF stays selectable and crisp at any zoom.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtSvg import QSvgRenderer

from piriformis_desktop.core.routine import Routine, Side
from piriformis_desktop.core.settings import Settings, StartSide, format_duration, session_length_seconds
from piriformis_desktop.ui.history.weeks import first_weekday_of

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 14
ACCENT, INK, MUTED, LINE, PANEL = "#b4410c", "#1b1f24", "#55606d", "#b9c5d3", "#f1f4f8"
DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


class SheetError(Exception):
    """The sheet could not be written; the message says where and why."""


def default_paper() -> str:
    from PySide6.QtCore import QLocale  # only asked when no paper was chosen

    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def dose_line(settings: Settings, exercise_id: str) -> str:
    dose = settings.exercise(exercise_id)
    hold = f"hold {dose.hold_seconds} s" if dose.hold_seconds else "no hold"
    return f"{dose.reps} reps each leg, {hold}"


def start_side_words(settings: Settings) -> str:
    if settings.start_side is StartSide.ALTERNATE:
        return "alternate the starting leg each session"
    return f"start with the {settings.start_side.value} leg"


class Page:
    """Drawing helpers in millimetres on one page of a paint device."""

    def __init__(self, painter: QPainter, rect: QRectF, dpi: float) -> None:
        self.painter, self.dpi = painter, dpi
        self.mm = dpi / 25.4
        self.left, self.top = rect.left(), rect.top()
        self.width, self.height = rect.width() / self.mm, rect.height() / self.mm
        self.y = 0.0  # mm from the top of the content area

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.left + x * self.mm, self.top + y * self.mm, w * self.mm, h * self.mm)

    def font(self, points: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        # No ligatures: "fi" must stay two letters, or searching the PDF for "finished" finds nothing.
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        font.setPointSizeF(points * 72 / self.painter.device().logicalDpiY() * self.dpi / 72)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def text(self, x: float, w: float, words: str, points: float, *, bold=False, italic=False, colour=INK,
             align=Qt.AlignmentFlag.AlignLeft, advance=True, gap=1.2) -> float:
        """Draw wrapped text at the current line; return its height in mm."""
        painter = self.painter
        painter.setFont(self.font(points, bold, italic))
        painter.setPen(QColor(colour))
        flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        box = painter.boundingRect(self.rect(x, self.y, w, 200), flags, words)
        painter.drawText(self.rect(x, self.y, w, box.height() / self.mm + 1), flags, words)
        height = box.height() / self.mm
        if advance:
            self.y += height + gap
        return height

    def measure(self, w: float, words: str, points: float, bold=False) -> float:
        self.painter.setFont(self.font(points, bold))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(self.rect(0, 0, w, 200), flags, words).height() / self.mm

    def box(self, x, y, w, h, fill=PANEL, line=LINE, radius=2.5) -> None:
        self.painter.setPen(QPen(QColor(line), 0.3 * self.mm))
        self.painter.setBrush(QColor(fill))
        self.painter.drawRoundedRect(self.rect(x, y, w, h), radius * self.mm, radius * self.mm)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)


def picture(page: Page, path: str, x: float, y: float, w: float, h: float) -> None:
    renderer = QSvgRenderer(path)
    if not renderer.isValid():
        return
    size = renderer.defaultSize()
    scale = min(w / size.width(), h / size.height())
    dw, dh = size.width() * scale, size.height() * scale
    renderer.render(page.painter, page.rect(x + (w - dw) / 2, y + (h - dh) / 2, dw, dh))


def _handout(page: Page, routine: Routine, settings: Settings, today: date) -> None:
    width = page.width
    page.box(0, 0, width, 17, fill=ACCENT, line=ACCENT)
    page.y = 2.5
    page.text(5, width - 60, routine.title, 19, bold=True, colour="#ffffff", advance=False)
    page.text(width - 65, 60, f"Printed {today.day} {today:%B %Y}", 9, colour="#ffffff",
              align=Qt.AlignmentFlag.AlignRight, advance=False)
    page.y = 10.5
    page.text(5, width - 10, routine.summary, 9.5, colour="#ffffff", advance=False)
    page.y = 21
    length = format_duration(session_length_seconds(routine, settings))
    page.text(0, width, "Your routine", 12, bold=True, colour=ACCENT, gap=0.6)
    page.text(0, width, (
        f"Each exercise on both legs: {start_side_words(settings)}. Rep tempo: move {settings.move_seconds} s, "
        f"hold, move back {settings.release_seconds} s. {settings.get_ready_seconds} s to get ready before each "
        f"exercise, {settings.rest_seconds} s rest between legs and between exercises. "
        f"A session takes {length}. Goal: {settings.weekly_goal} sessions a week."), 9.5, gap=2.5)

    included = [e for e in routine.exercises if settings.exercise(e.id).enabled]
    first = Side.LEFT if settings.start_side is StartSide.LEFT else Side.RIGHT
    for number, exercise in enumerate(included, start=1):
        text_x, text_w = 88, width - 92
        steps = "\n".join(f"{i}. {s}" for i, s in enumerate(exercise.steps(first), start=1))
        then = f"Then the same with your {first.other.value} leg (the mirror image)."
        body = [
            (f"{number}. {exercise.name}", 12, True, INK),
            (f"{exercise.section} · {dose_line(settings, exercise.id)}", 9.5, True, ACCENT),
            (f"Start: {exercise.start_position}", 9, False, INK),
            (f"{first.label}:\n{steps}", 9, False, INK),
            (then, 9, False, INK),
            (f"Equipment: {exercise.equipment}", 8.5, False, MUTED),
        ]
        height = sum(page.measure(text_w, t, p, b) + 0.8 for t, p, b, _ in body) + 4
        height = max(height, 40)
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
        page.text(0, width, f"Not in your routine: {', '.join(excluded)}.", 9, italic=True, colour=MUTED, gap=2)

    page.text(0, width, "Safety", 11, bold=True, colour=ACCENT, gap=0.6)
    for line in routine.safety:
        page.text(4, width - 4, f"•  {line}", 8.5, gap=0.5)
    page.y += 1.5
    credit = routine.credit
    page.text(0, width, (
        f"Based on {credit.source} ({credit.published[:4]}) by {credit.authors}, {credit.description}; "
        f"instructions in our own words. {routine.reconstructed_note}"), 7.5, italic=True, colour=MUTED)


def _log(page: Page, routine: Routine, settings: Settings, today: date, first_weekday: int) -> None:
    width = page.width
    page.text(0, width, "Your log: four weeks", 15, bold=True, colour=ACCENT, gap=0.8)
    page.text(0, width, (
        f"Tick each exercise on the days you do it; aim for {settings.weekly_goal} sessions a week. Write your "
        "pain from 0 (no pain) to 10 (worst imaginable) after each session, and bring this sheet to your "
        "physiotherapist."), 9.5, gap=3)
    names = [e.name for e in routine.exercises if settings.exercise(e.id).enabled]
    days = [DAY_NAMES[(first_weekday + i) % 7] for i in range(7)]
    start = today - timedelta(days=(today.weekday() - first_weekday) % 7)
    label_w, row_h = 46, 7.0
    cell_w = (width - label_w) / 7
    for week in range(4):
        monday = start + timedelta(weeks=week)
        rows = [*names, "Pain (0-10)"]
        top = page.y
        page.text(0, width, f"Week {week + 1}  ·  from {monday.day} {monday:%b %Y}  ·  sessions: ____ of "
                  f"{settings.weekly_goal}", 10, bold=True, gap=1.2)
        grid_top = page.y
        page.painter.setPen(QPen(QColor(LINE), 0.3 * page.mm))
        for c, day in enumerate(days):
            page.y = grid_top
            page.text(label_w + c * cell_w, cell_w, day, 8.5, bold=True, colour=MUTED,
                      align=Qt.AlignmentFlag.AlignHCenter, advance=False)
        for r, name in enumerate(rows):
            y = grid_top + 4.5 + r * row_h
            if r == len(rows) - 1:
                page.box(0, y, width, row_h, fill="#fdf1e8", line=LINE, radius=0)
            page.y = y + 1.6
            page.text(1.5, label_w - 2, name, 8.5, bold=(r == len(rows) - 1), advance=False)
            page.painter.setPen(QPen(QColor(LINE), 0.3 * page.mm))
            for c in range(7):
                page.painter.drawRect(page.rect(label_w + c * cell_w, y, cell_w, row_h))
        page.y = grid_top + 4.5 + len(rows) * row_h + 5
        del top
    page.text(0, width, "Notes for my physiotherapist", 10, bold=True, gap=1)
    page.painter.setPen(QPen(QColor(LINE), 0.3 * page.mm))
    while page.y < page.height - 8:
        page.y += 8
        page.painter.drawLine(page.rect(0, page.y, width, 0).topLeft(), page.rect(0, page.y, width, 0).topRight())


def render_sheet(painter: QPainter, page_rect: QRectF, dpi: float, routine: Routine, settings: Settings, *,
                 today: date, first_weekday: int, new_page: Callable[[], object]) -> int:
    """Draw the sheet's two pages; `first_weekday` 0 = Monday … 6 = Sunday. Returns the pages drawn."""
    _handout(Page(painter, page_rect, dpi), routine, settings, today)
    new_page()
    _log(Page(painter, page_rect, dpi), routine, settings, today, first_weekday)
    return 2


def _painting(device, draw: Callable[[QPainter, QRectF, float], int]) -> int:
    """Begin a painter on `device` (a PDF writer or a printer) and hand `draw` the page's paint area."""
    painter = QPainter()
    if not painter.begin(device):
        raise SheetError("the page could not be opened for drawing")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dpi = device.resolution()
        rect = device.pageLayout().paintRectPixels(dpi).toRectF()
        rect.moveTo(0, 0)
        return draw(painter, rect, dpi)
    finally:
        painter.end()


def _paging(draw, new_page):
    """`draw` with the device's new_page bound, as _painting calls it."""
    return lambda painter, rect, dpi: draw(painter, rect, dpi, new_page)


def write_pdf(path: Path, title: str, paper: str, draw: Callable[[QPainter, QRectF, float, Callable], int]) -> None:
    """Write a PDF drawn by `draw(painter, rect, dpi, new_page)` into a temporary file beside `path`, then move
    it into place: a failure (unwritable folder, full disk) raises SheetError and never leaves half a PDF."""
    from piriformis_desktop.ui import resources_rc  # noqa: F401  (registers the :/ illustrations)

    path = Path(path)
    if paper not in PAPERS:
        raise SheetError(f"unknown paper size {paper!r}; use a4 or letter")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        os.close(handle)
    except OSError as error:
        raise SheetError(f"could not write {path}: {error.strerror or error}") from error
    try:
        writer = QPdfWriter(temporary)
        writer.setTitle(title)
        writer.setCreator("Piriformis Desktop")
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                         QPageLayout.Unit.Millimeter))
        _painting(writer, _paging(draw, writer.newPage))
        del writer  # closes the file
        if os.path.getsize(temporary) == 0:
            raise SheetError(f"could not write {path}: the PDF came out empty (is the disk full?)")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # a sheet to share, not a private file (mkstemp makes it 0600)
        os.replace(temporary, path)
    except OSError as error:
        raise SheetError(f"could not write {path}: {error.strerror or error}") from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def write_sheet_pdf(path: Path, routine: Routine, settings: Settings, *, paper: str = "a4",
                    today: date | None = None) -> None:
    """Write the routine sheet to `path` as a PDF (atomically; SheetError on failure)."""
    write_pdf(path, routine.title, paper, _sheet_drawing(routine, settings, today))


def print_with(printer, draw) -> None:
    """Draw on a QPrinter (a real printer or the preview's) with the same renderer a PDF uses."""
    from piriformis_desktop.ui import resources_rc  # noqa: F401

    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    _painting(printer, _paging(draw, printer.newPage))


def open_preview(parent, title: str, draw):
    """A print preview of what `draw(painter, rect, dpi, new_page)` renders; printing from it prints the same."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # printing loads only when asked for

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(PAPERS[default_paper()]))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: print_with(p, draw))
    dialog.printer = printer  # keep it alive as long as the dialog
    return dialog


def _sheet_drawing(routine: Routine, settings: Settings, today: date | None = None):
    return lambda painter, rect, dpi, new_page: render_sheet(
        painter, rect, dpi, routine, settings, today=today or date.today(), first_weekday=first_weekday_of(),
        new_page=new_page)


def print_sheet(printer, routine: Routine, settings: Settings) -> None:
    print_with(printer, _sheet_drawing(routine, settings))


def open_print_preview(parent, routine: Routine, settings: Settings):
    """A print preview of the routine sheet."""
    return open_preview(parent, "Print routine sheet", _sheet_drawing(routine, settings))


def headless_application() -> QGuiApplication:
    """A QGuiApplication for the PDF commands, on the offscreen platform when there is no display."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def print_sheet_command(path: str, paper: str | None) -> int:
    """`--print-sheet FILE.pdf`: no window, no display needed; a one-line result or a clear error."""
    app = headless_application()
    from piriformis_desktop import paths
    from piriformis_desktop.core.routine import load_routine
    from piriformis_desktop.core.settings import load_settings

    routine = load_routine()
    loaded = load_settings(paths.settings_path())
    if loaded.notice:
        print(f"piriformis-desktop: {loaded.notice}", file=sys.stderr)
    paper = paper or default_paper()
    try:
        write_sheet_pdf(Path(path), routine, loaded.settings, paper=paper)
    except SheetError as error:
        print(f"piriformis-desktop: {error}", file=sys.stderr)
        return 1
    print(f"Wrote the routine sheet to {path} ({paper.upper() if paper == 'a4' else 'US Letter'}).", file=sys.stderr)
    del app
    return 0
