"""The routine sheet as a PDF: what a physiotherapist reads on it, on A4 and US Letter, and failures."""

import os
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from piriformis_desktop.core.settings import StartSide
from piriformis_desktop.ui.documents.pages import DocumentError
from piriformis_desktop.ui.documents.sheet import write_sheet_pdf

JUNK = ["Published: May 29, 2008", "Ice vs Heat for Injuries", "Best Songs for Sprinting", "We may earn commission",
        "Advertisement - Continue Reading Below"]
TODAY = date(2026, 11, 24)


def pdf_text(path):
    reader = PdfReader(str(path))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def custom(settings):
    settings = replace(settings, start_side=StartSide.LEFT, weekly_goal=4, rest_seconds=15)
    return settings.with_exercise("leg-crossover", reps=6, hold_seconds=3)


def test_sheet_names_every_exercise_both_legs_and_the_users_dose(qapp, routine, custom, tmp_path):
    """The PDF text has each exercise, the left-leg start, both legs, the user's reps and holds, goal and rest."""
    path = tmp_path / "sheet.pdf"
    write_sheet_pdf(path, routine, custom, today=TODAY)
    _, text = pdf_text(path)
    flat = " ".join(text.split())
    for name in ("Toe rotation", "Leg crossover", "Bent-knee hip lift"):
        assert name in flat
    assert "start with the left leg" in flat
    assert "Left leg:" in flat and "right leg" in flat
    assert "6 reps each leg, hold 3 s" in flat and "10 reps each leg, hold 2 s" in flat
    assert "Goal: 4 sessions a week" in flat and "15 s rest" in flat
    assert "Printed 24 November 2026" in flat
    assert "Master the Half" in flat and "reconstructed" in flat.lower()
    assert "Pain (0-10)" in flat and "Week 4" in flat
    assert "\ufb01" not in flat and "Flexibility" in flat  # no fi-ligature: the PDF searches as it reads


def test_sheet_has_no_junk_lines(qapp, routine, settings, tmp_path):
    """None of the scraped article's junk lines reaches the sheet."""
    path = tmp_path / "sheet.pdf"
    write_sheet_pdf(path, routine, settings, today=TODAY)
    _, text = pdf_text(path)
    for junk in JUNK:
        assert junk.lower() not in text.lower()


@pytest.mark.parametrize("paper, width_pt, height_pt", [("a4", 595, 842), ("letter", 612, 792)])
def test_two_portrait_pages_of_the_chosen_paper(qapp, routine, settings, tmp_path, paper, width_pt, height_pt):
    """A4 and US Letter: two portrait pages (handout and log) of the right size, under 500 KB."""
    path = tmp_path / f"{paper}.pdf"
    write_sheet_pdf(path, routine, settings, paper=paper, today=TODAY)
    reader, _ = pdf_text(path)
    assert len(reader.pages) == 2
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (width_pt, height_pt)
    assert path.stat().st_size < 500_000


def test_excluded_exercise_is_left_out_and_listed_as_such(qapp, routine, settings, tmp_path):
    """An exercise switched off has no steps on the sheet, only a 'not in your routine' line."""
    path = tmp_path / "sheet.pdf"
    write_sheet_pdf(path, routine, settings.with_exercise("bent-knee-lift", enabled=False), today=TODAY)
    _, text = pdf_text(path)
    flat = " ".join(text.split())
    assert "Not in your routine: Bent-knee hip lift." in flat
    assert "Squeeze your right glute" not in flat
    assert flat.count("Bent-knee hip lift") == 1


