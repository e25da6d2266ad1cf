"""Translations: the core's one translation function, the .ts files in step with the sources and complete,
plural forms for 0, 1, 2 and 5, and the translators the app installs at start-up."""

import ast
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from piriformis_desktop.core import words
from piriformis_desktop.core.language import LANGUAGES, SOURCE_LANGUAGE
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.words import PSEUDO_LANGUAGE, Words, pseudo_localize, translate

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("translations_build", ROOT / "tools" / "translations_build.py")
translations_build = importlib.util.module_from_spec(_spec)  # a build tool, not shipped in the package
_spec.loader.exec_module(translations_build)

TS_LANGUAGES = (*LANGUAGES, PSEUDO_LANGUAGE)
# Qt's plural rules for our languages: which numerus form (0: singular, 1: plural) a count takes. French
# counts 0 as singular ("0 séance"); the others do not. A Qt that brings more forms fails the form count.
PLURAL_RULES = {
    "en": lambda n: 0 if n == 1 else 1,
    "de": lambda n: 0 if n == 1 else 1,
    "es": lambda n: 0 if n == 1 else 1,
    "fr": lambda n: 0 if n < 2 else 1,
    PSEUDO_LANGUAGE: lambda n: 0 if n == 1 else 1,
}
PLACEHOLDER = re.compile(r"%L?\d|\{[^{}]*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    translations: tuple[str, ...]  # one, or one per numerus form

    @property
    def key(self):
        return (self.context, self.source, self.comment, self.numerus)

    @property
    def live(self):
        return self.state not in ("vanished", "obsolete")


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            messages.append(Message(
                context.findtext("name"), message.findtext("source"), message.findtext("comment") or "",
                message.get("numerus") == "yes", translation.get("type") or "",
                tuple(forms) if forms else (translation.text or "",)))
    return messages


def ts_file(language: str) -> Path:
    return translations_build.ts_path(language)


@pytest.fixture
def english_core():
    """Leaves the core's translation function as it found it: English."""
    yield
    words.install(None)


# --- The core's translation function (no Qt) -----------------------------------------------------------------

def test_core_words_are_english_until_the_ui_installs_qt(english_core):
    """Without Qt the core speaks the source English, with %n filled in as Qt would."""
    assert translate("Card", "Hold") == "Hold"
    assert translate("Card", "%n reps left", None, 3) == "3 reps left"
    assert Side.RIGHT.label == "Right leg" and Side.LEFT.label == "Left leg"


def test_the_installed_function_gets_the_class_name_as_context(english_core):
    """A Words class translates under its own name, like a QObject's tr(); the count goes through."""
    asked = []

    def fake(context, text, disambiguation=None, n=-1):
        asked.append((context, text, disambiguation, n))
        return f"<{text}>"

    class Card(Words):
        pass

    words.install(fake)
    assert Card.tr("%n reps", "", 5) == "<%n reps>"
    assert Side.LEFT.label == "<Left leg>"
    assert asked == [("Card", "%n reps", "", 5), ("Side", "Left leg", None, -1)]
    words.install(None)
    assert Side.LEFT.label == "Left leg"


def test_pseudo_localize_keeps_placeholders_tags_and_mnemonics():
    """The pseudo-locale changes letters only: %1, %n, {name}, <b>, &amp; and the key after & survive."""
    text = "&Save %n file(s) to {folder} as <b>%1</b> &amp; close"
    pseudo = pseudo_localize(text)
    assert pseudo.startswith("[&S") and pseudo.endswith("]")
    for kept in ("%n", "{folder}", "<b>", "%1", "</b>", "&amp;"):
        assert kept in pseudo
    assert not re.search(r"[a-z]{2}", PLACEHOLDER.sub("", re.sub(r"<[^>]*>|&\w+;", "", pseudo)))
    assert 1.3 <= len(pseudo_localize("Stand tall, hand on a chair")) / len("Stand tall, hand on a chair") <= 1.45


# --- What pyside6-lupdate sees (the README's table) ----------------------------------------------------------

LUPDATE_SAMPLE = '''
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget
from piriformis_desktop.core import words
from piriformis_desktop.core.words import Words, translate


class Card(Words):
    pass


def _tr(text):
    return QCoreApplication.translate("Ctx", text)


class Pane(QWidget):
    def build(self, n, x):
        self.tr("self.tr")
        self.tr("self.tr %n plural", "", n)
        self.tr(f"f-string {x}")
        _tr("helper")
        QCoreApplication.translate("Ctx", "QCoreApplication.translate")
        QCoreApplication.translate("Ctx", "translate %n variable count", None, n)
        QCoreApplication.translate("Ctx", "translate %n literal count", None, 2)
        QT_TRANSLATE_NOOP("Ctx", "QT_TRANSLATE_NOOP")


def core(reps):
    translate("Core", "core translate")
    Card.tr("Card.tr %n plural", "", reps)
    Card.tr("Card.tr %n keyword", n=reps)
    translate("Core", "translate %n keyword", n=reps)
    words.translate("Core", "core words.translate")


def leak():
    words.translate("Core", "a dotted translate")
    Card.tr("the next tr")
'''


def test_lupdate_reads_these_call_forms_and_misses_those(tmp_path):
    """Which calls pyside6-lupdate extracts from Python, and which lose their plural forms or vanish: the
    README's "How to add a language" lists the same. If a new PySide6 changes this, update both."""
    sample = tmp_path / "sample.py"
    sample.write_text(LUPDATE_SAMPLE)
    ts = tmp_path / "piriformis_desktop_de.ts"
    translations_build.lupdate(ts, sources=[sample])
    found = {(m.context, m.source): m.numerus for m in read_ts(ts)}
    assert found == {
        ("Pane", "self.tr"): False,
        ("Pane", "self.tr %n plural"): True,
        ("Ctx", "QCoreApplication.translate"): False,
        ("Ctx", "translate %n variable count"): False,  # the variable is taken for Qt 4's encoding argument
        ("Ctx", "translate %n literal count"): True,
        ("Ctx", "QT_TRANSLATE_NOOP"): False,
        ("Pane", "f-string {x}"): False,  # recorded with its braces: never what the program asks for
        ("Core", "core translate"): False,
        ("Core", "core words.translate"): False,
        ("Card", "Card.tr %n plural"): True,
        ("Card", "Card.tr %n keyword"): False,  # n= is not read as a count
        ("Core", "a dotted translate"): False,
        ("words.Card", "the next tr"): False,  # after `x.translate(...)` the "x." sticks to the next X.tr's context
    }  # missing: _tr("helper") (an unknown name) and translate(..., n=reps) (not parsed at all)


def _call_problems(path: Path) -> list[str]:
    """The translation calls in `path` that lupdate would miss, or extract without their plural forms."""
    problems = []

    def where(node):
        return f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name}:{node.lineno}"

    def literal(node):
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        keywords = {k.arg for k in node.keywords}
        if name == "tr" and node.args:
            if not literal(node.args[0]):
                problems.append(f"{where(node)}: tr() of something that is not a plain string literal")
            if "n" in keywords:
                problems.append(f"{where(node)}: tr(..., n=...) loses the plural forms; pass the count third")
        elif name == "translate" and len(node.args) >= 2:
            if not (literal(node.args[0]) and literal(node.args[1])):
                problems.append(f"{where(node)}: translate() of a context or text that is not a string literal")
            count = node.args[3] if len(node.args) >= 4 else None
            if count is not None and not (isinstance(count, ast.Constant) and isinstance(count.value, int)):
                problems.append(f"{where(node)}: a variable count in translate() loses the plural forms; "
                                "use a Words or QObject tr(text, '', count)")
            if "n" in keywords:
                problems.append(f"{where(node)}: translate(..., n=...) is not extracted at all")
    return problems


