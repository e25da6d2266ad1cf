"""The summary after a check-in speaks up when pain rose (issue 20, defect 4: before 2 and after 7 got only
"Check-in saved: pain 7 of 10")."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from piriformis_desktop.core.history import SessionRecord, open_history
from piriformis_desktop.ui.session.checkin_flow import CheckInFlow
from piriformis_desktop.ui.session.summary import SummaryCard

TODAY = date(2026, 11, 25)


def played(day: date, before: int | None = None, after: int | None = None) -> SessionRecord:
    start = datetime.combine(day, time(7, 30), tzinfo=UTC)
    return SessionRecord(started_at=start, ended_at=start + timedelta(minutes=7), local_date=day,
                         duration_seconds=420.0, completed=True, exercises_done=3, exercises_total=3,
                         first_side="right", pain_before=before, pain_after=after)


@pytest.fixture
def summary(qtbot, tmp_path):
    store = open_history(tmp_path / "history.sqlite3").store
    card = SummaryCard()
    qtbot.addWidget(card)
    card.resize(1000, 700)
    card.show_result(completed=True, seconds=400, exercises_done=3, exercises_total=3, saved_message="Saved.")
    card.show()
    flow = CheckInFlow(card)
    yield card, flow, store
    store.close()


def check_in(qtbot, flow, store, record, keys):
    record = store.sessions()[-1] if record is None else record
    flow.offer(store, record)
    for key in keys:
        qtbot.keyClick(flow.panel, key)
    qtbot.keyClick(flow.panel, Qt.Key.Key_Return)


def test_pain_rising_from_two_to_seven_is_flagged_on_the_summary(summary, qtbot):
    card, flow, store = summary
    store.record(played(TODAY, before=2))
    check_in(qtbot, flow, store, None, [Qt.Key.Key_7])
    assert card.saved.text().endswith("Check-in saved: pain 7 of 10.")
    assert card.flags.isVisible()
    assert card.flags.text() == ("⚠ Pain rose from 2 to 7 during this session. Stop if the exercises make your pain "
                                 "worse, and ask your physiotherapist before the next session.")


def test_a_small_change_raises_no_flag(summary, qtbot):
    card, flow, store = summary
    store.record(played(TODAY, before=2))
    check_in(qtbot, flow, store, None, [Qt.Key.Key_3])
    assert not card.flags.isVisible() and card.flags.text() == ""


def test_a_week_of_rising_pain_is_flagged_after_the_check_in_that_shows_it(summary, qtbot):
    card, flow, store = summary
    store.add_sessions([played(TODAY - timedelta(days=10), after=2), played(TODAY - timedelta(days=3), after=5),
                        played(TODAY, before=5)])
    check_in(qtbot, flow, store, None, [Qt.Key.Key_5])
    assert card.flags.text().startswith("⚠ Pain after sessions averaged 5.0 of 10 over the last 7 days, up from 2.0")


def test_a_new_session_clears_the_last_flag(summary, qtbot):
    card, flow, store = summary
    store.record(played(TODAY, before=1))
    check_in(qtbot, flow, store, None, [Qt.Key.Key_9])
    assert card.flags.isVisible()
    card.show_result(completed=True, seconds=400, exercises_done=3, exercises_total=3, saved_message="Saved.")
    assert not card.flags.isVisible()
