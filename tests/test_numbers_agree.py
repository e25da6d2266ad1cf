"""Numbers that agree wherever they are shown (issue 15, item 6): a session's time on the summary, in History
and on the report; the pain trend on screen and on paper; counts in their singular and plural forms."""

from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from piriformis_desktop.core.history import SessionRecord, open_history
from piriformis_desktop.ui import resources_rc  # noqa: F401

pytestmark = pytest.mark.usefixtures("british_locale")  # weeks from Monday, dates "16 Nov"

TODAY = date(2026, 11, 25)


def played(day: date, seconds: float = 385.0, pain: int | None = None) -> SessionRecord:
    start = datetime(day.year, day.month, day.day, 7, 30, tzinfo=UTC)
    return SessionRecord(started_at=start, ended_at=start + timedelta(seconds=seconds), local_date=day,
                         duration_seconds=seconds, completed=True, exercises_done=3, exercises_total=3,
                         first_side="right", pain_after=pain)


@pytest.fixture
def window(make_main_window):
    return make_main_window()


def advance(window, seconds):
    window.clock.advance(seconds)
    window.flow.controller.update_now()


def test_the_summary_gives_the_same_time_history_lists(window, qtbot):
    """Five minutes of routine with a three-minute pause in the middle: the summary says "Active time: 5:00",
    not 8:03, and History lists the session as 5 min: the time the history keeps, pauses left out."""
    qtbot.keyClick(window, Qt.Key.Key_Space)
    advance(window, 150)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    advance(window, 180)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # resume: a 3-second countdown, then time runs again
    advance(window, 3)
    advance(window, 150)
    with qtbot.waitSignal(window.flow.session_recorded) as recorded:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    record = recorded.args[0]
    assert record.duration_seconds == pytest.approx(300)
    details = window.player.summary.details.text()
    assert details.startswith("Active time: 5:00\n"), details
    window.tabs.setCurrentWidget(window.history_page)
    qtbot.waitUntil(lambda: window.history_page.content is not None
                    and window.history_page.content.chart is not None)
    view = window.history_page.content
    assert ", 5 min, right leg first" in view.week_detail.text()


def test_three_falling_check_ins_on_three_days_are_too_early_to_tell_on_screen(qtbot, tmp_path):
    """7, 5, 2 on three days: History says it is too early to tell, never "about the same"."""
    from piriformis_desktop.ui.history.view import HistoryView

    store = open_history(tmp_path / "h.sqlite3").store
    store.add_sessions([played(TODAY - timedelta(days=n), pain=p) for n, p in ((2, 7), (1, 5), (0, 2))])
    view = HistoryView(store, 3, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.chart is not None)
    assert "too early to tell" in view.pain_words.text()
    assert "about the same" not in view.pain_words.text()
    store.close()


def test_three_falling_check_ins_on_three_days_are_too_early_to_tell_on_paper(qapp, routine, settings, tmp_path):
    """The report says what History says about the same three check-ins."""
    from piriformis_desktop.ui.documents.report import write_report_pdf

    records = [played(TODAY - timedelta(days=n), pain=p) for n, p in ((2, 7), (1, 5), (0, 2))]
    path = tmp_path / "report.pdf"
    write_report_pdf(path, records, settings, routine, weeks=12, today=TODAY)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())
    assert "too early to tell" in text and "about the same" not in text


def test_one_minute_and_one_week_are_singular_in_history(qtbot, tmp_path):
    """A single short session: the panel reads "1 / minute exercised" and "1 week", never "1 / minutes"."""
    from piriformis_desktop.ui.history.view import HistoryView

    store = open_history(tmp_path / "h.sqlite3").store
    store.add_sessions([played(TODAY, seconds=50), played(TODAY - timedelta(days=1), seconds=20),
                        played(TODAY - timedelta(days=2), seconds=10)])
    view = HistoryView(store, 3, today=lambda: TODAY)
    qtbot.addWidget(view)
    assert view.values["minutes"].text() == "1"
    assert view.captions["minutes"].text() == "minute exercised"
    assert view.values["current-streak"].text() == "1 week"
    store.add_sessions([played(TODAY - timedelta(days=3), seconds=100)])
    view.refresh()
    assert (view.values["minutes"].text(), view.captions["minutes"].text()) == ("3", "minutes exercised")
    store.close()
