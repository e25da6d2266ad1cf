"""The report's week-by-week table fits in every language and on both papers: each header cell stays inside its
column (wrapped within the cell when the words run long, never cut), and the header row ends above the first
row's values ("Objectif atteint" used to wrap over the first week's "non")."""

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter

from piriformis_desktop.core.routine import load_routine
from piriformis_desktop.ui.documents import pages, report
from piriformis_desktop.ui.translation import install_translation, remove_translation

DPI = 150
HEADERS = ["Week from", "Finished", "Stopped early", "Goal met", "Pain before → after (mean)", "Minutes"]


def drawn_texts(paper: str, routine, settings, monkeypatch) -> list[tuple[float, float, float, float, str]]:
    """Every text the report draws on page 1: (left, top, width it was given, height it took) in mm, and the
    words; the width it needed is checked against the width it was given by the caller below."""
    size = QPageSize(pages.PAPERS[paper]).sizePoints()
    image = QImage(round(size.width() * DPI / 72), round(size.height() * DPI / 72), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(DPI / 0.0254))
    image.setDotsPerMeterY(round(DPI / 0.0254))
    image.fill(QColor("white"))
    margin = pages.MARGIN_MM * DPI / 25.4
    rect = QRectF(margin, margin, image.width() - 2 * margin, image.height() - 2 * margin)
    drawn = []
    real = pages.Page.text

    def text(page, x, w, words, points, **kw):
        page.painter.setFont(page.font(points, kw.get("bold", False), kw.get("italic", False)))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        needed = page.painter.boundingRect(page.rect(x, page.y, w, 200), flags, words)
        top = page.y
        height = real(page, x, w, words, points, **kw)
        drawn.append((x, top, w, height, needed.width() / page.mm, words))
        return height

    monkeypatch.setattr(pages.Page, "text", text)
    painter = QPainter(image)
    try:
        report.render_report(painter, rect, DPI, routine, settings, [], today=date(2026, 11, 25), weeks=4,
                             first_weekday=0, new_page=lambda: None)
    finally:
        painter.end()
    return drawn


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", ["en", "de", "es", "fr", "en_XA"])
def test_the_weeks_table_header_fits_its_columns(qapp, settings, language, paper, monkeypatch):
    """Each header cell needs no more than its column's width, and the header row ends before the first row."""
    install_translation(language if language != "en_XA" else "system", {"LANGUAGE": language})
    try:
        headers = [QCoreApplication.translate("ProgressReport", h) for h in HEADERS]
        drawn = drawn_texts(paper, load_routine(language), settings, monkeypatch)
    finally:
        remove_translation()
    cells = [d for d in drawn if d[5] in headers]
    assert [c[5] for c in cells] == headers
    top = cells[0][1]
    assert all(c[1] == top for c in cells)
    for _x, _, given, _height, needed, words in cells:
        assert needed <= given + 0.01, f"{words!r} needs {needed:.1f} mm in a {given:.1f} mm column"
    first_row = min(d[1] for d in drawn if d[1] > top + 0.01)
    header_bottom = max(c[1] + c[3] for c in cells)
    assert header_bottom <= first_row, (headers, header_bottom, first_row)
