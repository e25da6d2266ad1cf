"""The main window driven like a user would: keys, clicks, and what the card then shows."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import State
from piriformis_desktop.core.settings import SettingsStore, StartSide
from piriformis_desktop.core.timeline import PhaseKind
from piriformis_desktop.ui import resources_rc  # noqa: F401


@pytest.fixture
def make_window(make_main_window):
    return make_main_window


def advance(window, seconds):
    """Let session time pass and let the window catch up, as its timer would."""
    window.clock.advance(seconds)
    window.flow.controller.update_now()


def card(window):
    return window.player.card


def go_to(window, kind, side=Side.RIGHT, number=1, rep=1):
    session = window.flow.controller.session
    phase = next(p for p in session.timeline.phases if p.kind is kind and p.side is side
                 and p.exercise_number == number and p.rep == (rep if kind in (PhaseKind.MOVE, PhaseKind.HOLD,
                                                                                 PhaseKind.RELEASE) else 0))
    advance(window, session.started_at + phase.start + 0.1 - window.clock.now())
    return phase


def test_window_opens_ready_on_the_first_exercise(make_window):
    """A new user sees the title, the first exercise, the right leg, and how to start."""
    window = make_window()
    assert "Piriformis Desktop" in window.windowTitle()
    assert card(window).exercise.text() == "Toe rotation"
    assert card(window).position.text() == "Exercise 1 of 3 · Flexibility"
    assert card(window).side.text() == "RIGHT LEG"
    assert card(window).cue.text() == "Press Space to start"
    assert window.commands.toggle.text() == "Start"


def test_space_starts_the_get_ready_countdown(make_window, qtbot):
    """Space starts: 'Get ready' and a 5 second countdown, then the first move of rep 1."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert card(window).phase.text() == "Get ready"
    assert card(window).countdown.text() == "5"
    advance(window, 5)
    assert (card(window).phase.text(), card(window).rep.text()) == ("Move", "Rep 1 of 10")
    assert card(window).cue.text() == "Turn your right toes in"


def test_space_works_even_when_a_button_has_focus(make_window, qtbot):
    """With the Next button focused, Space still starts the session rather than skipping."""
    window = make_window()
    button = card(window).findChild(type(card(window).buttons.itemAt(0).widget()), "skip-button")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.flow.controller.session.state is State.RUNNING
    assert card(window).exercise.text() == "Toe rotation"


def test_hold_shows_the_cue_and_a_countdown(make_window, qtbot):
    """During the hold the card says what to hold and counts its seconds."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    go_to(window, PhaseKind.HOLD, rep=3)
    assert card(window).phase.text() == "Hold"
    assert card(window).cue.text() == "Toes turned in"
    assert card(window).countdown.text() == "2"
    assert card(window).rep.text() == "Rep 3 of 10"
    assert card(window).next.text() == "Next: move back 2 s"


def test_space_pauses_during_hold_and_resumes_after_three_seconds(make_window, qtbot):
    """Pause in a hold freezes it; resume counts 3-2-1 before the hold goes on."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    go_to(window, PhaseKind.HOLD, rep=1)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert card(window).phase.text() == "PAUSED"
    assert window.commands.toggle.text() == "Resume"
    assert window.flow.controller.next_wake_ms() is None  # nothing to wake for while paused
    advance(window, 120)
    assert window.flow.session.snapshot().countdown == 2  # frozen; the card shows PAUSED, no number
    assert card(window).countdown.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert (card(window).phase.text(), card(window).countdown.text()) == ("Get back in position", "3")
    advance(window, 3.05)
    assert card(window).phase.text() == "Hold"


def test_right_arrow_skips_and_left_arrow_goes_back(make_window, qtbot):
    """Right arrow: next exercise. Left arrow at its start: the previous one."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert card(window).exercise.text() == "Leg crossover"
    assert card(window).position.text() == "Exercise 2 of 3 · Strength"
    assert card(window).phase.text() == "Get ready"
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert card(window).exercise.text() == "Toe rotation"


def test_r_restarts_the_current_leg(make_window, qtbot):
    """R during rep 6 of the left leg goes back to the switch to the left leg."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    go_to(window, PhaseKind.MOVE, side=Side.LEFT, rep=6)
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert card(window).cue.text() == "Switch to your left leg"
    assert card(window).side.text() == "LEFT LEG"


