"""CSV export and import: what a physiotherapist reads, and moving the history to a new laptop."""

import csv
import io
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from piriformis_desktop.core import words
from piriformis_desktop.core.history import HistoryError, SessionRecord, open_history
from piriformis_desktop.core.history.csv import (
    COLUMNS,
    REQUIRED,
    ImportResult,
    export_csv,
    import_csv,
    neutralise,
    restore,
)

SETTINGS = {"weekly_goal": 3, "start_side": "alternate", "exercises": {"figure-four": {"reps": 3, "enabled": True}}}
HEADER = ",".join(REQUIRED)  # an export from before check-ins existed: it must still import
GOOD = ('2026-11-20T07:30:00+00:00,2026-11-20T07:36:30+00:00,2026-11-20,390.25,true,3,3,right,'
        '"{""weekly_goal"": 3}"')


def make_record(n: int, completed: bool = True) -> SessionRecord:
    start = datetime(2026, 11, 20, 7, 30, 0, 250000 * (n % 4), tzinfo=UTC) + timedelta(days=n)
    return SessionRecord(started_at=start, ended_at=start + timedelta(seconds=390.5),
                         local_date=date(2026, 11, 20) + timedelta(days=n), duration_seconds=390.125 + n,
                         completed=completed, exercises_done=3 if completed else 1, exercises_total=3,
                         first_side="right" if n % 2 else "left", settings=SETTINGS)


@pytest.fixture
def store(tmp_path):
    opened = open_history(tmp_path / "old-laptop" / "history.sqlite3")
    yield opened.store
    opened.store.close()


@pytest.fixture
def new_store(tmp_path):
    opened = open_history(tmp_path / "new-laptop" / "history.sqlite3")
    yield opened.store
    opened.store.close()


def exported(records) -> str:
    text = io.StringIO(newline="")
    export_csv(records, text)
    return text.getvalue()


def test_the_export_reads_plainly_in_a_spreadsheet():
    """One header, one row per session: UTC times, the local day, true/false, the leg and the settings."""
    rows = list(csv.DictReader(io.StringIO(exported([make_record(0), make_record(1, completed=False)]))))
    assert list(rows[0]) == list(COLUMNS)
    assert rows[0] == {
        "started_at": "2026-11-20T07:30:00+00:00", "ended_at": "2026-11-20T07:36:30.500000+00:00",
        "local_date": "2026-11-20", "duration_seconds": "390.125", "completed": "true", "exercises_done": "3",
        "exercises_total": "3", "first_side": "left",
        "settings_json": '{"exercises": {"figure-four": {"enabled": true, "reps": 3}}, "start_side": "alternate", '
                         '"weekly_goal": 3}',
        "pain_before": "", "pain_after": "", "pain_where": "", "note": "",
    }
    assert (rows[1]["completed"], rows[1]["exercises_done"], rows[1]["first_side"]) == ("false", "1", "right")


def test_moving_to_a_new_laptop_brings_every_session_exactly(store, new_store):
    """Export on the old laptop, import on the new one: the same sessions, field for field."""
    for n in range(6):
        store.record(make_record(n, completed=n != 3))
    result = import_csv(io.StringIO(exported(store.sessions())), new_store)
    assert result == ImportResult(added=6, skipped_duplicates=0)
    strip = lambda records: [r.__class__(**{**r.__dict__, "id": None}) for r in records]  # noqa: E731
    assert strip(new_store.sessions()) == strip(store.sessions())


def test_importing_the_same_file_twice_skips_every_duplicate(store):
    """A second import of the same export adds nothing and says how many were already there."""
    text = exported([make_record(n) for n in range(4)])
    assert import_csv(io.StringIO(text), store) == ImportResult(4, 0)
    assert import_csv(io.StringIO(text), store) == ImportResult(0, 4)
    assert len(store.sessions()) == 4


def test_a_file_exported_and_imported_by_path(store, new_store, tmp_path):
    """The view hands over paths: the export lands in place with no leftover temporary file, and imports back."""
    store.record(make_record(0))
    target = tmp_path / "my sessions.csv"
    assert export_csv(store.sessions(), target) == 1
    assert sorted(p.name for p in tmp_path.glob("*.csv*")) == ["my sessions.csv"]
    assert import_csv(target, new_store) == ImportResult(1, 0)


def test_an_export_to_a_folder_that_does_not_exist_fails_clearly(tmp_path):
    """A path that cannot be written gives a HistoryError naming it, not a traceback."""
    target = tmp_path / "missing" / "sessions.csv"
    with pytest.raises(HistoryError, match=f"Could not write {target}: No such file"):
        export_csv([make_record(0)], target)


def test_a_spreadsheets_byte_order_mark_utc_z_and_blank_lines_are_fine(store):
    """Saved again from a spreadsheet: a BOM before the header, times ending in Z, a blank line at the end."""
    text = "\ufeff" + HEADER + "\r\n" + GOOD.replace("+00:00", "Z") + "\r\n\r\n"
    assert import_csv(io.StringIO(text), store) == ImportResult(1, 0)
    assert store.sessions()[0].started_at == datetime(2026, 11, 20, 7, 30, tzinfo=UTC)


