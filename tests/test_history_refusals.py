"""Sessions that cannot have happened are refused, in words, before anything is saved: one check per record
(`validate_record`) for the import, the store and journal recovery, and an import that reads bounded lines."""

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from piriformis_desktop.core.history import (
    HistoryError,
    RecordError,
    SessionRecord,
    open_history,
    reading,
    validate_record,
)
from piriformis_desktop.core.history import csv as history_csv
from piriformis_desktop.core.history.csv import COLUMNS, import_csv

HEADER = ",".join(COLUMNS)
GOOD = {"started_at": "2026-11-20T07:30:00+00:00", "ended_at": "2026-11-20T07:36:30+00:00",
        "local_date": "2026-11-20", "duration_seconds": "390.25", "completed": "true", "exercises_done": "3",
        "exercises_total": "3", "first_side": "right", "settings_json": "{}", "pain_before": "", "pain_after": "",
        "pain_where": "", "note": ""}


def row(**changes) -> str:
    return ",".join({**GOOD, **changes}[name] for name in COLUMNS)


@pytest.fixture
def store(tmp_path):
    opened = open_history(tmp_path / "history.sqlite3")
    yield opened.store
    opened.store.close()


def session(**changes) -> SessionRecord:
    start = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)
    fields = dict(started_at=start, ended_at=start + timedelta(seconds=390), local_date=date(2026, 11, 20),
                  duration_seconds=390.0, completed=True, exercises_done=3, exercises_total=3, first_side="right")
    return SessionRecord(**{**fields, **changes})


@pytest.mark.parametrize("changes, expected", [
    ({"started_at": "9999-12-31T23:00:00-05:00"},
     "started_at: expected a date from 2000 to 2100, got 9999-12-31T23:00:00-05:00"),
    ({"started_at": "0001-01-01T00:10:00+05:00"},
     "started_at: expected a date from 2000 to 2100, got 0001-01-01T00:10:00+05:00"),
    ({"exercises_total": "99999999999999999999"},
     "exercises_total: expected a whole number from 0 to 3 (the exercises in the routine), got 99999999999999999999"),
    ({"duration_seconds": "1e300"}, "duration_seconds: expected at most 86400 seconds (a day), got 1e+300"),
    ({"ended_at": "2026-11-20T07:00:00+00:00"},
     "ended_at: 2026-11-20T07:00:00+00:00 is before started_at (2026-11-20T07:30:00+00:00)"),
    ({"local_date": "9999-12-31"},
     "local_date: 9999-12-31 is more than a day from the day of started_at (2026-11-20T07:30:00+00:00)"),
    ({"exercises_done": "1_0"}, "exercises_done: expected a whole number, got '1_0'"),
    ({"pain_after": "11"}, "pain_after: expected a whole number from 0 to 10, or nothing, got 11"),
    ({"settings_json": "[" * 5000 + "]" * 5000}, "settings_json: expected the settings as a JSON object"),
])
def test_an_impossible_row_is_refused_naming_file_line_column_and_value(tmp_path, store, changes, expected):
    """Each of these once raised a traceback or entered the history (and blanked the History tab); now the
    import names the file, the line, the column and the value, and adds nothing."""
    path = tmp_path / "moved.csv"
    path.write_text("\n".join([HEADER, row(), row(**changes)]) + "\n", encoding="utf-8")
    with pytest.raises(HistoryError) as refused:
        import_csv(path, store)
    assert str(refused.value).startswith(f"{path}: line 3: {expected}")
    assert store.sessions() == []


@pytest.mark.parametrize("changes, column", [
    ({"duration_seconds": 1e300}, "duration_seconds"),
    ({"ended_at": datetime(2026, 11, 20, 7, 0, tzinfo=UTC)}, "ended_at"),
    ({"local_date": date(9999, 12, 31)}, "local_date"),
    ({"exercises_total": 99999999999999999999}, "exercises_total"),
    ({"started_at": datetime(2101, 1, 1, tzinfo=UTC),
      "ended_at": datetime(2101, 1, 1, 0, 5, tzinfo=UTC), "local_date": date(2101, 1, 1)}, "started_at"),
])
def test_the_store_refuses_the_same_sessions(store, changes, column):
    """record() makes the same check: a session that cannot have happened is a RecordError (a HistoryError)
    naming its column, and the history stays as it was."""
    with pytest.raises(RecordError) as refused:
        store.record(session(**changes))
    assert refused.value.column == column and str(refused.value).startswith(f"{column}: ")
    assert store.sessions() == []


def test_a_real_session_passes_and_a_session_started_just_before_midnight_abroad_too():
    """The local day may be the UTC day's neighbour (Auckland's morning is UTC's evening before)."""
    assert validate_record(session()) == session()
    assert validate_record(session(local_date=date(2026, 11, 21))).local_date == date(2026, 11, 21)
    assert validate_record(session(ended_at=session().started_at, duration_seconds=0.0)).duration_seconds == 0.0


def test_checked_makes_and_checks_in_one_step():
    with pytest.raises(RecordError, match="^first_side: "):
        SessionRecord.checked(**{**session().__dict__, "first_side": "both"})
    assert SessionRecord.checked(**session().__dict__) == session()
    with pytest.raises(RecordError, match="^started_at: expected a date from 2000 to 2100"):
        SessionRecord.checked(**{**session().__dict__, "started_at": datetime(1, 1, 1, 0, 10,
                                                                            tzinfo=timezone(timedelta(hours=5)))})


def test_dev_zero_ends_at_once_naming_the_limit_and_the_line(store):
    """/dev/zero has no line breaks: the import stops after one line's limit, not at the end of memory."""
    with pytest.raises(HistoryError, match=r"^/dev/zero: line 1 is longer than 65536 characters, so this is not "
                                           r"an export of this app\.$"):
        import_csv("/dev/zero", store)


def test_a_file_over_the_size_limit_stops_naming_the_limit_and_the_line(store, monkeypatch):
    """Good rows, but more of them than an export ever holds: stopped at the line that passed the limit."""
    monkeypatch.setattr(reading, "FILE_LIMIT", 1024 * 1024)
    lines = [HEADER] + [row(started_at=f"2026-11-20T07:30:{n % 60:02d}.{n:06d}+00:00") for n in range(20000)]
    text = "\n".join(lines)
    with pytest.raises(HistoryError, match=r"^line (\d+): the file is larger than 1 MB, so this is not an export"):
        import_csv(io.StringIO(text), store)
    assert store.sessions() == []
    line = int(str(pytest.raises(HistoryError, import_csv, io.StringIO(text), store).value).split()[1].rstrip(":"))
    assert len("\n".join(lines[:line - 1])) <= 1024 * 1024 < len("\n".join(lines[:line]))


def test_the_import_can_be_cancelled_while_it_reads(store):
    """`progress` is asked every few hundred rows; answering False stops the reading and adds nothing."""
    lines = [HEADER] + [row(started_at=f"2026-11-20T07:30:{n % 60:02d}.{n:06d}+00:00") for n in range(1000)]
    seen = []

    def progress(characters):
        seen.append(characters)
        return len(seen) < 2

    with pytest.raises(history_csv.ImportCancelled):
        import_csv(io.StringIO("\n".join(lines)), store, progress)
    assert seen[0] < seen[1] and store.sessions() == []


def test_a_record_read_back_from_the_store_keeps_its_values(store):
    """The checked record is the one stored: nothing is clamped or rounded on the way."""
    record = session(duration_seconds=86400.0, local_date=date(2026, 11, 19))
    store.record(record)
    assert replace(store.sessions()[0], id=None) == record
