"""Nothing lost, with the real program: copies started as a user starts them, killed with SIGKILL, two at once, and
a history another program holds locked while sessions end. Each test counts the rows and checks how each ended.

Time runs 20 times faster (PIRIFORMIS_TIME_SCALE) over a routine of two reps per exercise: 129 s of session.
A separate process has no signal to wait on, so these poll the data folder briefly.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow

APP = [sys.executable, "-m", "piriformis_desktop"]
SESSION_SECONDS = 129.0  # two reps of each exercise with the default timings
EXERCISES = ("toe-rotation", "leg-crossover", "bent-knee-lift")


@pytest.fixture
def folders(private_folders):
    config, data = private_folders
    config.mkdir(parents=True)
    (config / "settings.toml").write_text("".join(f"[exercises.{name}]\nreps = 2\n" for name in EXERCISES))
    return config, data


@pytest.fixture
def copies(folders):
    """Start copies of the app; every one still running at the end is ended."""
    started = []
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PIRIFORMIS_TIME_SCALE="20")
    environment.pop("DISPLAY", None)

    def start(*args):
        copy = subprocess.Popen([*APP, *args], env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        started.append(copy)
        return copy
    yield start
    for copy in started:
        if copy.poll() is None:
            copy.terminate()
        copy.communicate(timeout=30)


def wait_for(condition, timeout=90.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("the app did not get there in time")


def rows(data):
    """(completed, duration, exercises done, seconds from start to end) of every session in the history."""
    path = data / "history.sqlite3"
    if not path.exists():
        return []
    with sqlite3.connect(path.as_uri() + "?mode=ro", uri=True) as connection:
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'sessions'").fetchone():
            return []  # the app has made the file and not yet its tables: nothing recorded yet
        found = connection.execute(
            "SELECT completed, duration_seconds, exercises_done, started_at, ended_at FROM sessions ORDER BY started_at"
        ).fetchall()
    from datetime import datetime
    return [(bool(c), d, n, (datetime.fromisoformat(e) - datetime.fromisoformat(s)).total_seconds())
            for c, d, n, s, e in found]


def journals(data):
    return sorted(data.glob("session-*.json"))


def journal_of(copy, data):
    """The journal of the session `copy` is playing, once it has one."""
    return wait_for(lambda: next((p for p in journals(data) if p.name.endswith(f"-{copy.pid}.json")), None))


def elapsed_in(journal):
    try:
        return json.loads(journal.read_text())["elapsed_seconds"]
    except (OSError, ValueError):
        return None


def test_two_copies_at_once_each_keep_their_own_session(copies, folders):
    """Copy B starts while copy A plays: B leaves A's journal alone. Both sessions
    end in the history once each, completed, with the whole session's time."""
    _, data = folders
    a = copies("--start")
    journal_of(a, data)
    b = copies("--start")
    journal_of(b, data)
    assert rows(data) == []  # B's start recorded nothing of A's live session
    found = wait_for(lambda: len(rows(data)) == 2 and rows(data))
    assert [(completed, duration, done) for completed, duration, done, _ in found] == [(True, SESSION_SECONDS, 3)] * 2
    assert wait_for(lambda: journals(data) == [])


def test_killed_mid_session_the_next_start_keeps_its_time(copies, folders):
    """SIGKILL halfway through: the next start records the session as not completed, with the time the journal
    had (written at least every 10 s of session time), ending at its last sign of life; a session played before
    it is untouched."""
    _, data = folders
    first = copies("--start")
    wait_for(lambda: len(rows(data)) == 1)
    first.terminate()
    killed = copies("--start")
    journal = journal_of(killed, data)
    wait_for(lambda: (elapsed_in(journal) or 0) >= 60)
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=30)
    last_written = elapsed_in(journal)
    copies()  # the next start, without --start
    found = wait_for(lambda: len(rows(data)) == 2 and rows(data))
    assert found[0][:3] == (True, SESSION_SECONDS, 3)
    completed, duration, _, _ = found[1]
    assert not completed and duration == pytest.approx(last_written, abs=0.001) and 60 <= duration < SESSION_SECONDS
    assert journals(data) == []


def test_a_history_locked_by_another_program_while_sessions_end_loses_none(copies, folders):
    """Another program holds the history with BEGIN EXCLUSIVE while two copies finish their sessions: each copy
    keeps its session in its journal as ended. Once the lock is gone, the next start records both, completed."""
    _, data = folders
    copies()  # make the history, then leave
    wait_for(lambda: (data / "history.sqlite3").exists())
    time.sleep(0.5)
    locker = sqlite3.connect(data / "history.sqlite3", isolation_level=None)
    a = copies("--start")
    journal_of(a, data)
    b = copies("--start")
    journal_of(b, data)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        ended = wait_for(lambda: [p for p in journals(data) if '"ended": true' in p.read_text()] if len(
            [p for p in journals(data) if '"ended": true' in p.read_text()]) == 2 else None, timeout=120)
        assert len(ended) == 2
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert rows(data) == []
    for copy in (a, b):
        copy.terminate()
        copy.wait(timeout=30)
    copies()  # the next start
    found = wait_for(lambda: len(rows(data)) == 2 and rows(data))
    assert [(completed, duration, done) for completed, duration, done, _ in found] == [(True, SESSION_SECONDS, 3)] * 2
    assert journals(data) == []
