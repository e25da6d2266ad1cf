"""Keeping a session without a display: journal while it runs, one history record when it ends."""

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest

from piriformis_desktop.core import journal as journal_module
from piriformis_desktop.core.clock import FakeClock
from piriformis_desktop.core.history import HistoryError, open_history
from piriformis_desktop.core.journal import Owner, SessionJournal, recover_interrupted
from piriformis_desktop.core.keeping import SessionKeeper, session_seconds
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import Session
from piriformis_desktop.core.timeline import build_timeline

START = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # late evening of the 28th in New York
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
    keeper.journal = SessionJournal(tmp_path, dead_owner())  # the copy that quits before the next start
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
    message = recover_interrupted(SessionJournal(tmp_path), store)  # the next start, the disk has room again
    (kept,) = store.sessions()
    assert (kept.completed, kept.exercises_done, kept.pain_before) == (True, 3, 4)
    assert kept.duration_seconds == session.timeline.duration
    assert "could not be saved when it ended" in message
    assert keeper.journal.read() is None


# -- one journal per session, written as it goes -----------------------------------------------------------------

def dead_owner():
    """A copy that was killed: the process id of a program that ran and is gone."""
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    return Owner(finished.pid, None)


def kept_on_clock(store, clock, tmp_path, owner=None):
    """A keeper whose wall clock follows the session clock, as a real one does (1000 s on the clock = START)."""
    return SessionKeeper(store, SessionJournal(tmp_path, owner),
                         now=lambda: START + timedelta(seconds=clock.now() - 1000), today=lambda: date(2026, 3, 28))


def long_hold(settings):
    return settings.with_exercise("toe-rotation", hold_seconds=120)


def play_for(keeper, session, clock, seconds, step=1.0):
    """The window shows the session every `step` seconds of session time, and the keeper hears each time."""
    for _ in range(int(seconds / step)):
        clock.advance(step)
        session.poll()
        keeper.tick(session)


def test_the_journal_is_written_at_least_every_ten_seconds_of_session_time(routine, settings, clock, tmp_path,
                                                                           monkeypatch):
    """Inside a 120 s hold nothing changes phase, yet the journal is rewritten every 10 s; a tick in between
    writes nothing."""
    settings = long_hold(settings)
    store = open_history(tmp_path / "h.sqlite3").store
    keeper = kept_on_clock(store, clock, tmp_path)
    session = Session(build_timeline(routine, settings, Side.LEFT), clock)
    writes = []
    real_write = keeper.journal.write
    monkeypatch.setattr(keeper.journal, "write",
                        lambda entry, **kw: writes.append(clock.now()) or real_write(entry, **kw))
    session.start()
    keeper.started(session, settings)
    play_for(keeper, session, clock, 420)
    gaps = [later - earlier for earlier, later in zip(writes, writes[1:], strict=False)]
    assert max(gaps) <= 10.0 and writes[-1] >= clock.now() - 10.0
    assert len(writes) < 420 / 3  # not on every tick: each phase change, and 10 s apart within one
    assert keeper.journal.read().elapsed_seconds == pytest.approx(session.position(writes[-1]))


def test_a_session_killed_seven_minutes_in_keeps_its_time(routine, settings, clock, tmp_path):
    """Defect 5: killed 7 minutes into a session (rep 4 of 10 of a 120 s hold), the next start records about 7
    minutes, ending at the last sign of life, not 0 s ending at the start."""
    settings = long_hold(settings)
    store = open_history(tmp_path / "h.sqlite3").store
    keeper = kept_on_clock(store, clock, tmp_path, owner=dead_owner())  # this copy is about to be killed
    session = Session(build_timeline(routine, settings, Side.LEFT), clock)
    session.start()
    keeper.started(session, settings)
    play_for(keeper, session, clock, 420)
    recover_interrupted(SessionJournal(tmp_path), store)  # the next start
    (row,) = store.sessions()
    assert 410 <= row.duration_seconds <= 420 and not row.completed
    assert START + timedelta(seconds=410) <= row.ended_at <= START + timedelta(seconds=420)


def test_a_completed_session_on_a_full_disk_comes_back_completed(routine, settings, clock, tmp_path, monkeypatch):
    """Defect 6: the disk fills up during the session; at its end neither the history nor a new file can be written.
    The spare made at the start takes the ended journal, and the next start records the session as completed."""
    store = open_history(tmp_path / "h.sqlite3").store
    keeper = kept_on_clock(store, clock, tmp_path, owner=dead_owner())
    session = Session(build_timeline(routine, settings, Side.LEFT), clock)
    session.start()
    keeper.started(session, settings)
    play_for(keeper, session, clock, 100)

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    def refuse(record):
        raise HistoryError("the disk is full")
    with monkeypatch.context() as patch:
        patch.setattr(journal_module, "write_atomically", full)
        patch.setattr(store, "record", refuse)
        play_for(keeper, session, clock, session.timeline.duration - 100 + 1, step=5.0)
        record, message = keeper.ended(session, settings)
    assert record is None and message == f"This session could not be saved: the disk is full {KEPT}"
    recover_interrupted(SessionJournal(tmp_path), store)
    (row,) = store.sessions()
    assert (row.completed, row.exercises_done, row.duration_seconds) == (True, 3, session.timeline.duration)


