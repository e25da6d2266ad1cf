"""The real program as separate processes, the way a user (or a desktop shortcut) starts it.

These start the app with PIRIFORMIS_TIME_SCALE so a whole session takes seconds, then read the result
back through --export-history. They wait on the app's own output (the history), polling briefly,
because a separate process has no signal to wait on.
"""

import csv
import io
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow

APP = [sys.executable, "-m", "piriformis_desktop"]


@pytest.fixture
def env(private_folders):
    config, data = private_folders
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("DISPLAY", None)
    return environment


def export(env):
    result = subprocess.run([*APP, "--export-history", "-"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def wait_for(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("the app did not get there in time")


def play(env, scale="100", extra=(), completed_before=0, app_ready=None):
    """Start a session at once, wait until it is in the history, then close the app.

    `app_ready`: a condition to wait for before reading the history, when the app must open it first."""
    app = subprocess.Popen([*APP, "--start", *extra], env=dict(env, PIRIFORMIS_TIME_SCALE=scale),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        if app_ready is not None:
            wait_for(app_ready)
        rows = wait_for(lambda: [r for r in export(env) if r["completed"] == "true"][completed_before:] and
                        export(env))
    finally:
        app.terminate()
        _, err = app.communicate(timeout=30)
    return rows, err


def test_start_plays_the_whole_session_and_records_it(env):
    """--start at 100x plays to the end; the export then lists one completed session of all three exercises."""
    rows, _ = play(env)
    assert len(rows) == 1
    assert (rows[0]["completed"], rows[0]["exercises_done"], rows[0]["exercises_total"]) == ("true", "3", "3")
    assert (rows[0]["pain_before"], rows[0]["pain_after"], rows[0]["pain_where"], rows[0]["note"]) == ("", "", "", "")


def test_one_rep_each_finishes_in_seconds(env, private_folders):
    """With reps = 1 for every exercise, a 20x session is over in a few seconds and recorded."""
    config, _ = private_folders
    config.mkdir(parents=True)
    (config / "settings.toml").write_text("".join(
        f"[exercises.{i}]\nreps = 1\n" for i in ("toe-rotation", "leg-crossover", "bent-knee-lift")))
    started = time.monotonic()
    rows, _ = play(env, scale="20")
    assert time.monotonic() - started < 30
    assert rows[0]["completed"] == "true"
    assert '"reps": 1' in rows[0]["settings_json"]


def test_garbage_settings_still_play_and_the_garbage_is_kept(env, private_folders):
    """Random bytes in settings.toml: the session still plays and is recorded; the bytes are still on disk."""
    config, _ = private_folders
    config.mkdir(parents=True)
    garbage = os.urandom(300)
    (config / "settings.toml").write_bytes(garbage)
    rows, err = play(env)
    assert rows[0]["completed"] == "true"
    assert (config / "settings.toml").read_bytes() == garbage
    copies = list(config.glob("settings.toml.bad-*"))
    assert [c.read_bytes() for c in copies] == [garbage]
    assert "settings file had problems" in err


def test_killed_mid_session_keeps_earlier_sessions_and_the_interrupted_one(env, private_folders):
    """Two sessions, then a third killed with SIGKILL: two completed remain, the database is intact, and the
    next start records the interrupted one as not completed."""
    _, data = private_folders
    play(env)
    play(env, completed_before=1)
    app = subprocess.Popen([*APP, "--start"], env=dict(env, PIRIFORMIS_TIME_SCALE="10"),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(lambda: list(data.glob("session-*.json")))  # the journal of the session under way
    time.sleep(1.0)  # let it get some way into the session
    app.send_signal(signal.SIGKILL)
    app.wait(timeout=30)
    rows = export(env)
    assert [r["completed"] for r in rows] == ["true", "true"]
    with sqlite3.connect(data / "history.sqlite3") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    restarted = subprocess.Popen([*APP], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        rows = wait_for(lambda: len(export(env)) == 3 and export(env))
    finally:
        restarted.terminate()
        _, err = restarted.communicate(timeout=30)
    assert [r["completed"] for r in rows] == ["true", "true", "false"]
    assert "interrupted" in err


def test_random_bytes_in_the_history_are_kept_and_a_session_still_plays(env, private_folders):
    """A history file of random bytes is moved aside, never deleted, and the next session is saved."""
    _, data = private_folders
    data.mkdir(parents=True)
    garbage = os.urandom(4096)
    (data / "history.sqlite3").write_bytes(garbage)
    rows, err = play(env, app_ready=lambda: list(data.glob("history.sqlite3.damaged-*")))
    assert rows[0]["completed"] == "true"
    kept = list(data.glob("history.sqlite3.damaged-*"))
    assert [k.read_bytes() for k in kept if not k.name.endswith(("-wal", "-shm"))] == [garbage]
    assert "damaged" in err


def test_fullscreen_start_with_sound_and_voice_on_and_no_sound_service(env, private_folders):
    """sound and voice on, no sound server: --start --fullscreen still plays to the end and records."""
    config, _ = private_folders
    config.mkdir(parents=True)
    (config / "settings.toml").write_text("sound = true\nvoice = true\n")
    rows, _ = play(env, extra=("--fullscreen",))
    assert rows[0]["completed"] == "true"