def _asked_for(path: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) of every tr()/translate() with literal arguments in `path`: the context the
    program looks the text up in (the enclosing class for self.tr, the class named before .tr)."""
    asked = []

    def visit(node, classes):
        if isinstance(node, ast.ClassDef):
            classes = [*classes, node.name]
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name == "tr" and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                owner = func.value if isinstance(func, ast.Attribute) else None
                if isinstance(owner, ast.Name) and owner.id == "self":
                    context = classes[-1] if classes else ""
                else:
                    context = owner.id if isinstance(owner, ast.Name) else ast.unparse(func)
                asked.append((context, args[0].value, node.lineno))
            elif name == "translate" and len(args) >= 2 and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]):
                asked.append((args[0].value, args[1].value, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child, classes)

    visit(ast.parse(path.read_text("utf-8")), [])
    return asked


SOURCES = [p for p in translations_build.source_files() if p.name != "words.py"]  # words.py is the plumbing
INVISIBLE_TODAY: set[str] = set()  # every source's strings are visible to lupdate


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="the _tr helper hides sound.py's strings"))
    if str(p.relative_to(ROOT)) in INVISIBLE_TODAY else p
    for p in SOURCES
], ids=lambda p: str(p.relative_to(ROOT / "src" / "piriformis_desktop")))
def test_every_translation_call_is_one_lupdate_can_read(path):
    """Each tr()/translate() in the sources passes a literal text (and a count where lupdate reads one)."""
    assert _call_problems(path) == []


def test_the_call_checker_catches_what_lupdate_misses(tmp_path):
    """The checker above finds the sample's invisible and plural-losing calls (so it can fail)."""
    sample = tmp_path / "sample.py"
    sample.write_text(LUPDATE_SAMPLE)
    problems = [p.split(": ", 1)[1] for p in _call_problems(sample)]
    assert len(problems) == 5, problems
    assert sum("loses the plural forms" in p for p in problems) == 2
    assert sum("not a plain string literal" in p or "not a string literal" in p for p in problems) == 2


