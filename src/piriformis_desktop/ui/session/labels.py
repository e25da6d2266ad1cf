"""The card's labels and buttons: named by their words for a screen reader, never by their role."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from piriformis_desktop.core.card import Lead

# Type as a share of the card's height, by what leads (core.card.leading). At 1366x768 the card is about 690 px
# tall, and from two metres 10 mm is about 44 px on a 14" laptop: a capital is ~0.73 of the font's pixel size.
# COUNTDOWN: the number fills its room (about 190 px); the verb 41 px, the rep 35 px.
# REP (1-3 s phases): the verb and "Rep 2 of 10" at 62 px (capitals ~45 px, 10 mm), the countdown at 41 px.
# STATE (ready, paused): the word at 76 px (PAUSED, ~55 px capitals), no number.
LEAD_TYPE = {  # (verb, rep, countdown cap or None: fill)
    Lead.COUNTDOWN: (0.06, 0.05, None),
    Lead.REP: (0.09, 0.09, 0.06),
    Lead.STATE: (0.11, 0.055, None),
}


def card_label(name: str, *, bold: bool = False, wrap: bool = False, align=Qt.AlignmentFlag.AlignLeft) -> QLabel:
    """A card label. It gets no accessible name of its own: Qt then names it by its text, so a screen reader
    reads what the label shows ("Toe rotation", "Rep 3 of 10"), and hears each change of it."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def fit_type(widgets: Sequence[QWidget], largest: int, smallest: int, fits: Callable[[], bool], step: int = 1) -> None:
    """Give `widgets` the largest type, from `largest` down to `smallest` px, at which `fits()`; the smallest when
    none does (then the caller's layout wraps or scrolls)."""
    for pixels in range(largest, smallest - 1, -step):
        for widget in widgets:
            font = widget.font()
            font.setPixelSize(pixels)
            if font != widget.font():
                widget.setFont(font)
        if fits():
            return


def fit_line(label: QLabel, pixels: int, width: int, smallest: int = 14) -> None:
    """The largest type up to `pixels` at which the label's one line fits `width` (a long word in German or
    Spanish steps down rather than widening the window)."""
    font = label.font()
    size = max(smallest, pixels)
    while size > smallest:
        font.setPixelSize(size)
        if width <= 0 or QFontMetrics(font).horizontalAdvance(label.text()) <= width:
            break
        size -= 2
    font.setPixelSize(size)
    if font != label.font():
        label.setFont(font)


class CountdownLabel(QLabel):
    """The big number: its font fills whatever room the layout gives it (up to `cap` px when set, for phases in
    which it steps back), so it never forces the window taller."""

    DIGIT_WIDTH = 0.62  # a digit's advance as a share of the font's pixel size (DejaVu Sans Bold: 0.70; most less)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cap: int | None = None

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(80, 40)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(320, 240)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        if text != self.text():
            super().setText(text)

    def set_cap(self, pixels: int | None) -> None:
        self.cap = pixels
        self.fit()

    def fit(self) -> None:
        by_height = self.height() * 0.92
        by_width = self.width() / (2 * self.DIGIT_WIDTH * 1.15)  # two digits always fit: 10 and 9 look alike
        font = self.font()
        font.setPixelSize(max(24, int(min(by_height, by_width, self.cap or by_height))))
        if font != self.font():
            self.setFont(font)


def spoken(text: str) -> str:
    """A button's words as a screen reader should say them: no mnemonic '&', no arrow glyphs ("◀ Previous")."""
    return text.replace("&", "").strip("◀▶ ")


def set_name(widget: QWidget, name: str) -> None:
    """Set an accessible name only when it changes: each set tells the screen reader it changed."""
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)


class ActionButton(QToolButton):
    """A card button that triggers `action` and shows its text; its accessible name follows that text as it
    changes (Start, Pause, Resume), so a screen reader never hears "Start" on a button that shows "Pause".

    `set_primary(True)` makes it the one action of the moment (Start on the Ready card): filled in the theme's
    accent with the accent's text colour (a pair every theme holds to 4.5:1), in bold."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.primary = False
        self.setDefaultAction(action)
        action.changed.connect(self.follow_action)  # a bound slot: disconnected when the button goes
        self.follow_action()

    def follow_action(self) -> None:
        set_name(self, spoken(self.defaultAction().iconText()))

    def set_primary(self, on: bool) -> None:
        if on != self.primary:
            self.primary = on
            self.setProperty("primary", on)  # the theme's style fills it in the accent (ui/look/edge_style.py)
            font = self.font()
            font.setBold(on)
            self.setFont(font)
            self.update()