@pytest.mark.parametrize("column, bad, expected", [
    ("started_at", "20/11/2026 07:30", "started_at: expected a date and time with a time zone"),
    ("started_at", "2026-11-20T07:30:00", "started_at: expected a date and time with a time zone"),
    ("local_date", "yesterday", "local_date: expected a date like 2026-11-20, got 'yesterday'"),
    ("duration_seconds", "-5", "duration_seconds: expected a number of seconds, 0 or more"),
    ("duration_seconds", "inf", "duration_seconds: expected a number of seconds"),
    ("completed", "maybe", "completed: expected true or false, got 'maybe'"),
    ("exercises_done", "2.5", "exercises_done: expected a whole number"),
    ("exercises_done", "7", "exercises_done: 7 is more than exercises_total"),
    ("first_side", "both", "first_side: expected right or left, got 'both'"),
    ("settings_json", "[1, 2]", "settings_json: expected the settings as a JSON object"),
])
def test_a_bad_value_names_its_line_and_column_and_nothing_is_imported(store, column, bad, expected):
    """Two good rows, then a bad one on line 4: the error names line 4 and the column; no session was added."""
    good = next(csv.DictReader(io.StringIO(HEADER + "\n" + GOOD + "\n")))
    second = dict(good, started_at="2026-11-21T07:30:00+00:00", ended_at="2026-11-21T07:36:30+00:00",
                  local_date="2026-11-21")
    broken = {**good, "started_at": "2026-11-22T07:30:00+00:00", "ended_at": "2026-11-22T07:36:30+00:00",
              "local_date": "2026-11-22", column: bad}
    text = io.StringIO(newline="")
    writer = csv.DictWriter(text, COLUMNS)
    writer.writeheader()
    writer.writerows([good, second, broken])
    with pytest.raises(HistoryError) as error:
        import_csv(io.StringIO(text.getvalue()), store)
    assert str(error.value).startswith(f"line 4: {expected}")
    assert store.sessions() == []


def test_a_row_with_missing_values_names_its_line(store):
    """A row cut short (values missing) is reported with its line and how many values it has."""
    text = HEADER + "\n" + GOOD + "\n" + "2026-11-21T07:30:00+00:00,2026-11-21\n"
    with pytest.raises(HistoryError, match=r"^line 3: expected 9 values, found 2\.$"):
        import_csv(io.StringIO(text), store)


def test_a_file_that_is_not_an_export_is_refused_on_line_one(store):
    """Some other CSV (missing our columns) or an empty file: the error is on line 1 and lists the columns."""
    with pytest.raises(HistoryError, match="^line 1: missing columns local_date, .*; an export has: started_at"):
        import_csv(io.StringIO("started_at,ended_at,name\n1,2,3\n"), store)
    with pytest.raises(HistoryError, match="^line 1: the file is empty"):
        import_csv(io.StringIO(""), store)


def test_an_import_into_a_history_that_cannot_be_written_is_refused(tmp_path):
    """Importing into a history this version must not change (a newer version's file) fails with the reason."""
    path = tmp_path / "history.sqlite3"
    open_history(path).store.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    with (open_history(path).store as store,
          pytest.raises(HistoryError, match="cannot be written: it was written by a newer version")):
        import_csv(io.StringIO(HEADER + "\n" + GOOD + "\n"), store)


def test_check_ins_travel_with_the_export(store, new_store):
    """Pain before and after, where and the note come out in the CSV and back in on import; skipped stays empty."""
    first = store.record(make_record(0))
    store.record(make_record(1))
    store.add_checkin(first, pain_before=6, pain_after=4, pain_where="lower back", note="felt looser, stairs ok")
    text = exported(store.sessions())
    rows = list(csv.DictReader(io.StringIO(text)))
    assert (rows[0]["pain_before"], rows[0]["pain_after"], rows[0]["pain_where"], rows[0]["note"]) == \
        ("6", "4", "lower back", "felt looser, stairs ok")
    assert (rows[1]["pain_after"], rows[1]["note"]) == ("", "")
    import_csv(io.StringIO(text), new_store)
    moved = new_store.sessions()
    assert (moved[0].pain_before, moved[0].pain_after, moved[0].note) == (6, 4, "felt looser, stairs ok")
    assert moved[1].pain_after is None


def test_a_bad_pain_value_names_its_line():
    """Pain 'high' in an import is refused with the line and the column named."""
    text = ",".join(COLUMNS) + "\n" + GOOD + ",,high,,\n"
    with pytest.raises(HistoryError, match=r"^line 2: pain_after: expected a whole number from 0 to 10"):
        from piriformis_desktop.core.history.csv import read_csv
        read_csv(io.StringIO(text))


