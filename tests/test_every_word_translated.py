"""Every word the Settings tab, the History tab, the tray, the screen-awake reasons and the printed documents
show goes through Qt's translator: under a translator that answers every string in the pseudo-locale, nothing
plain English is left but what is not ours to translate (the locale's day and month names, each language's own
name, numbers and dates). The documents write dates and decimals as the locale does."""

import html
import re
from datetime import UTC, date, datetime, time, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QGroupBox, QLabel, QWidget

from piriformis_desktop.core import words as core_words
from piriformis_desktop.core.history import SessionRecord, open_history
from piriformis_desktop.core.language import LANGUAGE_NAMES
from piriformis_desktop.core.routine import load_routine
from piriformis_desktop.core.settings import Settings, SettingsStore
from piriformis_desktop.core.words import PSEUDO_LANGUAGE, pseudo_localize
from piriformis_desktop.ui.documents.report import write_report_pdf
from piriformis_desktop.ui.documents.sheet import write_sheet_pdf

TODAY = date(2026, 11, 25)


class Pseudo(QTranslator):
    """Answers every string of ours in the pseudo-locale ("Hold" -> "[Ĥöĺđ ẋ]"), %n and {names} kept."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt name)
        return None if context.startswith("Q") else pseudo_localize(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


@pytest.fixture
def pseudo(qapp):
    """Every string of ours answered in the pseudo-locale (fenced in [brackets]), the core's words too."""
    translator = Pseudo(qapp)
    qapp.installTranslator(translator)
    core_words.install(QCoreApplication.translate)
    yield
    core_words.install(None)
    qapp.removeTranslator(translator)


def plain_english(widget: QWidget, allowed: set[str]) -> list[str]:
    """The texts under `widget` (labels, buttons, titles, list items, number words, names for screen readers)
    with an English word outside what the translator returned: pseudo-locale text is fenced in [brackets],
    and a sentence with {placeholders} keeps what fills them inside its brackets."""
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QAbstractSpinBox):
            texts.append(child.text())
    left = []
    for text in texts:
        rest = html.unescape(re.sub(r"<[^<>]*>", " ", text))
        while re.search(r"\[[^\[\]]*\]", rest):
            rest = re.sub(r"\[[^\[\]]*\]", " ", rest)
        words = [w for w in re.findall(r"[^\W\d_]{2,}", rest) if w not in allowed]
        if words:
            left.append(text)
    return left


def locale_words() -> set[str]:
    """Words Qt's locale gives (not ours): day and month names as the dates show them, and each language's own
    name in the Language list."""
    locale, formats = QLocale(), list(QLocale.FormatType)
    names = {locale.dayName(d, f) for d in range(1, 8) for f in formats}
    names |= {locale.monthName(m, f) for m in range(1, 13) for f in formats}
    return {w for name in names | set(LANGUAGE_NAMES.values()) for w in re.findall(r"[^\W\d_]{2,}", name)}


def test_the_settings_tab_says_nothing_untranslated(pseudo, qtbot, tmp_path):
    from piriformis_desktop.ui.settings.pane import SettingsPane

    routine = load_routine(PSEUDO_LANGUAGE)
    pane = SettingsPane(SettingsStore(tmp_path / "settings.toml", Settings.defaults(routine), routine))
    qtbot.addWidget(pane)
    pane.show()
    pane.weekly_goal.setValue(1)  # saved: the status line speaks too
    pane.set_tray_status(None)
    assert plain_english(pane, locale_words()) == []
    assert pane.reps["toe-rotation"].prefix() == "[" and pane.reps["toe-rotation"].suffix().startswith(" ŕéþ")


def played(day: date, completed: bool, minutes: float) -> SessionRecord:
    start = datetime.combine(day, time(7, 30), tzinfo=UTC)
    return SessionRecord(started_at=start, ended_at=start + timedelta(minutes=minutes), local_date=day,
                         duration_seconds=minutes * 60, completed=completed, exercises_done=3 if completed else 1,
                         exercises_total=3, first_side="left", settings={"weekly_goal": 2}, pain_after=4)


@pytest.mark.parametrize("records", [[], [played(TODAY - timedelta(days=d), d != 1, 6) for d in (0, 1, 2, 8)]],
                         ids=["empty", "sessions"])
def test_the_history_tab_says_nothing_untranslated(pseudo, qtbot, tmp_path, records):
    from piriformis_desktop.ui.history.view import HistoryView

    opened = open_history(tmp_path / "history.sqlite3")
    opened.store.add_sessions(records)
    view = HistoryView(opened.store, 2, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    try:
        assert plain_english(view, locale_words()) == []
        assert view.chart is None if not records else view.chart.accessibleDescription().startswith("[")
    finally:
        opened.store.close()


def test_the_tray_and_the_screen_say_why_in_the_users_language(pseudo, qapp):
    from piriformis_desktop.ui.desktop.screen_awake import ScreenAwake
    from piriformis_desktop.ui.desktop.tray import ReminderTray

    tray = ReminderTray(lambda: set(), tray_available=False)
    assert tray.reason.startswith("[")

    class NoBus:
        def isConnected(self):
            return False

    assert ScreenAwake(bus=NoBus()).reason.startswith("[")
    assert QCoreApplication.translate("Autostart", "Reminders for your piriformis routine").startswith("[")


def test_a_catalogues_plural_forms_beat_the_english_ones(qapp, monkeypatch):
    """A language's own "%n Sitzungen" wins over the English plural forms, even where a screen or a document
    asks for the English ones (install_english_plurals) after start-up installed the language."""
    from piriformis_desktop.ui import translation, words
    from piriformis_desktop.ui.words import install_english_plurals, sessions_words

    class German(QTranslator):
        def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt name)
            return {"%n session(s)": "%n Sitzung" if n == 1 else "%n Sitzungen"}.get(source_text)

        def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
            return False

    earlier = words._plurals  # the suite's English plurals, put back afterwards
    if earlier is not None:
        qapp.removeTranslator(earlier)
    monkeypatch.setattr(words, "_plurals", None)
    monkeypatch.setattr(translation, "our_translator", lambda language: German(qapp))
    monkeypatch.setattr(translation, "qt_translator", lambda language: None)
    try:
        translation.install_translation("de", {"LANG": "de_DE.UTF-8"})
        install_english_plurals()  # as the History tab and the documents call it
        assert (sessions_words(1), sessions_words(3)) == ("1 Sitzung", "3 Sitzungen")
    finally:
        translation.remove_translation()
        qapp.removeTranslator(words._plurals)
        if earlier is not None:
            qapp.installTranslator(earlier)


