"""Speak the user's language: Qt translators for the chosen language, installed once at start-up.

`install_translation(setting)` resolves the language (core/language.py), installs our catalogue from the
resources (:/translations/piriformis_desktop_<language>.qm) and Qt's own (qtbase_<language>.qm from the
PySide6 wheel, for the standard dialogs' buttons), points the core's one translation function at
QCoreApplication.translate, and makes the language's QLocale the default so dates, weekdays, numbers and the
paper size follow it. It is called before any widget exists; calling it again swaps the translators (Qt
then sends every widget a LanguageChange event).

Cost: two small files read and checked, well under a millisecond each here (see README "How to add a
language" for the measured start-up figures).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from piriformis_desktop.core import words
from piriformis_desktop.core.language import formats_locale, resolve_language
from piriformis_desktop.core.words import PSEUDO_LANGUAGE
from piriformis_desktop.ui import resources_rc  # noqa: F401  (registers :/translations)
from piriformis_desktop.ui.words import install_english_plurals

CATALOGUE = ":/translations/piriformis_desktop_{language}.qm"

_installed: list[QTranslator] = []
_previous_default: QLocale | None = None  # the default locale before we changed it, to put back


def install_translation(setting: str, environ: Mapping[str, str] | None = None) -> str:
    """Translate the app into the language `setting` asks for ("system" or a language code); returns it."""
    environ = os.environ if environ is None else environ
    language = resolve_language(setting, environ)
    remove_translation()
    install_english_plurals()  # first: Qt asks the last-installed translator first, so the catalogues below win
    for translator in (our_translator(language), qt_translator(language)):
        if translator is not None and QCoreApplication.installTranslator(translator):
            _installed.append(translator)
    words.install(QCoreApplication.translate)
    formats = formats_locale(language, environ)
    if formats is not None:
        global _previous_default
        _previous_default = QLocale()
        QLocale.setDefault(QLocale(formats))
    return language


def remove_translation() -> None:
    """Back to the untranslated source: translators removed, the core in English, the default locale restored."""
    global _previous_default
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    words.install(None)
    if _previous_default is not None:
        QLocale.setDefault(_previous_default)
        _previous_default = None


def our_translator(language: str) -> QTranslator | None:
    """The app's catalogue for `language` from the resources, or None when there is none."""
    translator = QTranslator(QCoreApplication.instance())
    return translator if translator.load(CATALOGUE.format(language=language)) else None


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own catalogue (qtbase_<language>.qm in the PySide6 wheel) for standard dialogs, or None."""
    if language == PSEUDO_LANGUAGE:
        return None
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(QCoreApplication.instance())
    return translator if translator.load(f"qtbase_{language}", folder) else None
