"""Windows that fit: the main window opens inside the screen's free area, down to a 1280x720 laptop, comes
back where it was (size, place, full screen), and only onto a screen that still exists."""

import json
import os
import subprocess
import sys

import pytest

from piriformis_desktop.core.placement import (
    FRAME,
    FULL_SCREEN,
    MAXIMIZED,
    NORMAL,
    PANELS,
    PREFERRED,
    Box,
    Frame,
    Placement,
    first_box,
    fitted,
    place,
    room,
    unplaced,
)

LAPTOPS = {  # a laptop screen less a 32 px panel, as the desktop reports its free area
    "1280x720": Box(0, 32, 1280, 688),
    "1366x768": Box(0, 32, 1366, 736),
    "1920x1080": Box(0, 0, 1920, 1048),
}


def frame_of(box: Box) -> Box:
    return Box(box.x - FRAME.left, box.y - FRAME.top, box.width + FRAME.left + FRAME.right,
               box.height + FRAME.top + FRAME.bottom)


# -- the rules, in numbers ----------------------------------------------------------------------------

@pytest.mark.parametrize("laptop", LAPTOPS)
def test_a_first_window_fits_every_laptop_screen_frame_and_all(laptop):
    """1280x760 was 60 px too tall for a 1280x720 screen; the first window now fits, title bar included."""
    area = LAPTOPS[laptop]
    box = first_box(area)
    assert area.contains(frame_of(box))
    assert box.width <= PREFERRED[0] and box.height <= PREFERRED[1]


def test_a_large_screen_gets_the_preferred_size_centred():
    box = first_box(LAPTOPS["1920x1080"])
    assert (box.width, box.height) == PREFERRED
    space = room(LAPTOPS["1920x1080"])
    assert box.x - space.x == space.right - box.right


def test_a_saved_place_on_a_screen_that_is_still_there_comes_back_as_it_was():
    saved = Placement("eDP-1", Box(100, 80, 1000, 600), MAXIMIZED)
    assert place(saved, {"eDP-1": LAPTOPS["1366x768"], "HDMI-1": Box(1366, 0, 1920, 1080)}, "eDP-1") == saved


def test_a_saved_place_on_a_screen_that_is_gone_starts_fresh_on_the_primary_screen():
    """Saved on an external monitor that is unplugged: the window opens on the laptop, not off in space."""
    saved = Placement("HDMI-1", Box(1500, 100, 1280, 760), FULL_SCREEN)
    placement = place(saved, {"eDP-1": LAPTOPS["1366x768"]}, "eDP-1")
    assert placement == Placement("eDP-1", first_box(LAPTOPS["1366x768"]), NORMAL)


def test_a_window_saved_against_the_top_edge_stays_there_with_the_frame_it_had():
    """A thin title bar measured when the place was saved lets the window come back at exactly that place."""
    saved = Placement("eDP-1", Box(0, 32 + 24, 1280, 660), NORMAL, Frame(0, 24, 0, 0))
    assert place(saved, {"eDP-1": LAPTOPS["1280x720"]}, "eDP-1") == saved


def test_a_saved_place_larger_than_its_screen_now_is_fitted_onto_it():
    """The same screen at a lower resolution: the window shrinks to fit and moves the least way on."""
    saved = Placement("eDP-1", Box(500, 300, 1280, 760))
    placement = place(saved, {"eDP-1": LAPTOPS["1280x720"]}, "eDP-1")
    assert LAPTOPS["1280x720"].contains(frame_of(placement.box))
    assert fitted(Box(10, 50, 600, 400), LAPTOPS["1280x720"]) == Box(10, 68, 600, 400)


@pytest.mark.parametrize("placement", [
    Placement("eDP-1", Box(-20, 40, 1280, 700), NORMAL),
    Placement("", Box(0, 0, 800, 600), FULL_SCREEN),
    Placement("Dell U2720Q (DP-2)", Box(10, 20, 30, 40), MAXIMIZED, Frame(0, 28, 0, 0)),
])
def test_a_placement_is_kept_as_one_readable_line(placement):
    text = placement.to_text()
    assert "\n" not in text and text.startswith(placement.state)
    assert Placement.from_text(text) == placement


