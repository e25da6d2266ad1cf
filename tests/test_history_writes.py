"""The history says at start whether it can take a session, and a second write of one session updates its row."""

import os
import pickle
import shutil
import sqlite3
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from piriformis_desktop.core.history import SessionRecord, open_history

NOBODY = 65534
START = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)


def make_record(n: int = 0, completed: bool = True) -> SessionRecord:
    """The n-th session: one a day from 20 Nov 2026, six and a half minutes each."""
    start = START + timedelta(days=n)
    return SessionRecord(started_at=start, ended_at=start + timedelta(seconds=390),
                         local_date=date(2026, 11, 20) + timedelta(days=n), duration_seconds=390.25,
                         completed=completed, exercises_done=3 if completed else 1, exercises_total=3,
                         first_side="right", settings={"weekly_goal": 3})


def as_the_user(function, *folders: Path):
    """Run `function()` as a user whom chmod binds: this user, or, when the tests run as root (who may write
    anything), the 'nobody' user in a forked child that owns `folders`. Returns what it returned."""
    if os.geteuid() != 0:
        return function()
    for folder in folders:
        for root, names, files in os.walk(folder):
            for name in [root] + [os.path.join(root, n) for n in names + files]:
                os.chown(name, NOBODY, NOBODY)
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child's result travels through the pipe
        try:
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            result = pickle.dumps(("ok", function()))
        except BaseException as error:
            result = pickle.dumps(("error", repr(error)))
        os.write(write, result)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        kind, value = pickle.loads(pipe.read())
    os.waitpid(child, 0)
    assert kind == "ok", value
    return value


@pytest.fixture
def folder():
    """A data folder outside pytest's private tmp tree, so another user can reach it when the tests run as root."""
    made = Path(tempfile.mkdtemp(prefix="piriformis-history-"))
    made.chmod(0o755)
    yield made / "data"
    shutil.rmtree(made, ignore_errors=True)


def opened_with_a_session(folder: Path) -> Path:
    folder.mkdir(mode=0o700)
    path = folder / "history.sqlite3"
    with open_history(path).store as store:
        store.record(make_record(0))
    return path


def open_and_tell(path: Path):
    opened = open_history(path)
    answer = (opened.store is not None and opened.store.writable, opened.notice,
              None if opened.store is None else len(opened.store.sessions()))
    if opened.store is not None:
        opened.store.close()
    return answer


def test_a_read_only_history_file_is_found_at_start(folder):
    """Defect 7: a history file made read-only (0444) in a writable folder: WAL mode lets BEGIN IMMEDIATE pass, but
    the probe's real write does not; the notice names the file and says it is read-only, before any session."""
    path = opened_with_a_session(folder)
    path.chmod(0o444)
    writable, notice, count = as_the_user(lambda: open_and_tell(path), folder.parent)
    assert not writable and count == 1
    assert notice == (f"Your history file {path} cannot be changed (the file is read-only); past sessions are shown, "
                      "but new ones will not be saved.")


def test_a_history_file_nobody_may_read_is_said_to_be_the_files_fault(folder):
    """Defect 7: mode 000 on the file in a writable folder names the file, not the folder."""
    path = opened_with_a_session(folder)
    path.chmod(0o000)
    writable, notice, _ = as_the_user(lambda: open_and_tell(path), folder.parent)
    assert not writable
    assert notice == (f"Your history file {path} cannot be used (the file's permissions let you neither read nor "
                      "change it); sessions will play but will not be saved.")


def test_a_read_only_folder_is_said_to_be_the_folders_fault(folder):
    """The file may be written but the folder may not (WAL needs its -wal and -shm there): the folder is named."""
    path = opened_with_a_session(folder)
    folder.chmod(0o555)
    writable, notice, _ = as_the_user(lambda: open_and_tell(path), folder.parent)
    folder.chmod(0o700)
    assert not writable and "(the folder is read-only)" in notice


def test_a_history_that_is_only_busy_at_start_stays_writable(tmp_path, monkeypatch):
    """Another copy holding the history locked while this one starts is a matter of waiting, not a read-only file."""
    path = tmp_path / "history.sqlite3"
    open_history(path).store.close()
    from piriformis_desktop.core.history import opening
    monkeypatch.setattr(opening, "BUSY_TIMEOUT_SECONDS", 0.05)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        opened = open_history(path)
        assert opened.store.writable and opened.notice is None
        opened.store.close()
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_full_disk_is_said_at_start(tmp_path, monkeypatch):
    """Too little room left for a session: the store still writes once there is room, and the user is told now."""
    from piriformis_desktop.core.history import opening

    class Full:
        f_bavail, f_frsize, f_flag = 3, 4096, 0
    monkeypatch.setattr(opening.os, "statvfs", lambda _: Full)
    path = tmp_path / "history.sqlite3"
    opened = open_history(path)
    assert opened.store.writable
    assert opened.notice == (f"The disk that holds your history {path} is full: new sessions will not be saved until "
                             "some room is freed.")
    opened.store.close()


# -- the same session written twice -----------------------------------------------------------------

@pytest.fixture
def store(tmp_path):
    with open_history(tmp_path / "history.sqlite3").store as opened:
        yield opened


def interrupted(record, seconds):
    """What a recovery writes for `record` from a journal of `seconds` into the session."""
    return replace(record, ended_at=record.started_at + timedelta(seconds=seconds), completed=False,
                   exercises_done=1, duration_seconds=float(seconds))


def test_a_later_more_complete_write_updates_the_row(store):
    """Defect 3: a live copy's session recorded as interrupted (by a copy that took its journal) is replaced by the
    session's own final write: one row, completed, with the whole time; the id stays."""
    final = make_record(0)
    first = store.record(interrupted(final, 135))
    assert store.record(final) == first
    assert [(r.completed, r.duration_seconds, r.ended_at) for r in store.sessions()] == \
        [(True, 390.25, final.ended_at)]


def test_an_older_partial_write_never_replaces_the_final_row(store):
    """A journal from a few seconds before the end, found after the final row was saved, changes nothing."""
    final = make_record(0)
    store.record(final)
    store.record(interrupted(final, 380))
    assert [(r.completed, r.duration_seconds) for r in store.sessions()] == [(True, 390.25)]


def test_an_update_keeps_the_check_in_and_the_pain_before(store):
    """The check-in written on the row (and a pain before set there) survive a later write of the session."""
    final = make_record(0)
    row = store.record(interrupted(final, 100))
    store.add_checkin(row, pain_after=3, pain_where="thigh", note="ok", pain_before=6)
    store.record(replace(final, pain_before=None))
    (kept,) = store.sessions()
    assert ((kept.completed, kept.pain_before, kept.pain_after, kept.pain_where, kept.note)
            == (True, 6, 3, "thigh", "ok"))


def test_an_import_still_skips_a_session_already_there(store):
    """Adding sessions from a CSV never changes a row the history already has."""
    store.record(make_record(0, completed=False))
    assert store.add_sessions([make_record(0), make_record(1)]) == 1
    assert [r.completed for r in store.sessions()] == [False, True]
