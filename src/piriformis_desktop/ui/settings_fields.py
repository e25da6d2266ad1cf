"""The kinds of field the Settings tab is made of: a ranged number, a list of choices, a quiet explanation."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from piriformis_desktop.core.settings import RANGES


def spin(key: str, suffix: str, name: str) -> QSpinBox:
    """A number field limited to the range settings.toml allows for `key` (one table of ranges, in core)."""
    low, high = RANGES[key]
    field = QSpinBox()
    field.setRange(low, high)
    field.setSuffix(suffix)
    field.setAccessibleName(name)
    field.setMinimumWidth(110)
    return field


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
