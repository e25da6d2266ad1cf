"""What both printed documents share: page helpers in millimetres, and one way each to write a PDF, print, preview.

A document is a renderer, `draw(painter, rect, dpi, new_page) -> pages`; the same renderer feeds the PDF
writer, the printer and the print preview. PDFs are written through `core.atomic.replacing`: QPdfWriter
writes the temporary file and it becomes the named file whole, or not at all. Text is drawn as text and
pictures as vectors, so a PDF stays selectable and crisp at any zoom.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtSvg import QSvgRenderer

from piriformis_desktop.core.atomic import replacing
from piriformis_desktop.ui.words import install_english_plurals

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 14
ACCENT, INK, MUTED, LINE, PANEL = "#b4410c", "#1b1f24", "#55606d", "#b9c5d3", "#f1f4f8"

Draw = Callable[[QPainter, QRectF, float, Callable[[], object]], int]  # (painter, rect, dpi, new_page) -> pages


class DocumentError(Exception):
    """A document could not be written; the message says where and why."""


def default_paper() -> str:
    from PySide6.QtCore import QLocale  # only asked when no paper was chosen

    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


class Page:
    """Drawing helpers in millimetres on one page of a paint device."""

    def __init__(self, painter: QPainter, rect: QRectF, dpi: float, text_scale: float = 1.0, *,
                 measuring: bool = False) -> None:
        self.painter, self.dpi = painter, dpi
        self.measuring = measuring  # a layout pass: text is drawn clipped away, pictures not at all
        self.text_scale = text_scale  # below 1 when a longer language needs smaller type to keep to its page
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
        points *= self.text_scale
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

    def measure(self, w: float, words: str, points: float, bold=False, italic=False) -> float:
        self.painter.setFont(self.font(points, bold, italic))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(self.rect(0, 0, w, 200), flags, words).height() / self.mm

    def box(self, x, y, w, h, fill=PANEL, line=LINE, radius=2.5) -> None:
        self.painter.setPen(QPen(QColor(line), 0.3 * self.mm))
        self.painter.setBrush(QColor(fill))
        self.painter.drawRoundedRect(self.rect(x, y, w, h), radius * self.mm, radius * self.mm)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)

    def rule(self, y: float, width: float | None = None, weight: float = 0.3) -> None:
        """A thin horizontal line across the page (or `width` mm of it) at `y` mm."""
        self.painter.setPen(QPen(QColor(LINE), weight * self.mm))
        line = self.rect(0, y, self.width if width is None else width, 0)
        self.painter.drawLine(line.topLeft(), line.topRight())

    def banner(self, title: str, right: str, below: str) -> None:
        """The coloured band at the top of a document's first page: a title, a date at the right, a line under."""
        width = self.width
        self.box(0, 0, width, 17, fill=ACCENT, line=ACCENT)
        self.y = 2.5
        self.text(5, width - 70, title, 19, bold=True, colour="#ffffff", advance=False)
        self.text(width - 75, 70, right, 9, colour="#ffffff", align=Qt.AlignmentFlag.AlignRight, advance=False)
        self.y = 10.5
        self.text(5, width - 10, below, 9.5, colour="#ffffff", advance=False)
        self.y = 21


HEADER_POINTS, SMALLEST_HEADER = 8.5, 6.5  # a table's header type, and the least it shrinks to


def header_points(page: Page, cells: list[str], widths: list[float], points: float = HEADER_POINTS) -> float:
    """The largest type (down to SMALLEST_HEADER) at which every word of every header cell fits its column
    (1 mm padding each side): "Objectif atteint" may wrap onto two lines, but "Therapietreue" is never cut."""
    painter = page.painter
    while points > SMALLEST_HEADER:
        painter.setFont(page.font(points, bold=True))
        metrics = painter.fontMetrics()
        if all(metrics.horizontalAdvance(word) / page.mm <= w - 2 for cell, w in zip(cells, widths, strict=True)
               for word in cell.split()):
            return points
        points -= 0.25
    return SMALLEST_HEADER


