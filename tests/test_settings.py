"""Settings: every key validated, a damaged file kept byte for byte, saving that never half-writes."""

import os
import tomllib
from dataclasses import replace

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from piriformis_desktop.core import words
from piriformis_desktop.core.durations import format_duration
from piriformis_desktop.core.settings import RANGES, Settings, SettingsError, StartSide, load_settings
from piriformis_desktop.core.settings.file import save_settings
from piriformis_desktop.core.timeline import session_length_seconds


@pytest.fixture
def path(tmp_path):
    return tmp_path / "config" / "settings.toml"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text) if isinstance(text, str) else path.write_bytes(text)


def test_missing_file_gives_the_defaults_quietly(path, routine):
    """A first start: no file, the article's defaults, no notice."""
    result = load_settings(path)
    assert result.settings == Settings.defaults(routine)
    assert result.notice is None and result.problems == []


def test_a_file_with_some_keys_is_normal(path):
    """Only the keys the user wrote change; everything else keeps its default."""
    write(path, 'start_side = "left"\n[exercises.leg-crossover]\nreps = 6\n')
    result = load_settings(path)
    assert result.notice is None
    assert result.settings.start_side is StartSide.LEFT
    assert result.settings.exercise("leg-crossover").reps == 6
    assert result.settings.exercise("leg-crossover").hold_seconds == 1
    assert result.settings.rest_seconds == 10


@pytest.mark.parametrize("key", ["get_ready_seconds", "move_seconds", "release_seconds", "rest_seconds",
                                 "weekly_goal", "volume"])
def test_each_number_key_accepts_its_range_and_refuses_outside_it(key, routine):
    """The lowest and highest values are kept; one beyond either end takes the default and is named."""
    low, high = RANGES[key]
    default = getattr(Settings.defaults(routine), key)
    for good in (low, high):
        settings, problems = Settings.from_dict({key: good})
        assert getattr(settings, key) == good and problems == []
    for bad in (low - 1, high + 1, "7", 2.5, True):
        settings, problems = Settings.from_dict({key: bad})
        assert getattr(settings, key) == default
        assert len(problems) == 1 and problems[0].startswith(f"{key}:")


@pytest.mark.parametrize("key, low, high", [("reps", 1, 50), ("hold_seconds", 0, 120)])
def test_exercise_keys_are_validated_per_exercise(key, low, high, routine):
    """Reps 1-50 and holds 0-120 per exercise; a bad one is named with its exercise."""
    for good in (low, high):
        settings, problems = Settings.from_dict({"exercises": {"bent-knee-lift": {key: good}}})
        assert getattr(settings.exercise("bent-knee-lift"), key) == good and problems == []
    settings, problems = Settings.from_dict({"exercises": {"bent-knee-lift": {key: high + 1}}})
    assert problems == [f"exercises.bent-knee-lift.{key}: must be from {low} to {high}, got {high + 1}"]


def test_start_side_and_switches(routine):
    """start_side takes right/left/alternate; sound, voice and enabled take true/false only."""
    settings, problems = Settings.from_dict({"start_side": "alternate", "sound": False, "voice": True})
    assert (settings.start_side, settings.sound, settings.voice, problems) == (StartSide.ALTERNATE, False, True, [])
    settings, problems = Settings.from_dict({"start_side": "up", "sound": "yes",
                                             "exercises": {"toe-rotation": {"enabled": 0}}})
    assert settings.start_side is StartSide.RIGHT and settings.sound is True
    assert [p.split(":")[0] for p in problems] == ["start_side", "sound", "exercises.toe-rotation.enabled"]


def test_theme_takes_the_four_choices(routine):
    """theme: system (default), light, dark or high-contrast; anything else is named and ignored."""
    assert Settings.from_dict({})[0].theme == "system"
    assert Settings.from_dict({"theme": "high-contrast"})[0].theme == "high-contrast"
    settings, problems = Settings.from_dict({"theme": "neon"})
    assert settings.theme == "system" and problems[0].startswith("theme:")


def test_safety_read_is_false_until_got_it_and_only_a_boolean(routine):
    """The Ready card's safety points: unread in new settings; true or false in the file, else unread."""
    assert Settings.from_dict({})[0].safety_read is False
    settings, problems = Settings.from_dict({"safety_read": True})
    assert settings.safety_read is True and problems == []
    assert settings.to_dict()["safety_read"] is True
    settings, problems = Settings.from_dict({"safety_read": "yes"})
    assert settings.safety_read is False and problems == ["safety_read: expected true or false, got 'yes'"]
    mine = replace(Settings.defaults(routine).with_exercise("toe-rotation", reps=4), safety_read=True, volume=30)
    assert mine.restored(routine) == replace(Settings.defaults(routine), safety_read=True)


