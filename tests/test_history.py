"""The history file: sessions kept safely through upgrades, damage, newer versions, full disks and kills."""

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from piriformis_desktop.core.history import SCHEMA_VERSION, HistoryError, SessionRecord, open_history, opening

START = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)
SETTINGS = {"weekly_goal": 3, "start_side": "alternate", "exercises": {"figure-four": {"reps": 3}}}


def make_record(n: int = 0, completed: bool = True, side: str = "right") -> SessionRecord:
    """The n-th session: one a day from 20 Nov 2026, six and a half minutes each."""
    start = START + timedelta(days=n)
    return SessionRecord(started_at=start, ended_at=start + timedelta(seconds=390),
                         local_date=date(2026, 11, 20) + timedelta(days=n), duration_seconds=390.25,
                         completed=completed, exercises_done=3 if completed else 1, exercises_total=3,
                         first_side=side, settings=SETTINGS)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def path(tmp_path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(path):
    opened = open_history(path)
    assert opened.notice is None
    yield opened.store
    opened.store.close()


# -- everyday use ----------------------------------------------------------------------------------

def test_a_recorded_session_comes_back_exactly_after_reopening(path):
    """A session recorded, the app closed and opened again: every field is as it was, times in UTC."""
    paris = ZoneInfo("Europe/Paris")
    record = SessionRecord(started_at=datetime(2026, 11, 20, 8, 30, 0, 123456, tzinfo=paris),
                           ended_at=datetime(2026, 11, 20, 8, 36, 30, tzinfo=paris), local_date=date(2026, 11, 20),
                           duration_seconds=389.875, completed=False, exercises_done=2, exercises_total=3,
                           first_side="left", settings=SETTINGS)
    with open_history(path).store as store:
        new_id = store.record(record)
    with open_history(path).store as store:
        (back,) = store.sessions()
    assert back.id == new_id
    assert back.started_at == datetime(2026, 11, 20, 7, 30, 0, 123456, tzinfo=UTC)
    assert back.started_at.utcoffset() == timedelta(0)
    assert back.ended_at == record.ended_at
    assert (back.local_date, back.duration_seconds, back.completed) == (date(2026, 11, 20), 389.875, False)
    assert (back.exercises_done, back.exercises_total, back.first_side) == (2, 3, "left")
    assert back.settings == SETTINGS


def test_a_new_history_is_private_journaled_and_at_the_current_version(path):
    """The first start creates a private folder and a WAL file with full sync, a busy timeout and today's schema."""
    with open_history(path).store as store:
        pragma = lambda name: store.connection.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == opening.BUSY_TIMEOUT_SECONDS * 1000
        assert pragma("user_version") == SCHEMA_VERSION
        assert store.writable
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_sessions_come_in_order_and_can_start_from_a_date(store):
    """Sessions come back in the order they started; `since` keeps only those from that local date on."""
    for n in (2, 0, 1):
        store.record(make_record(n))
    assert [r.local_date.day for r in store.sessions()] == [20, 21, 22]
    assert [r.local_date.day for r in store.sessions(since=date(2026, 11, 21))] == [21, 22]
    assert [r.local_date.day for r in store.sessions(since=date(2026, 11, 21), until=date(2026, 11, 21))] == [21]


def test_outcomes_are_the_sessions_days_results_and_durations(store):
    """The lean read for charts and streaks says the same as the full records, stopped sessions included."""
    for n, completed in ((1, False), (0, True), (2, True)):
        store.record(make_record(n, completed=completed))
    expected = [(r.local_date, r.completed, r.duration_seconds) for r in store.sessions()]
    assert [tuple(o) for o in store.outcomes()] == expected
    assert [o.local_date.day for o in store.outcomes(since=date(2026, 11, 22))] == [22]


def test_last_first_side_is_the_side_the_latest_session_began_with(store):
    """Alternating start needs the last session's first leg; with no history there is none."""
    assert store.last_first_side() is None
    store.record(make_record(0, side="right"))
    store.record(make_record(1, side="left", completed=False))
    assert store.last_first_side() == "left"


def test_recording_the_same_session_twice_keeps_one(store):
    """A retry after a crash records the same start instant again: it is kept once, with the first id."""
    first = store.record(make_record(0))
    again = store.record(make_record(0, completed=False))
    assert again == first
    assert [r.completed for r in store.sessions()] == [True]


@pytest.mark.parametrize("change, message", [
    ({"started_at": datetime(2026, 11, 20, 7, 30)}, "started_at: expected a date and time with a time zone"),
    ({"first_side": "both"}, "first_side"),
    ({"exercises_done": 4}, "exercises_done: 4 is more than exercises_total"),
    ({"duration_seconds": float("nan")}, "duration_seconds"),
    ({"completed": 1}, "completed: expected true or false"),
    ({"local_date": START}, "local_date"),
])
def test_a_record_that_makes_no_sense_is_refused_when_built(change, message):
    """A naive time, an unknown side, more exercises done than there are: refused with the field named."""
    fields = dict(started_at=START, ended_at=START, local_date=date(2026, 11, 20), duration_seconds=1.0,
                  completed=True, exercises_done=3, exercises_total=3, first_side="right", settings={})
    fields.update(change)
    with pytest.raises(ValueError, match=message):
        SessionRecord(**fields)


# -- upgrades ----------------------------------------------------------------------------------------

# Each released schema exactly as it shipped, with a session in it. Never edit one; add the next.
RELEASED_SCHEMAS = {
    0: [],  # a file SQLite created but the app never set up (e.g. a first start killed at once)
    1: [
        """CREATE TABLE sessions (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, ended_at TEXT NOT NULL,
           local_date TEXT NOT NULL, duration_seconds REAL NOT NULL, completed INTEGER NOT NULL,
           exercises_done INTEGER NOT NULL, exercises_total INTEGER NOT NULL, first_side TEXT NOT NULL,
           settings_json TEXT NOT NULL)""",
        "CREATE INDEX sessions_by_local_date ON sessions (local_date)",
        """INSERT INTO sessions VALUES (7, '2026-11-20T07:30:00.000000+00:00', '2026-11-20T07:36:30.000000+00:00',
           '2026-11-20', 390.0, 1, 3, 3, 'right', '{"weekly_goal": 3}')""",
        "PRAGMA user_version = 1",
    ],
}
RELEASED_SCHEMAS[2] = [*RELEASED_SCHEMAS[1][:-1],  # 2: version 1 plus a unique start instant
                       "CREATE UNIQUE INDEX sessions_by_start ON sessions (started_at)", "PRAGMA user_version = 2"]
RELEASED_SCHEMAS[3] = [*RELEASED_SCHEMAS[2][:-1],  # 3: version 2 plus the pain check-in
                       "ALTER TABLE sessions ADD COLUMN pain_before INTEGER",
                       "ALTER TABLE sessions ADD COLUMN pain_after INTEGER",
                       "ALTER TABLE sessions ADD COLUMN pain_where TEXT NOT NULL DEFAULT ''",
                       "ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT ''",
                       "UPDATE sessions SET pain_after = 2 WHERE id = 7", "PRAGMA user_version = 3"]


def test_every_released_schema_has_a_fixture():
    """A new migration needs a fixture of the schema before it, so every upgrade path is tested."""
    assert sorted(RELEASED_SCHEMAS) == list(range(SCHEMA_VERSION))


@pytest.mark.parametrize("version", sorted(RELEASED_SCHEMAS))
def test_a_history_from_every_earlier_version_is_upgraded_and_keeps_its_sessions(path, version):
    """Opening a file from any earlier release brings it to today's schema; its sessions stay and new ones save."""
    path.parent.mkdir(parents=True)
    connection = sqlite3.connect(path)
    for statement in RELEASED_SCHEMAS[version]:
        connection.execute(statement)
    connection.commit()
    connection.close()
    opened = open_history(path)
    assert opened.notice is None
    with opened.store as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        kept = store.sessions()
        assert [(r.id, r.local_date, r.completed) for r in kept] == \
            ([(7, date(2026, 11, 20), True)] if version >= 1 else [])
        store.record(make_record(3))
        assert len(store.sessions()) == len(kept) + 1
        count = len(store.sessions())
        first_id = store.record(make_record(0))  # the session of version >= 1 files: already there as id 7
        assert first_id == 7 if version >= 1 else first_id not in [r.id for r in kept]
        assert store.record(make_record(0)) == first_id  # recorded again: the same id, no duplicate row
        assert len(store.sessions()) == count + (0 if version >= 1 else 1)


def test_an_empty_file_becomes_a_new_history(path):
    """A zero-byte file (a first start that died at once) is simply set up, not called damaged."""
    path.parent.mkdir(parents=True)
    path.touch()
    opened = open_history(path)
    assert opened.notice is None
    with opened.store as store:
        assert store.sessions() == []
        assert store.writable


# -- a newer version's file ------------------------------------------------------------------------

def make_newer(path: Path, compatible: bool = True) -> None:
    with open_history(path).store as store:
        store.record(make_record(0))
    connection = sqlite3.connect(path)
    if compatible:
        connection.execute("ALTER TABLE sessions ADD COLUMN pain INTEGER")
    else:
        connection.execute("ALTER TABLE sessions RENAME TO sessions_v9")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.execute("PRAGMA journal_mode = DELETE")  # a single file, so its bytes tell if anything was written
    connection.commit()
    connection.close()


def test_a_newer_versions_file_is_read_but_never_written(path):
    """A file from a newer app: its sessions are shown, saving is refused with a reason, the bytes are unchanged."""
    make_newer(path)
    before = digest(path)
    opened = open_history(path)
    assert "newer version" in opened.notice and "not be saved" in opened.notice
    with opened.store as store:
        assert not store.writable
        assert [r.local_date for r in store.sessions()] == [date(2026, 11, 20)]
        with pytest.raises(HistoryError, match="newer version"):
            store.record(make_record(1))
    assert digest(path) == before
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_a_newer_file_this_version_cannot_read_shows_no_sessions_instead_of_failing(path):
    """If a newer release reshaped the table, this one shows an empty history and still writes nothing."""
    make_newer(path, compatible=False)
    before = digest(path)
    with open_history(path).store as store:
        assert store.sessions() == []
        assert store.last_first_side() is None
    assert digest(path) == before


# -- damaged files -----------------------------------------------------------------------------------

def moved_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.damaged-*"))


def test_a_file_that_is_not_sqlite_is_moved_aside_with_its_companions_and_a_new_one_started(path):
    """Garbage where the history was: it and its -wal/-shm are renamed, kept byte for byte; a new history works."""
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is a shopping list, not a database\n" * 50)
    Path(f"{path}-wal").write_bytes(b"wal bytes")
    Path(f"{path}-shm").write_bytes(b"shm bytes")
    opened = open_history(path)
    main, shm, wal = moved_files(path)
    assert main.name.startswith("history.sqlite3.damaged-20")
    assert main.read_bytes().startswith(b"this is a shopping list")
    assert (wal.name, wal.read_bytes()) == (f"{main.name}-wal", b"wal bytes")
    assert (shm.name, shm.read_bytes()) == (f"{main.name}-shm", b"shm bytes")
    assert opened.notice == f"Your history file was damaged; it was moved to {main} and a new one was started."
    with opened.store as store:
        store.record(make_record(0))
        assert len(store.sessions()) == 1


def test_a_file_failing_the_integrity_check_is_moved_aside(path):
    """A real history whose table pages were overwritten: the check at open catches it, the file is kept aside."""
    with open_history(path).store as store:
        store.add_sessions(make_record(n) for n in range(300))
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = DELETE")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    assert len(data) > 6 * page_size
    data[3 * page_size:5 * page_size] = b"\xa5" * (2 * page_size)  # keep the header, spoil two pages
    path.write_bytes(bytes(data))
    opened = open_history(path)
    (moved,) = moved_files(path)
    assert moved.read_bytes() == bytes(data)
    assert str(moved) in opened.notice
    with opened.store as store:
        assert store.sessions() == []
        assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_damaged_file_that_cannot_be_moved_is_left_alone_and_nothing_is_saved(path, monkeypatch):
    """If the damaged file cannot be renamed, it is not touched; the app runs without saving and says why."""
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(opening.os, "replace", refuse)
    opened = open_history(path)
    assert opened.store is None
    assert "damaged and could not be moved aside" in opened.notice
    assert path.read_bytes() == b"not a database"


# -- folders and disks that refuse -------------------------------------------------------------------

def test_a_read_only_data_folder_still_opens_the_history_for_reading(path):
    """chmod the folder read-only after a session: the history is shown, marked unwritable, and a save says why."""
    with open_history(path).store as store:
        store.record(make_record(0))
    path.parent.chmod(0o500)
    path.chmod(0o400)
    try:
        if os.access(path, os.W_OK) or os.access(path.parent, os.W_OK):
            pytest.skip("running as root: chmod does not stop writes (the monkeypatched tests cover this path)")
        opened = open_history(path)
        assert opened.store is not None and not opened.store.writable
        assert "cannot be changed" in opened.notice
        with opened.store as store:
            assert len(store.sessions()) == 1
            with pytest.raises(HistoryError, match="read-only"):
                store.record(make_record(1))
    finally:
        path.parent.chmod(0o700)
        path.chmod(0o600)


def test_a_data_folder_that_cannot_be_created_gives_no_store_and_a_reason(tmp_path, monkeypatch):
    """The folder cannot be made (a read-only home, a file in the way): no store, one sentence saying so."""
    target = tmp_path / "blocked" / "history.sqlite3"

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    opened = open_history(target)
    assert opened.store is None
    assert opened.notice == (f"Your history in {target.parent} cannot be used (the folder is read-only or not "
                             "yours); sessions will play but will not be saved.")


def test_a_history_file_that_cannot_be_created_gives_no_store(path, monkeypatch):
    """SQLite cannot create the file (a read-only folder, even as root when monkeypatched): no store, a reason."""
    path.parent.mkdir(parents=True)

    def cannot_open(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(opening.sqlite3, "connect", cannot_open)
    opened = open_history(path)
    assert opened.store is None
    assert "cannot be created or opened" in opened.notice and "will not be saved" in opened.notice


def test_a_write_refused_as_read_only_raises_a_clear_error_and_keeps_the_rest(store):
    """When SQLite refuses writes (query_only stands in for a read-only mount), record() says so plainly."""
    store.record(make_record(0))
    store.connection.execute("PRAGMA query_only = ON")
    with pytest.raises(HistoryError) as error:
        store.record(make_record(1))
    assert str(error.value) == (f"The history file {store.path} could not be written: "
                                "the file or its folder is read-only.")
    store.connection.execute("PRAGMA query_only = OFF")
    assert len(store.sessions()) == 1


def test_a_full_disk_raises_a_clear_error_and_keeps_every_earlier_session(store):
    """No room for another page (max_page_count stands in for a full disk): a clear error, nothing half-written."""
    store.record(make_record(0))
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(HistoryError, match="the disk is full"):
        store.add_sessions(make_record(n) for n in range(1, 400))
    assert [r.local_date for r in store.sessions()] == [date(2026, 11, 20)]
    assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- two copies, and kills ---------------------------------------------------------------------------

def test_two_copies_writing_at_once_both_keep_every_session(path):
    """Two open stores on one file, each saving 60 sessions from its own thread: all 120 are there."""
    open_history(path).store.close()
    errors: list[BaseException] = []

    def write(first: int) -> None:
        try:
            with open_history(path).store as store:
                for n in range(first, first + 60):
                    store.record(make_record(n))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(first,)) for first in (0, 1000)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_history(path).store as store:
        assert len(store.sessions()) == 120
        assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


WRITER = """
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from piriformis_desktop.core.history import SessionRecord, open_history
store = open_history(Path(sys.argv[1])).store
start = datetime(2026, 1, 1, 7, 0, tzinfo=timezone.utc)
n = 0
while True:
    at = start + timedelta(minutes=n)
    new_id = store.record(SessionRecord(at, at + timedelta(seconds=60), date(2026, 1, 1), 60.0, True, 3, 3,
                                        "right", {"n": n}))
    print(new_id, flush=True)  # the summary would show now: the session must already be safe
    n += 1
"""


@pytest.mark.slow
def test_a_kill_at_any_moment_keeps_every_session_that_reached_its_summary(path):
    """A writer killed with SIGKILL mid-stream: every session it reported saved is there, and the file checks ok."""
    open_history(path).store.close()
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    reported = [int(child.stdout.readline()) for _ in range(150)]
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reported += [int(line) for line in child.stdout.read().split()]
    opened = open_history(path)
    assert opened.notice is None
    with opened.store as store:
        saved = {r.id for r in store.sessions()}
        assert set(reported) <= saved
        assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_upgrade_from_version_one_keeps_the_first_of_two_rows_with_one_start(path):
    """Version 1 did not forbid two rows with the same start; the upgrade keeps the first and drops the copy."""
    path.parent.mkdir(parents=True)
    connection = sqlite3.connect(path)
    for statement in RELEASED_SCHEMAS[1]:
        connection.execute(statement)
    connection.execute("INSERT INTO sessions SELECT 8, started_at, ended_at, local_date, duration_seconds, 0, 1, "
                       "exercises_total, first_side, settings_json FROM sessions WHERE id = 7")
    connection.commit()
    connection.close()
    with open_history(path).store as store:
        assert [(r.id, r.completed) for r in store.sessions()] == [(7, True)]


def test_the_history_core_works_without_qt():
    """History, CSV and statistics load in a process with no Qt at all (headless export, core tests)."""
    code = ("import sys; import piriformis_desktop.core.history, piriformis_desktop.core.history.csv, "
            "piriformis_desktop.core.stats; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'piriformis_desktop.ui'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_version_2_history_gains_empty_check_ins(path):
    """Sessions saved before check-ins existed read back with no pain recorded, and can take one now."""
    path.parent.mkdir(parents=True)
    connection = sqlite3.connect(path)
    for statement in RELEASED_SCHEMAS[2]:
        connection.execute(statement)
    connection.commit()
    connection.close()
    with open_history(path).store as store:
        (old,) = store.sessions()
        assert (old.pain_before, old.pain_after, old.pain_where, old.note) == (None, None, "", "")
        store.add_checkin(old.id, pain_after=4, pain_where="buttock,thigh", note="stairs were easier")
        (checked,) = store.sessions()
        assert (checked.pain_after, checked.pain_where, checked.note) == (4, "buttock,thigh", "stairs were easier")
        assert checked.completed and checked.duration_seconds == old.duration_seconds


def test_a_check_in_out_of_range_is_refused_and_changes_nothing(path):
    """Pain 11 or an unknown place is refused with a clear message; the session stays as it was."""
    with open_history(path).store as store:
        session_id = store.record(make_record(0))
        for bad in (dict(pain_after=11), dict(pain_after=3, pain_where="knee"), dict(pain_after=3, note="x" * 501)):
            with pytest.raises(HistoryError, match="check-in was not saved"):
                store.add_checkin(session_id, **bad)
        assert store.sessions()[0].pain_after is None
