"""The packaged routine: complete, in our own words and in every language, free of the scraped article's junk lines."""

import re

import pytest

from piriformis_desktop.core.routine import RoutineError, Side, load_routine, parse_routine
from piriformis_desktop.core.routine.translation import routine_texts, translate_routine

JUNK = [
    "Published: May 29, 2008",
    "Ice vs Heat for Injuries",
    "Best Songs for Sprinting",
    "We may earn commission",
    "only recommend products we back",
    "Advertisement - Continue Reading Below",
]


def test_routine_has_the_three_exercises_in_order(routine):
    """Toe rotation for flexibility, then the two glute-strength exercises."""
    assert routine.ids == ("toe-rotation", "leg-crossover", "bent-knee-lift")
    assert [e.section for e in routine.exercises] == ["Flexibility", "Strength", "Strength"]


@pytest.mark.parametrize("phrase", JUNK)
def test_no_packaged_text_contains_a_junk_line(routine, phrase):
    """None of the scrape's junk lines ever appears as content."""
    for text in routine.all_texts():
        assert phrase.lower() not in text.lower(), text


def test_no_text_is_a_cut_off_fragment(routine):
    """Every sentence shown ends like a sentence, so no cut-off fragment passes as complete."""
    for e in routine.exercises:
        for text in (e.purpose, e.start_position, *e.steps(Side.RIGHT), *e.steps(Side.LEFT)):
            assert text.rstrip().endswith((".", ")")), text


def test_left_leg_text_turns_the_toes_the_other_way(routine):
    """The toe turn goes left for the right leg and right for the left leg, and each names its own leg."""
    toe = routine.exercise("toe-rotation")
    assert "toward the left" in toe.steps(Side.RIGHT)[1]
    assert "toward the right" in toe.steps(Side.LEFT)[1]
    for e in routine.exercises:
        assert all("left" not in s.split("toward")[0] for s in e.steps(Side.RIGHT))
        assert any("left" in s for s in e.steps(Side.LEFT))


def test_doses_match_the_article_facts(routine):
    """Ten reps per leg; holds of 2, 1 and 1 seconds; the ankle weight is optional at first."""
    assert [(e.reps, e.hold_seconds) for e in routine.exercises] == [(10, 2), (10, 1), (10, 1)]
    assert "ankle weight" in routine.exercise("bent-knee-lift").equipment
    assert "start without" in routine.exercise("bent-knee-lift").equipment


def test_credit_names_the_authors_and_not_people_the_article_does_not_name(routine):
    """Credit goes to Master the Half, physical therapists in New York City, 2008."""
    assert routine.credit.authors == "Master the Half"
    assert "New York City" in routine.credit.description
    assert routine.credit.published.startswith("2008")
    assert "physiotherapist" in routine.reconstructed_note


def test_bad_routine_data_names_the_file_and_field():
    """A malformed routine file fails at load with a message naming the file and the field."""
    with pytest.raises(RoutineError, match=r"custom.toml: exercises\[0\]\.reps"):
        parse_routine(_replace_first_reps("reps = 0"), "custom.toml")
    with pytest.raises(RoutineError, match="custom.toml: not valid TOML"):
        parse_routine("title = ", "custom.toml")
    with pytest.raises(RoutineError, match=r"exercises\[0\]\.sides\.left is missing"):
        parse_routine(_packaged_text().replace("[exercises.sides.left]", "[exercises.sides.elsewhere]", 1), "x")


def test_duplicate_exercise_ids_are_refused():
    """Two exercises with one id would confuse settings and history."""
    text = _packaged_text().replace('id = "leg-crossover"', 'id = "toe-rotation"')
    with pytest.raises(RoutineError, match="unique"):
        parse_routine(text, "x")


def _packaged_text():
    from importlib import resources
    return resources.files("piriformis_desktop.data").joinpath("routine.toml").read_text("utf-8")


def _replace_first_reps(line):
    return _packaged_text().replace("reps = 10", line, 1)


def test_load_is_cached(routine):
    """The routine is parsed once per process."""
    assert load_routine() is routine


# --- The routine in every language ---------------------------------------------------------------------------

