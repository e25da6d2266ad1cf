"""The Settings tab driven with the keyboard and mouse: values saved, session length live, errors beside fields."""

import tomllib

import pytest
from PySide6.QtCore import Qt

from piriformis_desktop.core.settings import Settings, SettingsStore, StartSide, load_settings
from piriformis_desktop.ui.settings_pane import SettingsPane


@pytest.fixture
def pane(qtbot, routine, settings, tmp_path):
    widget = SettingsPane(SettingsStore(tmp_path / "cfg" / "settings.toml", settings, routine))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    return widget


def saved(pane):
    return tomllib.loads(pane.path.read_text())


def test_pane_shows_the_current_settings_and_session_length(pane):
    """Opening the tab shows the defaults and how long a session takes."""
    assert pane.reps["toe-rotation"].value() == 10 and pane.holds["toe-rotation"].value() == 2
    assert pane.start_side.currentText() == "Right leg first"
    assert pane.length.text() == "A session takes about 6 min 25 s"


def test_changing_reps_updates_the_length_saves_and_announces(pane, qtbot):
    """Typing fewer reps shortens the session at once, saves the file and tells the window."""
    spin = pane.reps["leg-crossover"]
    spin.setFocus()
    with qtbot.waitSignal(pane.settings_changed) as changed:
        spin.selectAll()
        qtbot.keyClicks(spin, "4")
    assert changed.args[0].exercise("leg-crossover").reps == 4
    assert pane.length.text() == "A session takes about 5 min 25 s"
    assert saved(pane)["exercises"]["leg-crossover"]["reps"] == 4
    assert pane.status.text().startswith("Saved")


def test_start_side_and_goal_are_saved(pane, qtbot):
    """Choosing 'Left leg first' and a goal of 5 lands in settings.toml."""
    pane.start_side.setCurrentIndex(1)
    pane.weekly_goal.setValue(5)
    assert saved(pane)["start_side"] == "left" and saved(pane)["weekly_goal"] == 5
    assert load_settings(pane.path).settings.start_side is StartSide.LEFT


def test_excluding_an_exercise_shortens_the_session(pane, qtbot):
    """Unticking the hip lift leaves it out of the session and the file."""
    box = pane.enabled["bent-knee-lift"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not pane.settings().exercise("bent-knee-lift").enabled
    assert saved(pane)["exercises"]["bent-knee-lift"]["enabled"] is False
    assert pane.length.text() == "A session takes about 4 min 20 s"  # 385 s less 115 s of lifts and a 10 s rest


def test_the_last_exercise_cannot_be_switched_off(pane):
    """Unticking all three leaves the last one ticked and says why, beside the exercises."""
    for exercise_id in ("toe-rotation", "leg-crossover", "bent-knee-lift"):
        pane.enabled[exercise_id].setChecked(False)
    assert pane.enabled["bent-knee-lift"].isChecked()
    assert pane.exercise_error.text() == "Keep at least one exercise in your routine."
    assert pane.settings().exercise("bent-knee-lift").enabled


def test_restore_defaults(pane, qtbot):
    """Restore defaults puts every value back and says so."""
    pane.holds["toe-rotation"].setValue(30)
    pane.timing["rest_seconds"].setValue(60)
    qtbot.mouseClick(pane.restore, Qt.MouseButton.LeftButton)
    assert pane.holds["toe-rotation"].value() == 2 and pane.timing["rest_seconds"].value() == 10
    assert pane.status.text().startswith("Defaults restored")
    assert pane.settings() == Settings.defaults()


def test_restore_defaults_can_be_undone(pane, qtbot):
    """Restore defaults by mistake: Undo, beside the status line, brings every value back, saved."""
    pane.holds["toe-rotation"].setValue(30)
    pane.start_side.setCurrentIndex(1)
    mine = pane.settings()
    qtbot.mouseClick(pane.restore, Qt.MouseButton.LeftButton)
    assert pane.undo.isVisible() and pane.holds["toe-rotation"].value() == 2
    qtbot.mouseClick(pane.undo, Qt.MouseButton.LeftButton)
    assert pane.settings() == mine and pane.holds["toe-rotation"].value() == 30
    assert saved(pane)["exercises"]["toe-rotation"]["hold_seconds"] == 30 and saved(pane)["start_side"] == "left"
    assert not pane.undo.isVisible()


def test_unsaveable_settings_still_apply_and_say_so(qtbot, routine, settings, tmp_path):
    """With a config folder that cannot be written, changes apply for now and the pane says they were not saved."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    pane = SettingsPane(SettingsStore(blocker / "settings.toml", settings, routine))
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.settings_changed):
        pane.weekly_goal.setValue(6)
    assert "could not be saved" in pane.status.text() and "apply until you quit" in pane.status.text()
    assert pane.settings().weekly_goal == 6


def test_notice_and_running_note_and_sound_status(pane):
    """The pane shows a settings problem notice, the 'next session' note, and why sound is off."""
    pane.show_notice("Your settings file had problems (weekly_goal).")
    pane.set_session_running(True)
    pane.set_sound_status("No audio device was found.")
    assert pane.notice.isVisible() and "weekly_goal" in pane.notice.text()
    assert pane.running_note.isVisible()
    assert pane.sound_status.text() == "No audio device was found."
    pane.show_notice(None)
    pane.set_session_running(False)
    assert not pane.notice.isVisible() and not pane.running_note.isVisible()


def test_every_field_has_an_accessible_name(pane):
    """Keyboard and screen-reader users can tell every field apart."""
    from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QSlider

    fields = pane.findChildren(QAbstractSpinBox) + pane.findChildren(QCheckBox) + pane.findChildren(QComboBox) \
        + pane.findChildren(QSlider)
    names = [f.accessibleName() for f in fields]
    assert len(fields) >= 16 and all(names) and len(set(names)) == len(names)


def test_keyboard_only_tab_reaches_the_fields(pane, qtbot):
    """Pressing Tab from the first field visits every spin box, check box and list of the form."""
    from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QCheckBox, QComboBox

    pane.activateWindow()
    pane.start_side.setFocus()
    fields = [w for w in pane.findChildren(QAbstractSpinBox) + pane.findChildren(QCheckBox)
              + pane.findChildren(QComboBox) if w.isVisibleTo(pane)]
    visited = set()
    for _ in range(3 * len(fields)):
        widget = QApplication.focusWidget()
        visited.add(widget.parent() if isinstance(widget.parent(), QAbstractSpinBox) else widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert set(fields) <= visited
