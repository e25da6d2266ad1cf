"""A session cut short by a crash is kept: one journal per session on disk, and their recovery at the next start."""

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from piriformis_desktop.core.history import open_history
from piriformis_desktop.core.journal import LEGACY_FILE, JournalEntry, Owner, SessionJournal, recover_interrupted

START = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)


def entry(done=1, start=START, **changes):
    return replace(JournalEntry(
        started_at=start, local_date=date(2026, 11, 23), first_side="left", exercises_total=3, exercises_done=done,
        elapsed_seconds=140.5, settings={"weekly_goal": 3}, updated_at=start + timedelta(minutes=3)), **changes)


def dead_owner():
    """A copy that has ended: the process id of a program that ran and exited."""
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    return Owner(finished.pid, None)


@pytest.fixture
def store(tmp_path):
    with open_history(tmp_path / "history.sqlite3").store as opened:
        yield opened


def test_journal_round_trips_under_its_start_and_process(tmp_path):
    """What is written is what is read back, in a file named by the session's start and this copy's process."""
    journal = SessionJournal(tmp_path)
    assert journal.write(entry())
    assert journal.read() == replace(entry(), owner=journal.owner)
    assert [p.name for p in tmp_path.glob("session-*.json")] == [f"session-20261123T180000000000Z-{os.getpid()}.json"]


def test_a_write_replaces_the_file_whole(tmp_path):
    """Each write replaces the journal in one step: no temporary file is left, the content is the newest."""
    journal = SessionJournal(tmp_path)
    for done in (0, 1, 2):
        journal.write(entry(done=done))
    assert journal.read().exercises_done == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [journal.path_for(START).name]


def test_interrupted_session_is_recorded_as_not_completed(tmp_path, store):
    """At the next start the interrupted session joins the history as partial, with its time, and the user is told."""
    SessionJournal(tmp_path, dead_owner()).write(entry(done=2))
    message = recover_interrupted(SessionJournal(tmp_path), store)
    (kept,) = store.sessions()
    assert (kept.completed, kept.exercises_done, kept.first_side) == (False, 2, "left")
    assert (kept.duration_seconds, kept.ended_at) == (140.5, START.replace(minute=3))
    assert message == ("Your session of 23 November 2026 was interrupted before it ended; it is kept in your history "
                       "as stopped early (2 of 3 exercises done).")
    assert list(tmp_path.glob("session-*")) == []
    assert recover_interrupted(SessionJournal(tmp_path), store) is None  # only once


def test_several_journals_of_ended_copies_are_all_recorded(tmp_path, store):
    """Three copies that died, each with its session: three rows, one sentence."""
    for minute, owner in ((0, dead_owner()), (10, dead_owner()), (20, dead_owner())):
        SessionJournal(tmp_path, owner).write(entry(start=START.replace(minute=minute)))
    message = recover_interrupted(SessionJournal(tmp_path), store)
    assert [r.started_at.minute for r in store.sessions()] == [0, 10, 20]
    assert message == ("3 sessions that had not reached your history (interrupted, or not saved when they ended) "
                       "are now in it.")
    assert list(tmp_path.glob("session-*")) == []


def test_a_live_copys_journal_is_left_alone(tmp_path, store):
    """Another copy still playing (here: this very process, which is running) keeps its journal; nothing recorded."""
    live = SessionJournal(tmp_path)
    live.write(entry())
    assert recover_interrupted(SessionJournal(tmp_path, Owner(os.getpid() + 1_000_000)), store) is None
    assert store.sessions() == [] and live.read() == replace(entry(), owner=live.owner)


def test_a_process_id_reused_by_another_program_is_not_taken_for_the_copy(tmp_path, store):
    """A running process with the owner's id but another start time is some other program: the journal is recovered."""
    SessionJournal(tmp_path, Owner(os.getpid(), "another-boot:1")).write(entry())
    recover_interrupted(SessionJournal(tmp_path, Owner(1, None)), store)
    assert len(store.sessions()) == 1