TRANSLATED = ("de", "es", "fr")
# How each language names the two legs (and the direction the toes turn), for the mirror test below.
SIDE_WORDS = {
    "en": (r"right(?! angle)", r"left"),
    "de": (r"recht(?:e|en|er|es|s)?", r"link(?:e|en|er|es|s)"),
    "es": (r"derech[oa]s?", r"izquierd[oa]s?"),
    "fr": (r"droite?s?", r"gauches?"),
}
# The words a physiotherapist in that language would use; a word-for-word translation tends to miss them.
PHYSIO_TERMS = {
    "de": ("Gesäß", "Piriformis-Syndrom", "Wiederholung", "Halten"),
    "es": ("glúteo", "síndrome del piriforme", "repeticiones", "Mantenga"),
    "fr": ("fessier", "syndrome du piriforme", "répétitions", "Maintenez"),
}
PHYSIOTHERAPIST = {"de": "Physiotherapeut", "es": "fisioterapeuta", "fr": "kinésithérapeute"}
ENGLISH_WORDS = re.compile(r"\b(the|your|and|with|then|into|leg|hip|toes)\b", re.IGNORECASE)


def _pairs(language):
    """(English, translated) for every text of the routine, in the same order."""
    return list(zip(load_routine().all_texts(), load_routine(language).all_texts(), strict=True))


@pytest.mark.parametrize("language", TRANSLATED)
def test_shipped_languages_are_complete(language):
    """Every exercise, field and step of German, Spanish and French loads without falling back to English."""
    routine = load_routine(language)
    assert routine.notices == ()
    assert routine.language == language and routine.ids == load_routine().ids


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_leave_no_english_behind(language):
    """Each text differs from the English one and has no common English word in it (proper names aside)."""
    for english, translated in _pairs(language):
        if english in ("", load_routine().credit.authors):
            continue  # an empty variant; the authors' name stays as it is
        assert translated != english
        assert not ENGLISH_WORDS.search(translated), translated


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_numbers(language):
    """The same facts: every number of the English text (2007, 10,000 m, 0.5 to 2 kg) is in the translation."""
    for english, translated in _pairs(language):
        assert re.findall(r"\d+", translated) == re.findall(r"\d+", english), translated


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_use_the_physiotherapists_words(language):
    """Written in the language's own physiotherapy terms, and the reader is sent to a physiotherapist."""
    text = " ".join(load_routine(language).all_texts())
    for term in PHYSIO_TERMS[language]:
        assert term in text
    assert PHYSIOTHERAPIST[language] in load_routine(language).reconstructed_note
    description = load_routine(language).credit.description
    assert "New York" in description or "Nueva York" in description


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_each_side_names_its_own_leg_and_mirrors_the_other(language):
    """The left leg's steps and cues are the right leg's with right and left swapped, in every language:
    the toes turn toward the left for the right leg and toward the right for the left leg."""
    right_word, left_word = SIDE_WORDS[language]

    def marked(text):
        text = re.sub(rf"\b{right_word}\b", "<R>", text, flags=re.IGNORECASE)
        return re.sub(rf"\b{left_word}\b", "<L>", text, flags=re.IGNORECASE)

    for exercise in load_routine(language).exercises:
        right, left = exercise.cues(Side.RIGHT), exercise.cues(Side.LEFT)
        right_texts = [marked(t) for t in (*right.steps, right.move_cue, right.hold_cue, right.release_cue)]
        left_texts = [marked(t) for t in (*left.steps, left.move_cue, left.hold_cue, left.release_cue)]
        swapped = [t.replace("<R>", "\0").replace("<L>", "<R>").replace("\0", "<L>") for t in right_texts]
        assert left_texts == swapped, exercise.id
        assert any("<R>" in t for t in right_texts) and any("<L>" in t for t in left_texts)
    toe = load_routine(language).exercise("toe-rotation")
    assert marked(toe.steps(Side.RIGHT)[1]).index("<R>") < marked(toe.steps(Side.RIGHT)[1]).index("<L>")


@pytest.mark.parametrize("language", ("en_XA", *TRANSLATED))
@pytest.mark.parametrize("phrase", JUNK)
def test_no_translated_text_contains_a_junk_line(language, phrase):
    for text in load_routine(language).all_texts():
        assert phrase.lower() not in text.lower(), text


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_translated_sentence_is_cut_off(language):
    for e in load_routine(language).exercises:
        for text in (e.purpose, e.start_position, e.variant or ".", *e.steps(Side.RIGHT), *e.steps(Side.LEFT)):
            assert text.rstrip().endswith((".", ")")), text


def test_no_argument_means_english(routine):
    """Callers that ask for no language get the English routine, the same object every time."""
    assert load_routine("en") is routine and routine.language == "en" and routine.notices == ()