def test_clicking_next_button_skips(make_window, qtbot):
    """The on-screen Next button does what the Right arrow does."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    button = window.findChild(type(card(window).buttons.itemAt(0).widget()), "skip-button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert card(window).exercise.text() == "Leg crossover"


def test_session_controls_are_disabled_until_started(make_window):
    """Before Start, Next/Previous/Restart/Stop do nothing and look disabled."""
    window = make_window()
    assert not window.commands.skip.isEnabled() and not window.commands.stop.isEnabled()
    window.commands.skip.trigger()
    assert window.flow.controller.session.state is State.READY


def test_escape_asks_and_keeps_going_when_the_user_says_no(make_window, qtbot):
    """Esc asks first; answering no carries on where it was."""
    window = make_window(confirm=False)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    advance(window, 20)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.flow.controller.session.state in (State.RESUMING, State.RUNNING)
    assert window.player.currentWidget() is window.player.card


def test_escape_stops_and_keeps_the_session_as_not_completed(make_window, qtbot):
    """Esc and yes: the summary says stopped, and history holds one session not completed."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    advance(window, 40)
    with qtbot.waitSignal(window.flow.session_recorded) as recorded:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.player.currentWidget() is window.player.summary
    assert window.player.summary.title.text() == "Session stopped early"
    assert recorded.args[0].completed is False
    assert [s.completed for s in window.history.sessions()] == [False]


def test_whole_session_ends_on_the_summary_and_is_saved(make_window, qtbot):
    """Playing the whole routine ends on 'Session complete' and one completed session in history."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    duration = window.flow.controller.session.timeline.duration
    with qtbot.waitSignal(window.flow.session_recorded):
        for _ in range(int(duration // 7) + 2):
            advance(window, 7)
    summary = window.player.summary
    assert summary.title.text() == "Session complete. Well done!"
    assert "Exercises done: 3 of 3" in summary.details.text()
    assert summary.saved.text() == "Session saved to your history."
    (saved,) = window.history.sessions()
    assert saved.completed and saved.exercises_done == 3 and saved.first_side == "right"
    assert saved.duration_seconds == pytest.approx(duration, abs=7)


def test_unsaved_session_says_so_on_the_summary(make_window, qtbot):
    """With no usable history, the session still plays to the end and the summary says it was not saved."""
    window = make_window(history=None)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.player.currentWidget() is window.player.summary
    assert "could not be saved" in window.player.summary.saved.text()


def test_start_with_the_left_leg(make_window, qtbot, settings):
    """A user whose left side hurts starts there: the card says left leg and turns toes right."""
    window = make_window(settings=replace(settings, start_side=StartSide.LEFT))
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert card(window).side.text() == "LEFT LEG"
    advance(window, 5.1)
    assert "toward the right" in card(window).detail.text()
    assert card(window).illustration.side is Side.LEFT


def test_alternate_start_side_switches_legs_between_sessions(make_window, qtbot, settings):
    """With 'alternate', the session after a right-first session starts on the left."""
    window = make_window(settings=replace(settings, start_side=StartSide.ALTERNATE))
    assert window.flow.controller.session.timeline.first_side is Side.RIGHT
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    window.flow.new_session()
    assert window.flow.controller.session.timeline.first_side is Side.LEFT


def test_illustration_loads_from_resources(make_window):
    """The card's picture comes from the bundled SVGs for the current exercise."""
    window = make_window()
    assert card(window).illustration.loaded
    assert not card(window).illustration.grab().toImage().isNull()


