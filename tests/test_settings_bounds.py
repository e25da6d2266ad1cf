"""A settings file far larger than settings need is neither read nor written, and a file full of unknown keys
gives a notice that names a few and counts the rest: a hostile or broken file never stalls the app."""

import tomllib

import pytest

from piriformis_desktop.core.settings import Settings, SettingsStore, load_settings
from piriformis_desktop.core.settings.file import MAX_BYTES, SHOWN


@pytest.fixture
def path(tmp_path):
    folder = tmp_path / "config"
    folder.mkdir()
    return folder / "settings.toml"


def huge(path, size=MAX_BYTES + 1):
    """A valid settings file made huge by one long comment, as a 50 MB one was in the field."""
    text = "weekly_goal = 5\n# "
    path.write_text(text + "x" * (size - len(text) - 1) + "\n")
    return path.read_bytes()


@pytest.fixture
def no_parsing(monkeypatch):
    """Fail the test if anything parses the settings as TOML (tomllib at load, tomlkit at save)."""
    import tomlkit

    def refuse(*args, **kwargs):
        raise AssertionError("a huge settings file was parsed")
    monkeypatch.setattr(tomllib, "loads", refuse)
    monkeypatch.setattr(tomlkit, "parse", refuse)


def test_a_huge_settings_file_is_not_read_and_is_kept(path, routine, no_parsing):
    """Over the limit: the defaults, a notice naming the file and the limit, the file untouched, no copy made."""
    before = huge(path)
    result = load_settings(path, routine)
    assert result.settings == Settings.defaults(routine)  # its weekly_goal = 5 is not used
    assert str(path) in result.notice and f"larger than {MAX_BYTES // 1024} KB" in result.notice
    assert "defaults are used" in result.notice
    assert path.read_bytes() == before and [p.name for p in path.parent.iterdir()] == ["settings.toml"]


def test_a_file_at_the_limit_is_still_read(path, routine):
    """The limit is a size no real settings file comes near; a file just inside it works as ever."""
    huge(path, MAX_BYTES)
    result = load_settings(path, routine)
    assert result.settings.weekly_goal == 5 and result.notice is None


def test_a_change_never_overwrites_or_rereads_a_huge_file(path, routine, no_parsing):
    """A change applies for this run and says it was not saved; the huge file stays byte for byte, and nothing
    parses it again (that took a minute on the GUI thread for 50 MB)."""
    before = huge(path)
    store, loaded = SettingsStore.open(path, routine)
    heard = []
    store.subscribe(lambda settings, changed: heard.append(changed))
    saved = store.update({"weekly_goal": 6})
    assert store.settings.weekly_goal == 6 and heard == [frozenset({"weekly_goal"})]
    assert saved.error and "not saved" in saved.error and str(path) in saved.error
    assert path.read_bytes() == before


def test_a_file_that_grows_huge_while_the_app_runs_is_left_alone(path, routine, monkeypatch):
    """A normal file replaced by a huge one after start-up: the next change neither loads nor replaces it."""
    path.write_text("weekly_goal = 4\n")
    store, _ = SettingsStore.open(path, routine)
    before = huge(path)
    import tomlkit

    monkeypatch.setattr(tomllib, "loads", lambda *a, **k: pytest.fail("the huge file was parsed"))
    monkeypatch.setattr(tomlkit, "parse", lambda *a, **k: pytest.fail("the huge file was parsed"))
    saved = store.update({"volume": 50})
    assert saved.error and store.settings.weekly_goal == 4 and store.settings.volume == 50
    assert path.read_bytes() == before


def test_many_unknown_keys_are_counted_and_a_few_named(path, routine):
    """Thousands of keys this version does not know: the notice names the first few and counts the rest."""
    path.write_text("".join(f"unknown_{i} = {i}\n" for i in range(500)))
    result = load_settings(path, routine)
    assert len(result.unused) == 500  # all kept in the file, as before
    names = [f"unknown_{i}" for i in range(SHOWN)]
    assert ", ".join(names) + f" and {500 - SHOWN} more" in result.notice
    assert f"unknown_{SHOWN}" not in result.notice and len(result.notice) < 400


def test_many_problems_are_counted_and_a_few_named(path, routine):
    """Thousands of tables for exercises that do not exist: a few problems named, the rest counted."""
    path.write_text("".join(f"[exercises.x{i}]\nreps = 1\n" for i in range(400)))
    result = load_settings(path, routine)
    assert len(result.problems) == 400
    assert f"and {400 - SHOWN} more" in result.notice and len(result.notice) < 800


def test_a_save_never_makes_a_file_the_next_start_would_refuse(path, routine):
    """A file just under the limit that a change would push over it: not saved, said so, the file as it was."""
    before = huge(path, MAX_BYTES - 2)
    store, loaded = SettingsStore.open(path, routine)
    assert loaded.notice is None
    saved = store.update({"exercises.toe-rotation.reps": 7})
    assert saved.error and "not saved" in saved.error and store.settings.exercise("toe-rotation").reps == 7
    assert path.read_bytes() == before


def test_a_few_unknown_keys_are_all_named(path, routine):
    """Up to the few a notice names, every unknown key is listed as before."""
    path.write_text("".join(f"k{i} = 1\n" for i in range(SHOWN)))
    assert load_settings(path, routine).notice.count(", ") == SHOWN - 1
    assert "more" not in load_settings(path, routine).notice
