"""Keeping a session without a display: journal while it runs, one history record when it ends."""

from datetime import date, datetime, timedelta, timezone

from piriformis_desktop.core.history import HistoryError, open_history
from piriformis_desktop.core.journal import SessionJournal
from piriformis_desktop.core.journal import recover_interrupted
from piriformis_desktop.core.keeping import SessionKeeper
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import Session
from piriformis_desktop.core.timeline import build_timeline

START = datetime(2026, 3, 29, 0, 30, tzinfo=timezone.utc)  # late evening of the 28th in New York
KEPT = "It is kept on disk and goes into your history the next time the history can be opened."


def make(routine, settings, clock, tmp_path, history=True):
    moments = iter(START + timedelta(minutes=m) for m in range(100))
    store = open_history(tmp_path / "h.sqlite3").store if history else None
    keeper = SessionKeeper(store, SessionJournal(tmp_path), now=lambda: next(moments),
                           today=lambda: date(2026, 3, 28))
    return keeper, Session(build_timeline(routine, settings, Side.LEFT), clock), store


def test_a_finished_session_is_recorded_with_its_local_day_and_the_journal_cleared(routine, settings, clock, tmp_path):
    """Start, play to the end: one completed record, UTC start, the user's local day, the left leg first."""
    keeper, session, store = make(routine, settings, clock, tmp_path)
    session.start()
    keeper.started(session, settings)
    assert keeper.journal.read().first_side == "left"
    clock.advance(session.timeline.duration)
    record, message = keeper.ended(session, settings)
    assert message == "Session saved to your history." and record.id is not None
    assert (record.completed, record.exercises_done, record.local_date) == (True, 3, date(2026, 3, 28))
    assert record.started_at == START and record.duration_seconds == session.timeline.duration
    assert keeper.journal.read() is None
    assert store.sessions() == [record]


def test_milestones_update_the_journal(routine, settings, clock, tmp_path):
    """After the first exercise the journal says one of three is done."""
    keeper, session, _ = make(routine, settings, clock, tmp_path)
    session.start()
    keeper.started(session, settings)
    clock.advance(session.timeline.exercise_start(2))
    keeper.progressed(session)
    assert keeper.journal.read().exercises_done == 1


def test_without_a_history_the_summary_says_it_was_not_saved(routine, settings, clock, tmp_path):
    """No history: nothing recorded, a plain sentence for the summary; the session waits in the journal."""
    keeper, session, _ = make(routine, settings, clock, tmp_path, history=False)
    session.start()
    keeper.started(session, settings)
    session.stop()
    assert keeper.ended(session, settings) == (None, "This session could not be saved: your history is not available "
                                                 f"(see the notice above). {KEPT}")
    assert keeper.journal.read().ended


def test_a_failing_write_is_reported_in_words(routine, settings, clock, tmp_path, monkeypatch):
    """If the disk refuses the write, the sentence says so instead of claiming it was saved."""
    keeper, session, store = make(routine, settings, clock, tmp_path)
    session.start()
    keeper.started(session, settings)
    session.stop()

    def refuse(record):
        raise HistoryError("the disk is full")
    monkeypatch.setattr(store, "record", refuse)
    record, message = keeper.ended(session, settings)
    assert record is None and message == f"This session could not be saved: the disk is full {KEPT}"


def test_a_failed_history_write_keeps_the_session_for_the_next_start(routine, settings, clock, tmp_path,
                                                                      monkeypatch):
    """A finished session whose history write fails is not lost: the next start records it as finished."""
    keeper, session, store = make(routine, settings, clock, tmp_path)
    session.start()
    keeper.pain_before = 4
    keeper.started(session, settings)
    clock.advance(session.timeline.duration)
    session.poll()

    def refuse(record):
        raise HistoryError("the disk is full")
    with monkeypatch.context() as patch:
        patch.setattr(store, "record", refuse)
        assert keeper.ended(session, settings)[0] is None
    assert store.sessions() == []
    message = recover_interrupted(keeper.journal, store)  # the next start, the disk has room again
    (kept,) = store.sessions()
    assert (kept.completed, kept.exercises_done, kept.pain_before) == (True, 3, 4)
    assert kept.duration_seconds == session.timeline.duration
    assert "could not be saved when it ended" in message
    assert keeper.journal.read() is None
