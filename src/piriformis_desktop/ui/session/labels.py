"""The card's labels: named by their words for a screen reader, never by their role."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


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
