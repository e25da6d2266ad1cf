"""Every session the user plays ends up in the history exactly once, as it really ended: one test per way it used to
be lost. A copy of the app is a separate process here (a plain Python one playing on a fake clock, no window), so
"killed", "quit" and "another copy running" are real."""

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest

from piriformis_desktop.core.history import open_history
from piriformis_desktop.core.journal import SessionJournal, recover_interrupted
from piriformis_desktop.core.keeping import SessionKeeper
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import Session
from piriformis_desktop.core.timeline import build_timeline

COPY = r"""
import json, os, signal, sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from piriformis_desktop.core import journal as journal_module
from piriformis_desktop.core.clock import FakeClock
from piriformis_desktop.core.history import HistoryError, open_history
from piriformis_desktop.core.journal import SessionJournal
from piriformis_desktop.core.keeping import SessionKeeper
from piriformis_desktop.core.routine import Side, load_routine
from piriformis_desktop.core.session import EventKind, Session
from piriformis_desktop.core.settings import Settings
from piriformis_desktop.core.timeline import build_timeline

plan = json.loads(sys.argv[1])
folder = Path(plan["folder"])
routine = load_routine()
settings = Settings.defaults(routine)
if plan.get("hold"):
    settings = settings.with_exercise("toe-rotation", hold_seconds=plan["hold"])
clock = FakeClock(1000.0)
start = datetime(2026, 3, 28, 18, 0, tzinfo=timezone.utc)
store = open_history(folder / "history.sqlite3").store if plan["history"] else None
keeper = SessionKeeper(store, SessionJournal(folder), now=lambda: start + timedelta(seconds=clock.now() - 1000),
                       today=lambda: date(2026, 3, 28))


def show(session):
    # What the window does each time it shows the session: milestones, and (where it exists) the periodic write.
    for event in session.poll():
        if event.kind in (EventKind.EXERCISE_DONE, EventKind.SIDE_SWITCHED):
            keeper.progressed(session)
    if hasattr(keeper, "tick"):
        keeper.tick(session)


def disk_full(*args, **kwargs):
    raise OSError(28, "No space left on device")


def refuse(record):
    raise HistoryError("The history file could not be written: the disk is full.")


for plan_of_session in plan["sessions"]:
    session = Session(build_timeline(routine, settings, Side.LEFT), clock)
    session.start()
    keeper.started(session, settings)
    seconds = plan_of_session["seconds"] or session.timeline.duration + 1
    for second in range(int(seconds)):
        if second == plan_of_session.get("disk_full_at"):
            journal_module.write_atomically = disk_full
            store.record = refuse
        clock.advance(1)
        show(session)
    if plan_of_session["end"] == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    if plan_of_session["end"] == "stop":
        session.stop()
    print(keeper.ended(session, settings)[1], flush=True)
    clock.advance(60)
"""


def copy_plays(folder, *sessions, history=True, hold=None):
    """A copy of the app plays `sessions` ({"seconds": n or None for the whole, "end": "finish"/"stop"/"kill",
    "disk_full_at": second}) and exits (or is killed); returns what its summaries said."""
    plan = {"folder": str(folder), "history": history, "hold": hold, "sessions": list(sessions)}
    done = subprocess.run([sys.executable, "-c", COPY, json.dumps(plan)], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)), timeout=120)
    assert done.returncode in (0, -9), done.stderr
    return done.stdout.splitlines()


def next_start(folder):
    """The app starts again: its history, and what it recovers."""
    store = open_history(folder / "history.sqlite3").store
    return store, recover_interrupted(SessionJournal(folder), store)


@pytest.fixture
def folder(tmp_path):
    made = tmp_path / "data"
    made.mkdir()
    return made


