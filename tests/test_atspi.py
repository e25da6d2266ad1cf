"""What a screen reader reads: the card's names, as Qt's accessibility interface and as AT-SPI expose them.

The fast tests ask Qt's accessibility interface in-process (what the AT-SPI bridge passes on). The slow one
runs the real app on a private X display and session bus with at-spi2-core, and reads it from outside with
pyatspi, the library Orca is built on, in the ready, hold and summary states.
"""

import os
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel
from real_desktop import Desktop, missing  # tests/: the private desktop for the slow test

from piriformis_desktop.core.timeline import PhaseKind
from piriformis_desktop.ui import resources_rc  # noqa: F401  (the illustrations)

# What the card's labels were named before they were named by their words: a screen reader said these.
ROLE_WORDS = {"Exercise name", "Exercise position", "Side", "Phase", "Countdown", "Rep", "Cue", "Detail", "Next",
              "Time left", "Pain before", "Summary title", "Summary details", "Summary saved"}
SECONDS_LEFT = re.compile(r"^(1 second|[0-9]+ seconds) left$")


@pytest.fixture
def window(make_main_window):
    return make_main_window(history=None)


def read_name(widget) -> str:
    """The name a screen reader gets for `widget` (Qt's accessibility interface, as the AT-SPI bridge asks)."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def label_names(page) -> dict[str, tuple[str, str]]:
    """object name -> (what the label shows, the name a screen reader reads) for the page's visible labels."""
    return {label.objectName(): (label.text(), read_name(label))
            for label in page.findChildren(QLabel) if label.isVisibleTo(page) and label.objectName()}


def assert_labels_read_as_shown(page) -> dict[str, str]:
    """Every label is read as it shows; the leg is read in plain case and the big number with its unit."""
    names = label_names(page)
    for object_name, (shown, name) in names.items():
        if object_name == "side":
            assert name == shown.capitalize(), name
        elif object_name == "countdown":
            assert name == "" if not shown else (SECONDS_LEFT.match(name) and name.startswith(shown + " ")), name
        else:
            assert name == shown, (object_name, shown, name)
    return {key: name for key, (_, name) in names.items()}


def test_the_ready_card_is_read_as_it_shows(window, qtbot):
    """Before the start: the safety points until "Got it"; then the exercise, where it sits in the session, the
    leg, and how to start, word for word."""
    names = assert_labels_read_as_shown(window.player.card)
    assert names["safety-title"] == "Before you start"
    assert [names[f"safety-point-{n}"] for n in range(1, 6)] == [f"•\u00a0{p}" for p in window.routine.safety]
    assert "cue" not in names and "countdown" not in names
    got_it = window.player.card.safety.got_it
    assert read_name(got_it) == "Got it: hide the safety points"
    qtbot.mouseClick(got_it, Qt.MouseButton.LeftButton)
    names = assert_labels_read_as_shown(window.player.card)
    assert "safety-title" not in names
    assert (names["exercise-name"], names["exercise-position"], names["side"], names["cue"]) == \
        ("Toe rotation", "Exercise 1 of 3 · Flexibility", "Right leg", "Press Space to start")
    assert "countdown" not in names  # no number before the start: "Ready" leads
    assert not ROLE_WORDS & set(names.values())


def test_during_a_hold_the_card_is_read_as_it_shows(window, qtbot):
    """In a hold: the phase, the rep, the leg and the seconds left are read as shown, and change with them."""
    qtbot.keyClick(window, Qt.Key.Key_Space)
    session = window.flow.controller.session
    hold = next(p for p in session.timeline.phases if p.kind is PhaseKind.HOLD)
    window.clock.advance(hold.start + 0.1)
    window.flow.controller.update_now()
    names = assert_labels_read_as_shown(window.player.card)
    assert (names["phase"], names["rep"], names["side"]) == ("Hold", "Rep 1 of 10", "Right leg")
    assert names["countdown"] == "2 seconds left"
    window.clock.advance(1.0)
    window.flow.controller.update_now()
    assert read_name(window.player.card.countdown) == "1 second left"


