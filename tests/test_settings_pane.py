"""The Settings tab driven with the keyboard and mouse: values saved, session length live, errors beside fields."""

import tomllib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from piriformis_desktop.core.settings import (
    Language,
    Section,
    Settings,
    SettingsStore,
    StartSide,
    Theme,
    field_of,
    flatten,
    load_settings,
)
from piriformis_desktop.ui.settings.pane import SettingsPane


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


def test_restore_defaults_keeps_the_safety_points_read(pane, qtbot):
    """The safety points acknowledged on the Ready card are not a preference: Restore defaults leaves them read."""
    pane.store.update({"safety_read": True})
    pane.holds["toe-rotation"].setValue(30)
    qtbot.mouseClick(pane.restore, Qt.MouseButton.LeftButton)
    assert pane.store.settings.safety_read and saved(pane)["safety_read"] is True
    assert pane.holds["toe-rotation"].value() == 2


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


def test_number_fields_say_one_rep_and_three_reps(pane):
    """The words after a number follow it: "1 rep" but "3 reps", "1 session a week" but "3 sessions a week"."""
    reps, goal, hold = pane.reps["toe-rotation"], pane.weekly_goal, pane.holds["toe-rotation"]
    reps.setValue(1)
    goal.setValue(1)
    assert (reps.suffix(), reps.text()) == (" rep", "1 rep")
    assert (goal.suffix(), goal.text()) == (" session a week", "1 session a week")
    reps.setValue(3)
    goal.setValue(3)
    assert (reps.suffix(), reps.text()) == (" reps", "3 reps")
    assert (goal.suffix(), goal.text()) == (" sessions a week", "3 sessions a week")
    assert hold.text() == "2 s" and pane.timing["rest_seconds"].text() == "10 s"


def test_typing_a_number_keeps_its_words_in_step(pane, qtbot):
    """Typing 1 then 2 into the reps field reads "1 rep", then "12 reps", and 12 is saved."""
    spin = pane.reps["leg-crossover"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "1")
    assert spin.text() == "1 rep"
    qtbot.keyClicks(spin, "2")
    assert spin.text() == "12 reps" and saved(pane)["exercises"]["leg-crossover"]["reps"] == 12


@pytest.mark.parametrize("formats", ["de_DE"], indirect=True)
def test_reminder_days_are_the_locales_short_day_names(formats, pane):
    """German locale: the days read "Mo." to "So.", full names for screen readers; the file keeps its keys."""
    from PySide6.QtWidgets import QCheckBox

    group = pane.reminders_group
    shown = [b.text() for b in group.findChildren(QCheckBox) if b in group.days.values()]
    assert shown == ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
    assert group.days["mon"].accessibleName() == "Remind on Montag"
    group.days["sun"].setChecked(True)
    assert "sun" in saved(pane)["reminder_days"]


@pytest.mark.parametrize("formats", ["en_US"], indirect=True)
def test_the_week_and_the_time_follow_the_locale(formats, pane):
    """In the US the days start on Sunday and the reminder time reads "6:00 PM"; the file still says "18:00"."""
    from PySide6.QtCore import QTime

    group = pane.reminders_group
    layout_order = [group.days[key] for key in ("sun", "mon", "sat")]
    xs = [box.mapTo(group, box.rect().topLeft()).x() for box in layout_order]
    assert xs[0] < xs[1] < xs[2]
    assert group.days["sun"].text() == "Sun"
    assert group.reminder_time.text().replace("\u202f", " ") == "6:00 PM"
    group.reminders.setChecked(True)
    group.reminder_time.setTime(QTime(7, 30))
    assert group.reminder_time.text().replace("\u202f", " ") == "7:30 AM"
    assert saved(pane)["reminder_time"] == "07:30"


def test_language_is_chosen_saved_and_applies_at_the_next_start(pane, qtbot):
    """The Language list offers the system's choice and each language in its own name; choosing Deutsch saves it
    and says when it applies; going back to the system's choice takes that note away."""
    box = pane.language
    assert [box.itemText(i) for i in range(box.count())] == [
        "Follow the system", "English", "Deutsch", "Español", "Français"]
    row = pane.findChild(QWidget, "language-row")
    assert box.currentText() == "Follow the system" and not row.isVisible()
    with qtbot.waitSignal(pane.settings_changed) as changed:
        box.setCurrentIndex(box.findText("Deutsch"))
    assert changed.args[0].language == "de" and saved(pane)["language"] == "de"
    assert row.isVisible()
    assert load_settings(pane.path).settings.language == "de"
    box.setCurrentIndex(0)
    assert saved(pane)["language"] == "system" and not row.isVisible()