@pytest.mark.parametrize("text", ["", None, "@ByteArray(\x01\xd9\xd0\xcb)", "normal 1 2 x 4 0 0 0 0",
                                  "tiny 1 2 3 4 0 0 0 0", "normal 1 2 0 4 0 0 0 0", "normal 1 2 3 4",
                                  "normal 1 2 3 4 0 -5 0 0"])
def test_a_damaged_or_old_value_is_ignored(text):
    assert Placement.from_text(text) is None


# -- where the compositor places windows (Wayland): sizes and states only --------------------------------------

WHOLE_SCREENS = {  # what Qt reports as free on Wayland: the whole screen, the panels it cannot see included
    "1280x720": Box(0, 0, 1280, 720), "1366x768": Box(0, 0, 1366, 768), "1920x1080": Box(0, 0, 1920, 1080),
}


@pytest.mark.parametrize("screen", WHOLE_SCREENS)
def test_on_wayland_a_first_window_leaves_room_for_panels_or_opens_maximized(screen):
    """Qt says the whole 1366x768 is free; the window opened at 1280x728 and its bottom buttons were cut
    off under a panel. Now a first window leaves room for panels all round, or is maximized (the compositor
    knows its panels) where the preferred size would not fit with that room."""
    area = WHOLE_SCREENS[screen]
    placement = unplaced(None, area)
    assert not placement.placed and placement.screen == ""
    usable = area.shrunk(*PANELS)
    if placement.state == NORMAL:
        assert (placement.box.width, placement.box.height) == PREFERRED
        assert placement.box.width + FRAME.left + FRAME.right <= usable.width
        assert placement.box.height + FRAME.top + FRAME.bottom <= usable.height
    else:
        assert placement.state == MAXIMIZED
        assert placement.box.height + FRAME.top + FRAME.bottom <= usable.height  # its size when restored
    assert {s: unplaced(None, a).state for s, a in WHOLE_SCREENS.items()} == {
        "1280x720": MAXIMIZED, "1366x768": MAXIMIZED, "1920x1080": NORMAL}


def test_on_wayland_the_saved_size_and_state_come_back_and_no_position_is_kept():
    """The compositor ignores a position: none is written ("- -"), none read back, no screen claimed."""
    saved = unplaced(Placement("", Box(0, 0, 1000, 600), NORMAL, placed=False), WHOLE_SCREENS["1920x1080"])
    assert (saved.box.width, saved.box.height, saved.state) == (1000, 600, NORMAL)
    text = saved.to_text()
    assert text.startswith("normal - - 1000 600 ")
    assert Placement.from_text(text) == saved
    assert Placement.from_text("full-screen - - 900 500 0 0 0 0 HDMI-1").screen == ""
    big = unplaced(Placement("", Box(0, 0, 1900, 1200), FULL_SCREEN, placed=False), WHOLE_SCREENS["1366x768"])
    assert big.state == FULL_SCREEN and big.box.height + FRAME.top + FRAME.bottom <= 768 - 2 * PANELS.top


# -- the window, on the test's screen -----------------------------------------------------------------