def test_unwritable_path_is_a_clear_error_and_leaves_nothing(qapp, routine, settings, tmp_path):
    """A folder that does not exist: DocumentError naming the file; no partial file anywhere."""
    with pytest.raises(DocumentError, match="could not write"):
        write_sheet_pdf(tmp_path / "missing" / "sheet.pdf", routine, settings)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_never_leaves_a_truncated_pdf_under_the_name(qapp, routine, settings, tmp_path, monkeypatch):
    """If moving the finished file into place fails (disk full), the old sheet stays and no temp file remains."""
    path = tmp_path / "sheet.pdf"
    path.write_bytes(b"%PDF-old")

    def full(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(DocumentError, match="No space left on device"):
        write_sheet_pdf(path, routine, settings)
    assert path.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_print_preview_opens_and_closes(qtbot, routine, settings):
    """File > Print shows a preview built by the same renderer; it closes cleanly."""
    from PySide6.QtWidgets import QWidget

    from piriformis_desktop.ui.documents.sheet import open_print_preview

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_print_preview(parent, routine, settings)
    drawn = []
    dialog.paintRequested.connect(lambda printer: drawn.append(printer))
    dialog.open()
    qtbot.waitUntil(lambda: len(drawn) > 0)
    dialog.close()
    assert not dialog.isVisible()


def test_print_sheet_command_writes_without_a_display(tmp_path):
    """--print-sheet runs as a process with no display at all and writes a two-page PDF."""
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    target = tmp_path / "out.pdf"
    result = subprocess.run([sys.executable, "-m", "piriformis_desktop", "--print-sheet", str(target),
                             "--paper", "letter"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(str(target)).pages) == 2
    bad = subprocess.run([sys.executable, "-m", "piriformis_desktop", "--print-sheet",
                          str(tmp_path / "nope" / "x.pdf")], env=env, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "could not write" in bad.stderr


@pytest.mark.parametrize("language", ["de", "es", "fr", "en_XA"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_longer_language_still_fits_the_handout_on_page_one(qapp, settings, tmp_path, language, paper):
    """German runs a fifth longer than English: the handout's last lines (the last safety point and the credit)
    still end on page 1, and page 2 is still the log."""
    import re

    from piriformis_desktop.core.routine import load_routine
    from piriformis_desktop.ui.translation import install_translation, remove_translation

    install_translation(language if language != "en_XA" else "system", {"LANGUAGE": language})
    try:
        routine = load_routine(language)
        path = tmp_path / f"sheet-{language}.pdf"
        write_sheet_pdf(path, routine, settings, paper=paper, today=TODAY)
    finally:
        remove_translation()
    reader = PdfReader(str(path))
    assert len(reader.pages) == 2
    squeeze = lambda text: re.sub(r"\s+", "", text)  # noqa: E731  (line breaks fall anywhere)
    lowest = []  # the height above the paper's bottom edge of every line drawn on page 1, in points

    def note(text, cm, tm, font, size):
        if text.strip():
            lowest.append((cm[5] + tm[5] * cm[3], text))
    first = squeeze(reader.pages[0].extract_text(visitor_text=note))
    assert squeeze(routine.safety[-1])[-30:] in first
    assert squeeze(routine.credit.authors) in first
    margin = 8 * 72 / 25.4  # the sheet's 8 mm margin... less a little for the descenders of the last line
    assert min(y for y, _ in lowest) > margin * 0.5, min(lowest)


@pytest.mark.parametrize("language", ["en", "de", "es", "fr"])
def test_the_logs_exercise_names_are_never_cut(qapp, language):
    """The four-week log's name column widens until each exercise name is on one line ("Hüftstreckung mit
    gebeugtem Knie" was cut to its first line in a 46 mm column); a name longer still gets a taller row."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from piriformis_desktop.core.routine import load_routine
    from piriformis_desktop.ui.documents.pages import Page
    from piriformis_desktop.ui.documents.sheet import _log_rows

    image = QImage(2480, 3508, QImage.Format.Format_RGB32)  # A4 at 300 dpi
    painter = QPainter(image)
    try:
        page = Page(painter, QRectF(0, 0, 2480, 3508), 300)
        names = [e.name for e in load_routine(language).exercises] + ["Pain (0-10)"]
        label_w, heights = _log_rows(page, names)
        one_line = page.measure(200, "Xg", 8.5)
        assert all(page.measure(label_w - 2, name, 8.5) < one_line * 1.5 for name in names), (label_w, names)
        assert heights == [7.0] * len(names)
        longest = "An exercise name far too long for any column on this page, whatever its width"
        label_w, heights = _log_rows(page, [longest, "Pain"])
        assert label_w == 70 and heights[0] >= page.measure(68, longest, 8.5) + 3 > 7.0
    finally:
        painter.end()
