"""Scrolling the Settings tab never changes a setting: the wheel turns a field only after it was clicked into."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from piriformis_desktop.core.settings import SettingsStore
from piriformis_desktop.ui.settings.pane import SettingsPane


@pytest.fixture
def small_pane(qtbot, routine, settings, tmp_path):
    """The Settings tab at 800x600, where it scrolls."""
    widget = SettingsPane(SettingsStore(tmp_path / "settings.toml", settings, routine))
    qtbot.addWidget(widget)
    widget.resize(800, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wheel(widget, notches: int = -1) -> None:
    """One turn of the mouse wheel (down, by default) with the pointer over the middle of `widget`. (The window
    system gives it to the child under the pointer, and Qt passes it up to the field; an event made in a test is
    not passed up, so it goes to the field itself.)"""
    target = widget
    where = QPointF(target.rect().center())
    event = QWheelEvent(where, QPointF(target.mapToGlobal(where.toPoint())), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(target, event)


def test_the_wheel_over_a_field_never_clicked_scrolls_the_page_and_leaves_the_value(small_pane):
    """"Get ready" passes under the pointer while the page scrolls: it stays at 5 s, nothing is saved."""
    field = small_pane.timing["get_ready_seconds"]
    bar = small_pane.findChild(QScrollArea).verticalScrollBar()
    assert bar.maximum() > 0  # the page does scroll at this size
    before, saved_before = field.value(), small_pane.path.exists()
    wheel(field)
    assert field.value() == before
    assert small_pane.path.exists() == saved_before
    assert bar.value() > 0, "the page should scroll instead"


@pytest.mark.parametrize("name", ["reps", "theme", "volume", "reminder_time"])
def test_no_field_turns_under_the_wheel_until_clicked(small_pane, qtbot, name):
    """Numbers, drop-downs, the volume slider and the reminder time: the wheel alone neither focuses nor turns
    them; clicked into, it turns them as usual."""
    field = {"reps": small_pane.reps["toe-rotation"], "theme": small_pane.theme, "volume": small_pane.volume,
             "reminder_time": small_pane.reminder_time}[name]
    value = lambda: (field.value() if hasattr(field, "value") else field.currentIndex()) if name != "reminder_time" \
        else field.time()  # noqa: E731
    field.ensurePolished()
    small_pane.findChild(QScrollArea).ensureWidgetVisible(field)
    before = value()
    for notches in (-1, +1, +1):  # one of these turns it, whichever end of its range it is at
        wheel(field, notches)
        assert value() == before and not field.hasFocus()
    assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    wheel(field, -1 if name in ("theme",) else +1)
    assert value() != before