FORMULAS = ['=HYPERLINK("http://x","click")', "+1", "-2", "@SUM(A1)", "\t=1+1", "\r=1+1"]
AWKWARD = [
    "'tis better today",  # begins with the escape character itself
    "''two apostrophes",
    "'=already looks escaped",
    'left knee, then "sharp", then\nfine after the stairs\r\nnext day ok',  # commas, quotes, line breaks
    "Schmerz ließ nach – 痛みが減った, ça va 😊",  # non-ASCII
    "  spaces before and after  ",
    "a = b + c - d @ e",  # formula characters, but not at the start
]


def with_notes(notes):
    return [SessionRecord(**{**make_record(n).__dict__, "note": note}) for n, note in enumerate(notes)]


def test_a_note_a_spreadsheet_would_run_is_exported_as_text():
    """Notes beginning with =, +, -, @, a tab or a carriage return get an apostrophe in front, so a spreadsheet
    shows them instead of evaluating them; the numbers beside them stay plain numbers."""
    rows = list(csv.DictReader(io.StringIO(exported(with_notes(FORMULAS)))))
    assert [row["note"] for row in rows] == ["'" + note for note in FORMULAS]
    assert [row["duration_seconds"] for row in rows] == [repr(390.125 + n) for n in range(len(FORMULAS))]
    assert [row["exercises_done"] for row in rows] == ["3"] * len(FORMULAS)
    for row in rows:
        for name in COLUMNS:
            assert not row[name].startswith(("=", "+", "-", "@", "\t", "\r")), (name, row[name])


def test_pain_scores_stay_numbers():
    """The pain columns are numbers: never prefixed, whatever the note beside them says."""
    record = SessionRecord(**{**make_record(0).__dict__, "pain_before": 7, "pain_after": 0, "note": "-2 today"})
    row = next(csv.DictReader(io.StringIO(exported([record]))))
    assert (row["pain_before"], row["pain_after"], row["note"]) == ("7", "0", "'-2 today")


def test_every_note_comes_back_exactly_from_the_export(store, new_store):
    """Formulas, apostrophes, commas, quotes, line breaks, non-ASCII and outer spaces: an export imported on
    another laptop gives back each note character for character."""
    notes = FORMULAS + AWKWARD
    for record in with_notes(notes):
        store.record(record)
    path_text = exported(store.sessions())
    assert "''tis better today" in path_text and "'''two apostrophes" in path_text
    assert import_csv(io.StringIO(path_text), new_store) == ImportResult(len(notes), 0)
    assert [r.note for r in new_store.sessions()] == notes


def test_an_export_written_to_a_file_keeps_the_notes_exactly(store, new_store, tmp_path):
    """The same through a real file (UTF-8, the csv module's own line endings), as the History tab does it."""
    notes = FORMULAS + AWKWARD
    target = tmp_path / "export.csv"
    export_csv(with_notes(notes), target)
    import_csv(target, new_store)
    assert [r.note for r in new_store.sessions()] == notes


@hypothesis_settings(max_examples=200)
@given(st.text(max_size=60))
def test_escaping_is_undone_exactly_for_any_text(text):
    """For any text: the exported cell never starts as a formula, and reading it back gives the text."""
    cell = neutralise(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore(cell) == text
    assert cell == text or cell == "'" + text


@hypothesis_settings(max_examples=100)
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=80))
def test_any_note_survives_the_csv_round_trip(note):
    """Any note a person could type (or paste) survives export and read-back unchanged."""
    from piriformis_desktop.core.history.csv import read_csv

    record = with_notes([note])[0]
    assert read_csv(io.StringIO(exported([record])))[0].note == note


@pytest.fixture
def marked_words():
    """The core's words as a translation returns them, each marked «…»: what is not marked was not translated."""
    words.install(lambda context, text, disambiguation=None, n=-1:
                  "«" + words.english(context, text, disambiguation, n) + "»")
    yield
    words.install(None)


def test_an_import_error_reads_in_the_users_language_with_its_line_column_and_value(marked_words):
    """The sentence is the translation's; the line, the column, the value and the allowed cells are not."""
    from piriformis_desktop.core.history.csv import read_csv

    with pytest.raises(HistoryError) as error:
        read_csv(io.StringIO(HEADER + "\n" + GOOD.replace(",true,", ",maybe,") + "\n"))
    assert str(error.value) == "«line 2: completed: expected true or false, got 'maybe'.»"
    with pytest.raises(HistoryError) as error:
        read_csv(io.StringIO(HEADER + "\n" + GOOD.replace(",3,3,", ",7,3,") + "\n"))
    assert str(error.value) == "«line 2: «exercises_done: 7 is more than exercises_total (3)».»"


def test_one_missing_column_is_one_column():
    """A header short of one column says "missing column", of two "missing columns"."""
    with pytest.raises(HistoryError, match="^line 1: missing column settings_json; an export has: started_at"):
        import_csv(io.StringIO(HEADER.replace(",settings_json", "") + "\n"), None)
    with pytest.raises(HistoryError, match=r"^line 2: expected 9 values, found 1\.$"):
        import_csv(io.StringIO(HEADER + "\nx\n"), None)