def test_the_context_checker_sees_lupdates_mistake(tmp_path):
    """lupdate files the sample's last tr() under "words.Card"; the program asks under "Card"."""
    sample = tmp_path / "sample.py"
    sample.write_text(LUPDATE_SAMPLE)
    ts = tmp_path / "piriformis_desktop_de.ts"
    translations_build.lupdate(ts, sources=[sample])
    filed = {(m.context, m.source) for m in read_ts(ts)}
    missed = [(c, t) for c, t, _ in _asked_for(sample) if (c, t) not in filed and "keyword" not in t]
    assert missed == [("Card", "the next tr")]


# --- The .ts files -------------------------------------------------------------------------------------------

def test_there_is_a_ts_file_per_language_and_the_pseudo_locale():
    on_disk = {translations_build.ts_language(p) for p in (ROOT / "translations").glob("*.ts")}
    assert on_disk == set(TS_LANGUAGES)
    assert set(translations_build.TRANSLATED) == set(LANGUAGES) - {SOURCE_LANGUAGE}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """What lupdate finds in today's sources: every message, and the plural ones (for English)."""
    folder = tmp_path_factory.mktemp("lupdate")
    every, plural = folder / "piriformis_desktop_de.ts", folder / "piriformis_desktop_en.ts"
    translations_build.lupdate(every)
    translations_build.lupdate(plural, plural_only=True)
    return {"all": {m.key for m in read_ts(every)}, "plural": {m.key for m in read_ts(plural)}}


@pytest.mark.parametrize("language", TS_LANGUAGES)
def test_ts_files_are_up_to_date_with_the_sources(language, extracted):
    """Each .ts holds exactly the strings the sources ask for (run `make translations` after changing any)."""
    committed = {m.key for m in read_ts(ts_file(language)) if m.live}
    wanted = extracted["plural" if language == SOURCE_LANGUAGE else "all"]
    assert committed == wanted, "run `make translations`"


def test_lupdate_files_every_string_under_the_context_the_program_asks_for(extracted):
    """Each literal tr()/translate() of the sources is in the .ts under the context it is looked up in at run
    time (lupdate 6.11 can glue a dotted name from the line before onto a context; the text would stay
    English)."""
    filed = {(context, source) for context, source, _, _ in extracted["all"]}
    missed = [f"{p.relative_to(ROOT)}:{line}: {context} / {text!r}" for p in translations_build.source_files()
              for context, text, line in _asked_for(p) if (context, text) not in filed]
    assert missed == []


@pytest.mark.parametrize("language", TS_LANGUAGES)
def test_no_language_has_an_unfinished_or_missing_entry(language):
    """Every string the app shows is translated, with every plural form the language has."""
    for m in read_ts(ts_file(language)):
        if not m.live:
            continue
        assert m.state == "", f"{language}: {m.context} / {m.source!r} is {m.state}"
        assert all(t.strip() for t in m.translations), f"{language}: {m.context} / {m.source!r} has an empty form"
        assert len(m.translations) == (2 if m.numerus else 1), f"{language}: {m.source!r}"


