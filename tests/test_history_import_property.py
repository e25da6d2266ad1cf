"""A property over CSV rows: whatever a file holds, the import either takes it exactly or refuses it with a
sentence naming the line (and nothing is written); and whatever it takes, the History tab and the progress
report can show."""

import io
import math
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from piriformis_desktop.core.history import HistoryError, open_history
from piriformis_desktop.core.history.csv import COLUMNS, export_csv, import_csv, neutralise, restore

ZONES = st.sampled_from([UTC, timezone(timedelta(hours=-12)), timezone(timedelta(hours=14)),
                         timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-5))])
HOSTILE_TEXT = st.text(max_size=30) | st.sampled_from([
    "", " ", "nan", "inf", "-inf", "1e300", "-1", "1_0", "٣", "99999999999999999999", "0x10", "true", "null",
    "9999-12-31T23:00:00-05:00", "0001-01-01T00:10:00+05:00", "9999-12-31", "2026-02-30", "[" * 3000,
    "=HYPERLINK(\"x\")", "'", "'=1", '{"a": NaN}', '{"a": 1e999}', "{}", "\x00", "\r", "\ufeff"])


@st.composite
def moments(draw, low=datetime(1990, 1, 1), high=datetime(2110, 12, 31)):
    return draw(st.datetimes(min_value=low, max_value=high, timezones=ZONES))


def plausible(draw, wild: bool = True) -> dict[str, str]:
    """A row that is right, or (`wild`) nearly: values at and around every limit the check knows."""
    if wild:
        start = draw(moments())
        length = draw(st.sampled_from([0.0, 1.0, 390.25, 86400.0, 86400.5, -1.0]) | st.floats(0, 2e5))
        end = start + timedelta(seconds=draw(st.sampled_from([0, 390, -60, 90000])))
        day = start.astimezone(UTC).date() + timedelta(days=draw(st.integers(-2, 2)))
        done, total = draw(st.integers(-1, 5)), draw(st.integers(-1, 5))
        pain = st.sampled_from(["", "0", "10", "11", "-1", "5"])
    else:
        start = draw(moments(datetime(2000, 1, 2), datetime(2100, 12, 30)))
        length = draw(st.sampled_from([0.0, 86400.0]) | st.floats(0, 86400))
        end = start + timedelta(seconds=draw(st.integers(0, 90000)))
        day = start.astimezone(UTC).date() + timedelta(days=draw(st.integers(-1, 1)))
        total = draw(st.integers(0, 3))
        done = draw(st.integers(0, total))
        pain = st.sampled_from(["", "0", "10", "5"])
    return {
        "started_at": start.isoformat(), "ended_at": end.isoformat(), "local_date": day.isoformat(),
        "duration_seconds": repr(length), "completed": draw(st.sampled_from(["true", "false", "yes", "0", "maybe"])),
        "exercises_done": str(done), "exercises_total": str(total),
        "first_side": draw(st.sampled_from(["right", "left", "LEFT", "both"])),
        "settings_json": draw(st.sampled_from(['{"weekly_goal": 3}', "{}", "[]", ""])),
        "pain_before": draw(pain), "pain_after": draw(pain),
        "pain_where": draw(st.sampled_from(["", "buttock", "thigh,lower back", "knee"])),
        "note": neutralise(draw(st.text(max_size=40))),
    }


PLAUSIBLE = st.composite(lambda draw: plausible(draw, wild=False))()


@st.composite
def rows(draw) -> dict[str, str]:
    row = plausible(draw)
    for column in draw(st.sets(st.sampled_from(COLUMNS), max_size=3)):  # and a few cells anything at all
        row[column] = draw(HOSTILE_TEXT)
    return row


def as_csv(row: dict[str, str]) -> str:
    text = io.StringIO(newline="")
    import csv

    csv.writer(text).writerows([COLUMNS, [row[c] for c in COLUMNS]])
    return text.getvalue()


def check_exact(record, row: dict[str, str]) -> None:
    """The session holds exactly what the row says (times as the same instants, text as written)."""
    assert record.started_at == datetime.fromisoformat(row["started_at"].strip())
    assert record.ended_at == datetime.fromisoformat(row["ended_at"].strip())
    assert record.local_date == date.fromisoformat(row["local_date"].strip())
    assert record.duration_seconds == float(row["duration_seconds"])
    assert record.exercises_done == int(row["exercises_done"]) and record.exercises_total == int(
        row["exercises_total"])
    assert record.note == restore(row["note"]) and record.pain_where == restore(row["pain_where"])
    for column in ("pain_before", "pain_after"):
        assert getattr(record, column) == (int(row[column]) if row[column].strip() else None)
    assert 0 <= record.duration_seconds <= 86400 and math.isfinite(record.duration_seconds)
    assert 2000 <= record.started_at.year <= 2100 and record.ended_at >= record.started_at


@pytest.fixture
def history(tmp_path):
    opened = open_history(tmp_path / "history.sqlite3")
    yield opened.store
    opened.store.close()


def clear(store) -> None:
    store.connection.execute("DELETE FROM sessions")


@hypothesis_settings(max_examples=200)
@given(row=rows())
def test_a_row_is_imported_exactly_or_refused_with_a_sentence(history, row):
    clear(history)
    try:
        import_csv(io.StringIO(as_csv(row)), history)
    except HistoryError as error:
        sentence = str(error)
        assert sentence.startswith(("line 1", "line 2")) and sentence.endswith("."), sentence
        assert "Traceback" not in sentence and "\n" not in sentence.split(": got", 1)[0]
        assert history.sessions() == []
        return
    [record] = history.sessions()
    check_exact(record, row)
    again = io.StringIO(newline="")  # and it leaves as it came: an export imports to the same session
    export_csv([record], again)
    clear(history)
    import_csv(io.StringIO(again.getvalue()), history)
    assert [r.__class__(**{**r.__dict__, "id": None}) for r in history.sessions()] == \
        [record.__class__(**{**record.__dict__, "id": None})]


accepted = []  # how many rows the rendering property saw accepted (a property that renders nothing proves nothing)


@pytest.mark.slow
@hypothesis_settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                             HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(row=PLAUSIBLE)
def test_whatever_was_accepted_the_history_tab_and_the_report_render(history, row, qtbot, tmp_path, routine,
                                                                      settings):
    from piriformis_desktop.ui.documents.report import write_report_pdf
    from piriformis_desktop.ui.history.view import HistoryView

    clear(history)
    try:
        import_csv(io.StringIO(as_csv(row)), history)
    except HistoryError:
        return
    records = history.sessions()
    accepted.append(records[0])
    for today in (date(2026, 11, 25), records[0].local_date):
        view = HistoryView(history, 3, today=lambda today=today: today)
        qtbot.addWidget(view)
        view.resize(900, 600)
        view.show()
        view.refresh()
        assert not view.grab().isNull()
        view.close()
        write_report_pdf(tmp_path / "report.pdf", records, settings, routine, weeks=12, today=today)
        assert (tmp_path / "report.pdf").stat().st_size > 1000


@pytest.mark.slow
def test_the_rendering_property_saw_accepted_rows():
    """Run after the property above (same module, file order): it rendered real sessions, not only refusals."""
    assert len(accepted) >= 5