def test_timer_wakes_only_when_the_digit_changes(make_window, qtbot):
    """During get-ready the timer sleeps until the next whole second, not every frame."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    advance(window, 0.25)
    assert window.flow.controller.next_wake_ms() >= 700


def test_f11_goes_full_screen_and_escape_leaves_it_without_stopping(make_window, qtbot):
    """F11 fills the screen with the card; Esc leaves full screen and the session goes on."""
    window = make_window(confirm=True)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())  # covers the whole screen
    assert not window.menuBar().isVisible() and not window.tabs.tabBar().isVisible()
    assert not card(window).detail.isVisible()  # large type: the small steps make room for the countdown
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.flow.controller.session.state is State.RUNNING


def test_every_control_has_an_accessible_name(make_window, qtbot):
    """Screen readers can name every button on the card, and the start button's name follows what it shows:
    Start, then Pause once running, Resume once paused, Pause again while resuming."""
    window = make_window()
    layout = card(window).buttons
    buttons = [layout.itemAt(i).widget() for i in range(layout.count())]
    toggle = buttons[1]
    seen = [(toggle.text(), toggle.accessibleName())]
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Space)
        seen.append((toggle.text(), toggle.accessibleName()))
    assert seen == [("Start", "Start"), ("Pause", "Pause"), ("Resume", "Resume"), ("Pause", "Pause")]
    # The arrows are drawn for the eye; a screen reader says the word.
    assert [b.accessibleName() for b in buttons] == ["Previous", "Pause", "Next", "Restart leg", "Stop"]


def test_about_routine_credits_the_authors_and_shows_safety(make_window, qtbot):
    """Help > About this routine: the credit, the reconstruction note and the safety text, no junk."""
    from PySide6.QtWidgets import QTextBrowser

    from piriformis_desktop.ui.about import about_routine_dialog

    window = make_window()
    dialog = about_routine_dialog(window, window.routine)
    qtbot.addWidget(dialog)
    shown = dialog.findChild(QTextBrowser).toPlainText()
    assert "Master the Half" in shown and "New York City" in shown
    assert "physiotherapist" in shown and "bladder" in shown
    for junk in ("Ice vs Heat", "Best Songs", "Published: May", "earn commission"):
        assert junk not in shown


def test_shortcuts_dialog_lists_the_session_keys(make_window, qtbot):
    """Help > Keyboard shortcuts lists Space, the arrows, R, Esc and F11 with what they do."""
    from PySide6.QtWidgets import QTextBrowser

    from piriformis_desktop.ui.about import shortcuts_dialog

    window = make_window()
    dialog = shortcuts_dialog(window, window.commands)
    qtbot.addWidget(dialog)
    shown = dialog.findChild(QTextBrowser).toPlainText()
    for key, words in [("Space", "Start, pause or resume"), ("Right", "Skip to the next exercise"),
                       ("Left", "previous"), ("R", "Restart this leg's reps"), ("Esc", "Stop the session"),
                       ("F11", "Large type")]:
        assert key in shown and words in shown
    assert "Start:" not in shown and shown.count("Start, pause or resume") == 1  # each label once
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.findChild(QTextBrowser).verticalScrollBar().isVisible()  # sized to its list


class RecordingCuePlayer:
    """Stands in for the sound player: remembers which cue was asked for at which session position."""

    def __init__(self, window):
        self.window, self.played = window, []
        self.reason = self.voice_reason = None
        from PySide6.QtCore import QObject, Signal

        class _Signals(QObject):
            availability_changed = Signal()
        self._signals = _Signals()
        self.availability_changed = self._signals.availability_changed
        self.enabled = None
        self.volume = None

    def play(self, cue):
        self.played.append((cue.kind.value, cue.at, cue.speech))

    def set_enabled(self, sound, voice):
        self.enabled = (sound, voice)

    def set_volume(self, volume):
        self.volume = volume


def test_cues_play_at_their_moment_and_only_the_latest_after_a_skip(make_window, qtbot):
    """Start plays the exercise cue; a hold's last seconds tick; a skip plays only the new exercise's cue."""
    window = make_window()
    player = RecordingCuePlayer(window)
    window.attach_cue_player(player)
    assert player.enabled == (True, False) and player.volume == 80
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert player.played == [("next-exercise", 0.0, "Toe rotation, right leg")]
    hold = go_to(window, PhaseKind.HOLD, rep=1)
    assert player.played[-1][:2] == ("phase", hold.start)
    advance(window, 1.0)  # 2 s hold: one tick when 1 s is left
    assert player.played[-1][:2] == ("tick", hold.end - 1)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert player.played[-1] == ("next-exercise", window.flow.controller.session.timeline.exercise_start(2),
                                 "Leg crossover, right leg")


def test_a_skip_while_paused_is_silent_until_the_user_resumes(make_window, qtbot):
    """Paused means quiet: Right while paused plays nothing; resuming announces the exercise landed on."""
    window = make_window()
    player = RecordingCuePlayer(window)
    window.attach_cue_player(player)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    go_to(window, PhaseKind.HOLD, rep=1)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    heard = list(player.played)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    advance(window, 5.0)
    assert player.played == heard
    qtbot.keyClick(window, Qt.Key.Key_Space)  # resume: a 3 s countdown back into the new exercise
    assert player.played[len(heard):] == [("next-exercise", window.flow.controller.session.timeline.exercise_start(2),
                                           "Leg crossover, right leg")]


def test_a_phase_change_is_announced_for_screen_readers(make_window, qtbot):
    """When a hold begins, the phase label's accessible description says so."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    go_to(window, PhaseKind.HOLD, rep=1)
    assert card(window).phase.accessibleDescription() == "Hold. Toes turned in. Right leg."


