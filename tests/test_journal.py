"""A session cut short by a crash is kept: the journal on disk and its recovery at the next start."""

from dataclasses import replace
from datetime import date, datetime, timezone

from piriformis_desktop.core.history import open_history
from piriformis_desktop.core.journal import JournalEntry, SessionJournal, recover_interrupted


def entry(done=1):
    start = datetime(2026, 11, 23, 18, 0, tzinfo=timezone.utc)
    return JournalEntry(started_at=start, local_date=date(2026, 11, 23), first_side="left", exercises_total=3,
                        exercises_done=done, elapsed_seconds=140.5, settings={"weekly_goal": 3},
                        updated_at=start.replace(minute=3))


def test_journal_round_trips(tmp_path):
    """What is written is what is read back."""
    journal = SessionJournal(tmp_path)
    assert journal.write(entry())
    assert journal.read() == entry()


def test_interrupted_session_is_recorded_as_not_completed(tmp_path):
    """At the next start the interrupted session joins the history as partial, and the user is told."""
    journal = SessionJournal(tmp_path)
    journal.write(entry(done=2))
    store = open_history(tmp_path / "history.sqlite3").store
    message = recover_interrupted(journal, store)
    (kept,) = store.sessions()
    assert (kept.completed, kept.exercises_done, kept.first_side) == (False, 2, "left")
    assert kept.duration_seconds == 140.5
    assert message == ("Your session of 23 November 2026 was interrupted before it ended; it is kept in your history "
                       "as stopped early (2 of 3 exercises done).")
    assert journal.read() is None
    assert recover_interrupted(journal, store) is None  # only once
    store.close()


def test_journal_is_kept_while_the_history_cannot_take_it(tmp_path):
    """With no usable history the journal stays on disk for a later start."""
    journal = SessionJournal(tmp_path)
    journal.write(entry())
    assert recover_interrupted(journal, None) is None
    assert journal.read() == entry()


def test_damaged_journal_is_moved_aside_not_trusted(tmp_path):
    """A garbled journal is set aside under another name; nothing is invented from it."""
    journal = SessionJournal(tmp_path)
    journal.path.write_bytes(b"\x00garbage{")
    assert journal.read() is None
    assert (tmp_path / "session-in-progress.json.damaged").read_bytes() == b"\x00garbage{"


def test_unwritable_folder_is_reported_not_raised(tmp_path):
    """If the data folder is gone or a file blocks it, writing says False and leaves nothing behind."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert SessionJournal(blocker / "sub").write(entry()) is False


def test_the_notice_names_the_day_as_the_window_asks(tmp_path):
    """The window passes its own way of writing a date (its language's); one exercise reads "1 of 1 exercise"."""
    journal = SessionJournal(tmp_path)
    journal.write(replace(entry(done=0), exercises_total=1))
    store = open_history(tmp_path / "history.sqlite3").store
    message = recover_interrupted(journal, store, date_words=lambda day: day.strftime("%d.%m.%Y"))
    assert message == ("Your session of 23.11.2026 was interrupted before it ended; it is kept in your history as "
                       "stopped early (0 of 1 exercise done).")
    store.close()