@pytest.mark.parametrize("language", TS_LANGUAGES)
def test_translations_keep_every_placeholder(language):
    """%1, {name} and the like are in each translation exactly as in the source, or .format() would fail."""
    for m in read_ts(ts_file(language)):
        for translation in m.translations:
            assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(m.source)), translation


def test_the_pseudo_locale_is_made_by_the_tool():
    """en_XA is generated from the sources (pseudo_localize), never edited by hand."""
    for m in read_ts(ts_file(PSEUDO_LANGUAGE)):
        if m.live:
            assert set(m.translations) == {pseudo_localize(m.source)}


# --- Plural forms --------------------------------------------------------------------------------------------

def assert_plural_forms(translator, language, context, source, forms, comment=""):
    """With `translator` installed, the count 0, 1, 2 and 5 each get the form `language`'s rule asks for,
    with the number in it."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        for n in (0, 1, 2, 5):
            shown = QCoreApplication.translate(context, source, comment or None, n)
            assert shown == forms[PLURAL_RULES[language](n)].replace("%n", str(n)), (language, n, shown)
    finally:
        app.removeTranslator(translator)


@pytest.mark.parametrize("language", TS_LANGUAGES)
def test_every_shipped_plural_picks_the_right_form_for_0_1_2_and_5(qapp, language):
    """Once plural strings exist, each is checked in every language (none do yet: the sample test below)."""
    from PySide6.QtCore import QTranslator

    from piriformis_desktop.ui import resources_rc  # noqa: F401  (registers :/translations)

    translator = QTranslator()
    assert translator.load(f":/translations/piriformis_desktop_{language}.qm")
    for m in read_ts(ts_file(language)):
        if m.live and m.numerus:
            assert_plural_forms(translator, language, m.context, m.source, m.translations, m.comment)


PLURAL_SAMPLE = '''
from piriformis_desktop.core.words import Words


class WeekWords(Words):
    pass


def sessions_this_week(count):
    return WeekWords.tr("%n session(s) this week", "", count)
'''
PLURAL_FORMS = {
    "en": ("%n session this week", "%n sessions this week"),
    "de": ("%n Sitzung diese Woche", "%n Sitzungen diese Woche"),
    "es": ("%n sesión esta semana", "%n sesiones esta semana"),
    "fr": ("%n séance cette semaine", "%n séances cette semaine"),
}
PLURALS_SHOWN = {
    "en": ["0 sessions this week", "1 session this week", "2 sessions this week", "5 sessions this week"],
    "de": ["0 Sitzungen diese Woche", "1 Sitzung diese Woche", "2 Sitzungen diese Woche", "5 Sitzungen diese Woche"],
    "es": ["0 sesiones esta semana", "1 sesión esta semana", "2 sesiones esta semana", "5 sesiones esta semana"],
    "fr": ["0 séance cette semaine", "1 séance cette semaine", "2 séances cette semaine", "5 séances cette semaine"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_core_plural_goes_through_lupdate_lrelease_and_qt(qapp, tmp_path, english_core, language):
    """A plural worded in plain Python (a Words class) is found by lupdate as a plural, compiled, and shown
    by Qt in the right form for 0, 1, 2 and 5: English needs its own .ts for "1 session" too."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    sample = tmp_path / "sample_words.py"
    sample.write_text(PLURAL_SAMPLE)
    ts = tmp_path / f"piriformis_desktop_{language}.ts"
    translations_build.lupdate(ts, sources=[sample], plural_only=language == SOURCE_LANGUAGE)
    tree = ET.parse(ts)
    message = tree.getroot().find("context/message")
    assert message.get("numerus") == "yes"
    translation = message.find("translation")
    translation.attrib.pop("type")
    for form, text in zip(translation.findall("numerusform"), PLURAL_FORMS[language], strict=True):
        form.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / f"sample_{language}.qm"
    subprocess.run([translations_build.qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))

    assert_plural_forms(translator, language, "WeekWords", "%n session(s) this week", PLURAL_FORMS[language])
    spec = importlib.util.spec_from_file_location("sample_words", sample)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    qapp.installTranslator(translator)
    words.install(QCoreApplication.translate)
    try:
        assert [module.sessions_this_week(n) for n in (0, 1, 2, 5)] == PLURALS_SHOWN[language]
    finally:
        qapp.removeTranslator(translator)