def test_defect_2_a_damaged_journal_is_set_aside_and_the_app_goes_on(folder):
    """A readable journal with "first_side": "up" raised a ValueError out of recovery (no history, sound or tray
    that run). Now it is moved aside, the sentence names where, and the history works."""
    bad = folder / "session-in-progress.json"
    bad.write_text(json.dumps({
        "started_at": "2026-11-23T18:00:00+00:00", "local_date": "2026-11-23", "first_side": "up",
        "exercises_total": 3, "exercises_done": 1, "elapsed_seconds": 10.0, "settings": {},
        "updated_at": "2026-11-23T18:01:00+00:00"}))
    store, message = next_start(folder)
    assert not bad.exists() and "moved to" in message and "first_side" in message
    assert store.writable and store.sessions() == []


def test_defect_3_a_live_copys_session_is_not_taken_and_ends_completed(folder, routine, settings, clock):
    """Copy A plays (this process, running); copy B starts and recovers: A's journal is left alone. When A finishes,
    its row is completed: one row, never a partial one taken for success."""
    with open_history(folder / "history.sqlite3").store as store:
        keeper = SessionKeeper(store, SessionJournal(folder))
        session = Session(build_timeline(routine, settings, Side.LEFT), clock)
        session.start()
        keeper.started(session, settings)
        clock.advance(135)
        keeper.progressed(session)
        assert recover_interrupted(SessionJournal(folder), store) is None  # copy B's start
        assert store.sessions() == []
        clock.advance(session.timeline.duration)
        keeper.ended(session, settings)
        assert [(r.completed, r.exercises_done) for r in store.sessions()] == [(True, 3)]


def test_defect_4_sessions_ending_without_a_history_are_each_kept(folder):
    """Two sessions end while the history cannot be opened; the second no longer overwrites the first's journal.
    The next start records both."""
    said = copy_plays(folder, {"seconds": 30, "end": "stop"}, {"seconds": 40, "end": "stop"}, history=False)
    assert all("It is kept on disk" in line for line in said)
    store, _ = next_start(folder)
    assert sorted(r.duration_seconds for r in store.sessions()) == [30.0, 40.0]


def test_defect_5_a_session_killed_seven_minutes_in_keeps_its_time(folder):
    """Killed 7 minutes into a session (rep 4 of 10 of a 120 s hold): about 420 s, ending at the last sign of life."""
    copy_plays(folder, {"seconds": 420, "end": "kill"}, hold=120)
    store, message = next_start(folder)
    (row,) = store.sessions()
    assert "interrupted" in message and not row.completed
    assert 410 <= row.duration_seconds <= 420
    assert 410 <= (row.ended_at - row.started_at).total_seconds() <= 420


def test_defect_6_a_completed_session_on_a_full_disk_comes_back_completed(folder):
    """The disk fills up 100 s into a session the user then finishes: the next start records it completed."""
    said = copy_plays(folder, {"seconds": None, "end": "finish", "disk_full_at": 100})
    assert said == ["This session could not be saved: The history file could not be written: the disk is full. It "
                    "is kept on disk and goes into your history the next time the history can be opened."]
    store, message = next_start(folder)
    assert [(r.completed, r.exercises_done) for r in store.sessions()] == [(True, 3)]
    assert "could not be saved when it ended" in message


def test_defect_6_damaged_journals_never_overwrite_each_other(folder):
    """Three damaged journals at three starts: three copies set aside, each told."""
    told = []
    for garbage in (b"first{", b"second{", b"third{"):
        (folder / "session-in-progress.json").write_bytes(garbage)
        told.append(next_start(folder)[1])
    kept = [p.read_bytes() for p in folder.glob("session-in-progress.json.damaged*")]
    assert sorted(kept) == [b"first{", b"second{", b"third{"]
    assert all(message and "moved to" in message for message in told)


def test_the_journal_is_named_by_the_start_and_the_copy(folder, settings, routine, clock):
    """One file per running session, named by its start time (UTC) and the copy's process id."""
    keeper = SessionKeeper(None, SessionJournal(folder), now=lambda: datetime(2026, 3, 28, 18, tzinfo=UTC),
                           today=lambda: date(2026, 3, 28))
    session = Session(build_timeline(routine, settings, Side.LEFT), clock)
    session.start()
    keeper.started(session, settings)
    assert [p.name for p in folder.glob("session-*.json")] == [f"session-20260328T180000000000Z-{os.getpid()}.json"]
