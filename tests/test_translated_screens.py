"""Every word the Settings tab, the History tab, the tray and the screen-awake reasons show goes through Qt's
translator: under a translator that answers every string in the pseudo-locale, nothing plain English is left
but what is not ours to translate (the locale's day names, each language's own name, numbers and dates)."""

import html
import re
from datetime import date, datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QGroupBox, QLabel, QWidget

from piriformis_desktop.core.history import SessionRecord, open_history
from piriformis_desktop.core.language import LANGUAGE_NAMES
from piriformis_desktop.core.routine import load_routine
from piriformis_desktop.core.settings import Settings, SettingsStore
from piriformis_desktop.core.words import PSEUDO_LANGUAGE, pseudo_localize

TODAY = date(2026, 11, 25)


class Pseudo(QTranslator):
    """Answers every string of ours in the pseudo-locale ("Hold" -> "[Ĥöĺđ ẋ]"), %n and {names} kept."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt name)
        return None if context.startswith("Q") else pseudo_localize(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


@pytest.fixture
def pseudo(qapp):
    translator = Pseudo(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def plain_english(widget: QWidget, allowed: set[str]) -> list[str]:
    """The texts under `widget` (labels, buttons, titles, list items, number words, names for screen readers)
    with an English word outside what the translator returned: pseudo-locale text is fenced in [brackets],
    and a sentence with {placeholders} keeps what fills them inside its brackets."""
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        if isinstance(child, QLabel):
            texts.append(child.text())
        elif isinstance(child, QAbstractButton):
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
    from piriformis_desktop.ui.settings_pane import SettingsPane

    routine = load_routine(PSEUDO_LANGUAGE)
    pane = SettingsPane(SettingsStore(tmp_path / "settings.toml", Settings.defaults(routine), routine))
    qtbot.addWidget(pane)
    pane.show()
    pane.weekly_goal.setValue(1)  # saved: the status line speaks too
    pane.set_tray_status(None)
    assert plain_english(pane, locale_words()) == []
    assert pane.reps["toe-rotation"].prefix() == "[" and pane.reps["toe-rotation"].suffix().startswith(" ŕéþ")


def played(day: date, completed: bool, minutes: float) -> SessionRecord:
    start = datetime.combine(day, time(7, 30), tzinfo=timezone.utc)
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
