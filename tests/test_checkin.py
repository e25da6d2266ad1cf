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


@pytest.mark.parametrize("theme", ["system", "light", "dark", "high-contrast"])
def test_the_chosen_score_looks_chosen_and_says_so(qtbot, theme):
    """After pressing 6, the 6 is filled in the accent colour, stands 3:1 from the window and from the other
    scores, is set in bold, and is checked for a screen reader; the others are not."""
    from PySide6.QtGui import QAccessible, QPalette
    from PySide6.QtWidgets import QApplication

    from piriformis_desktop.core.contrast import contrast_ratio
    from piriformis_desktop.ui.look.theme import apply_theme

    app = QApplication.instance()
    apply_theme(app, theme)
    try:
        panel = CheckInPanel()
        qtbot.addWidget(panel)
        panel.show()
        qtbot.waitExposed(panel)
        panel.setFocus()
        qtbot.keyClick(panel, Qt.Key.Key_6)
        six, five = panel.group.button(6), panel.group.button(5)
        assert six.isChecked() and not five.isChecked()
        assert QAccessible.queryAccessibleInterface(six).state().checked
        assert not QAccessible.queryAccessibleInterface(five).state().checked
        assert six.font().bold() and not five.font().bold()

        palette = app.palette()
        window, accent = (palette.color(r).name() for r in (QPalette.ColorRole.Window, QPalette.ColorRole.Highlight))
        chosen, other = six.grab().toImage(), five.grab().toImage()
        middle = chosen.height() // 2
        fill, other_fill = chosen.pixelColor(5, middle).name(), other.pixelColor(5, middle).name()
        assert fill == accent
        if theme != "system":  # the desktop's own accent may be soft; its edge still marks the chosen one
            assert contrast_ratio(fill, other_fill) >= 3.0
        edge = max(contrast_ratio(chosen.pixelColor(x, middle).name(), window) for x in range(3))
        assert edge >= 3.0
    finally:
        apply_theme(app, "system")
