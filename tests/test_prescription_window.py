"""The prescription in the window: File > Open prescription… shows the changes before applying and Undo goes
back; Settings says who set it and asks before a dose goes past its limit; the Ready card shows the note; the
summary offers a step, taken with Enter or declined with Esc."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from piriformis_desktop.core.prescription.book import StepKind, in_force, steps
from piriformis_desktop.ui import resources_rc  # noqa: F401  (the illustrations on the summary)
from tests.prescription_files import EXAMPLE

IDS = ["toe-rotation", "leg-crossover", "bent-knee-lift"]


@pytest.fixture
def window(make_main_window):
    w = make_main_window()
    w.seen_dialogs, w.told, w.answers = [], [], []
    w.prescriptions.run_dialog = lambda dialog: (w.seen_dialogs.append(dialog), True)[1]
    w.prescriptions.tell = lambda title, text: w.told.append(text)
    w.prescriptions.ask = lambda title, text: (w.told.append(text), w.answers.pop(0))[1]
    return w


def prescription_file(tmp_path, text=EXAMPLE) -> Path:
    path = tmp_path / "dana.prescription.toml"
    path.write_text(text)
    return path


def test_a_bad_file_is_refused_with_its_line_and_nothing_changes(window, tmp_path):
    window.store.update({"weekly_goal": 5})
    before = window.store.path.read_bytes()
    bad = prescription_file(tmp_path, EXAMPLE.replace("version = 1", "version = 3"))
    assert not window.prescriptions.open_file(bad)
    assert window.seen_dialogs == [] and "line 2" in window.told[0] and str(bad) in window.told[0]
    assert window.store.path.read_bytes() == before


def test_the_changes_are_shown_side_by_side_applied_and_undone_in_one_click(window, tmp_path, qtbot):
    assert window.prescriptions.open_file(prescription_file(tmp_path))
    (dialog,) = window.seen_dialogs
    rows = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert ["Toe rotation: reps each leg", "10", "12"] in rows and ["Weekly goal", "3", "4"] in rows
    assert window.settings.exercise("toe-rotation").reps == 12
    window.tabs.setCurrentWidget(window.settings_page)
    banner = window.prescriptions.banner
    qtbot.waitUntil(lambda: banner is not None and banner.isVisible())
    assert banner.set_by.text().startswith("Set by Dana Whitfield, Riverside Physio on")
    assert "Review by" in banner.set_by.text() or "review" in banner.set_by.text()
    note = window.player.card.prescription_note
    assert note.text() == "From your physiotherapist: Keep the lift small; ice after if sore."
    banner.undo.click()
    assert window.settings.exercise("toe-rotation").reps == 10 and window.settings.weekly_goal == 3
    assert not banner.isVisible() and not note.isVisible()
    assert in_force(window.history.store, IDS) is None


def test_a_dose_past_its_limit_asks_first_and_is_marked_as_the_users(window, tmp_path, qtbot):
    window.prescriptions.open_file(prescription_file(tmp_path))
    window.tabs.setCurrentWidget(window.settings_page)
    qtbot.waitUntil(lambda: window.prescriptions.banner is not None)
    pane = window.prescriptions.banner.parentWidget()
    window.answers.append(False)
    pane.reps["toe-rotation"].setValue(16)
    assert "above the 15 Dana Whitfield, Riverside Physio prescribed" in window.told[-1]
    assert window.settings.exercise("toe-rotation").reps == 12 and pane.reps["toe-rotation"].value() == 12
    pane.reps["toe-rotation"].setValue(14)  # within the limit: no question
    assert window.settings.exercise("toe-rotation").reps == 14 and window.answers == []
    window.answers.append(True)
    pane.reps["toe-rotation"].setValue(16)
    assert window.settings.exercise("toe-rotation").reps == 16
    assert ("Changed by you, not as prescribed: Toe rotation: reps each leg"
            in window.prescriptions.banner.details.text())
    (step,) = steps(window.history.store)
    assert (step.kind, step.reps) == (StepKind.BY_HAND, 16)


def finish_a_session_with_pain(window, pain: int, qtbot) -> None:
    flow = window.flow
    window.tabs.setCurrentWidget(window.player)  # applying showed Settings
    flow.toggle()
    window.clock.advance(flow.session.timeline.duration + 1)
    flow.controller.update_now()
    qtbot.waitUntil(window.player.showing_summary)
    panel = flow.checkin
    panel.set_score(pain)
    panel.submit()


@pytest.mark.parametrize("key,reps", [(Qt.Key.Key_Return, 13), (Qt.Key.Key_Escape, 12)], ids=["Enter", "Esc"])
def test_the_summary_offers_the_step_and_one_key_answers(window, tmp_path, qtbot, key, reps):
    window.prescriptions.open_file(prescription_file(tmp_path, EXAMPLE.replace("after_sessions = 3",
                                                                               "after_sessions = 1")))
    finish_a_session_with_pain(window, 2, qtbot)
    offer = window.prescriptions.offer
    qtbot.waitUntil(lambda: offer is not None and offer.isVisible() and offer.hasFocus())
    assert "from 12 reps with a 3 s hold to 13 reps with a 3 s hold" in offer.lines.text()
    qtbot.keyClick(offer, key)
    assert not offer.isVisible() and window.settings.exercise("toe-rotation").reps == reps
    (step,) = steps(window.history.store)
    assert step.kind == (StepKind.UP if reps == 13 else StepKind.DECLINED) and step.reason.startswith("1 finished")


def test_no_offer_when_the_pain_was_above_the_ceiling(window, tmp_path, qtbot):
    window.prescriptions.open_file(prescription_file(tmp_path, EXAMPLE.replace("after_sessions = 3",
                                                                               "after_sessions = 1")))
    finish_a_session_with_pain(window, 5, qtbot)
    assert window.prescriptions.offer is None


def test_save_as_prescription_asks_who_then_writes_a_file_that_reads_back(window, qtbot, tmp_path, monkeypatch):
    """File > Save as prescription…: Save without a name asks for one and stays open; with a name, a review date
    and a step of 2 reps, the file written reads back with the dose in Settings and those limits."""
    from PySide6.QtWidgets import QFileDialog

    from piriformis_desktop.core.prescription.reading import read_prescription

    target = tmp_path / "for-ana"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.store.update({"exercises.toe-rotation.reps": 11})
    shown = []

    def answer(dialog):
        shown.append(dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == 0 and "write who prescribes" in dialog.prescribed_by.placeholderText()
        qtbot.keyClicks(dialog.prescribed_by, "Sam Lee, Harbour Physio")
        dialog.limits["toe-rotation"]["step_reps"].setValue(2)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result() == 1

    window.prescriptions.run_dialog = answer
    window.commands.save_prescription.trigger()
    written = tmp_path / "for-ana.prescription.toml"
    prescription = read_prescription(written, IDS)
    assert shown and prescription.prescribed_by == "Sam Lee, Harbour Physio"
    assert prescription.values["exercises.toe-rotation.reps"] == 11
    assert prescription.progressions["toe-rotation"].step_reps == 2 and prescription.review_by is not None


def test_the_presenter_works_from_its_collaborators_alone_and_speaks_through_its_signals(
        qtbot, routine, settings, tmp_path):
    """No main window: a store, a history source, a player page and a host widget. Applying sets the dose,
    puts the note on the card and asks for Settings; a history that fails a write says so on `notice`."""
    from PySide6.QtWidgets import QWidget

    from piriformis_desktop.core.history import open_history
    from piriformis_desktop.core.history.record import HistoryError
    from piriformis_desktop.core.history.source import HistorySource
    from piriformis_desktop.core.settings import SettingsStore
    from piriformis_desktop.ui.prescription.presenter import PrescriptionPresenter
    from piriformis_desktop.ui.session.page import PlayerPage

    host = QWidget()
    qtbot.addWidget(host)
    history = HistorySource(open_history(tmp_path / "history.sqlite3").store)
    store = SettingsStore(tmp_path / "settings.toml", settings, routine)
    presenter = PrescriptionPresenter(store, history, PlayerPage(host), host)
    presenter.run_dialog = lambda dialog: True
    said, wanted = [], []
    presenter.notice.connect(said.append)
    presenter.settings_wanted.connect(lambda: wanted.append(True))
    try:
        assert presenter.open_file(prescription_file(tmp_path))
        assert store.settings.exercise("toe-rotation").reps == 12 and wanted == [True]
        assert presenter.player.card.prescription_note.text().startswith("From your physiotherapist: Keep the lift")

        def refused() -> None:
            raise HistoryError("The history could not be written (disk full).")

        presenter._write(refused)
        assert said == ["The history could not be written (disk full)."]
    finally:
        history.close()


def test_applying_from_the_window_shows_settings(window, tmp_path):
    window.tabs.setCurrentWidget(window.player)
    assert window.prescriptions.open_file(prescription_file(tmp_path))
    assert window.tabs.currentWidget() is window.settings_page
