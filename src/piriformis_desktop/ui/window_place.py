"""Open the main window where it fits, where it was last time, and remember that place when the app quits.

The rules are core.placement's; this reads the screens from Qt, shows the window, and keeps one readable
value in QSettings ("window/placement": state, box and screen name) instead of Qt's opaque geometry blob, so
that a saved place is used only on a screen of the same name that still exists.

Where the compositor places windows (Wayland), only the size and the state are kept and used: the window is
resized, never moved, and the saved value says "- -" for the position it never had.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from piriformis_desktop import APP_ID
from piriformis_desktop.core.placement import (
    FRAME,
    FULL_SCREEN,
    MAXIMIZED,
    NORMAL,
    Box,
    Frame,
    Placement,
    place,
    unplaced,
)
from piriformis_desktop.ui.application import application

KEY = "window/placement"


@runtime_checkable
class FullScreenWindow(Protocol):
    """A window that goes full screen its own way (the main window shows only the card there)."""

    def set_fullscreen(self, on: bool) -> None: ...


def place_window(window: QWidget, *, fullscreen: bool = False, store: QSettings | None = None) -> Placement:
    """Show `window` on its saved screen and box (fitted to that screen), or centred on the primary screen
    at a size that fits; full screen if it was left so or `fullscreen` asks. Saves the place on quit.

    `store`: where the place is kept (the app's QSettings unless a test gives another)."""
    app = application()
    store = QSettings(APP_ID, APP_ID) if store is None else store  # the file the app's own name picked before
    saved = Placement.from_text(str(store.value(KEY, "")))
    if can_place_windows():
        screens = {screen.name(): _box(screen.availableGeometry()) for screen in app.screens()}
        placement = place(saved, screens, app.primaryScreen().name())
        window.setScreen(next(s for s in app.screens() if s.name() == placement.screen))
        window.setGeometry(QRect(placement.box.x, placement.box.y, placement.box.width, placement.box.height))
    else:
        placement = unplaced(saved, _box(app.primaryScreen().availableGeometry()))
        window.resize(placement.box.width, placement.box.height)
    if fullscreen or placement.state == FULL_SCREEN:
        assert isinstance(window, FullScreenWindow), "the window placed is the main window"
        window.set_fullscreen(True)
    elif placement.state == MAXIMIZED:
        window.showMaximized()
    else:
        window.show()
    app.aboutToQuit.connect(lambda: remember_window(window, store))
    return placement


def placement_of(window: QWidget) -> Placement:
    """Where the window is now: its screen, its box in the normal state, and whether maximized or full screen."""
    state = window.windowState()
    if state & Qt.WindowState.WindowFullScreen:
        kind = FULL_SCREEN
    elif state & Qt.WindowState.WindowMaximized:
        kind = MAXIMIZED
    else:
        kind = NORMAL
    normal = window.normalGeometry() if kind != NORMAL else window.geometry()
    if not normal.isValid() or normal.isEmpty():
        normal = window.geometry()
    frame = FRAME
    if kind == NORMAL and window.isVisible():  # only a normal window shows the frame it will have again
        # the QWindow's margins: on Wayland Qt draws the title bar itself, and only the QWindow counts it
        margins = window.windowHandle().frameMargins()
        frame = Frame(margins.left(), margins.top(), margins.right(), margins.bottom())
    if not can_place_windows():
        return Placement("", _box(normal), kind, frame, placed=False)
    return Placement(window.screen().name(), _box(normal), kind, frame)


def can_place_windows() -> bool:
    """Whether the app may say where its windows go: not on Wayland, where the compositor alone does."""
    return not QGuiApplication.platformName().startswith("wayland")


def remember_window(window: QWidget, store: QSettings) -> None:
    store.setValue(KEY, placement_of(window).to_text())
    store.remove("window/geometry")  # the opaque blob earlier versions kept
    store.sync()


def _box(rect: QRect) -> Box:
    return Box(rect.x(), rect.y(), rect.width(), rect.height())