def test_the_plural_check_fails_on_a_wrong_form(qapp, tmp_path):
    """assert_plural_forms notices a translation whose forms are swapped (so it can fail)."""
    from PySide6.QtCore import QTranslator

    ts = tmp_path / "piriformis_desktop_fr.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
                  '<context><name>WeekWords</name><message numerus="yes"><source>%n session(s)</source>'
                  '<translation><numerusform>%n séances</numerusform><numerusform>%n séance</numerusform>'
                  '</translation></message></context></TS>')
    qm = tmp_path / "swapped.qm"
    subprocess.run([translations_build.qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    with pytest.raises(AssertionError):
        assert_plural_forms(translator, "fr", "WeekWords", "%n session(s)", ("%n séance", "%n séances"))


# --- Start-up: the translators the app installs --------------------------------------------------------------

@pytest.fixture
def untranslated(qapp):
    """Removes whatever a test installed: back to English and the default locale it found."""
    from piriformis_desktop.ui.translation import remove_translation

    yield
    remove_translation()


def test_every_ts_is_compiled_into_the_resources(qapp):
    """Each language's .qm loads from :/translations/ and holds the .ts file's translations."""
    from PySide6.QtCore import QTranslator

    from piriformis_desktop.ui import resources_rc  # noqa: F401  (registers :/translations)

    for language in TS_LANGUAGES:
        translator = QTranslator()
        assert translator.load(f":/translations/piriformis_desktop_{language}.qm"), language
        for m in read_ts(ts_file(language)):
            if m.live and not m.numerus:
                assert translator.translate(m.context, m.source, m.comment or None) == m.translations[0]


@pytest.mark.parametrize(("language", "leg", "cancel", "monday", "number"), [
    ("de", "Rechtes Bein", "Abbrechen", "Montag", "1.234,5"),
    ("es", "Pierna derecha", "Cancelar", "lunes", "1234,5"),
    ("fr", "Jambe droite", "Annuler", "lundi", "1\u202f234,5"),
])
def test_the_system_language_translates_the_core_qt_and_the_formats(untranslated, language, leg, cancel, monday,
                                                                     number):
    """LANGUAGE=de on a C locale (a container's): our words, Qt's own dialog words, and German weekdays and
    numbers; taking the translation away brings English back."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from piriformis_desktop.ui.translation import install_translation, remove_translation

    before = QLocale().name()
    assert install_translation("system", {"LANGUAGE": language, "LANG": "C.UTF-8"}) == language
    assert Side.RIGHT.label == leg
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    assert QLocale().dayName(1) == monday and QLocale().toString(1234.5, "f", 1) == number
    remove_translation()
    assert Side.RIGHT.label == "Right leg" and QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().name() == before


def test_the_setting_beats_the_system_and_installing_again_replaces(untranslated):
    """language = "fr" in settings.toml wins over a German system; a second install swaps, not stacks."""
    from PySide6.QtCore import QLocale

    from piriformis_desktop.ui.translation import install_translation

    assert install_translation("fr", {"LANG": "de_DE.UTF-8"}) == "fr"
    assert install_translation("es", {"LANG": "de_DE.UTF-8"}) == "es"
    assert Side.LEFT.label == "Pierna izquierda" and QLocale().language() == QLocale.Language.Spanish


def test_english_on_a_c_locale_keeps_the_system_formats(untranslated):
    """English where the system says C: nothing to translate, and dates, numbers and paper stay the system's."""
    from PySide6.QtCore import QLocale

    from piriformis_desktop.ui.translation import install_translation

    before = QLocale().name()
    assert install_translation("system", {"LANG": "C.UTF-8"}) == "en"
    assert QLocale().name() == before and Side.RIGHT.label == "Right leg"


def test_the_pseudo_locale_shows_in_the_core_words(untranslated):
    from piriformis_desktop.ui.translation import install_translation

    assert install_translation("system", {"LANGUAGE": "en_XA"}) == PSEUDO_LANGUAGE
    assert Side.RIGHT.label == pseudo_localize("Right leg")
