"""Dates, lists and typography as each language writes them: History's days from the locale's own long format
(German "Mo., 30. Nov. 2026" with its full stops, not a fixed "ddd d MMM yyyy"), About's source date in the
locale's long form, the report's doses joined by a translatable separator, French apostrophes one way."""

import re
from datetime import date

import pytest

from piriformis_desktop.core.stats import WeekCount
from piriformis_desktop.ui.about import routine_about_html
from piriformis_desktop.ui.history.detail import week_words
from piriformis_desktop.ui.translation import install_translation, remove_translation

MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize("formats, expected", [
    ("de_DE", "Mo., 30. Nov. 2026"), ("es_ES", "lun, 30 de nov de 2026"), ("fr_FR", "lun. 30 nov. 2026"),
    ("en_US", "Mon, Nov 30, 2026"), ("en_GB", "Mon, 30 Nov 2026")], indirect=["formats"])
def test_history_writes_the_week_as_the_locale_does(qapp, formats, expected):
    """The week under the chart: the day and month as the locale orders and punctuates them."""
    assert week_words(WeekCount(MONDAY, 0, 0, 0.0), 3, date(2027, 1, 20), None) == f"Week of {expected}: no sessions."


@pytest.mark.parametrize("language, long_date", [("de", "29. Mai 2008"), ("es", "29 de mayo de 2008"),
                                                 ("fr", "29 mai 2008"), ("en", "29 May 2008")])
def test_about_gives_the_sources_date_in_the_locales_long_form(qapp, language, long_date):
    """Help > About this routine: "vom 29. Mai 2008", never the ISO "2008-05-29"."""
    from piriformis_desktop.core.routine import load_routine

    install_translation(language, {})  # a "C" system: the language brings its own formats
    try:
        about = routine_about_html(load_routine(language))
    finally:
        remove_translation()
    assert "2008-05-29" not in about
    assert long_date in about


@pytest.mark.parametrize("language, joined", [("en", "a: 1; b: 2; c: 3"), ("fr", "a: 1\u00a0; b: 2\u00a0; c: 3")])
def test_lists_are_joined_by_the_languages_separator(qapp, language, joined):
    """The report's doses: French puts a no-break space before its semicolon."""
    from piriformis_desktop.ui.words import semicolon_list

    install_translation(language)
    try:
        assert semicolon_list(["a: 1", "b: 2", "c: 3"]) == joined
        assert semicolon_list([]) == "" and semicolon_list(["a"]) == "a"
    finally:
        remove_translation()


def test_french_uses_one_apostrophe_and_spaces_its_punctuation():
    """Straight apostrophes throughout (four messages had ’ among 135 with '), and a no-break space before
    : ; ! ? and inside « »."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_glossary import catalogue, messages

    curly, unspaced = [], []
    for _, text in messages(catalogue("fr")):
        curly += [text] if "’" in text else []
        bare = re.sub(r"https?://\S+|<[^>]+>|\{\w+\}|\(\*\.\w+\)|;;", "", text)
        for mark in re.finditer(r"[:;!?»]", bare):
            if mark.start() == 0 or bare[mark.start() - 1] != "\u00a0":
                unspaced.append(text)
        unspaced += [text for mark in re.finditer("«", bare) if bare[mark.end():mark.end() + 1] != "\u00a0"]
    assert not curly, curly
    assert not unspaced, unspaced