def test_a_new_language_is_announced_in_that_language_with_a_way_to_restart(pane, qtbot):
    """Choosing Deutsch: the note is in German (the reader may not read English), beside "Jetzt neu starten"."""
    from PySide6.QtWidgets import QLabel, QPushButton

    pane.language.setCurrentIndex(pane.language.findText("Deutsch"))
    row = pane.findChild(QWidget, "language-row")
    note, restart = row.findChild(QLabel, "language-note"), row.findChild(QPushButton, "restart-now")
    assert note.text() == "Gilt nach einem Neustart von Piriformis Desktop."
    assert restart.isVisible() and restart.text() == "Jetzt neu starten"
    pane.language.setCurrentIndex(pane.language.findText("Français"))
    assert restart.text() == "Redémarrer maintenant"


def test_restart_now_quits_and_starts_again_with_the_same_command(qtbot, monkeypatch):
    """The window closes as Quit closes it; the next run starts once this one is on its way out; a user who
    keeps the session going keeps the window, and nothing starts."""
    import sys

    from PySide6.QtCore import QObject, Signal

    from piriformis_desktop.ui.settings.language import relaunch_command, restart_app

    class App(QObject):
        leaving = Signal()  # the app's aboutToQuit

    app, launched, quits = App(), [], []
    monkeypatch.setattr("PySide6.QtWidgets.QApplication.quit", lambda: quits.append(True))
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    assert restart_app(window, launch=lambda program, args: launched.append((program, args)), leaving=app.leaving)
    assert not window.isVisible() and quits == [True] and launched == []
    app.leaving.emit()  # the app on its way out
    assert launched == [relaunch_command()] and launched[0][0] == sys.executable
    kept, app = QWidget(), App()
    qtbot.addWidget(kept)
    kept.show()
    kept.close = lambda: False  # the user answered "keep going"
    assert not restart_app(kept, launch=lambda *a: launched.append(a), leaving=app.leaving)
    app.leaving.emit()
    assert len(launched) == 1 and quits == [True]


def test_no_raw_path_on_the_page_but_a_button_that_shows_the_file(pane, qtbot, monkeypatch):
    """Saving says "Saved." (no /tmp/.../settings.toml); "Show the settings file" opens its folder."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QLabel, QPushButton

    pane.weekly_goal.setValue(5)
    assert pane.status.text() == "Saved."
    assert not [label.text() for label in pane.findChildren(QLabel) if str(pane.path.parent) in label.text()]
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(pane.findChild(QPushButton, "show-settings-file"), Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(pane.path.parent))]


@pytest.mark.parametrize("width", [800, 1366])
def test_the_settings_tab_never_hides_a_column_behind_a_scrollbar(pane, qtbot, width):
    """At 800x600 the Timing and Goal groups move under the others instead of off to the right; at 1366 the two
    columns stand side by side."""
    from PySide6.QtWidgets import QScrollArea

    pane.resize(width, 560)
    qtbot.waitUntil(lambda: pane.columns.side_by_side is (width > 1000))
    scroll = pane.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    timing = pane.timing["rest_seconds"]
    right_edge = timing.mapTo(scroll.viewport(), timing.rect().topRight()).x()
    assert right_edge <= scroll.viewport().width()


def number_field(pane, name):
    """The tab's field for a whole-number setting's dotted name."""
    if name.startswith("exercises."):
        _, exercise_id, key = name.split(".")
        return {"reps": pane.reps, "hold_seconds": pane.holds}[key][exercise_id]
    return pane.timing.get(name) or getattr(pane, name)


def test_the_tab_has_a_field_for_every_row_it_shows_with_the_rows_range_and_choices(pane):
    """Walks the settings table: every setting not kept off the tab is a field whose value the tab saves under
    the setting's own name; each number field allows the row's range, each list offers the row's choices."""
    shown = {name for name in flatten(pane.settings()) if field_of(name).section is not Section.OFF_TAB}
    assert set(pane._read()) == shown
    for name in shown:
        if field_of(name).range:
            field = number_field(pane, name)
            assert (field.minimum(), field.maximum()) == field_of(name).range, name
    for box, choices in ((pane.theme, Theme), (pane.language, Language), (pane.start_side, StartSide)):
        data = [box.itemData(i) for i in range(box.count())]
        assert data == [c if choices is StartSide else c.value for c in choices]


def test_restore_defaults_shows_each_rows_default(pane, qtbot):
    """After Restore defaults every number field shows its row's default (a dose: the routine's own)."""
    pane.weekly_goal.setValue(9)
    pane.timing["rest_seconds"].setValue(40)
    qtbot.mouseClick(pane.restore, Qt.MouseButton.LeftButton)
    for name, value in flatten(Settings.defaults(pane.routine)).items():
        if field_of(name).range and field_of(name).section is not Section.OFF_TAB:
            assert number_field(pane, name).value() == value, name
