"""Which language the app speaks: the `language` setting, or the system's locale when it says "system"."""

from __future__ import annotations

from collections.abc import Mapping

from piriformis_desktop.core.words import PSEUDO_LANGUAGE

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "de", "es", "fr")  # English is the source; every other one has a .ts and routine text
SYSTEM = "system"
LANGUAGE_CHOICES = (SYSTEM, *LANGUAGES)  # what the `language` setting accepts
# Each language by its own name, as a language menu lists them (a name is not translated).
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}
# The variables that name the user's language, most important first. LC_ALL overrides LC_MESSAGES, which
# overrides LANG (POSIX); GNU's LANGUAGE, a list such as "de_AT:de:en", is read before all three.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
FORMAT_VARIABLES = ("LC_ALL", "LC_TIME", "LANG")  # the same order for how dates (and numbers) are written
_UNTRANSLATED_LOCALES = ("C", "POSIX")


def language_of(locale_name: str) -> str:
    """The language part of a locale name: "de_DE.UTF-8" -> "de", "fr_CA@euro" -> "fr", "C.UTF-8" -> "C"."""
    name = locale_name.strip().split(".", 1)[0].split("@", 1)[0]
    if name == PSEUDO_LANGUAGE:
        return name
    return name.replace("-", "_").split("_", 1)[0].lower() if name not in _UNTRANSLATED_LOCALES else name


def system_languages(environ: Mapping[str, str]) -> list[str]:
    """The languages the environment asks for, in order: LANGUAGE's list, then LC_ALL, LC_MESSAGES or LANG.

    Like Qt (QLocale::uiLanguages), LANGUAGE counts even when the locale is "C"; gettext would ignore it
    there, but a container or a login shell often has LANG=C.UTF-8 and the user's LANGUAGE=de still means
    German. A "C" or "POSIX" locale itself means the untranslated source, English.
    """
    wanted = [language_of(entry) for entry in environ.get("LANGUAGE", "").split(":") if entry.strip()]
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "").strip()
        if value:
            wanted.append(language_of(value))
            break
    return [SOURCE_LANGUAGE if language in _UNTRANSLATED_LOCALES else language for language in wanted]


def resolve_language(setting: str, environ: Mapping[str, str]) -> str:
    """The language to use: the setting when it names one, else the first the system asks for that we have.

    `environ` is os.environ in the app (a plain dict in tests). Anything unknown ends in English. The
    pseudo-locale (en_XA) is for tests and reviews only: it is chosen by LANGUAGE=en_XA, never by the setting.
    """
    if setting in LANGUAGES:
        return setting
    for language in system_languages(environ):
        if language in LANGUAGES or language == PSEUDO_LANGUAGE:
            return language
    return SOURCE_LANGUAGE


def formats_locale(language: str, environ: Mapping[str, str]) -> str | None:
    """The locale for dates, weekdays, numbers and paper size that goes with `language`, or None to keep the
    system's.

    The system's stays when it already speaks the language (de_AT keeps Austrian dates, a "C" locale counts
    as English), so only a language that differs from the system's changes the formats, to that language's
    own ("de": Qt reads it as de_DE). The pseudo-locale keeps the system's: it is about words, not formats.
    """
    if language == PSEUDO_LANGUAGE:
        return None
    name = next((environ[v] for v in FORMAT_VARIABLES if environ.get(v, "").strip()), "C")
    system = language_of(name)
    if system in _UNTRANSLATED_LOCALES:
        system = SOURCE_LANGUAGE
    return None if system == language else language
