"""The one owner of the open history: empty before the file opens, every write announced once it succeeded."""

import sys
from datetime import UTC, datetime, timedelta

import pytest

from piriformis_desktop.core.history import HistoryError, SessionRecord, open_history
from piriformis_desktop.core.history.source import Change, HistoryChange, HistorySource

START = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)


def a_session(minutes_later: int = 0, completed: bool = True) -> SessionRecord:
    start = START + timedelta(minutes=minutes_later)
    return SessionRecord(started_at=start, ended_at=start + timedelta(seconds=390), local_date=start.date(),
                         duration_seconds=390.0, completed=completed, exercises_done=3 if completed else 1,
                         exercises_total=3, first_side="right", settings={})


@pytest.fixture
def store(tmp_path):
    opened = open_history(tmp_path / "history.sqlite3")
    yield opened.store
    opened.store.close()


def listen(source: HistorySource) -> list[HistoryChange]:
    heard: list[HistoryChange] = []
    source.subscribe(heard.append)
    return heard


def test_before_the_history_opens_it_reads_as_empty_and_cannot_be_written():
    """The window holds the source from its first frame: reads need no guard, and a write says why it failed."""
    source = HistorySource()
    assert (source.is_open, source.writable) == (False, False)
    assert (source.sessions(), source.outcomes(), source.pain_scores(), source.last_first_side()) == ([], [], [], None)
    with pytest.raises(HistoryError, match="not open"):
        source.record(a_session())
    source.close()  # nothing to close: no error


def test_opening_is_announced_to_every_listener(store):
    source = HistorySource()
    first, second = listen(source), listen(source)
    source.attach(store)
    assert first == second == [HistoryChange(Change.OPENED)]
    assert source.writable


def test_a_recorded_session_a_checkin_and_an_import_are_each_announced_with_what_changed(store):
    """Three routes into the history, one announcement each: listeners never need to be told by hand."""
    source = HistorySource(store)
    heard = listen(source)
    session_id = source.record(a_session())
    source.add_checkin(session_id, pain_after=3, pain_where="thigh", note="stiff")
    assert source.add_sessions([a_session(60), a_session(120, completed=False)]) == 2
    assert heard == [HistoryChange(Change.RECORDED, session_id), HistoryChange(Change.CHECKED_IN, session_id),
                     HistoryChange(Change.IMPORTED)]
    assert [s.pain_after for s in source.sessions()] == [3, None, None]


def test_an_import_that_adds_nothing_new_and_a_failed_write_are_not_announced(store):
    source = HistorySource(store)
    source.record(a_session())
    heard = listen(source)
    assert source.add_sessions([a_session()]) == 0  # already there
    with pytest.raises(HistoryError):
        source.add_checkin(1, pain_after=11)  # out of the 0-10 scale
    assert heard == []


def test_a_listener_that_unsubscribed_hears_nothing_more(store):
    source = HistorySource(store)
    heard = listen(source)
    source.unsubscribe(heard.append)
    source.record(a_session())
    assert heard == []


def test_the_source_brings_in_no_sqlite_until_a_history_is_opened():
    """The window holds a source at start-up; sqlite3 loads only after the first frame, with the history."""
    import subprocess

    code = ("import sys; import piriformis_desktop.core.history.source as s; s.HistorySource().sessions(); "
            "print('sqlite3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