def test_a_gap_in_a_translation_falls_back_to_english_field_by_field_with_a_notice(routine):
    """A missing field, a wrong number of steps, a wrong type, a missing exercise and an unknown key each keep
    the English text for just that part and are named; everything else is translated; nothing is blank."""
    text = _german_text()
    text = text.replace('name = "Zehendrehung"\n', "")  # a missing field
    text = text.replace('    "Lassen Sie die linke Ferse fest auf dem Boden.",\n', "")  # two steps, English has three
    text = text.replace('get_ready_cue = "Bauchlage, Stirn auf den Armen"', "get_ready_cue = 3")  # not text
    text = text.replace('purpose = "Kräftigt die Gesäßmuskulatur, damit', 'purpose = "  "\nx = "Kräftigt, damit')
    text = text.replace("[exercises.bent-knee-lift", "[exercises.bent-knee-lifts")  # a misspelt id
    text += '\n[exercises.leg-crossover.extra]\nreps = 12\n'
    german = translate_routine(routine, "de", text, "routine.de.toml")
    toe, cross, lift = german.exercises
    english_toe, english_cross, english_lift = routine.exercises
    assert toe.name == english_toe.name and toe.section == "Beweglichkeit"
    assert toe.steps(Side.LEFT) == english_toe.steps(Side.LEFT)
    assert toe.cues(Side.LEFT).move_cue == "Linke Zehen eindrehen"
    assert toe.steps(Side.RIGHT)[0] == "Lassen Sie die rechte Ferse fest auf dem Boden."
    assert cross.get_ready_cue == english_cross.get_ready_cue and cross.purpose == english_cross.purpose
    assert lift == english_lift
    assert german.title == "Piriformis-Übungsprogramm"
    assert all(text.strip() for text in _leaves(routine_texts(german)))
    assert sorted(n.split(": ", 1)[1] for n in german.notices) == sorted([
        "exercises.toe-rotation.name is missing; English is shown",
        "exercises.toe-rotation.sides.left.steps has 2 entries, English has 3; English is shown",
        "exercises.leg-crossover.extra is not a text of the routine; ignored",
        "exercises.leg-crossover.x is not a text of the routine; ignored",
        "exercises.leg-crossover.purpose is empty; English is shown",
        "exercises.leg-crossover.get_ready_cue is not text; English is shown",
        "exercises.bent-knee-lifts is not a text of the routine; ignored",
        "exercises.bent-knee-lift is missing; English is shown for all of it",
    ])
    assert all(n.startswith("routine.de.toml: ") for n in german.notices)


def test_an_unreadable_or_absent_translation_shows_english_with_a_notice(routine):
    """Broken TOML, no file at all, or a language we do not have: the English routine, and a notice why."""
    broken = translate_routine(routine, "de", "title = ", "routine.de.toml")
    assert broken.all_texts() == routine.all_texts() and "not valid TOML" in broken.notices[0]
    absent = translate_routine(routine, "de", None, "routine.de.toml")
    assert absent.all_texts() == routine.all_texts() and "missing" in absent.notices[0]
    unknown = load_routine("it")
    assert unknown.all_texts() == routine.all_texts() and "'it'" in unknown.notices[0]


def test_the_pseudo_locale_routine_is_accented_and_longer(routine):
    """en_XA: every text fenced in brackets, no plain letters, 30 % longer or more, so untranslated text shows."""
    pseudo = load_routine("en_XA")
    for english, text in zip(routine.all_texts(), pseudo.all_texts(), strict=True):
        if english in ("", routine.credit.authors):
            continue  # no variant; a proper name
        assert text.startswith("[") and text.endswith("]")
        assert not re.search(r"[a-zA-Z]{3}", text), text
        assert len(text) >= 1.3 * len(english)
    assert [e.reps for e in pseudo.exercises] == [e.reps for e in routine.exercises]


def test_pictures_are_named_without_qt(routine):
    """The core names a picture; the ui makes it a path. The old resource-path method still answers."""
    toe = routine.exercise("toe-rotation")
    assert toe.picture_name("start") == "toe-rotation-start"
    assert toe.illustration("end") == ":/illustrations/toe-rotation-end.svg"  # deprecated, until callers switch


def _leaves(value):
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


def _german_text():
    from importlib import resources
    return resources.files("piriformis_desktop.data").joinpath("routine.de.toml").read_text("utf-8")
