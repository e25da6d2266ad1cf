"""'Stop this session?' is asked on the card, in type read from the mat, and answered with Enter or Esc."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from piriformis_desktop.core.session import State
from piriformis_desktop.ui import resources_rc  # noqa: F401  (the pictures)


@pytest.fixture
def asked_window(make_main_window, monkeypatch):
    """A window whose stop question is the real one (the fixture answers it without asking), with a session
    under way; the question is answered "stop" again before the window closes."""
    window = make_main_window()
    monkeypatch.delattr(window, "confirm_stop")
    window.flow.toggle()
    yield window


def answer_with(key, seen, window):
    """Once the question shows, note how it looks and press `key` where the keyboard's focus is."""
    def answer(tries: int = 200) -> None:
        question = window.player.card.findChild(QWidget, "stop-question")
        if question is None or not question.isVisible():
            box = QApplication.activeModalWidget()
            if box is not None:  # asked in a small standard dialog instead
                seen["where"] = "a dialog"
                box.reject()
            elif tries:  # not asked yet
                QTimer.singleShot(5, lambda: answer(tries - 1))
            return
        card = window.player.card
        seen.update(where="the card", covers=question.geometry() == card.rect(),
                    title=question.title.text(), title_px=question.title.font().pixelSize(),
                    buttons=(question.stop.text(), question.carry_on.text()),
                    button_px=question.stop.font().pixelSize(), stop_enabled=window.commands.stop.isEnabled())
        QTest.keyClick(QApplication.focusWidget() or question, key)
    QTimer.singleShot(0, answer)


def test_esc_asks_on_the_card_and_esc_again_carries_on(asked_window, monkeypatch):
    """Esc pauses and asks over the whole card: a 62 px title and 31 px buttons at 1366x768 (read from two
    metres); Esc again answers "keep going" (not Stop again), and the session runs on."""
    window, seen = asked_window, {}
    answer_with(Qt.Key.Key_Escape, seen, window)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    monkeypatch.setattr(window, "confirm_stop", lambda: True)  # closing the window at the end: no question
    assert seen["where"] == "the card"
    assert seen["covers"] and seen["title"] == "Stop this session?"
    assert seen["title_px"] >= 44 and seen["button_px"] >= 28
    assert seen["buttons"] == ("Stop (Enter)", "Keep going (Esc)")
    assert not seen["stop_enabled"]  # the window's Esc waits while the question asks
    assert window.flow.session.state.live and window.commands.stop.isEnabled()
    assert not window.player.card.findChild(QWidget, "stop-question").isVisible()


def test_enter_stops_the_session(asked_window, monkeypatch):
    window, seen = asked_window, {}
    answer_with(Qt.Key.Key_Return, seen, window)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    monkeypatch.setattr(window, "confirm_stop", lambda: True)
    assert seen["where"] == "the card"
    assert window.flow.session.state is State.STOPPED
    assert window.player.showing_summary()