# --- The printed documents ------------------------------------------------------------------------------

def checked_in(day, pain, where="", note=""):
    start = datetime(day.year, day.month, day.day, 7, tzinfo=UTC)
    return SessionRecord(started_at=start, ended_at=start + timedelta(minutes=7), local_date=day,
                         duration_seconds=385.0, completed=True, exercises_done=3, exercises_total=3,
                         first_side="right", pain_after=pain, pain_where=where, note=note)


RECORDS = [checked_in(TODAY - timedelta(days=d), 6 - d // 7, "buttock,lower back" if d == 2 else "",
                      "stairs were easier" if d == 2 else "") for d in range(2, 30, 3)]


def text_of(path):
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def english_left(text: str) -> list[str]:
    """Words outside the translated [brackets] (what fills a sentence's placeholders stays inside its brackets)
    that are not the locale's month names."""
    while re.search(r"\[[^\[\]]*\]", text):
        text = re.sub(r"\[[^\[\]]*\]", " ", text)
    locale = QLocale()
    months = {locale.monthName(m, f) for m in range(1, 13) for f in QLocale.FormatType}
    return [w for w in re.findall(r"[^\W\d_]{2,}", text) if w not in months]


@pytest.mark.parametrize("write", ["sheet", "report"])
def test_every_word_of_the_documents_goes_through_the_translator(pseudo, tmp_path, write):
    """The sheet and the report under the pseudo-locale, the routine's own text in it too: no English word left."""
    routine = load_routine(PSEUDO_LANGUAGE)
    settings = Settings.defaults(routine)
    path = tmp_path / f"{write}.pdf"
    if write == "sheet":
        write_sheet_pdf(path, routine, settings, today=TODAY)
    else:
        write_report_pdf(path, RECORDS, settings, routine, today=TODAY)
    left = english_left(text_of(path))
    # "about … min … s" is the core's format_duration, worded in English there; everything else is ours.
    assert [w for w in left if w not in {"about", "min"}] == []


@pytest.mark.parametrize("formats", ["de_DE"], indirect=True)
def test_the_report_writes_dates_and_decimals_as_the_locale_does(qapp, formats, routine, settings, tmp_path):
    """In a German locale (the app in English) dates are written the German way: "Printed 25. November 2026" and
    "16. Nov. 2026" in the table (Qt's German month names, and the day's full stop); a mean pain reads "5,5"."""
    path = tmp_path / "report.pdf"
    write_report_pdf(path, RECORDS, settings, routine, weeks=4, today=TODAY)
    text = text_of(path)
    assert "Printed 25. November 2026" in text
    assert re.search(r"\b\d{1,2}\. Nov\. 2026\b", text), text
    assert re.search(r"\b[0-9],[0-9]\b", text) and not re.search(r"\b[0-9]\.[0-9]\b", text), text


@pytest.mark.parametrize("formats", ["fr_FR"], indirect=True)
def test_the_sheet_prints_the_locales_month_names(qapp, formats, routine, settings, tmp_path):
    """In a French locale the sheet is printed "25 novembre 2026" and its weeks start "… nov. 2026"."""
    path = tmp_path / "sheet.pdf"
    write_sheet_pdf(path, routine, settings, today=TODAY)
    text = text_of(path)
    assert "Printed 25 novembre 2026" in text and "nov. 2026" in text


@pytest.mark.parametrize("formats", ["en_US"], indirect=True)
def test_the_sheet_writes_the_date_the_us_way_in_a_us_locale(qapp, formats, routine, settings, tmp_path):
    """In a US locale the date reads "November 25, 2026" (month first), and the log's weeks "Nov 23, 2026"."""
    path = tmp_path / "sheet.pdf"
    write_sheet_pdf(path, routine, settings, today=TODAY)
    text = text_of(path)
    assert "Printed November 25, 2026" in text and re.search(r"\bNov \d{1,2}, 2026\b", text), text


def test_the_report_names_the_places_that_hurt_in_words(pseudo, routine, settings, tmp_path):
    """A check-in's places are stored as keys ("lower back"); the report says them in the user's language."""
    path = tmp_path / "report.pdf"
    write_report_pdf(path, RECORDS, settings, routine, weeks=4, today=TODAY)
    text = text_of(path)
    assert "[ƀûţţöçķ" in text and "[ĺöŵéŕ ƀáçķ" in text and "buttock" not in text
