"""The sheet's pictures stay in their frames: in every language and on both papers, page 1 drawn with its
pictures differs from page 1 drawn without them only inside the picture frames (a translated card is taller,
and parts of the drawings outside their view boxes used to print over the safety points)."""

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter

from piriformis_desktop.core.routine import load_routine
from piriformis_desktop.ui.documents import sheet
from piriformis_desktop.ui.documents.pages import MARGIN_MM, PAPERS
from piriformis_desktop.ui.translation import install_translation, remove_translation

DPI = 100  # enough for an arrowhead (about 3 mm) to be many pixels
LANGUAGES = ["en", "de", "es", "fr", "en_XA"]


def page_one(paper: str, routine, settings, frames: list | None) -> QImage:
    """Page 1 of the sheet on `paper` at DPI; with `frames` a list, each picture's frame (device pixels) of the
    final drawing is put in it; with None, the pictures are left out."""
    size = QPageSize(PAPERS[paper]).sizePoints()
    image = QImage(round(size.width() * DPI / 72), round(size.height() * DPI / 72), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(DPI / 0.0254))
    image.setDotsPerMeterY(round(DPI / 0.0254))
    image.fill(QColor("white"))
    margin = MARGIN_MM * DPI / 25.4
    rect = QRectF(margin, margin, image.width() - 2 * margin, image.height() - 2 * margin)
    real = sheet.picture
    pages = []

    def recorded(page, path, x, y, w, h):
        if frames is None:
            return
        if not pages or pages[-1] is not page:  # a new layout pass: only the last one is printed
            pages.append(page)
            frames.clear()
        frames.append(page.rect(x, y, w, h))
        real(page, path, x, y, w, h)

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    sheet.picture = recorded
    try:
        sheet.render_sheet(painter, rect, DPI, routine, settings, today=sheet.date(2026, 11, 24), first_weekday=0,
                           new_page=lambda: None)
    finally:
        sheet.picture = real
        painter.end()
    return image


def strays(with_pictures: QImage, without: QImage, frames: list[QRectF]) -> list[tuple[int, int]]:
    """Pixels that differ between the two drawings outside every frame (1 px of slack for anti-aliasing).
    Page 2 is drawn over page 1 here (no new page on an image), so rows below page 1's content are left out."""
    boxes = [f.adjusted(-1, -1, 1, 1) for f in frames]
    out = []
    for y in range(with_pictures.height()):
        for x in range(with_pictures.width()):
            if with_pictures.pixel(x, y) != without.pixel(x, y) and not any(b.contains(x, y) for b in boxes):
                out.append((x, y))
    return out


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_picture_pixel_outside_its_frame(qapp, settings, language, paper, monkeypatch):
    """Every pixel the pictures add to page 1 lies inside a picture frame."""
    install_translation(language if language != "en_XA" else "system", {"LANGUAGE": language})
    try:
        routine = load_routine(language)
        monkeypatch.setattr(sheet, "_log", lambda *args: None)  # page 1 alone on the image
        frames: list[QRectF] = []
        drawn = page_one(paper, routine, settings, frames)
        bare = page_one(paper, routine, settings, None)
    finally:
        remove_translation()
    assert len(frames) == 2 * len(routine.exercises)
    found = strays(drawn, bare, frames)
    assert not found, f"{len(found)} picture pixels outside the frames, e.g. at {found[:5]}"