def test_journal_is_written_during_a_session_and_cleared_at_the_end(make_window, qtbot, tmp_path):
    """While a session runs its progress is on disk; once saved to history the journal is gone."""
    from piriformis_desktop.core.journal import SessionJournal

    window = make_window()
    journal = window.flow.keeper.journal = SessionJournal(tmp_path / "journal")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert journal.read().exercises_done == 0
    qtbot.keyClick(window, Qt.Key.Key_Right)
    go_to(window, PhaseKind.SWITCH_SIDE, side=Side.LEFT, number=2)
    assert journal.read().exercises_total == 3
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert journal.read() is None


def test_file_export_history_writes_the_csv_from_the_history_page(make_window, qtbot, tmp_path, monkeypatch):
    """File > Export history opens the History page and writes every session to the chosen file."""
    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    target = tmp_path / "mine.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV files (*.csv)"))
    window.commands.export_history.trigger()
    assert window.tabs.currentWidget() is window.history_page
    lines = target.read_text().splitlines()
    assert lines[0].startswith("started_at,") and len(lines) == 2 and ",false," in lines[1]


def test_settings_tab_changes_the_next_session(make_window, qtbot):
    """Fewer reps in the Settings tab: the ready session is rebuilt with them."""
    window = make_window()
    window.tabs.setCurrentWidget(window.settings_page)
    pane = window.settings_page.content
    pane.reps["toe-rotation"].setValue(3)
    window.tabs.setCurrentWidget(window.player)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    go_to(window, PhaseKind.MOVE, rep=1)
    assert card(window).rep.text() == "Rep 1 of 3"


def test_settings_changed_during_a_session_wait_for_the_next(make_window, qtbot):
    """During a session the pane says changes apply next time, and the running session keeps its reps."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    window.tabs.setCurrentWidget(window.settings_page)
    pane = window.settings_page.content
    qtbot.waitUntil(pane.running_note.isVisible)
    pane.reps["toe-rotation"].setValue(3)
    go_to(window, PhaseKind.MOVE, rep=1)
    assert card(window).rep.text() == "Rep 1 of 10"


def test_choosing_the_dark_theme_darkens_the_window(make_window, qtbot):
    """Colours > Dark: the window background turns dark at once."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.tabs.setCurrentWidget(window.settings_page)
    pane = window.settings_page.content
    try:
        pane.theme.setCurrentIndex(2)
        assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() < 60
    finally:
        pane.theme.setCurrentIndex(0)
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_ctrl_p_previews_the_sheet_and_save_as_pdf_writes_it(make_window, qtbot, tmp_path, monkeypatch):
    """Ctrl+P opens the print preview; File > Save routine sheet as PDF writes a two-page PDF."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.preview.isVisible())
    window.preview.close()
    target = tmp_path / "routine.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    window.commands.save_sheet.trigger()
    assert len(PdfReader(str(target)).pages) == 2


def test_after_a_session_the_check_in_saves_pain_with_it(make_window, qtbot):
    """The summary asks for pain now; 3 and Enter store it with the session just saved."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    panel = window.flow.checkin
    qtbot.waitUntil(panel.isVisible)
    qtbot.keyClick(panel, Qt.Key.Key_3)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert not panel.isVisible()
    assert "Check-in saved: pain 3 of 10." in window.player.summary.saved.text()
    (session,) = window.history.sessions()
    assert session.pain_after == 3


