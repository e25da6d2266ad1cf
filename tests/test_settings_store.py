"""The settings store: the one owner and the one writer of settings.toml, as a person editing the file sees it."""

import tomllib

import pytest

from piriformis_desktop.core.settings import CloseChoice, InvalidChange, SettingsStore, StartSide, Theme

COMMENTED = """\
# My settings, after talking to my physio (March).

start_side = "left"   # my sore side first

# Short rests: I get cold lying on the floor.
rest_seconds = 20
weekly_goal = 3

future_option = "kept"

[exercises.leg-crossover]
# Fewer crossovers until the knee settles.
reps = 6
hold_seconds = 3
"""


@pytest.fixture
def path(tmp_path):
    return tmp_path / "config" / "settings.toml"


def test_an_update_is_saved_and_every_listener_hears_which_keys_changed(path):
    """One call changes, saves and tells: listeners get the new settings and the dotted names that changed."""
    store, _ = SettingsStore.open(path)
    heard = []
    store.subscribe(lambda settings, changed: heard.append((settings.weekly_goal, changed)))
    saved = store.update({"weekly_goal": 5, "exercises.toe-rotation.reps": 4})
    assert saved.error is None and store.settings.weekly_goal == 5
    assert heard == [(5, frozenset({"weekly_goal", "exercises.toe-rotation.reps"}))]
    assert tomllib.loads(path.read_text()) == {"weekly_goal": 5, "exercises": {"toe-rotation": {"reps": 4}}}


def test_a_new_file_holds_only_what_the_user_changed(path):
    """Defaults stay out of the file, so it stays short enough to read and edit by hand."""
    store, _ = SettingsStore.open(path)
    store.update({"start_side": "alternate"})
    assert path.read_text() == 'start_side = "alternate"\n'


def test_a_choice_saved_by_one_part_survives_a_change_made_by_another(path):
    """The window saves close_to_tray, the pane then saves the goal: both are in the file (they used to clash)."""
    store, _ = SettingsStore.open(path)
    store.update({"close_to_tray": "tray"})
    store.update({"weekly_goal": 4})
    assert tomllib.loads(path.read_text()) == {"close_to_tray": "tray", "weekly_goal": 4}


def test_comments_blank_lines_and_key_order_are_kept(path):
    """A hand-written, commented file: a change rewrites one value and nothing else."""
    path.parent.mkdir(parents=True)
    path.write_text(COMMENTED)
    store, loaded = SettingsStore.open(path)
    assert loaded.unused == ["future_option"] and "future_option" in loaded.notice
    assert loaded.backup is None  # an unknown key is not damage
    store.update({"weekly_goal": 4})
    assert path.read_text() == COMMENTED.replace("weekly_goal = 3", "weekly_goal = 4")


def test_a_hand_edit_made_while_the_app_runs_is_not_overwritten(path):
    """The user edits the file in a text editor while the app is open; an unrelated change keeps that edit."""
    store, _ = SettingsStore.open(path)
    store.update({"weekly_goal": 4})
    path.write_text(path.read_text() + "# back to three holds\nrest_seconds = 30\n")
    heard = []
    store.subscribe(lambda settings, changed: heard.append(changed))
    saved = store.update({"start_side": "left"})
    assert saved.edited_by_hand
    assert store.settings.rest_seconds == 30 and store.settings.start_side is StartSide.LEFT
    assert heard == [frozenset({"rest_seconds", "start_side"})]
    text = path.read_text()
    assert "# back to three holds" in text
    assert tomllib.loads(text) == {"weekly_goal": 4, "rest_seconds": 30, "start_side": "left"}


def test_an_invalid_change_changes_nothing(path):
    """Switching off every exercise, or a value out of range, is refused with the reason; the file is untouched."""
    store, _ = SettingsStore.open(path)
    store.update({"weekly_goal": 4})
    before = path.read_bytes()
    off = {f"exercises.{i}.enabled": False for i in store.routine.ids}
    with pytest.raises(InvalidChange, match="every exercise was switched off"):
        store.update(off)
    with pytest.raises(InvalidChange, match="weekly_goal"):
        store.update({"weekly_goal": 99})
    assert path.read_bytes() == before and store.settings.weekly_goal == 4


def test_a_failed_save_still_applies_and_says_why(tmp_path):
    """A folder that cannot be written: the change holds until quit, and the error names the path."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store, _ = SettingsStore.open(blocker / "settings.toml")
    saved = store.update({"weekly_goal": 6})
    assert store.settings.weekly_goal == 6
    assert "could not be saved" in saved.error and str(blocker) in saved.error


def test_replace_all_restores_and_undoes(path):
    """Restore defaults and its undo go through the same store: only what differs is written."""
    path.parent.mkdir(parents=True)
    path.write_text(COMMENTED)
    store, _ = SettingsStore.open(path)
    mine = store.settings
    store.replace_all(type(mine).defaults(store.routine))
    assert store.settings.rest_seconds == 10 and store.settings.exercise("leg-crossover").reps == 10
    store.replace_all(mine)
    assert store.settings == mine
    assert tomllib.loads(path.read_text()) == tomllib.loads(COMMENTED)
    assert "# Fewer crossovers until the knee settles." in path.read_text()


def test_a_change_may_name_a_choice_by_its_enum_or_its_string(path):
    """The window may say "tray" or CloseChoice.TRAY: the same change, the same string in the file, and a second
    change to the same value changes nothing."""
    store = SettingsStore(path)
    saved = store.update({"close_to_tray": CloseChoice.TRAY, "theme": "dark"})
    assert saved.changed == {"close_to_tray", "theme"} and store.settings.close_to_tray is CloseChoice.TRAY
    assert store.settings.theme is Theme.DARK
    assert tomllib.loads(path.read_text()) == {"close_to_tray": "tray", "theme": "dark"}
    assert store.update({"close_to_tray": "tray", "theme": Theme.DARK}).changed == frozenset()
    with pytest.raises(InvalidChange, match="close_to_tray: expected one of"):
        store.update({"close_to_tray": "sometimes"})
