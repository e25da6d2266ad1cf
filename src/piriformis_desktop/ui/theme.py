"""Colour themes: follow the system (default), light, dark, or high contrast for reading across a room."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


_COLOURS = {
    "light": dict(window="#f4f5f7", base="#ffffff", alt="#eceff3", text="#1b1f24", button="#e6e9ee",
                  highlight="#b4410c", highlighted_text="#ffffff", tip="#fff4d6", tip_text="#1b1f24",
                  link="#1d4fbf", disabled="#8a9099"),
    "dark": dict(window="#1e2226", base="#16191c", alt="#262b30", text="#eef1f4", button="#2c3238",
                 highlight="#e8772e", highlighted_text="#111111", tip="#4a3b12", tip_text="#fff4d6",
                 link="#8fb4ff", disabled="#7d858f"),
    "high-contrast": dict(window="#000000", base="#000000", alt="#111111", text="#ffffff", button="#000000",
                          highlight="#ffd400", highlighted_text="#000000", tip="#ffd400", tip_text="#000000",
                          link="#7fd4ff", disabled="#b0b0b0"),
}


def palette_for(theme: str) -> QPalette | None:
    """The palette of a named theme; None for "system" (the desktop's own)."""
    colours = _COLOURS.get(theme)
    if colours is None:
        return None
    c = {k: QColor(v) for k, v in colours.items()}
    palette = QPalette()
    role = QPalette.ColorRole
    for r, key in ((role.Window, "window"), (role.Base, "base"), (role.AlternateBase, "alt"),
                   (role.WindowText, "text"), (role.Text, "text"), (role.ButtonText, "text"),
                   (role.Button, "button"), (role.Highlight, "highlight"),
                   (role.HighlightedText, "highlighted_text"), (role.ToolTipBase, "tip"),
                   (role.ToolTipText, "tip_text"), (role.Link, "link"), (role.BrightText, "highlight"),
                   (role.PlaceholderText, "disabled")):
        palette.setColor(r, c[key])
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, c["disabled"])
    return palette


_SYSTEM_PALETTE: QPalette | None = None


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to `theme`; "system" restores the palette it started with."""
    global _SYSTEM_PALETTE
    if _SYSTEM_PALETTE is None:
        _SYSTEM_PALETTE = QPalette(app.palette())
    palette = palette_for(theme)
    if palette is None:
        app.setPalette(_SYSTEM_PALETTE)
        return
    if app.style().name().lower() not in ("fusion",):  # native styles may ignore palettes; Fusion honours them
        app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(palette)