def test_history_already_open_shows_a_session_its_check_in_and_an_import_as_each_happens(make_window, qtbot):
    """One route for every change: the History tab, built before, hears the history announce each write."""
    from dataclasses import replace

    window = make_window()
    window.tabs.setCurrentWidget(window.history_page)
    view = window.history_page.content
    assert view.outcomes == []
    window.tabs.setCurrentWidget(window.player)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert len(view.outcomes) == 1
    panel = window.flow.checkin
    qtbot.waitUntil(panel.isVisible)
    qtbot.keyClick(panel, Qt.Key.Key_4)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert [session.pain_after for session in view.outcomes] == [4]
    (saved,) = window.history.sessions()
    earlier = replace(saved, id=None, started_at=saved.started_at.replace(year=saved.started_at.year - 1),
                      local_date=saved.local_date.replace(year=saved.local_date.year - 1),
                      ended_at=saved.ended_at.replace(year=saved.ended_at.year - 1), pain_after=None)
    window.history.add_sessions([earlier])  # what an import does
    assert len(view.outcomes) == 2


def test_the_check_in_can_be_skipped_and_the_session_stays_saved(make_window, qtbot):
    """Esc on the check-in skips it; the session is in the history without a pain score."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(window.flow.checkin.isVisible)
    qtbot.keyClick(window.flow.checkin, Qt.Key.Key_Escape)
    assert "Check-in skipped." in window.player.summary.saved.text()
    (session,) = window.history.sessions()
    assert session.pain_after is None


def test_no_check_in_when_the_session_could_not_be_saved(make_window, qtbot):
    """Without a history there is nothing to attach pain to, so no check-in is offered."""
    window = make_window(history=None)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.flow.checkin is None


def test_print_progress_report_opens_a_preview(make_window, qtbot):
    """File > Print progress report shows a preview of the report."""
    window = make_window()
    window.commands.print_report.trigger()
    qtbot.waitUntil(lambda: window.preview.isVisible())
    assert window.preview.windowTitle() == "Print progress report"
    window.preview.close()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # the offscreen platform has no tray of its own
def test_closing_with_reminders_on_asks_once_then_stays_in_the_tray(make_window, qtbot, settings, monkeypatch):
    """With reminders on, the first close asks; 'yes' keeps it in the tray and is remembered."""
    from piriformis_desktop.ui.desktop.tray import ReminderTray

    window = make_window(settings=replace(settings, reminders=True))
    tray = ReminderTray(window.done_days, window, tray_available=True)
    window.attach_reminders(tray)
    asked = []
    monkeypatch.setattr(window, "ask_keep_in_tray", lambda: asked.append(1) or True)
    window.close()
    assert not window.isVisible() and tray.icon.isVisible()
    window.show()
    window.close()
    assert asked == [1] and window.settings.close_to_tray == "tray"
    window.quit_from_tray()
    assert not tray.icon.isVisible()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # the offscreen platform has no tray of its own
def test_keep_in_tray_survives_a_later_change_in_the_settings_tab(make_window, qtbot, settings, monkeypatch,
                                                                  tmp_path):
    """Answer 'keep in tray', then change the weekly goal in Settings: the file still says tray (it used to
    revert, because the window and the pane each saved their own copy of the settings)."""
    import tomllib

    from piriformis_desktop.ui.desktop.tray import ReminderTray

    window = make_window(settings=replace(settings, reminders=True))
    window.attach_reminders(ReminderTray(window.done_days, window, tray_available=True))
    window.tabs.setCurrentWidget(window.settings_page)  # the pane exists before the close, as when the user
    pane = window.settings_page.content  # looked at Settings earlier in the day
    window.tabs.setCurrentWidget(window.player)
    monkeypatch.setattr(window, "ask_keep_in_tray", lambda: True)
    window.close()
    window.show()
    window.tabs.setCurrentWidget(window.settings_page)
    pane.weekly_goal.setValue(5)
    saved = tomllib.loads((tmp_path / "settings.toml").read_text())
    assert saved["close_to_tray"] == "tray" and saved["weekly_goal"] == 5
    assert pane.settings() is window.settings
    window.quit_from_tray()


def test_settings_toml_keeps_its_comments_when_the_goal_changes_in_the_settings_tab(make_window, qtbot, routine,
                                                                                   tmp_path):
    """A hand-commented settings.toml: changing the weekly goal in the Settings tab leaves every comment in place."""

    path = tmp_path / "settings.toml"
    text = ("# Mine.\nstart_side = \"left\"  # sore side first\n\n# three a week for now\nweekly_goal = 3\n\n"
            "[exercises.leg-crossover]\n# gentle\nreps = 6\n")
    path.write_text(text)
    store, _ = SettingsStore.open(path, routine)
    window = make_window(settings=store.settings)  # the window's store keeps settings.toml in tmp_path
    assert window.store.path == path
    window.tabs.setCurrentWidget(window.settings_page)
    window.settings_page.content.weekly_goal.setValue(4)
    assert path.read_text() == text.replace("weekly_goal = 3", "weekly_goal = 4")


def test_pain_before_is_typed_on_the_ready_card_and_saved_with_the_session(make_window, qtbot):
    """Before Space, typing 6 records pain before; the session in the history carries it; 1 then 0 is 10."""
    window = make_window()
    assert "type your pain now" in card(window).pain_before.text()
    qtbot.keyClicks(window, "10")
    assert card(window).pain_before.text().startswith("Pain before this session: 10 of 10")
    qtbot.keyClick(window, Qt.Key.Key_6)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not card(window).pain_before.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_7)  # during the session digits do nothing
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    (session,) = window.history.sessions()
    assert session.pain_before == 6


def test_pain_before_is_a_visible_labelled_scale_and_space_still_starts(make_window, qtbot):
    """The Ready card shows the 0-10 scale under its label; a click chooses a score (shown chosen), typing
    changes it, Space still starts the session after the click, and the clicked score is saved."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    scale = card(window).pain_scale
    assert scale.isVisible() and card(window).pain_before.isVisible()
    assert scale.accessibleName() == "Pain before this session (optional)"
    assert [scale.button(n).text() for n in range(11)] == [str(n) for n in range(11)]
    assert scale.score() is None
    qtbot.mouseClick(scale.button(4), Qt.MouseButton.LeftButton)
    assert scale.button(4).isChecked() and scale.button(4).font().bold()
    assert card(window).pain_before.text().startswith("Pain before this session: 4 of 10")
    qtbot.keyClick(window, Qt.Key.Key_7)
    assert scale.score() == 7 and not scale.button(4).isChecked()
    qtbot.mouseClick(scale.button(3), Qt.MouseButton.LeftButton)
    assert not scale.button(3).hasFocus()  # the click left the keyboard where it was
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert window.flow.session.state is not State.READY
    assert not scale.isVisible()
    qtbot.mouseClick(scale.button(9), Qt.MouseButton.LeftButton)  # hidden now: nothing changes
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    (session,) = window.history.sessions()
    assert session.pain_before == 3


