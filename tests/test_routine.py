"""The packaged routine: complete, in our own words, and free of the scraped article's junk lines."""

import pytest

from piriformis_desktop.core.routine import RoutineError, Side, load_routine, parse_routine

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
