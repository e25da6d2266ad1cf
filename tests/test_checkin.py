"""The pain check-in after a session: keys and clicks, saved with the session, skippable in one key."""

import pytest
from PySide6.QtCore import Qt

from piriformis_desktop.ui.session.checkin import CheckIn, CheckInPanel


@pytest.fixture
def panel(qtbot):
    widget = CheckInPanel()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


def test_digits_pick_the_score_and_enter_saves(panel, qtbot):
    """Typing 4 then Enter submits pain 4 with nothing else said."""
    qtbot.keyClick(panel, Qt.Key.Key_4)
    assert panel.score() == 4 and panel.save.isEnabled()
    with qtbot.waitSignal(panel.submitted) as sent:
        qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert sent.args[0] == CheckIn(4, "", "")


def test_one_then_zero_is_ten(panel, qtbot):
    """Typing 1 then 0 means 10, the top of the scale."""
    qtbot.keyClicks(panel, "10")
    assert panel.score() == 10


def test_where_and_note_go_with_the_score(panel, qtbot):
    """Clicking 7, ticking thigh and lower back and writing a note sends all of it."""
    qtbot.mouseClick(panel.group.button(7), Qt.MouseButton.LeftButton)
    panel.places["thigh"].setChecked(True)
    panel.places["lower back"].setChecked(True)
    qtbot.keyClicks(panel.note, "  after a long drive  ")
    with qtbot.waitSignal(panel.submitted) as sent:
        qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    assert sent.args[0] == CheckIn(7, "thigh,lower back", "after a long drive")


def test_nothing_is_saved_without_a_score(panel, qtbot):
    """Enter before choosing a score does nothing; Save stays disabled."""
    with qtbot.assertNotEmitted(panel.submitted):
        qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert not panel.save.isEnabled()


def test_escape_skips(panel, qtbot):
    """Esc skips the check-in in one key."""
    with qtbot.waitSignal(panel.skipped):
        qtbot.keyClick(panel, Qt.Key.Key_Escape)


def test_reset_clears_everything(panel, qtbot):
    """A new summary starts with a clean check-in."""
    qtbot.keyClick(panel, Qt.Key.Key_6)
    panel.places["buttock"].setChecked(True)
    panel.reset()
    assert panel.score() is None and not panel.places["buttock"].isChecked() and not panel.save.isEnabled()