def test_the_safety_points_are_on_the_ready_card_until_got_it(make_window, qtbot, tmp_path):
    """A first Ready card shows the safety points in place of the picture and countdown; Space still starts
    (the card is as usual once started); "Got it" hides them for good (saved), keeps a chosen pain score, and
    leaves Space to Start."""
    window = make_window()
    safety = card(window).safety
    assert safety.isVisible() and not card(window).illustration.isVisible()
    assert [label.text() for label in safety.points] == [f"•\u00a0{p}" for p in window.routine.safety]
    qtbot.keyClick(window, Qt.Key.Key_Space)  # unread, and the keyboard start still works
    assert window.flow.session.state is not State.READY
    assert not safety.isVisible() and card(window).illustration.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # stop (confirmed): the next Ready card shows them again
    window.flow.new_session()
    assert safety.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_5)
    qtbot.mouseClick(safety.got_it, Qt.MouseButton.LeftButton)
    assert not safety.isVisible() and card(window).illustration.isVisible() and card(window).phase.isVisible()
    assert card(window).pain_scale.score() == 5  # "Got it" did not rebuild the session
    assert window.settings.safety_read and "safety_read = true" in (tmp_path / "settings.toml").read_text()
    assert not safety.got_it.hasFocus()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert window.flow.session.state is not State.READY
    again = make_window(settings=window.settings)
    assert not card(again).safety.isVisible()


