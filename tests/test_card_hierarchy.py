"""Read from the mat: what leads the card follows the phase, paused says PAUSED, every navigation key says what
it did, and the Ready card's one action stands out (measured on the drawn window, at 1366x768 and 800x600)."""

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QToolButton

from piriformis_desktop.core.contrast import NON_TEXT, contrast_ratio
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.timeline import PhaseKind
from piriformis_desktop.ui import resources_rc  # noqa: F401  (the pictures)


def go_to(window, kind, rep=0, into=0.3, number=1):
    """Set the fake clock `into` seconds into a phase and let the card catch up, as its timer would."""
    session = window.flow.controller.session
    phase = next(p for p in session.timeline.phases if p.kind is kind and p.side is Side.RIGHT
                 and p.exercise_number == number and p.rep == rep)
    window.clock.advance(session.started_at + phase.start + into - window.clock.now())
    window.flow.controller.update_now()
    QApplication.processEvents()
    return phase


def px(label) -> int:
    return label.font().pixelSize()


@pytest.mark.parametrize("size", [(1366, 768), (800, 600), "fullscreen"])
def test_in_a_2_s_phase_the_rep_and_the_verb_lead(make_main_window, size):
    """A 2 s move only flips 2, 1: "Rep 2 of 10" and "Move" are the largest words, the countdown steps back;
    at 1366x768 the rep is at least 44 px (10 mm from two metres' reading)."""
    window = make_main_window(size=None if size == "fullscreen" else size)
    if size == "fullscreen":
        window.set_fullscreen(True)
    card = window.player.card
    window.flow.toggle()
    phase = go_to(window, PhaseKind.MOVE, rep=2)
    assert phase.duration == 2
    assert card.rep.text() == "Rep 2 of 10" and card.phase.text() == "Move"
    assert px(card.rep) > px(card.countdown) and px(card.phase) > px(card.countdown)
    assert card.rep.height() > card.countdown.height()
    if size == (1366, 768):
        assert px(card.rep) >= 44
    assert card.rep.geometry().bottom() < card.countdown.geometry().top()  # the rep first, then the seconds


def test_in_get_ready_the_countdown_leads(make_main_window):
    """5 s to get into position: the number is what the user watches, far larger than the words."""
    window = make_main_window()
    card = window.player.card
    window.flow.toggle()
    go_to(window, PhaseKind.GET_READY)
    assert card.countdown.text() == "5"
    assert px(card.countdown) > 3 * px(card.rep)


def test_paused_says_paused_and_shows_no_number(make_main_window):
    """Paused mid-hold: the big word PAUSED, no digit that looks as if it were still counting."""
    window = make_main_window()
    card = window.player.card
    window.flow.toggle()
    go_to(window, PhaseKind.HOLD, rep=3, number=2)
    window.flow.controller.pause()
    QApplication.processEvents()
    assert card.phase.text() == "PAUSED"
    assert not (card.countdown.isVisible() and card.countdown.text())
    assert px(card.phase) > px(card.rep)


def test_right_then_left_says_what_happened_for_three_seconds(make_main_window, qtbot):
    """Right skips to the next exercise, Left (within 3 s) goes back to the first: each says so on the card, and
    the words go after three seconds of the clock."""
    window = make_main_window()
    card = window.player.card
    window.flow.toggle()
    go_to(window, PhaseKind.HOLD, rep=3)
    window.commands.skip.trigger()
    assert card.confirmation.isVisible() and card.confirmation.text() == "Skipped to exercise 2: Leg crossover."
    window.clock.advance(1)
    window.commands.back.trigger()
    assert card.confirmation.text() == "Back to exercise 1: Toe rotation."
    window.clock.advance(2.9)
    window.flow.controller.update_now()
    assert card.confirmation.isVisible()
    window.clock.advance(0.2)
    window.flow.controller.update_now()
    assert not card.confirmation.isVisible()
    window.commands.restart_side.trigger()
    assert card.confirmation.text() == "Right leg: Toe rotation starts again from the first rep."


# -- the Ready card -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [(1366, 768), (800, 600)])
def test_the_ready_card_has_no_dead_band(make_main_window, size):
    """"Ready", the dose and "Press Space to start" sit together, not 250 px apart."""
    window = make_main_window(size=size)
    window.player.card.safety.got_it.click()
    QApplication.processEvents()
    card = window.player.card
    assert card.phase.text() == "Ready"
    gap = card.rep.geometry().top() - card.phase.geometry().bottom()
    assert gap < 40, f"{gap} px between Ready and the dose"


def test_the_pain_row_is_as_wide_as_the_buttons(make_main_window):
    """The 0-10 row runs the width of the buttons below it, not two thirds of it."""
    window = make_main_window()
    window.player.card.safety.got_it.click()
    QApplication.processEvents()
    card = window.player.card
    right = lambda w: w.mapTo(card, w.rect().topRight()).x()  # noqa: E731
    assert abs(right(card.pain_scale) - right(card.findChild(QToolButton, "stop-button"))) <= 4


@pytest.mark.parametrize("theme", ["system", "light", "dark", "high-contrast"])
def test_start_is_the_one_action_on_the_ready_card(make_main_window, qapp, theme):
    """Start is filled in the accent, 3:1 from the other buttons' face, its words 4.5:1 on it; once the session
    runs, Pause looks like the others again."""
    from piriformis_desktop.ui.look.theme import apply_theme

    apply_theme(qapp, theme)
    try:
        window = make_main_window()
        card = window.player.card
        start = card.findChild(QToolButton, "toggle-button")
        other = card.findChild(QToolButton, "stop-button")
        face = lambda b: b.grab().toImage().pixelColor(8, b.height() // 2).name()  # noqa: E731
        palette = QApplication.palette()
        assert contrast_ratio(face(start), face(other)) >= NON_TEXT, (face(start), face(other))
        assert contrast_ratio(palette.color(QPalette.ColorRole.HighlightedText).name(), face(start)) >= 4.5
        assert start.font().bold()
        window.flow.toggle()
        assert face(start) == face(other) and not start.font().bold()
    finally:
        apply_theme(qapp, "system")
