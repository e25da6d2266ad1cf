"""A check-in that no key throws away: every answer is on the session's row as soon as it is given, whatever way
the user leaves the summary; only Skip takes it back. And pain before is asked before every session."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from piriformis_desktop.core.session import State
from piriformis_desktop.ui import resources_rc  # noqa: F401  (the card's pictures)


def play_to_summary(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    panel = window.flow.checkin
    qtbot.waitUntil(panel.isVisible)
    return panel


def row_on_disk(tmp_path):
    """The session's row as another program (or the next start after a crash) would read it from the file."""
    with sqlite3.connect(tmp_path / "history.sqlite3") as connection:
        return connection.execute("SELECT pain_after, pain_where, note FROM sessions").fetchall()


def answer(panel, qtbot, score=Qt.Key.Key_5, note="stairs"):
    qtbot.keyClick(panel, score)
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, note)


def test_space_on_a_focused_box_ticks_it_and_never_starts_a_session(make_main_window, qtbot, tmp_path):
    """Defect 1: pick 5, type a note, Tab to 'Lower back', press Space: the box is ticked, no session starts,
    and the row holds all three."""
    window = make_main_window()
    panel = play_to_summary(window, qtbot)
    answer(panel, qtbot)
    box = panel.places["lower back"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert window.player.showing_summary() and window.flow.session.state is State.FINISHED
    assert row_on_disk(tmp_path) == [(5, "lower back", "stairs")]


def test_enter_in_the_note_saves_and_says_so(make_main_window, qtbot, tmp_path):
    window = make_main_window()
    panel = play_to_summary(window, qtbot)
    answer(panel, qtbot, score=Qt.Key.Key_3)
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    assert not panel.isVisible() and "Check-in saved: pain 3 of 10." in window.player.summary.saved.text()
    assert row_on_disk(tmp_path) == [(3, "", "stairs")]


RAISE = pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform, on a reminder


@RAISE
@pytest.mark.parametrize("route", ["space", "new session button", "other tab", "reminder", "close", "quit"])
def test_every_way_of_leaving_the_summary_keeps_the_answer(make_main_window, qtbot, tmp_path, route):
    """Once a score is chosen and a note typed, leaving by any route keeps them on the session's row."""
    window = make_main_window()
    panel = play_to_summary(window, qtbot)
    answer(panel, qtbot, score=Qt.Key.Key_7, note="sore")
    window.activateWindow()
    if route == "space":
        qtbot.keyClick(window, Qt.Key.Key_Space)  # the window's Space: the next session's Ready card
    elif route == "new session button":
        qtbot.mouseClick(window.player.summary.again, Qt.MouseButton.LeftButton)
    elif route == "other tab":
        window.tabs.setCurrentWidget(window.history_page)
    elif route == "reminder":
        window.show_ready()
    elif route == "close":
        window.close()
    else:
        window.commands.quit.trigger()
    QApplication.processEvents()
    assert row_on_disk(tmp_path) == [(7, "", "sore")]


def test_a_score_is_on_disk_before_the_user_leaves_so_a_crash_keeps_it(make_main_window, qtbot, tmp_path):
    """No leaving at all (the app is killed now): the next start finds the score in the history."""
    window = make_main_window()
    panel = play_to_summary(window, qtbot)
    qtbot.keyClick(panel, Qt.Key.Key_4)
    assert row_on_disk(tmp_path) == [(4, "", "")]


def test_skip_takes_back_what_was_given(make_main_window, qtbot, tmp_path):
    window = make_main_window()
    panel = play_to_summary(window, qtbot)
    answer(panel, qtbot)
    qtbot.keyClick(panel.note, Qt.Key.Key_Escape)
    assert "Check-in skipped." in window.player.summary.saved.text()
    assert row_on_disk(tmp_path) == [(None, "", "")]


def test_space_after_a_session_shows_the_next_ready_card_with_the_pain_scale(make_main_window, qtbot):
    """Every session gets its pain before: Space on the summary opens the Ready card (scale shown), a digit gives
    the score, and Space starts; a second Space with no score starts too (skippable in one key)."""
    window = make_main_window()
    panel = play_to_summary(window, qtbot)
    qtbot.keyClick(panel, Qt.Key.Key_Escape)  # skip the check-in
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.flow.session.state is State.READY and window.player.card.pain_scale.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.flow.session.state.live
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window.flow.checkin, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # no score: straight on
    assert window.flow.session.state.live
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert [s.pain_before for s in window.history.sessions()] == [None, 2, None]


@RAISE
def test_a_reminders_click_after_a_session_opens_the_ready_card(make_main_window, qtbot):
    window = make_main_window()
    play_to_summary(window, qtbot)
    window.show_ready()
    assert window.player.showing_card() and window.flow.session.state is State.READY
    assert window.player.card.pain_scale.isVisible()


def test_a_session_started_at_once_still_takes_pain_before_during_get_ready(make_main_window, qtbot):
    """`--start` skips the Ready card; the scale stays on the card through the first get-ready, then goes."""
    window = make_main_window()
    window.flow.start_now()
    assert window.flow.session.state.live and window.player.card.pain_scale.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_8)
    assert window.player.card.pain_before.text().startswith("Pain before this session: 8 of 10")
    window.clock.advance(window.flow.session.timeline.phases[0].duration + 0.1)
    window.flow.controller.update_now()
    assert not window.player.card.pain_scale.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_3)  # too late: digits do nothing now
    window.flow.stop_after_asking()
    assert [s.pain_before for s in window.history.sessions()] == [8]


def test_a_skipped_check_in_can_be_added_later_from_history(make_main_window, qtbot):
    """History's Check-in… opens on the newest session; 6, a place, a note and Save keep it on that row."""
    window = make_main_window()
    panel = play_to_summary(window, qtbot)
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    window.tabs.setCurrentWidget(window.history_page)
    view = window.history_page.content
    assert view.checkin_button.isEnabled()
    qtbot.mouseClick(view.checkin_button, Qt.MouseButton.LeftButton)
    editor = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "checkin-editor" and w.isVisible())
    qtbot.keyClick(editor.panel, Qt.Key.Key_6)
    editor.panel.places["thigh"].setChecked(True)
    editor.panel.note.setText("forgot after the session")
    qtbot.mouseClick(editor.panel.save, Qt.MouseButton.LeftButton)
    (session,) = window.history.sessions()
    assert (session.pain_after, session.pain_where, session.note) == (6, "thigh", "forgot after the session")
    assert [s.pain_after for s in view.outcomes] == [6]


def test_a_check_in_given_earlier_can_be_changed_from_history(make_main_window, qtbot):
    window = make_main_window()
    panel = play_to_summary(window, qtbot)
    qtbot.keyClick(panel, Qt.Key.Key_9)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    window.tabs.setCurrentWidget(window.history_page)
    view = window.history_page.content
    qtbot.mouseClick(view.checkin_button, Qt.MouseButton.LeftButton)
    editor = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "checkin-editor" and w.isVisible())
    assert editor.panel.score() == 9  # what the session holds
    qtbot.keyClick(editor.panel, Qt.Key.Key_4)
    qtbot.keyClick(editor.panel, Qt.Key.Key_Return)
    assert [s.pain_after for s in window.history.sessions()] == [4]
