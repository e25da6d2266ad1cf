"""A prescription file: read, refused with file, key and line, written so it reads back, applied and undone."""

import subprocess
import sys
from datetime import date

import pytest

from piriformis_desktop import paths
from piriformis_desktop.cli import main
from piriformis_desktop.core.history import open_history
from piriformis_desktop.core.prescription.book import in_force
from piriformis_desktop.core.prescription.reading import PrescriptionError, parse_prescription, read_prescription
from piriformis_desktop.core.prescription.writing import from_settings, prescription_text
from piriformis_desktop.core.settings import SettingsStore, flatten
from tests.prescription_files import EXAMPLE

IDS = ["toe-rotation", "leg-crossover", "bent-knee-lift"]


def test_the_documented_example_reads_as_written():
    p = parse_prescription(EXAMPLE, IDS)
    assert (p.prescribed_by, p.issued, p.review_by) == ("Dana Whitfield, Riverside Physio", date(2026, 12, 1),
                                                        date(2027, 1, 12))
    assert p.values["exercises.toe-rotation.reps"] == 12 and p.values["weekly_goal"] == 4
    assert p.progressions["toe-rotation"].max_reps == 15 and p.progressions["toe-rotation"].pain_ceiling == 3


def test_what_is_written_reads_back_as_the_same_prescription():
    p = parse_prescription(EXAMPLE.replace("weekly_goal = 4", 'weekly_goal = 4\ncolour = "blue"') + "speed = 2\n", IDS)
    assert p.unknown == ("colour", "exercises.toe-rotation.progression.speed")
    assert parse_prescription(prescription_text(p), IDS) == p


def test_the_documentation_holds_the_example_and_every_key():
    text = (paths.Path(__file__).parents[1] / "docs" / "prescription.md").read_text()
    assert EXAMPLE.split("\n[")[0].strip() in text
    for key in ("max_reps", "max_hold_seconds", "step_reps", "step_hold_seconds", "after_sessions", "pain_ceiling",
                "get_ready_seconds", "move_seconds", "release_seconds", "rest_seconds", "review_by", "note"):
        assert f"`{key}`" in text


BAD = [  # (what is wrong, the file's text, words the sentence must hold: the key and the line)
    ("not TOML", EXAMPLE.replace("reps = 12", "reps = = 12"), ["not valid TOML", "line 12"]),
    ("not a prescription", EXAMPLE.replace("piriformis-prescription", "something-else"), ["format", "line 1"]),
    ("a newer version", EXAMPLE.replace("version = 1", "version = 2"), ["version", "line 2", "reads version 1"]),
    ("an unknown exercise", EXAMPLE.replace("[exercises.toe-rotation]", "[exercises.toe-raise]"),
     ["exercises.toe-raise", "line 10", "no such exercise"]),
    ("a value out of range", EXAMPLE.replace("weekly_goal = 4", "weekly_goal = 40"),
     ["weekly_goal", "line 6", "from 1 to 14"]),
    ("a max below its dose", EXAMPLE.replace("max_reps = 15", "max_reps = 8"),
     ["exercises.toe-rotation.progression.max_reps", "line 16", "below"]),
    ("a limit out of range", EXAMPLE.replace("pain_ceiling = 3", "pain_ceiling = 11"),
     ["exercises.toe-rotation.progression.pain_ceiling", "line 21"]),
    ("no prescriber", EXAMPLE.replace('prescribed_by = "Dana Whitfield, Riverside Physio"', 'prescribed_by = ""'),
     ["prescribed_by", "line 3"]),
]