def test_when_not_even_the_spare_can_be_written_the_summary_does_not_promise_it_is_kept(routine, settings, clock,
                                                                                        tmp_path, monkeypatch):
    """No room and no spare: the summary says only that it was not saved; the last journal written (at most 10 s
    of session time old) is what the next start records, as not completed."""
    store = open_history(tmp_path / "h.sqlite3").store
    keeper = kept_on_clock(store, clock, tmp_path, owner=dead_owner())
    session = Session(build_timeline(routine, settings, Side.LEFT), clock)
    session.start()
    keeper.started(session, settings)
    play_for(keeper, session, clock, 100)
    monkeypatch.setattr(journal_module, "write_atomically", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "full")))
    monkeypatch.setattr(journal_module, "write_through_spare", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "f")))
    monkeypatch.setattr(store, "record", lambda record: (_ for _ in ()).throw(HistoryError("the disk is full")))
    session.stop()
    assert keeper.ended(session, settings) == (None, "This session could not be saved: the disk is full")
    monkeypatch.undo()
    recover_interrupted(SessionJournal(tmp_path), store)
    (row,) = store.sessions()
    assert not row.completed and 90 <= row.duration_seconds <= 100


def test_sessions_ending_while_the_history_is_unusable_are_each_kept(routine, settings, clock, tmp_path):
    """Defect 4: two sessions end with no history; the second's start does not overwrite the first's journal.
    The next start records both."""
    keeper = kept_on_clock(None, clock, tmp_path, owner=dead_owner())
    for _ in range(2):
        session = Session(build_timeline(routine, settings, Side.LEFT), clock)
        session.start()
        keeper.started(session, settings)
        play_for(keeper, session, clock, 30)
        session.stop()
        assert keeper.ended(session, settings)[0] is None
        clock.advance(60)
    store = open_history(tmp_path / "h.sqlite3").store
    recover_interrupted(SessionJournal(tmp_path), store)
    assert [(r.completed, r.duration_seconds) for r in store.sessions()] == [(False, 30.0), (False, 30.0)]


def test_a_session_not_saved_goes_in_with_the_next_one_that_is(routine, settings, clock, tmp_path, monkeypatch):
    """The history was busy when one session ended and free when the next did: both are in it, the journals gone."""
    store = open_history(tmp_path / "h.sqlite3").store
    keeper = kept_on_clock(store, clock, tmp_path)
    for busy in (True, False):
        session = Session(build_timeline(routine, settings, Side.LEFT), clock)
        session.start()
        keeper.started(session, settings)
        play_for(keeper, session, clock, 20)
        session.stop()
        with monkeypatch.context() as patch:
            if busy:
                patch.setattr(store, "record", lambda r: (_ for _ in ()).throw(HistoryError("busy")))
            keeper.ended(session, settings)
        clock.advance(60)
    assert len(store.sessions()) == 2 and keeper.journal.read() is None


def test_the_final_row_is_never_replaced_by_a_stale_journal(routine, settings, clock, tmp_path, monkeypatch):
    """Killed between saving the finished session and removing its journal: the next start finds the journal of
    a few seconds before the end, and the completed row stays as it was."""
    store = open_history(tmp_path / "h.sqlite3").store
    keeper = kept_on_clock(store, clock, tmp_path, owner=dead_owner())
    session = Session(build_timeline(routine, settings, Side.LEFT), clock)
    session.start()
    keeper.started(session, settings)
    play_for(keeper, session, clock, session.timeline.duration + 1)
    stale = keeper.journal.path_for(START).read_bytes()
    record, _ = keeper.ended(session, settings)
    keeper.journal.path_for(START).write_bytes(stale)  # as if the kill came before the journal was removed
    recover_interrupted(SessionJournal(tmp_path), store)
    assert store.sessions() == [record] and not keeper.journal.path_for(START).exists()


def test_a_sessions_time_leaves_pauses_out(routine, settings):
    """Two minutes played, a three-minute pause, a minute more: the session's time is three minutes."""
    clock = FakeClock(start=0.0)
    played = Session(build_timeline(routine, settings, Side.RIGHT), clock)
    played.start()
    clock.advance(120)
    played.pause()
    clock.advance(180)
    played.resume()
    clock.advance(60 + 3)  # resuming counts down 3 seconds before time runs again
    assert session_seconds(played) == pytest.approx(180)
    assert played.elapsed() == pytest.approx(363)  # what the summary used to show
