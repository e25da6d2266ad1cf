"""The settings table: every row's range, choices and default hold in validation, in settings.toml and in the
README, so a setting added as one row is validated, saved and documented without another line of code."""

import re
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from piriformis_desktop.core.language import LANGUAGE_CHOICES
from piriformis_desktop.core.settings import (
    EXERCISE_FIELDS,
    FIELDS,
    RANGES,
    CloseChoice,
    Language,
    Section,
    Settings,
    StartSide,
    Theme,
    field_of,
    load_settings,
)
from piriformis_desktop.core.settings.file import save_settings
from piriformis_desktop.core.settings.schema import FROM_ROUTINE, Choice, Days, Switch, Time, Whole

ROWS = [*FIELDS, *EXERCISE_FIELDS]
EXERCISE = "toe-rotation"


def name_of(row) -> str:
    return f"exercises.{EXERCISE}.{row.key}" if row.per_exercise else row.key


def document(row, value) -> dict:
    """A settings.toml document that sets only `row` to `value`."""
    return {"exercises": {EXERCISE: {row.key: value}}} if row.per_exercise else {row.key: value}


def value_in(settings: Settings, row):
    return getattr(settings.exercise(EXERCISE) if row.per_exercise else settings, row.key)


def good_and_bad(row) -> tuple[list, list]:
    """Values the row's kind takes (as settings.toml writes them) and values it refuses."""
    kind = row.kind
    if isinstance(kind, Whole):
        return [kind.low, kind.high, float(kind.high)], [kind.low - 1, kind.high + 1, "7", 2.5, True]
    if isinstance(kind, Switch):
        return [True, False], [0, "yes", None]
    if isinstance(kind, Choice):
        return list(kind.values), ["nonsense", 1, True, ["list"], kind.values[0].upper()]
    if isinstance(kind, Days):
        return [["sun"], ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]], [["someday"], "mon", 3]
    if isinstance(kind, Time):
        return ["00:00", "23:59", "7:05"], ["24:00", "late", 1800]
    raise AssertionError(f"a kind this test does not know: {kind!r}: add its good and bad values here")


@pytest.mark.parametrize("row", ROWS, ids=name_of)
def test_each_row_takes_its_range_and_refuses_the_rest(row, routine):
    """Every value the row allows is kept; each one it does not is named with its key and takes the default."""
    default = value_in(Settings.defaults(routine), row)
    good, bad = good_and_bad(row)
    for value in good:
        settings, problems = Settings.from_dict(document(row, value), routine)
        assert problems == [], (value, problems)
        assert value_in(settings, row) == row.parse(value)
    for value in bad:
        settings, problems = Settings.from_dict(document(row, value), routine)
        assert value_in(settings, row) == default
        assert len(problems) == 1 and problems[0].startswith(f"{name_of(row)}: "), (value, problems)


@pytest.mark.parametrize("row", ROWS, ids=name_of)
def test_each_rows_default_is_the_default(row, routine):
    """Settings.defaults() holds each row's default (a dose's: the routine's own number for that exercise)."""
    defaults = Settings.defaults(routine)
    if row.default == FROM_ROUTINE:
        for exercise in routine.exercises:
            assert getattr(defaults.exercise(exercise.id), row.key) == getattr(exercise, row.key)
    elif row.per_exercise:
        assert all(getattr(dose, row.key) == row.default for dose in defaults.exercises.values())
    else:
        assert getattr(defaults, row.key) == row.default
        assert row.parse(row.kind.dump(row.default)) == row.default  # the default survives the file


@pytest.mark.parametrize("row", ROWS, ids=name_of)
def test_each_row_round_trips_through_settings_toml(row, routine, tmp_path):
    """A value other than the default is written under the row's key and read back the same; the default is
    not written into a file that never had it."""
    path = tmp_path / "settings.toml"
    defaults = Settings.defaults(routine)
    other = next(v for v in good_and_bad(row)[0] if row.parse(v) != value_in(defaults, row))
    settings, _ = Settings.from_dict(document(row, other), routine)
    save_settings(path, settings, routine)
    written = tomllib.loads(path.read_text())
    assert (written["exercises"][EXERCISE] if row.per_exercise else written)[row.key] == row.kind.dump(row.parse(other))
    assert load_settings(path, routine).settings == settings
    save_settings(path, replace(settings, **{f.key: f.default for f in FIELDS}, exercises=defaults.exercises), routine)
    assert load_settings(path, routine).settings == defaults