def test_reminder_keys(routine):
    """Reminders: off by default on Mon/Wed/Fri at 18:00; days and time are checked and named when wrong."""
    default = Settings.from_dict({})[0]
    assert (default.reminders, default.reminder_days, default.reminder_time) == (False, ("mon", "wed", "fri"), "18:00")
    settings, problems = Settings.from_dict({"reminders": True, "reminder_days": ["tue", "sat"],
                                             "reminder_time": "7:05", "autostart": True})
    assert problems == [] and settings.reminder_days == ("tue", "sat") and settings.reminder_time == "07:05"
    assert settings.reminder_settings().days == frozenset({1, 5})
    settings, problems = Settings.from_dict({"reminder_days": ["someday"], "reminder_time": "late",
                                             "close_to_tray": "maybe"})
    assert [p.split(":")[0] for p in problems] == ["reminder_days", "reminder_time", "close_to_tray"]
    assert settings.reminder_days == ("mon", "wed", "fri")


def test_switching_every_exercise_off_is_refused(routine):
    """A routine needs at least one exercise: all off turns all back on, with a message."""
    data = {"exercises": {i: {"enabled": False} for i in routine.ids}}
    settings, problems = Settings.from_dict(data)
    assert all(settings.exercise(i).enabled for i in routine.ids)
    assert "every exercise was switched off" in problems[0]


def test_damaged_file_is_kept_byte_for_byte_and_named(path, capsys):
    """Garbage bytes: the app starts with defaults, the garbage is copied aside, the notice says where."""
    garbage = b"\xff\x00not toml at all [[["
    write(path, garbage)
    result = load_settings(path)
    assert result.backup is not None and result.backup.read_bytes() == garbage
    assert result.backup.name.startswith("settings.toml.bad-")
    assert path.read_bytes() == garbage  # the original is not touched by loading
    assert str(result.backup) in result.notice


def test_same_damage_at_the_next_start_makes_no_second_copy(path):
    """Starting twice with the same broken file keeps one copy, not one per start."""
    write(path, "weekly_goal = 99\n")
    first = load_settings(path).backup
    second = load_settings(path).backup
    assert first == second
    assert len(list(path.parent.glob("settings.toml.bad-*"))) == 1


def test_bad_values_are_named_and_good_ones_kept(path):
    """Wrong types and out-of-range values take defaults; the valid keys in the same file are used."""
    write(path, 'weekly_goal = 99\nrest_seconds = "long"\nget_ready_seconds = 8\n')
    result = load_settings(path)
    assert result.settings.get_ready_seconds == 8
    assert result.settings.weekly_goal == 3 and result.settings.rest_seconds == 10
    assert "weekly_goal" in result.notice and "rest_seconds" in result.notice


def test_save_then_load_round_trips_and_keeps_unknown_keys(path, settings):
    """Saving writes readable TOML; a key the app does not know survives a save."""
    write(path, 'future_option = "keep me"\n[exercises.toe-rotation]\nreps = 4\ncolour = "blue"\n')
    loaded = load_settings(path).settings
    save_settings(path, replace(loaded, weekly_goal=5))
    data = tomllib.loads(path.read_text())
    assert data["future_option"] == "keep me"
    assert data["weekly_goal"] == 5 and data["exercises"]["toe-rotation"]["reps"] == 4
    assert load_settings(path).settings.weekly_goal == 5


def test_a_crash_between_write_and_replace_leaves_the_old_file(path, settings, monkeypatch):
    """If the rename never happens, the old settings are still there, whole, and no temp file is left."""
    save_settings(path, settings)
    before = path.read_bytes()

    def crash(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(SettingsError, match="No space left on device"):
        save_settings(path, replace(settings, weekly_goal=9))
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]


