"""Choosing the language: the `language` setting, or the system's locale when it says "system"."""

import pytest

from piriformis_desktop.core.language import LANGUAGE_NAMES, LANGUAGES, formats_locale, language_of, resolve_language
from piriformis_desktop.core.settings import Settings
from piriformis_desktop.core.settings.file import load_settings, save_settings


@pytest.mark.parametrize(("name", "language"), [
    ("de_DE.UTF-8", "de"), ("de_AT", "de"), ("fr_CA.UTF-8@euro", "fr"), ("es", "es"), ("pt-BR", "pt"),
    ("EN_gb.utf8", "en"), ("C.UTF-8", "C"), ("POSIX", "POSIX"), ("en_XA.UTF-8", "en_XA"),
])
def test_the_language_part_of_a_locale_name(name, language):
    assert language_of(name) == language


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),  # LC_MESSAGES overrides LANG
    ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8", "LC_ALL": "es_ES.UTF-8"}, "es"),  # LC_ALL overrides both
    ({"LC_ALL": "es_ES.UTF-8", "LANGUAGE": "fr_FR:de"}, "fr"),  # GNU LANGUAGE comes first
    ({"LANG": "C.UTF-8", "LANGUAGE": "de"}, "de"),  # a container's C locale does not silence LANGUAGE
    ({"LANGUAGE": "pt_BR:it:de_AT:en"}, "de"),  # the first language on the list that we have
    ({"LANGUAGE": "pt_BR", "LANG": "es_MX.UTF-8"}, "es"),  # none on the list: the locale
    ({"LANG": "it_IT.UTF-8"}, "en"),  # a language we do not have: English
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LC_ALL": "POSIX", "LANG": "de_DE.UTF-8"}, "en"),  # the C locale means untranslated
    ({"LC_ALL": "", "LANG": "fr_FR.UTF-8", "LANGUAGE": ""}, "fr"),  # empty variables count as unset
    ({}, "en"),
    ({"LANGUAGE": "en_XA"}, "en_XA"),  # the pseudo-locale, for tests and screenshots
])
def test_system_follows_the_posix_order_of_the_locale_variables(environ, language):
    assert resolve_language("system", environ) == language


def test_a_chosen_language_beats_the_system():
    assert resolve_language("fr", {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}) == "fr"
    assert resolve_language("en", {"LANG": "de_DE.UTF-8"}) == "en"


def test_every_language_has_its_own_name():
    """A language list shows each language in its own words: Deutsch, Español, Français."""
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)
    assert LANGUAGE_NAMES["de"] == "Deutsch" and LANGUAGE_NAMES["fr"] == "Français"


def test_the_language_setting_defaults_to_system_and_takes_the_four_languages():
    """language: "system" (default), "en", "de", "es" or "fr"; anything else is named and ignored."""
    assert Settings.from_dict({})[0].language == "system"
    for value in ("system", *LANGUAGES):
        settings, problems = Settings.from_dict({"language": value})
        assert (settings.language, problems) == (value, [])
    for bad in ("de_DE", "German", "en_XA", 7, ["de"]):
        settings, problems = Settings.from_dict({"language": bad})
        assert settings.language == "system"
        assert problems == [f'language: expected one of "system", "en", "de", "es", "fr", got {bad!r}']


def test_the_language_setting_is_saved_and_read_back(tmp_path):
    path = tmp_path / "settings.toml"
    defaults = Settings.from_dict({})[0]
    save_settings(path, Settings.from_dict({"language": "es"})[0])
    assert 'language = "es"' in path.read_text()
    assert load_settings(path).settings.language == "es"
    assert defaults.to_dict()["language"] == "system"


@pytest.mark.parametrize(("language", "environ", "formats"), [
    ("de", {"LANG": "de_AT.UTF-8"}, None),  # the system already speaks German: Austrian dates stay
    ("de", {"LANG": "en_US.UTF-8"}, "de"),  # German chosen on an American system: German dates, A4
    ("de", {"LANGUAGE": "de", "LANG": "C.UTF-8"}, "de"),  # LANGUAGE names words; the C locale has no German dates
    ("en", {"LANG": "C.UTF-8"}, None),  # English on C: nothing changes (the paper stays the system's)
    ("en", {}, None),
    ("en", {"LC_ALL": "fr_FR.UTF-8", "LANG": "en_GB.UTF-8"}, "en"),  # LC_ALL outranks LANG for formats too
    ("fr", {"LC_TIME": "fr_CA.UTF-8", "LANG": "en_CA.UTF-8"}, None),  # dates already French (Canadian)
    ("en_XA", {"LANG": "de_DE.UTF-8"}, None),  # the pseudo-locale is words only
])
def test_dates_numbers_and_paper_follow_the_language_unless_the_system_already_does(language, environ, formats):
    assert formats_locale(language, environ) == formats