def test_the_summary_is_read_as_it_shows(window, qtbot):
    """After a session: the title, the time and exercises done, and whether it was saved, word for word."""
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.player.currentWidget() is window.player.summary)
    names = assert_labels_read_as_shown(window.player.summary)
    assert names["summary-title"] == window.player.summary.title.text() != ""
    assert names["summary-details"].startswith("Active time: ")
    assert not ROLE_WORDS & set(names.values())


# A short session for the real app: two reps of toe rotation with an 8 s hold (2 s at 4 times the speed, long
# enough to catch while it lasts), then one rep of the others.
SHORT_SESSION = """\
get_ready_seconds = 3
rest_seconds = 3

[exercises.toe-rotation]
reps = 2
hold_seconds = 8

[exercises.leg-crossover]
reps = 1
hold_seconds = 0

[exercises.bent-knee-lift]
reps = 1
hold_seconds = 0
"""


@pytest.fixture
def desktop(private_folders, tmp_path):
    """A private X display and session bus with at-spi2-core: the desktop a screen reader user has."""
    reason = missing("Xvfb", "dbus-daemon", "/usr/libexec/at-spi-bus-launcher", pyatspi=True)
    if reason:
        pytest.skip(f"a screen reader's view of the app {reason}")
    config, _ = private_folders
    config.mkdir(parents=True)
    (config / "settings.toml").write_text(SHORT_SESSION)
    made = Desktop(dict(os.environ))
    made.shots = tmp_path
    yield made
    said = made.close()
    print(said)  # shown when the test fails: what the app said on stderr


def named(listing, role):
    return [item["name"] for item in listing if item["role"] == role]


@pytest.mark.slow
def test_a_screen_reader_reads_the_card_and_the_summary_as_shown(desktop):
    """Over AT-SPI, as Orca gets it: the safety points first, gone after "Got it"; then before the start the
    card's labels are named by their words (the exercise, the leg, how to start), not by their roles; during a
    hold the phase, the rep, the leg and the seconds left, with the start button now named Pause; after the
    session, the summary's words."""
    app = desktop.start_app(PIRIFORMIS_TIME_SCALE="4")
    safety, _, ready = desktop.atspi(
        {"wait": {"role": "push button", "name": "Start"}, "timeout": 60},
        {"press": "Got it: hide the safety points"},
        {"wait": {"role": "label", "name": "Ready"}, "timeout": 30},
    )
    labels = named(safety, "label")  # the first Ready card: the safety points, until "Got it"
    assert "Before you start" in labels and "Ready" not in labels
    assert any(name.startswith("•\u00a0Stop if the pain gets worse") for name in labels), labels
    labels = named(ready, "label")
    for words in ("Toe rotation", "Exercise 1 of 3 · Flexibility", "Right leg", "Ready", "2 reps each leg",
                  "Press Space to start", "Next: rep 1 of 2, turn your right toes in"):
        assert words in labels
    assert not ROLE_WORDS & set(labels), labels
    assert named(ready, "push button")[-5:] == ["Previous", "Start", "Next", "Restart leg", "Stop"]

    _, hold, summary = desktop.atspi(
        {"press": "Start"},
        {"wait": {"role": "label", "name": "Hold"}, "timeout": 30},
        {"wait": {"role": "label", "name": "Session complete. Well done!"}, "timeout": 90},
    )
    labels = named(hold, "label")
    for words in ("Toe rotation", "Right leg", "Hold"):
        assert words in labels
    assert {"Rep 1 of 2", "Rep 2 of 2"} & set(labels), labels
    assert [name for name in labels if SECONDS_LEFT.match(name)], labels
    assert not ROLE_WORDS & set(labels), labels
    phase = next(item for item in hold if item["role"] == "label" and item["name"] == "Hold")
    assert phase["description"] == "Hold. Toes turned in. Right leg."  # the milestone announced
    buttons = named(hold, "push button")
    assert "Pause" in buttons and "Start" not in buttons

    labels = named(summary, "label")
    assert any(name.startswith("Active time: ") and name.endswith("Exercises done: 3 of 3") for name in labels)
    assert not ROLE_WORDS & set(labels), labels
    assert {"Start a new session", "See your history"} <= set(named(summary, "push button"))
    desktop.screenshot(desktop.shots / "summary.png")
    assert app.poll() is None  # still running