def test_unwritable_folder_is_a_clear_error(tmp_path, settings):
    """A folder that cannot be created: SettingsError naming the path."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(SettingsError, match="could not be saved"):
        save_settings(blocker / "settings.toml", settings)


def test_session_length_follows_the_settings(routine, settings):
    """The length shown in the pane is the timeline's: fewer reps, shorter session."""
    assert format_duration(session_length_seconds(routine, settings)) == "about 6 min 25 s"
    short = settings
    for i in routine.ids:
        short = short.with_exercise(i, reps=1)
    # per exercise 5 s get ready + 10 s switch; two 10 s rests; one rep a leg of move 2 + hold + release 2
    assert session_length_seconds(routine, short) == 3 * 15 + 2 * 10 + 2 * ((2 + 2 + 2) + (2 + 1 + 2) * 2)
    assert format_duration(45) == "about 45 s" and format_duration(720) == "about 12 min"


toml_values = st.recursive(
    st.none().map(lambda _: 0) | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=8)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=12,
)
keys = st.sampled_from(["start_side", "theme", "reminders", "reminder_days", "reminder_time", "close_to_tray",
                        "autostart", "get_ready_seconds", "move_seconds", "release_seconds", "rest_seconds",
                        "weekly_goal", "sound", "voice", "volume", "language", "safety_read", "exercises", "other"])
exercise_tables = st.dictionaries(
    st.sampled_from(["toe-rotation", "leg-crossover", "bent-knee-lift", "unknown"]),
    st.dictionaries(st.sampled_from(["reps", "hold_seconds", "enabled", "x"]), toml_values, max_size=3)
    | toml_values, max_size=3)


@given(st.dictionaries(keys, toml_values, max_size=8), exercise_tables)
def test_any_toml_document_yields_valid_settings(tmp_path, document, exercises):
    """Random TOML documents: the loader never raises and always returns settings that validate cleanly."""
    if exercises:
        document["exercises"] = exercises
    path = tmp_path / "prop" / "settings.toml"
    write(path, tomli_w.dumps(document))
    result = load_settings(path)
    _, problems = Settings.from_dict(result.settings.to_dict())
    assert all("no such exercise (kept in the file" in p for p in problems)  # only the user's unknown tables
    assert any(e.enabled for e in result.settings.exercises.values())


@given(st.binary(max_size=300))
def test_any_bytes_yield_valid_settings(tmp_path, raw):
    """Random bytes: never an exception, always usable settings, and the bytes are still on disk."""
    path = tmp_path / "bytes" / "settings.toml"
    write(path, raw)
    result = load_settings(path)
    assert isinstance(result.settings, Settings)
    assert path.read_bytes() == raw


def test_a_length_of_time_is_worded_by_the_translation():
    """The words around the numbers come from the translation; the numbers stay the same."""
    german = {"about {minutes} min {seconds} s": "etwa {minutes} Min. {seconds} s",
              "about {seconds} s": "etwa {seconds} s", "about {minutes} min": "etwa {minutes} Min."}
    words.install(lambda context, text, disambiguation=None, n=-1: german.get(text, text))
    try:
        assert [format_duration(s) for s in (385, 45, 720)] == ["etwa 6 Min. 25 s", "etwa 45 s", "etwa 12 Min."]
    finally:
        words.install(None)


def test_the_notice_and_each_problem_read_in_the_users_language(path):
    """Every sentence about a damaged settings file is the translation's; the key names, the values and the file
    stay as they are written in the file."""
    marked = lambda context, text, disambiguation=None, n=-1: "«" + text + "»"  # noqa: E731
    write(path, 'weekly_goal = 99\nreminder_days = ["someday"]\nfuture_option = 1\n')
    words.install(marked)
    try:
        result = load_settings(path)
    finally:
        words.install(None)
    assert result.problems == ["«weekly_goal: must be from 1 to 14, got 99»",
                               "«reminder_days: «unknown day 'someday'; use mon, tue, wed, thu, fri, sat, sun»»"]
    assert result.notice == (
        "«Your settings file had problems ({problems}); those settings use their defaults. The original is kept at "
        "{path}.» «Your settings file has keys this version does not use ({keys}); they are kept in the file as "
        "they are.»").format(problems="; ".join(result.problems), path=result.backup, keys="future_option")


def test_the_readme_documents_every_settings_key():
    """The README's settings table names every key the file may hold, and no key that is not one."""
    import re
    from pathlib import Path

    from piriformis_desktop.core.settings.model import EXERCISE_KEYS, TOP_LEVEL_KEYS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    top = set(re.findall(r"^\| `(\w+)` \|", readme, re.MULTILINE))
    per_exercise = set(re.findall(r"^\| `\[exercises\.<id>\]` `(\w+)` \|", readme, re.MULTILINE))
    assert top == set(TOP_LEVEL_KEYS) and per_exercise == set(EXERCISE_KEYS)
