"""The command line in an unfriendly place: hostile files, closed pipes, full disks, read-only and linked
targets. Each answer is one sentence and an exit code, never a traceback."""

import os
import resource
import stat
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest

from piriformis_desktop import paths
from piriformis_desktop.cli import main
from piriformis_desktop.core.history import SessionRecord, open_history

APP = [sys.executable, "-m", "piriformis_desktop"]
HEADER = ("started_at,ended_at,local_date,duration_seconds,completed,exercises_done,exercises_total,first_side,"
          "settings_json")


def record(days: int = 1) -> None:
    store = open_history(paths.history_path()).store
    for day in range(days):
        start = datetime(2026, 11, 1, 7, 30, tzinfo=UTC) + timedelta(days=day)
        store.record(SessionRecord(started_at=start, ended_at=start + timedelta(seconds=385),
                                   local_date=date(2026, 11, 1) + timedelta(days=day), duration_seconds=385.0,
                                   completed=True, exercises_done=3, exercises_total=3, first_side="right"))
    store.close()


def run(*args, stdout=subprocess.PIPE, limit_memory=False):
    """The real command as a process; `limit_memory`: 1 GiB of address space, so a runaway read fails fast."""
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([*APP, *args], stdout=stdout, stderr=subprocess.PIPE, text=True, env=env, timeout=120,
                          preexec_fn=cap if limit_memory else None)


def test_importing_dev_zero_ends_at_once_with_a_sentence():
    """/dev/zero once read without end (18 GB in a minute); now line 1 is over the limit, said in one line."""
    result = run("--import-history", "/dev/zero", limit_memory=True)
    assert (result.returncode, result.stderr) == (1, "piriformis-desktop: /dev/zero: line 1 is longer than 65536 "
                                                     "characters, so this is not an export of this app.\n")


@pytest.mark.parametrize("cells", [
    "9999-12-31T23:00:00-05:00,2026-11-20T07:36:30+00:00,2026-11-20,390,true,3,3,right,{}",
    "0001-01-01T00:10:00+05:00,2026-11-20T07:36:30+00:00,2026-11-20,390,true,3,3,right,{}",
    "2026-11-20T07:30:00+00:00,2026-11-20T07:36:30+00:00,2026-11-20,390,true,3,99999999999999999999,right,{}",
])
def test_rows_that_once_raised_overflow_are_a_sentence(tmp_path, capsys, cells):
    source = tmp_path / "moved.csv"
    source.write_text(HEADER + "\n" + cells + "\n")
    assert main(["--import-history", str(source)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"piriformis-desktop: {source}: line 2: ") and err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.parametrize("weeks", ["0", "521", "1000000", "many"])
def test_weeks_outside_one_to_ten_years_are_refused(tmp_path, capsys, weeks):
    """--weeks 1000000 once crashed, and 100000 wrote a 1,962-page PDF; the report covers 1 to 520 weeks."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--print-report", str(tmp_path / "report.pdf"), "--weeks", weeks])
    assert exit_info.value.code == 2
    assert f"argument --weeks: expected a whole number from 1 to 520, got '{weeks}'" in capsys.readouterr().err
    assert not (tmp_path / "report.pdf").exists()


def test_an_export_into_a_closed_pipe_ends_quietly():
    """`... --export-history - | head -1`: the reader is gone; the export ends with no message, as cat would."""
    record(3)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = run("--export-history", "-", stdout=write_end)
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (141, "")


def test_an_export_to_a_full_disk_says_so():
    """`> /dev/full`: a sentence naming the reason and exit code 1, and nothing more on stderr."""
    record()
    with open("/dev/full", "w") as full:
        result = run("--export-history", "-", stdout=full)
    assert (result.returncode, result.stderr) == (
        1, "piriformis-desktop: could not write to standard output: No space left on device.\n")


def test_an_export_onto_a_read_only_file_is_refused_and_the_file_kept(tmp_path, capsys):
    record()
    target = tmp_path / "sessions.csv"
    target.write_text("the physio's copy")
    target.chmod(0o444)
    assert main(["--export-history", str(target)]) == 1
    assert capsys.readouterr().err == (f"piriformis-desktop: Could not write {target}: it is read-only, so it was "
                                       "not replaced.\n")
    assert target.read_text() == "the physio's copy" and stat.S_IMODE(target.stat().st_mode) == 0o444


def test_an_export_onto_a_link_writes_the_file_it_points_at(tmp_path, capsys):
    record()
    real = tmp_path / "shared" / "sessions.csv"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "sessions.csv"
    link.symlink_to(real)
    assert main(["--export-history", str(link)]) == 0
    assert link.is_symlink() and real.read_text().startswith("started_at,")


def test_an_export_to_dev_stdout_is_the_stream(capsys):
    record()
    assert main(["--export-history", "/dev/stdout"]) == 0
    assert capsys.readouterr().out.startswith("started_at,")


def test_an_import_from_standard_input(tmp_path):
    record()
    exported = run("--export-history", "-").stdout
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_DATA_HOME"] = str(tmp_path / "new-laptop")
    result = subprocess.run([*APP, "--import-history", "-"], input=exported, capture_output=True, text=True,
                            env=env, timeout=120)
    assert (result.returncode, result.stderr) == (0, "Imported 1 session from - (0 already there).\n")


def test_a_damaged_row_already_in_the_history_is_a_sentence(capsys):
    """A row an older version let in (a start in year 9999) makes the export say so, not crash."""
    record()
    store = open_history(paths.history_path()).store
    store.connection.execute("UPDATE sessions SET settings_json = 'not json'")
    store.close()
    assert main(["--export-history", "-"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("piriformis-desktop: ") and "Traceback" not in err


@pytest.mark.slow
def test_a_pdf_onto_a_read_only_file_is_refused(tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"%PDF-1.4 the old sheet")
    target.chmod(0o444)
    result = run("--print-sheet", str(target))
    assert (result.returncode, result.stderr) == (
        1, f"piriformis-desktop: could not write {target}: it is read-only, so it was not replaced\n")
    assert target.read_bytes() == b"%PDF-1.4 the old sheet"
