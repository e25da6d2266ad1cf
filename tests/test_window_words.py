"""Every word the window, the card, the summary, the check-in, the menus and Help's dialogs show comes from the
translation: under a translator that answers each of the app's strings in ‹marks›, nothing they show is plain.

These run without the .ts files: the marking translator answers any text asked for, so a string that reaches
the screen without tr() / translate() is the one left unmarked. Core and routine text is not checked here (the
core words its own, and the routine is data).
"""

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
)

from piriformis_desktop.core.timeline import PhaseKind
from piriformis_desktop.ui import resources_rc  # noqa: F401
from piriformis_desktop.ui.main_window import MainWindow


class Marking(QTranslator):
    """Answers every one of the app's strings (not Qt's own, whose contexts start with Q) as ‹source›."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if context.startswith("Q"):
            return None
        text = source_text.replace("(s)", "" if n == 1 else "s") if n >= 0 else source_text
        return f"‹{text}›"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


def marked(text: str) -> bool:
    return text.startswith("‹") and text.endswith("›")


@pytest.fixture
def marking(qapp):
    translator = Marking(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def window(marking, make_main_window):
    return make_main_window()


def plain(pairs) -> list:
    """The (where, text) pairs whose text did not come through the translation."""
    return [(where, text) for where, text in pairs if not marked(text)]


def test_tabs_menus_and_every_command_are_translated(window):
    """Tab names, menu titles, and each command's text, tooltip and status tip."""
    shown = [(f"tab {i}", window.tabs.tabText(i)) for i in range(window.tabs.count())]
    shown += [("menu", act.text()) for act in window.menuBar().actions()]
    for act in window.actions():
        shown += [(act.objectName(), act.text()), (act.objectName(), act.toolTip()),
                  (act.objectName(), act.statusTip())]
    assert len(shown) == 3 + 4 + 3 * 16
    assert plain(shown) == []


def test_the_card_before_and_during_a_session_is_translated(window, qtbot):
    """Ready: the cue, the time left, the pain prompt, the leg badge, the progress bar's name; then the pain
    typed, the toggle's words as it changes, and the countdown's spoken name."""
    card = window.player.card
    shown = [("cue", card.cue.text()), ("time left", card.time_left.text()), ("pain", card.pain_before.text()),
             ("side", card.side.text()), ("progress", card.progress.accessibleName()),
             ("toggle", window.commands.toggle.text())]
    qtbot.keyClick(window, Qt.Key.Key_4)
    shown.append(("pain typed", card.pain_before.text()))
    qtbot.keyClick(window, Qt.Key.Key_Space)
    shown.append(("toggle running", window.commands.toggle.text()))
    session = window.flow.controller.session
    hold = next(p for p in session.timeline.phases if p.kind is PhaseKind.HOLD)
    window.flow.controller.clock.set(session.started_at + hold.start + 0.1)
    window.flow.controller.update_now()
    shown += [("countdown", card.countdown.accessibleName()), ("side in a hold", card.side.text())]
    qtbot.keyClick(window, Qt.Key.Key_Space)
    shown.append(("toggle paused", window.commands.toggle.text()))
    assert plain(shown) == []
    assert "‹Pain before this session: 4 of 10" in card.pain_before.text()


def test_the_summary_and_the_check_in_are_translated_and_store_english_keys(window, qtbot):
    """The summary's title, numbers and buttons, and every label, box, button and name of the check-in; a
    ticked place is stored under its English key whatever the box says."""
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    summary, panel = window.player.summary, window.flow.checkin
    qtbot.waitUntil(panel.isVisible)
    shown = [("title", summary.title.text()), ("details", summary.details.text()),
             ("again", summary.again.text()), ("again name", summary.again.accessibleName()),
             ("history", summary.history.text()), ("history name", summary.history.accessibleName()),
             ("panel name", panel.accessibleName()), ("note", panel.note.placeholderText()),
             ("note name", panel.note.accessibleName())]
    shown += [("label", label.text()) for label in panel.findChildren(QLabel)]
    shown += [("box", box.text()) for box in panel.findChildren(QCheckBox)]
    shown += [("button", b.text()) for b in panel.findChildren(QPushButton) if not b.text().isdigit()]
    shown += [("name", w.accessibleName()) for kind in (QCheckBox, QPushButton, QLineEdit)
              for w in panel.findChildren(kind)]
    assert len(shown) == 9 + 4 + 3 + 2 + (3 + 11 + 2 + 1)
    assert plain(shown) == []
    panel.places["buttock"].setChecked(True)
    qtbot.keyClick(panel, Qt.Key.Key_3)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert summary.saved.text().endswith(" ‹Check-in saved: pain 3 of 10.›")
    (session,) = window.history.sessions()
    assert session.pain_where == "buttock"


