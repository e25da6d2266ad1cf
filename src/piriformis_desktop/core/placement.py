"""Where the main window opens: inside a screen's free area, and where it was last time if that screen is still there.

Plain numbers, no Qt: a screen is its name and its available area (the screen less panels and docks), in
the desktop's coordinates. The window's box is its inside (what Qt calls geometry); the window manager adds
a frame around it that is not known before the window is shown, so FRAME keeps room for a usual one.
Named tuples, not dataclasses: this runs before the first frame, and they cost a third as much to define.

Where the desktop cannot place windows (Wayland: the compositor does, and Qt reports the whole screen as free,
panels and all), a placement has no position (`placed` false): only its size and state are kept, and a first
window leaves PANELS round it for the panels Qt cannot see, or opens maximized when the screen is too small
for that (the compositor then fits it to what is really free).
"""

from __future__ import annotations

from typing import NamedTuple

PREFERRED = (1280, 760)  # the inside size the card is designed for, when the screen has room
NORMAL, MAXIMIZED, FULL_SCREEN = "normal", "maximized", "full-screen"
STATES = (NORMAL, MAXIMIZED, FULL_SCREEN)


class Box(NamedTuple):
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def contains(self, other: Box) -> bool:
        return (self.x <= other.x and self.y <= other.y and other.right <= self.right
                and other.bottom <= self.bottom)

    def shrunk(self, left: int, top: int, right: int, bottom: int) -> Box:
        return Box(self.x + left, self.y + top, max(0, self.width - left - right), max(0, self.height - top - bottom))


class Frame(NamedTuple):
    """The window manager's frame around the window's inside: title bar on top, borders elsewhere."""

    left: int = 4
    top: int = 36
    right: int = 4
    bottom: int = 4


FRAME = Frame()
PANELS = Frame(48, 48, 48, 48)  # room kept for panels and docks the desktop does not tell Qt about (Wayland)


class Placement(NamedTuple):
    screen: str  # the screen's name as the desktop reports it ("eDP-1", "HDMI-1"; may be "")
    box: Box  # the window's inside in its normal state, in desktop coordinates
    state: str = NORMAL
    frame: Frame = FRAME  # the frame the window manager drew round it (measured when it was saved)
    placed: bool = True  # False where the desktop places windows itself: box.x, box.y and screen mean nothing

    def to_text(self) -> str:
        """One line a person can read, "normal 40 60 1280 700 4 36 4 4 eDP-1": state, box, frame and the
        screen's name last (it may hold spaces); "normal - - 1280 700 4 36 4 4" where nothing was placed."""
        b, f = self.box, self.frame
        where = [str(b.x), str(b.y)] if self.placed else ["-", "-"]
        words = [self.state, *where] + [str(n) for n in (b.width, b.height, f.left, f.top, f.right, f.bottom)]
        return " ".join(words + [self.screen] if self.screen and self.placed else words)

    @classmethod
    def from_text(cls, text: str) -> Placement | None:
        """The placement `to_text` wrote, or None for anything else (a damaged or foreign value)."""
        parts = str(text or "").split(" ", 9)
        if len(parts) < 9 or parts[0] not in STATES:
            return None
        placed = parts[1:3] != ["-", "-"]
        try:
            x, y, width, height, *frame = (int(p) for p in (parts[1:9] if placed else ["0", "0", *parts[3:9]]))
        except ValueError:
            return None
        if width <= 0 or height <= 0 or not all(0 <= n <= 200 for n in frame):
            return None
        screen = parts[9] if len(parts) == 10 and placed else ""
        return cls(screen, Box(x, y, width, height), parts[0], Frame(*frame), placed)


def room(area: Box, frame: Frame = FRAME) -> Box:
    """Where the window's inside may go on a screen whose free area is `area`, its frame kept on screen too."""
    return area.shrunk(frame.left, frame.top, frame.right, frame.bottom)


def first_box(area: Box, frame: Frame = FRAME) -> Box:
    """A first window: the preferred size, or as much of it as fits, centred in the free area."""
    space = room(area, frame)
    width, height = min(PREFERRED[0], space.width), min(PREFERRED[1], space.height)
    return Box(space.x + (space.width - width) // 2, space.y + (space.height - height) // 2, width, height)


def fitted(box: Box, area: Box, frame: Frame = FRAME) -> Box:
    """`box` as it was if it fits; else shrunk to the room there is and moved the least way onto the screen."""
    space = room(area, frame)
    width, height = min(box.width, space.width), min(box.height, space.height)
    x = min(max(box.x, space.x), space.right - width)
    y = min(max(box.y, space.y), space.bottom - height)
    return Box(x, y, width, height)


def place(saved: Placement | None, screens: dict[str, Box], primary: str, frame: Frame = FRAME) -> Placement:
    """Where to open: the saved place on its screen if that screen still exists (kept on it with the frame
    it had), else a first window on the primary screen. `screens` maps each screen's name to its free area."""
    if saved is None or saved.screen not in screens:
        return Placement(primary, first_box(screens[primary], frame), NORMAL, frame)
    return saved._replace(box=fitted(saved.box, screens[saved.screen], saved.frame))


def unplaced(saved: Placement | None, area: Box, frame: Frame = FRAME) -> Placement:
    """Where the desktop places windows itself (Wayland), on a screen Qt says is `area` (panels unknown): the
    saved size and state if there are some, fitted to the area less PANELS; else a first window of the
    preferred size if it fits there, or maximized (at that fitted size when restored) if it does not.
    No position and no screen are claimed."""
    space = room(area.shrunk(*PANELS), frame)
    if saved is None:
        width, height = PREFERRED
        state = NORMAL if width <= space.width and height <= space.height else MAXIMIZED
    else:
        (width, height), state = saved.box[2:], saved.state
    box = Box(0, 0, min(width, space.width), min(height, space.height))
    return Placement("", box, state, frame if saved is None else saved.frame, placed=False)