@pytest.fixture
def store(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(make_main_window):
    """A window not yet shown nor sized: placing it is what these tests are about."""
    from piriformis_desktop.ui import resources_rc  # noqa: F401  (the card's pictures)

    return lambda: make_main_window(history=None, size=None, show=False)


def test_the_window_opens_inside_the_screen_and_comes_back_where_it_was(make_window, qtbot, store):
    from PySide6.QtCore import QRect

    from piriformis_desktop.ui.window_place import KEY, place_window, remember_window

    window = make_window()
    place_window(window, store=store)
    qtbot.waitExposed(window)
    free = window.screen().availableGeometry()
    assert free.contains(window.frameGeometry())
    least = window.minimumSizeHint()
    # a small window, with room for the Ready card's wrapped lines (the hint is for a wider window: at its
    # narrowest, wrapped text asks for a few more pixels of height, and the window takes them)
    size = (least.width() + 100, least.height() + 60)
    window.setGeometry(QRect(free.x() + 20, free.y() + 30, *size))
    qtbot.waitUntil(lambda: window.geometry().size().toTuple() == size)
    remember_window(window, store)
    assert store.value(KEY).startswith("normal ")
    again = make_window()
    place_window(again, store=store)
    qtbot.waitExposed(again)
    assert again.geometry() == window.geometry()


def test_full_screen_is_remembered(make_window, qtbot, store):
    """Left in full screen, it opens in full screen: the card alone, menus and tabs aside."""
    from piriformis_desktop.ui.window_place import place_window, remember_window

    window = make_window()
    place_window(window, fullscreen=True, store=store)
    qtbot.waitUntil(window.isFullScreen)
    remember_window(window, store)
    again = make_window()
    place_window(again, store=store)
    qtbot.waitUntil(again.isFullScreen)
    assert not again.menuBar().isVisible() and not again.tabs.tabBar().isVisible()


def test_where_windows_cannot_be_placed_only_size_and_state_are_kept(make_window, qtbot, store, monkeypatch):
    """Wayland's rule, on the test's screen: the window is sized, not moved, and the saved line has no place."""
    from piriformis_desktop.ui import window_place

    monkeypatch.setattr(window_place, "can_place_windows", lambda: False)
    store.setValue(window_place.KEY, "normal 300 200 680 500 0 0 0 0 offscreen")
    window = make_window()
    placement = window_place.place_window(window, store=store)
    qtbot.waitExposed(window)
    assert not placement.placed and window.size().toTuple() == (680, 500)
    window_place.remember_window(window, store)
    assert store.value(window_place.KEY).startswith("normal - - 680 500 ")  # and the frame measured


def test_a_place_saved_on_a_screen_that_is_gone_is_not_used(make_window, qtbot, store):
    from piriformis_desktop.ui.window_place import KEY, place_window

    store.setValue(KEY, "normal 3000 2000 900 500 HDMI-9")
    window = make_window()
    placement = place_window(window, store=store)
    qtbot.waitExposed(window)
    assert placement.screen == window.screen().name() and placement.state == NORMAL
    assert window.screen().availableGeometry().contains(window.frameGeometry())


# -- the real program on a 1280x720 screen ------------------------------------------------------------

WATCH = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and isinstance(obj, QWindow) and obj.isExposed():
            app = QApplication.instance()
            for widget in app.topLevelWidgets():
                if widget.windowHandle() is obj:
                    frame, free = widget.frameGeometry(), widget.screen().availableGeometry()
                    print(json.dumps({"frame": frame.getRect(), "free": free.getRect(),
                                      "screen": widget.screen().name(), "full": widget.isFullScreen()}), flush=True)
                    app.removeEventFilter(self)
                    app.quit()
        return False

from piriformis_desktop import cli
from PySide6 import QtWidgets
original = QtWidgets.QApplication.__init__
watch = Watch()

def init(self, *args):
    original(self, *args)
    self.installEventFilter(watch)

QtWidgets.QApplication.__init__ = init
cli.main(sys.argv[1:])
"""


def open_app(env, tmp_path, screen_name, width, height, *args):
    config = tmp_path / f"{screen_name or 'screen'}-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": screen_name, "x": 0, "y": 0, "width": width,
                                                "height": height}]}))
    run = subprocess.run([sys.executable, "-c", WATCH, *args], capture_output=True, text=True, timeout=60,
                         env=dict(env, QT_QPA_PLATFORM=f"offscreen:configfile={config}"))
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture
def env(private_folders):
    environment = dict(os.environ)
    environment.pop("DISPLAY", None)
    return environment


@pytest.mark.slow
def test_the_app_opens_inside_a_1280x720_screen_and_reopens_where_it_was(env, tmp_path):
    """The program itself, started twice on a 1280x720 laptop screen: the frame is inside the screen both
    times and the second start is where the first one ended; a different screen gets a fresh place."""
    first = open_app(env, tmp_path, "eDP-1", 1280, 720)
    free = Box(*first["free"])
    assert free.contains(Box(*first["frame"])), first
    second = open_app(env, tmp_path, "eDP-1", 1280, 720)
    assert second["frame"] == first["frame"]
    elsewhere = open_app(env, tmp_path, "DP-2", 1920, 1080)
    assert elsewhere["screen"] == "DP-2" and Box(*elsewhere["free"]).contains(Box(*elsewhere["frame"]))
    full = open_app(env, tmp_path, "DP-2", 1920, 1080, "--fullscreen")
    assert full["full"]
    assert open_app(env, tmp_path, "DP-2", 1920, 1080)["full"]  # left in full screen, it comes back so
