"""The kinds of field the Settings tab is made of: a ranged number, a list of choices, a quiet explanation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from piriformis_desktop.core.settings import RANGES


def spin(key: str, words: Callable[[int], str], name: str) -> QSpinBox:
    """A number field limited to the range settings.toml allows for `key` (one table of ranges, in core).

    `words(n)` is the number in words, translated with its count ("%n rep(s)" -> "1 rep", "3 reps"): the text
    around the number becomes the field's prefix and suffix, and follows the value, since a QSpinBox suffix
    cannot take a plural form by itself."""
    low, high = RANGES[key]
    field = QSpinBox()
    field.setRange(low, high)
    field.setAccessibleName(name)
    field.setMinimumWidth(110)
    field.valueChanged.connect(lambda value: count_words(field, words(value)))
    count_words(field, words(field.value()))
    return field


def count_words(field: QSpinBox, text: str) -> None:
    """Show `text`, the field's value in words, around the number: "3 reps" -> suffix " reps"; "Wdh.: 3" -> prefix.
    Without the number in `text` (a translation that drops it), all of it goes after the number."""
    number = str(field.value())
    before, found, after = text.partition(number)
    if not found:
        before, after = "", " " + text
    if field.prefix() != before:
        field.setPrefix(before)
    if field.suffix() != after:
        field.setSuffix(after)


def choices(items: list, name: str) -> QComboBox:
    """A drop-down of (value, words) pairs."""
    box = QComboBox()
    box.setAccessibleName(name)
    for value, text in items:
        box.addItem(text, value)
    return box


def muted(label: QLabel) -> QLabel:
    """Secondary text that wraps: a column heading, why something is unavailable."""
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
