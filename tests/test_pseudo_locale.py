"""Every screen under the pseudo-locale: no English left untranslated, no text wider than the widget showing it.

The pseudo-locale (en_XA) turns every translated string into accented, bracketed and 30-40% longer text, so a
string that escaped tr() shows as plain English and one that does not fit its widget shows as cut.
"""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QTabBar, QWidget

from piriformis_desktop.core.routine import load_routine
from piriformis_desktop.core.settings import Settings
from piriformis_desktop.core.timeline import PhaseKind
from piriformis_desktop.ui import resources_rc  # noqa: F401

# Words that stay as they are in every language: names, units and symbols.
PROPER = {"Piriformis", "Desktop", "Master", "Half", "Qt", "PySide6", "GPL", "CSV", "PDF", "Esc", "Space", "F11",
          "F1", "Ctrl", "Shift", "Right", "Left"}
ENGLISH_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


@pytest.fixture
def pseudo_window(qtbot, make_main_window):
    from PySide6.QtWidgets import QApplication

    from piriformis_desktop.ui.app import BASE_FONT_PIXELS
    from piriformis_desktop.ui.translation import install_translation, remove_translation

    before = QApplication.font()
    font = QApplication.font()
    font.setPixelSize(BASE_FONT_PIXELS)  # the app's own type size, as make_application sets it
    QApplication.setFont(font)
    assert install_translation("system", {"LANGUAGE": "en_XA"}) == "en_XA"
    routine = load_routine("en_XA")
    window = make_main_window(settings=Settings.defaults(routine), routine=routine)
    yield window
    window.flow.shutdown()
    window.close()
    remove_translation()
    QApplication.setFont(before)


def shown_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """(widget, text) for every visible piece of text a user can read in `root`."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            found.append((widget, widget.text()))
        elif isinstance(widget, QGroupBox) and widget.title():
            found.append((widget, widget.title()))
        elif isinstance(widget, QComboBox):
            found.append((widget, widget.currentText()))
        elif isinstance(widget, QTabBar):
            found += [(widget, widget.tabText(i)) for i in range(widget.count())]
    return found


def locale_words() -> set[str]:
    """Day and month names come from QLocale, not from our catalogue; the pseudo-locale has none of its own."""
    from PySide6.QtCore import QLocale

    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    return {locale.dayName(d, short) for d in range(1, 8)} | {locale.monthName(m, short) for m in range(1, 13)}


def untranslated(text: str) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text)  # markup is not text
    plain = re.sub(r"\[[^\]]*\]", " ", plain)  # what the pseudo-locale made
    return [w for w in ENGLISH_WORD.findall(plain) if w not in PROPER | locale_words()]


def clipped(widget: QWidget, text: str) -> bool:
    """A single-line text wider than the room its widget gives it."""
    if isinstance(widget, QLabel) and (widget.wordWrap() or "<" in text or widget.pixmap() is not None):
        return False
    lines = text.split("\n")
    width = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
    if isinstance(widget, QLabel):
        return width > widget.contentsRect().width() + 1
    if isinstance(widget, QAbstractButton):
        return widget.sizeHint().width() > widget.width() + 1
    return False


def problems(window) -> list[str]:
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication

    QApplication.processEvents()  # let the layouts settle, as they have by the time a person looks

    found = [f"cut off sideways: {type(area.parent()).__name__} scrolls horizontally"
             for area in window.findChildren(QAbstractScrollArea)
             if area.isVisible() and area.horizontalScrollBar().isVisible()]
    for widget, text in shown_texts(window):
        words = untranslated(text)
        if words:
            found.append(f"untranslated {words} in {type(widget).__name__} {widget.objectName()!r}: {text!r}")
        if clipped(widget, text):
            found.append(f"clipped {type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return found


def test_every_state_of_the_session_is_translated_and_fits(pseudo_window, qtbot):
    """Ready, get ready, hold, rest, paused and the summary with its check-in, at 1366x768."""
    window = pseudo_window
    seen = {"ready": problems(window)}
    qtbot.keyClick(window, Qt.Key.Key_Space)
    seen["get ready"] = problems(window)
    timeline = window.flow.controller.session.timeline
    for kind in (PhaseKind.HOLD, PhaseKind.REST):
        phase = next(p for p in timeline.phases if p.kind is kind)
        window.flow.controller.clock.set(window.flow.controller.session.started_at + phase.start + 0.1)
        window.flow.controller.update_now()
        seen[kind.value] = problems(window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    seen["paused"] = problems(window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window.flow.checkin, Qt.Key.Key_6)
    seen["summary"] = problems(window)
    problems_found = {state: found for state, found in seen.items() if found}
    assert problems_found == {}, "\n".join(f"{state}: {line}" for state, lines in problems_found.items()
                                          for line in lines)


def test_settings_and_history_are_translated_and_fit(pseudo_window, qtbot):
    """The Settings and History tabs, as a new user first opens them."""
    window = pseudo_window
    seen = {}
    for page in (window.settings_page, window.history_page):
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda page=page: page.content is not None and page.content.isVisible())
        seen[page.objectName() or type(page.content).__name__] = problems(window)
    problems_found = {tab: found for tab, found in seen.items() if found}
    assert problems_found == {}, "\n".join(f"{tab}: {line}" for tab, lines in problems_found.items() for line in lines)