def table_header(page: Page, cells: list[str], widths: list[float], points: float = HEADER_POINTS) -> None:
    """A table's header row at the current line: each cell within its column, wrapped inside the cell when the
    language's words run longer than the column (a row as tall as its tallest cell), its type smaller only when
    a single word would not fit; then a rule under it, and the current line below that."""
    points = header_points(page, cells, widths, points)
    x, top, height = 0.0, page.y, 0.0
    for cell, w in zip(cells, widths, strict=True):
        page.y = top
        height = max(height, page.text(x + 1, w - 2, cell, points, bold=True, advance=False))
        x += w
    page.y = top + max(5.0, height + 1.2)
    page.rule(page.y - 0.6, width=x, weight=0.25)


def picture(page: Page, path: str, x: float, y: float, w: float, h: float) -> None:
    """Draw the SVG at `path` as large as fits the frame (x, y, w, h mm), centred, and nothing outside it.

    The illustrations' view boxes crop a larger drawing (an arrowhead may lie above the box), and QSvgRenderer
    does not clip to the view box as a browser does: unclipped, those parts land on the text around the frame.
    A measuring pass draws no picture: QSvgRenderer paints the arrowheads (SVG markers) through an empty clip,
    which put a layout pass's arrowheads over the safety points of every language laid out more than once."""
    renderer = QSvgRenderer(path)
    if page.measuring or not renderer.isValid():
        return
    size = renderer.defaultSize()
    scale = min(w / size.width(), h / size.height())
    dw, dh = size.width() * scale, size.height() * scale
    target = page.rect(x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)
    page.painter.save()
    page.painter.setClipRect(target, Qt.ClipOperation.IntersectClip)  # keeps a measuring pass's empty clip
    renderer.render(page.painter, target)
    page.painter.restore()


def _painting(device, draw: Draw, new_page: Callable[[], object]) -> int:
    """Begin a painter on `device` (a PDF writer or a printer) and hand `draw` the page's paint area."""
    from piriformis_desktop.ui import resources_rc  # noqa: F401  (registers the :/ illustrations, on first print)

    install_english_plurals()
    painter = QPainter()
    if not painter.begin(device):
        raise DocumentError(translate("DocumentPages", "the page could not be opened for drawing"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dpi = device.resolution()
        rect = device.pageLayout().paintRectPixels(dpi).toRectF()
        rect.moveTo(0, 0)
        return draw(painter, rect, dpi, new_page)
    finally:
        painter.end()


def write_pdf(path: Path, title: str, paper: str, draw: Draw) -> None:
    """Write the PDF `draw` renders to `path`, atomically: a failure (unwritable folder, full disk) raises
    DocumentError and never leaves half a PDF under that name, nor a temporary file beside it."""
    path = Path(path)
    if paper not in PAPERS:
        raise DocumentError(translate("DocumentPages", "unknown paper size '{paper}'; use a4 or letter").format(
            paper=paper))
    try:
        with replacing(path) as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setTitle(title)
            writer.setCreator("Piriformis Desktop")
            writer.setResolution(300)
            writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                                             QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                             QPageLayout.Unit.Millimeter))
            _painting(writer, draw, writer.newPage)
            del writer  # closes the file
            if temporary.stat().st_size == 0:
                raise DocumentError(translate(
                    "DocumentPages", "could not write {path}: the PDF came out empty (is the disk full?)").format(
                    path=path))
    except OSError as error:
        raise DocumentError(translate("DocumentPages", "could not write {path}: {reason}").format(
            path=path, reason=error.strerror or error)) from error


def print_with(printer, draw: Draw) -> None:
    """Draw on a QPrinter (a real printer or the preview's) with the same renderer a PDF uses."""
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    _painting(printer, draw, printer.newPage)


def open_preview(parent, title: str, draw: Draw):
    """A print preview of what `draw` renders; printing from it prints the same."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # printing loads only when asked for

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(PAPERS[default_paper()]))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    # `keep`: the slot holds the printer, alive as long as the dialog (which does not own it).
    dialog.paintRequested.connect(lambda target, keep=printer: print_with(target, draw))
    return dialog


def headless_application() -> QGuiApplication:
    """A QGuiApplication for the PDF commands, on the offscreen platform when there is no display."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QGuiApplication.instance()
    return existing if isinstance(existing, QGuiApplication) else QGuiApplication(sys.argv[:1])