def test_the_notice_bar_and_the_questions_are_translated(window, monkeypatch):
    """The notice bar's button and names; the stop and keep-in-tray questions, title and text."""
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(title) or
                        asked.append(text) or QMessageBox.StandardButton.No)
    window.ask_keep_in_tray()

    def read_the_card(tries: int = 200) -> None:  # the stop question is asked on the card: its words, then Esc
        question = window.player.card.stop_question
        if question is None or not question.isVisible():
            if tries:
                QTimer.singleShot(5, lambda: read_the_card(tries - 1))
            return
        asked.extend([question.title.text(), question.sentence.text(), question.stop.text(),
                      question.carry_on.text()])
        question.answer(False)

    QTimer.singleShot(0, read_the_card)
    MainWindow.confirm_stop(window)
    bar = window.notice
    (dismiss,) = bar.findChildren(QToolButton)
    shown = [("label name", bar.label.accessibleName()), ("dismiss", dismiss.text()),
             ("dismiss name", dismiss.accessibleName())]
    shown += [("question", text) for text in asked]
    assert len(shown) == 3 + 2 + 4
    assert plain(shown) == []


def test_helps_dialogs_are_translated(window, qtbot):
    """About this routine (its headings and the credit sentence), Keyboard shortcuts (each row), About and
    Licences: titles, texts, buttons and tabs."""
    from piriformis_desktop.ui.about import about_dialog, about_routine_dialog, licences_dialog, shortcuts_dialog

    routine_dialog = about_routine_dialog(window, window.routine)
    keys_dialog = shortcuts_dialog(window, window.commands)
    about = about_dialog(window)
    licences = licences_dialog(window)
    for dialog in (routine_dialog, keys_dialog, about, licences):
        qtbot.addWidget(dialog)
    shown = [(d.objectName(), d.windowTitle()) for d in (routine_dialog, keys_dialog, about, licences)]
    about_routine = routine_dialog.findChild(QTextBrowser).toPlainText()
    for heading in ("Why these exercises", "The exercises", "Where it comes from", "Safety"):
        assert f"‹{heading}›" in about_routine
    assert "‹The routine follows a piriformis" in about_routine and "by Master the Half, a father" in about_routine
    assert "‹Reconstructed parts." in about_routine  # its bold is the translation's markup, kept as markup
    assert sum(line.startswith(f"‹{x.name} (") for line in about_routine.splitlines()
               for x in window.routine.exercises) == len(window.routine.exercises)
    keys = keys_dialog.findChild(QTextBrowser).toPlainText()
    descriptions = {act.statusTip() for act in window.actions() if any(not k.isEmpty() for k in act.shortcuts())}
    rows = [line for line in keys.splitlines() if any(d in line for d in descriptions)]
    assert len(rows) == len(descriptions) >= 10 and all(line.endswith("›") for line in rows), rows
    assert "‹These keys work wherever the focus is in the window.›" in keys
    about_text = about.findChild(QLabel, "about-text").text()
    assert about_text.count("‹") == 4  # version, what it is, the licence, what it is built with
    shown += [("licences button", about.findChild(QPushButton, "show-licences").text())]
    tabs = licences.findChild(QTabWidget)
    shown += [(f"licence tab {i}", tabs.tabText(i)) for i in range(tabs.count())]
    assert plain(shown) == []


def test_the_second_copy_notice_is_translated(marking):
    """The notice a second running copy gets comes from the translation, with the app's name in it."""
    from piriformis_desktop.ui.app import other_copy_lock

    first, _ = other_copy_lock()
    try:
        _, notice = other_copy_lock()
    finally:
        first.unlock()
    assert marked(notice) and "Piriformis Desktop is already open" in notice


def test_the_countdown_says_second_or_seconds_in_english(make_main_window):
    """One source string, "%n second(s) left", reads "2 seconds left" then "1 second left" in English."""
    window = make_main_window(history=None, show=False)
    window.flow.toggle()
    session = window.flow.controller.session
    hold = next(p for p in session.timeline.phases if p.kind is PhaseKind.HOLD and p.duration == 2)
    names = []
    for offset in (0.1, 1.1):
        window.flow.controller.clock.set(session.started_at + hold.start + offset)
        window.flow.controller.update_now()
        names.append(window.player.card.countdown.accessibleName())
    window.flow.controller.shutdown()
    assert names == ["2 seconds left", "1 second left"]
    assert QCoreApplication.translate("PlayerCard", "%n second(s) left", None, 5) == "5 seconds left"