def test_the_single_file_of_older_versions_is_still_recovered(tmp_path, store):
    """session-in-progress.json, as versions before one file per session wrote it (no owner), becomes a row."""
    data = json.loads(entry().to_json())
    del data["owner"], data["version"]
    (tmp_path / LEGACY_FILE).write_text(json.dumps(data))
    recover_interrupted(SessionJournal(tmp_path), store, running_lock=tmp_path / "running.lock")
    assert [r.exercises_done for r in store.sessions()] == [1]
    assert not (tmp_path / LEGACY_FILE).exists()


def test_the_old_file_waits_while_another_copy_holds_the_running_lock(tmp_path, store):
    """An older version may be running and still writing it: with running.lock held by a live process, it stays."""
    (tmp_path / LEGACY_FILE).write_text(entry().to_json())
    (tmp_path / "running.lock").write_text(f"{os.getppid()}\npiriformis-desktop\nhost\n")
    recover_interrupted(SessionJournal(tmp_path), store, running_lock=tmp_path / "running.lock")
    assert store.sessions() == [] and (tmp_path / LEGACY_FILE).exists()


def test_journal_is_kept_while_the_history_cannot_take_it(tmp_path):
    """With no usable history the journal stays on disk for a later start."""
    SessionJournal(tmp_path, dead_owner()).write(entry())
    assert recover_interrupted(SessionJournal(tmp_path), None) is None
    assert len(list(tmp_path.glob("session-*.json"))) == 1


def test_an_ended_session_is_recorded_as_it_ended(tmp_path, store):
    """A journal marked ended and completed (the history failed at the end) becomes a completed row."""
    SessionJournal(tmp_path, dead_owner()).write(entry(done=3, ended=True, completed=True))
    message = recover_interrupted(SessionJournal(tmp_path), store)
    assert [(r.completed, r.exercises_done) for r in store.sessions()] == [(True, 3)]
    assert message == "Your session of 23 November 2026 could not be saved when it ended; it is now in your history."


DAMAGE = [
    ("first_side", "up", "first_side"),
    ("elapsed_seconds", "NaN", "elapsed_seconds"),
    ("elapsed_seconds", "Infinity", "elapsed_seconds"),
    ("elapsed_seconds", -1, "elapsed_seconds"),
    ("elapsed_seconds", 1e9, "elapsed_seconds"),
    ("elapsed_seconds", "12", "elapsed_seconds"),
    ("pain_before", 99, "pain_before"),
    ("pain_before", -1, "pain_before"),
    ("pain_before", 4.5, "pain_before"),
    ("exercises_done", 4, "exercises_done"),
    ("exercises_done", -2, "exercises_done"),
    ("exercises_done", True, "exercises_done"),
    ("exercises_total", 10**9, "exercises_total"),
    ("exercises_total", "3", "exercises_total"),
    ("started_at", "yesterday", "started_at"),
    ("started_at", "2026-11-23T18:00:00", "started_at"),
    ("updated_at", "2026-11-22T18:00:00+00:00", "updated_at"),
    ("updated_at", None, "updated_at"),
    ("local_date", "23/11/2026", "local_date"),
    ("local_date", 20261123, "local_date"),
    ("settings", [1, 2], "settings"),
    ("ended", "yes", "ended"),
    ("completed", 1, "completed"),
    ("owner", {"pid": "me"}, "owner"),
    ("owner", {"pid": -4}, "owner"),
    ("owner", 7, "owner"),
]