def test_every_session_screen_fits_an_800x600_window(make_window, qtbot):
    """The first Ready card (safety points), Ready, a hold and the summary with its check-in all fit in an
    800x600 window: the window never has to grow (the summary's title once made it 822 px wide)."""
    window = make_window()
    window.resize(800, 600)

    def fits(screen):
        page = window.player.currentWidget()  # what it needs, against what it gets: nothing cut
        least = page.minimumSizeHint()
        assert least.width() <= page.width() and least.height() <= page.height(), (screen, least, page.size())
        assert (window.width(), window.height()) == (800, 600), screen

    fits("ready, safety points")
    qtbot.mouseClick(card(window).safety.got_it, Qt.MouseButton.LeftButton)
    fits("ready")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    advance(window, 8.0)
    fits("hold")
    while window.player.currentWidget() is not window.player.summary:  # to the end: "Session complete. Well done!"
        advance(window, 5.0)
    assert window.player.summary.title.text() == "Session complete. Well done!" and window.flow.checkin.isVisible()
    fits("summary with the check-in")


def test_without_a_tray_the_settings_tab_says_reminders_cannot_show(make_window, qtbot):
    """No system tray: the Reminders group says so, plainly, when the Settings tab is opened."""
    from piriformis_desktop.ui.desktop.tray import ReminderTray

    window = make_window()
    window.attach_reminders(ReminderTray(window.done_days, window, tray_available=False))
    window.tabs.setCurrentWidget(window.settings_page)
    pane = window.settings_page.content
    qtbot.waitUntil(pane.tray_status.isVisible)
    assert pane.tray_status.text() == "No system tray was found, so reminders cannot be shown."
    assert not pane.reminders.isEnabled() and not pane.days["mon"].isEnabled()  # they could not work here


def test_sound_controls_are_disabled_beside_the_reason_when_there_is_no_audio_device(make_window, qtbot):
    """No audio device: Sound cues and Volume cannot work, so they are greyed out next to the sentence that says why;
    voice, which has its own engine, stays available."""
    window = make_window()
    player = RecordingCuePlayer(window)
    player.reason = "No audio device was found"
    window.attach_cue_player(player)
    window.tabs.setCurrentWidget(window.settings_page)
    pane = window.settings_page.content
    assert pane.sound_status.text() == "No audio device was found."
    assert not pane.sound.isEnabled() and not pane.volume.isEnabled() and pane.voice.isEnabled()


def test_start_a_new_session_on_the_summary_asks_pain_before_then_space_starts_it(make_window, qtbot):
    """After a session, 'Start a new session' shows the next one's Ready card with the pain scale (every session
    gets its baseline); a digit gives it, Space starts, and the new session keeps it."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    summary = window.player.summary
    assert window.player.currentWidget() is summary
    qtbot.mouseClick(summary.again, Qt.MouseButton.LeftButton)
    assert window.player.currentWidget() is window.player.card
    assert window.flow.controller.session.state is State.READY and card(window).pain_scale.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_4)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert card(window).phase.text() == "Get ready" and window.commands.toggle.text() == "Pause"
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert [s.pain_before for s in window.history.sessions()] == [None, 4]