def test_ranges_and_names_come_from_the_table():
    """RANGES (the pane's fields read it) is the whole-number rows' ranges; a dotted name finds its row."""
    assert {r.key: (r.kind.low, r.kind.high) for r in ROWS if isinstance(r.kind, Whole)} == RANGES
    assert RANGES["reps"] == (1, 50) and RANGES["weekly_goal"] == (1, 14)
    assert field_of("exercises.leg-crossover.hold_seconds").range == (0, 120)
    assert field_of("theme").kind == Choice(Theme)
    with pytest.raises(KeyError):
        field_of("colour")


def test_choices_are_enums_that_read_and_write_the_files_strings(routine, tmp_path):
    """theme, close_to_tray and language are enums equal to the strings settings.toml has always held, so a
    comparison with "ask" or a dict keyed by "dark" keeps working, and the file looks as it did."""
    settings, problems = Settings.from_dict({"theme": "high-contrast", "close_to_tray": "tray", "language": "de"})
    assert problems == []
    assert settings.theme is Theme.HIGH_CONTRAST and settings.theme == "high-contrast"
    assert settings.close_to_tray is CloseChoice.TRAY and settings.close_to_tray == "tray" != "ask"
    assert settings.language is Language.DE and str(settings.language) == "de" and f"{settings.language}" == "de"
    assert {"high-contrast": 1}[settings.theme] == 1
    path = tmp_path / "settings.toml"
    save_settings(path, settings, routine)
    assert path.read_text() == 'theme = "high-contrast"\nclose_to_tray = "tray"\nlanguage = "de"\n'
    assert tuple(Language) == LANGUAGE_CHOICES  # one list of languages: core.language's


def test_every_row_has_a_section_and_only_the_windows_own_are_off_the_tab():
    """Where each setting shows: the tab shows all but the close choice and the safety points' "Got it"."""
    off = {r.key for r in ROWS if r.section is Section.OFF_TAB}
    assert off == {"close_to_tray", "safety_read"}
    assert {r.key for r in ROWS if r.section is Section.TIMING} == {
        "get_ready_seconds", "move_seconds", "release_seconds", "rest_seconds"}
    assert all(r.section is Section.EXERCISES for r in EXERCISE_FIELDS)


def test_the_table_names_what_a_prescription_may_set():
    """Issue 22's prescription uses settings.toml's own names: the start side, the timing, the weekly goal and
    each exercise's enabled, reps and hold seconds; nothing about sound, looks or reminders."""
    assert {r.key for r in FIELDS if r.prescribed} == {
        "start_side", "get_ready_seconds", "move_seconds", "release_seconds", "rest_seconds", "weekly_goal"}
    assert {r.key for r in EXERCISE_FIELDS if r.prescribed} == {"enabled", "reps", "hold_seconds"}
    assert field_of("start_side").parse("left") is StartSide.LEFT  # a prescription's value, checked the same way


def test_restore_defaults_keeps_only_what_is_not_a_preference(routine):
    """Rows marked as no preference (the safety points read) survive Restore defaults; every other row resets."""
    mine = Settings.from_dict({r.key: good_and_bad(r)[0][-1] for r in FIELDS}, routine)[0]
    restored = mine.restored(routine)
    for row in FIELDS:
        assert getattr(restored, row.key) == (row.default if row.preference else getattr(mine, row.key)), row.key


def test_the_readme_states_each_rows_range_and_default():
    """The README's settings table gives each row's range (or choices) and default, as the table has them."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for row in ROWS:
        label = f"`[exercises.<id>]` `{row.key}`" if row.per_exercise else f"`{row.key}`"
        cells = re.search(rf"^\| {re.escape(label)} \|([^|]*)\|([^|]*)\|([^|]*)\|", readme, re.MULTILINE)
        assert cells, f"README has no row for {label}"
        allowed, default = cells.group(2).strip(), cells.group(3).strip()
        if isinstance(row.kind, Whole):
            assert allowed == f"{row.kind.low}-{row.kind.high}", row.key
        if isinstance(row.kind, Choice):
            assert allowed == ", ".join(f'`"{v}"`' for v in row.kind.values), row.key
        if row.default != FROM_ROUTINE:
            shown = row.kind.dump(row.default)
            expected = {True: "true", False: "false"}.get(shown) if isinstance(shown, bool) else (
                f'`"{shown}"`' if isinstance(shown, str) else
                "`[" + ", ".join(f'"{d}"' for d in shown) + "]`" if isinstance(shown, list) else str(shown))
            assert default == expected, row.key