@pytest.mark.parametrize("text,words", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_a_bad_file_is_refused_naming_file_key_and_line_and_nothing_changes(tmp_path, capsys, text, words):
    """On the command line: one sentence naming the file, the key and the line; exit 1; settings.toml and the
    history unchanged byte for byte."""
    settings_file = paths.settings_path()
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text("# mine\nweekly_goal = 5\n")
    before = settings_file.read_bytes()
    bad = tmp_path / "bad.prescription.toml"
    bad.write_text(text)
    assert main(["--apply-prescription", str(bad)]) == 1
    message = capsys.readouterr().err
    assert str(bad) in message and "Nothing was changed" in message and "Traceback" not in message
    for word in words:
        assert word in message
    assert settings_file.read_bytes() == before
    with pytest.raises(PrescriptionError):
        read_prescription(bad, IDS)
    assert not paths.history_path().exists() or in_force(open_history(paths.history_path()).store, IDS) is None


def test_applied_headless_it_prints_the_changes_keeps_it_and_exits_0(tmp_path, capsys):
    source = tmp_path / "dana.prescription.toml"
    source.write_text(EXAMPLE.replace("weekly_goal = 4", 'weekly_goal = 4\ncolour = "blue"'))
    assert main(["--apply-prescription", str(source)]) == 0
    out, err = capsys.readouterr()
    assert "exercises.toe-rotation.reps: 10 -> 12" in out and "weekly_goal: 3 -> 4" in out
    assert "colour" in err  # an unknown key: named, kept, not applied
    store, _ = SettingsStore.open(paths.settings_path())
    assert store.settings.exercise("toe-rotation").reps == 12 and store.settings.weekly_goal == 4
    with open_history(paths.history_path()).store as history:
        kept = in_force(history, IDS)
    assert kept.prescription.prescribed_by == "Dana Whitfield, Riverside Physio" and kept.prescription.extra


def test_written_then_applied_on_a_fresh_profile_gives_the_same_settings(tmp_path, capsys, monkeypatch):
    """Round trip: a routine set here, written with --write-prescription, applied on a fresh profile."""
    source = tmp_path / "dana.prescription.toml"
    source.write_text(EXAMPLE)
    assert main(["--apply-prescription", str(source)]) == 0
    store, _ = SettingsStore.open(paths.settings_path())
    store.update({"exercises.leg-crossover.enabled": False, "rest_seconds": 25, "theme": "dark",
                  "exercises.bent-knee-lift.hold_seconds": 4})
    written = tmp_path / "out.prescription.toml"
    assert main(["--write-prescription", str(written)]) == 0
    here = store.settings
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "fresh-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "fresh-data"))
    assert main(["--apply-prescription", str(written)]) == 0
    there, _ = SettingsStore.open(paths.settings_path())
    prescribed = {k: v for k, v in flatten(here).items() if k != "theme" and not k.startswith(
        ("sound", "voice", "volume", "reminder", "autostart", "close", "language", "safety"))}
    assert {k: flatten(there.settings)[k] for k in prescribed} == prescribed
    assert there.settings.theme.value == "system"  # a preference, not prescribed: not carried over


def test_writing_without_a_prescription_in_force_says_why_and_writes_nothing(tmp_path, capsys):
    target = tmp_path / "out.prescription.toml"
    assert main(["--write-prescription", str(target)]) == 1
    assert "Save as prescription" in capsys.readouterr().err and not target.exists()


def test_from_settings_raises_a_max_a_hand_change_went_past():
    from piriformis_desktop.core.settings import Settings

    p = parse_prescription(EXAMPLE, IDS)
    settings = Settings.defaults().with_exercise("toe-rotation", reps=20)
    written = from_settings(settings, prescribed_by="X", issued=date(2026, 12, 2), progressions=p.progressions)
    assert parse_prescription(prescription_text(written), IDS).progressions["toe-rotation"].max_reps == 20


@pytest.mark.slow
def test_applied_then_the_sheet_shows_the_prescribed_reps_and_the_prescriber(tmp_path):
    """`--apply-prescription` then `--print-sheet`, as two processes; pypdf reads the sheet."""
    from pypdf import PdfReader

    source = tmp_path / "dana.prescription.toml"
    source.write_text(EXAMPLE)
    env = {**__import__("os").environ}
    run = [sys.executable, "-m", "piriformis_desktop"]
    assert subprocess.run([*run, "--apply-prescription", str(source)], env=env, capture_output=True).returncode == 0
    pdf = tmp_path / "sheet.pdf"
    done = subprocess.run([*run, "--print-sheet", str(pdf)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Dana Whitfield, Riverside Physio" in " ".join(text.split())
    words = " ".join(text.split())
    assert "12 reps each leg" in words and "max 15 reps" in words