@pytest.mark.parametrize("field, value, named", DAMAGE, ids=[f"{f}={v!r}" for f, v, _ in DAMAGE])
def test_a_journal_with_a_field_out_of_range_is_set_aside_named_and_told(tmp_path, store, field, value, named):
    """Each field's type and range is checked: a bad one moves the file aside, the sentence says where and why,
    nothing is invented from it, and recovery goes on to the next journal."""
    text = entry().to_json().replace('"version"', '"x"')
    data = json.loads(text)
    data[field] = value
    bad = tmp_path / LEGACY_FILE
    raw = json.dumps(data).replace('"NaN"', "NaN").replace('"Infinity"', "Infinity")
    bad.write_text(raw)
    SessionJournal(tmp_path, dead_owner()).write(entry(start=START.replace(hour=19)))
    message = recover_interrupted(SessionJournal(tmp_path), store)
    moved = tmp_path / f"{LEGACY_FILE}.damaged-1"
    assert moved.read_text() == raw and not bad.exists()
    assert f"it was moved to {moved} and left out of your history" in message
    assert named in message
    assert [r.started_at.hour for r in store.sessions()] == [19]


@pytest.mark.parametrize("garbage", [b"\x00garbage{", b"", b"[1, 2]", b'"text"', b"{" * 100_000])
def test_a_journal_that_does_not_parse_is_set_aside(tmp_path, store, garbage):
    """Bytes that are not a record at all: moved aside unchanged, said once, the app goes on."""
    (tmp_path / LEGACY_FILE).write_bytes(garbage)
    message = recover_interrupted(SessionJournal(tmp_path), store)
    assert (tmp_path / f"{LEGACY_FILE}.damaged-1").read_bytes() == garbage
    assert "moved to" in message and store.sessions() == []


def test_damaged_journals_never_overwrite_each_other(tmp_path, store):
    """A damaged file set aside at one start is still there after the next start sets aside another."""
    for garbage in (b"first", b"second", b"third"):
        (tmp_path / LEGACY_FILE).write_bytes(garbage)
        recover_interrupted(SessionJournal(tmp_path), store)
    kept = sorted(tmp_path.glob(f"{LEGACY_FILE}.damaged*"))
    assert sorted(p.read_bytes() for p in kept) == [b"first", b"second", b"third"]


def test_a_damaged_journal_of_this_process_is_set_aside_too(tmp_path, store):
    """A per-session journal whose content is wrong cannot tell its owner: it is set aside (a live owner writes a
    whole new one at its next write)."""
    journal = SessionJournal(tmp_path, dead_owner())
    journal.path_for(START).parent.mkdir(exist_ok=True)
    journal.path_for(START).write_text('{"started_at": 1}')
    message = recover_interrupted(SessionJournal(tmp_path), store)
    assert "started_at" in message and len(list(tmp_path.glob("session-*.damaged-1"))) == 1


def test_unwritable_folder_is_reported_not_raised(tmp_path):
    """If the data folder is gone or a file blocks it, writing says False and leaves nothing behind."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert SessionJournal(blocker / "sub").write(entry()) is False


def test_the_notice_names_the_day_as_the_window_asks(tmp_path, store):
    """The window passes its own way of writing a date (its language's); one exercise reads "1 of 1 exercise"."""
    SessionJournal(tmp_path, dead_owner()).write(entry(done=0, exercises_total=1))
    message = recover_interrupted(SessionJournal(tmp_path), store, date_words=lambda day: day.strftime("%d.%m.%Y"))
    assert message == ("Your session of 23.11.2026 was interrupted before it ended; it is kept in your history as "
                       "stopped early (0 of 1 exercise done).")


def test_the_journal_goes_through_its_spare_when_the_disk_is_full(tmp_path, monkeypatch):
    """A spare made at the start takes the last write when no new file can be made; the result is a whole journal."""
    from piriformis_desktop.core import journal as module

    journal = SessionJournal(tmp_path)
    assert journal.write(entry(done=1), make_spare=True)

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(module, "write_atomically", full)
    assert journal.write(entry(done=2)) is False  # progress does not use up the spare
    assert journal.write(entry(done=3, ended=True, completed=True))
    assert (journal.read().exercises_done, journal.read().completed) == (3, True)
    assert sorted(p.name for p in tmp_path.iterdir()) == [journal.path_for(START).name]
    assert journal.write(entry(done=3, ended=True)) is False  # the spare is used up and no new one fits
