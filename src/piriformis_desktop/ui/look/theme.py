"""Colour themes: follow the system (default), light, dark, or high contrast for reading across a room.

A theme is a complete palette plus what Fusion cannot derive from one: Fusion draws field edges and
check-box frames in the window colour made darker, which on a dark or black window is invisible whatever
the palette says. ui/look/edge_style.py (a proxy over Fusion) draws those in the theme's own colours instead:
field and indicator edges, ticked boxes filled in the accent colour, a chosen toggle filled in the accent
colour with an edge, and a solid keyboard focus ring. Every colour pair they paint is listed in PAIRS, and
tests/test_theme.py holds each theme to WCAG 2.2 AA over them (core/contrast.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from piriformis_desktop.core.contrast import (
    NON_TEXT,
    TEXT,
    contrast_ratio,
    hex_colour,
    nearest_with_contrast,
    over,
    softest_with_contrast,
)

# Each theme's colours, by what they are for (see PAIRS for what each must stand out from).
THEMES: dict[str, dict[str, str]] = {
    "light": dict(window="#f4f5f7", base="#ffffff", alt="#eceff3", text="#1b1f24", button="#e6e9ee",
                  highlight="#b4410c", highlighted_text="#ffffff", tip="#fff4d6", tip_text="#1b1f24",
                  link="#1d4fbf", muted="#5b626c", disabled="#8a9099", edge="#737a84", focus="#1d4fbf",
                  chosen_edge="#1b1f24"),
    "dark": dict(window="#1e2226", base="#16191c", alt="#262b30", text="#eef1f4", button="#2c3238",
                 highlight="#e8772e", highlighted_text="#111111", tip="#4a3b12", tip_text="#fff4d6",
                 link="#8fb4ff", muted="#a7afb9", disabled="#7d858f", edge="#8b939e", focus="#8fb4ff",
                 chosen_edge="#eef1f4"),
    "high-contrast": dict(window="#000000", base="#000000", alt="#111111", text="#ffffff", button="#000000",
                          highlight="#ffd400", highlighted_text="#000000", tip="#ffd400", tip_text="#000000",
                          link="#7fd4ff", muted="#d0d0d0", disabled="#9a9a9a", edge="#ffffff", focus="#7fd4ff",
                          chosen_edge="#ffffff"),
}

# (foreground, background, least ratio, where the app paints the pair). Disabled text is exempt in WCAG.
PAIRS: list[tuple[str, str, float, str]] = [
    ("text", "window", TEXT, "labels and headings on the window"),
    ("text", "base", TEXT, "what is typed in a field, list text"),
    ("text", "alt", TEXT, "text on alternate rows"),
    ("text", "button", TEXT, "button labels"),
    ("muted", "window", TEXT, "captions, and the reason beside a control that cannot work"),
    ("muted", "base", TEXT, "placeholder text in an empty field"),
    ("link", "window", TEXT, "links"),
    ("link", "base", TEXT, "links in text boxes"),
    ("tip_text", "tip", TEXT, "the notice bar and tool tips"),
    ("highlighted_text", "highlight", TEXT, "a chosen menu item, the chosen score's number"),
    ("highlight", "window", TEXT, "error text written in the accent colour"),
    ("edge", "window", NON_TEXT, "field, check-box, radio and button edges against the window"),
    ("edge", "base", NON_TEXT, "field and check-box edges against their inside"),
    ("edge", "button", NON_TEXT, "button and drop-down edges against their face"),
    ("highlight", "base", NON_TEXT, "a ticked box, the filled part of the volume slider and progress bar"),
    ("highlight", "button", NON_TEXT, "a chosen score or pressed toggle against those not chosen"),
    ("chosen_edge", "window", NON_TEXT, "the edge round a chosen score or pressed toggle"),
    ("focus", "window", NON_TEXT, "the keyboard focus ring on the window"),
    ("focus", "base", NON_TEXT, "the keyboard focus ring round a field"),
    ("focus", "button", NON_TEXT, "the keyboard focus ring round a button"),
]

_ROLES = (
    ("window", QPalette.ColorRole.Window), ("base", QPalette.ColorRole.Base),
    ("alt", QPalette.ColorRole.AlternateBase), ("text", QPalette.ColorRole.WindowText),
    ("text", QPalette.ColorRole.Text), ("text", QPalette.ColorRole.ButtonText),
    ("button", QPalette.ColorRole.Button), ("highlight", QPalette.ColorRole.Highlight),
    ("highlight", QPalette.ColorRole.Accent), ("highlighted_text", QPalette.ColorRole.HighlightedText),
    ("tip", QPalette.ColorRole.ToolTipBase), ("tip_text", QPalette.ColorRole.ToolTipText),
    ("link", QPalette.ColorRole.Link), ("link", QPalette.ColorRole.LinkVisited),
    ("highlight", QPalette.ColorRole.BrightText), ("muted", QPalette.ColorRole.PlaceholderText),
    # Frames and separator lines drawn the classic way read these.
    ("window", QPalette.ColorRole.Light), ("button", QPalette.ColorRole.Midlight),
    ("edge", QPalette.ColorRole.Mid), ("edge", QPalette.ColorRole.Dark), ("edge", QPalette.ColorRole.Shadow),
)


def palette_for(theme: str) -> QPalette | None:
    """The palette of a named theme; None for "system" (the desktop's own)."""
    colours = THEMES.get(theme)
    if colours is None:
        return None
    return _palette(colours)


def _palette(colours: dict[str, str]) -> QPalette:
    palette = QPalette()
    for key, role in _ROLES:
        palette.setColor(role, QColor(colours[key]))
    disabled = QColor(colours["disabled"])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, disabled)
    return palette


def colours_of(palette: QPalette) -> dict[str, str]:
    """A theme's colours for a palette the app did not choose: its own, plus edges and a ring that show."""
    colours = _seen(palette)
    grounds = [colours["window"], colours["base"], colours["button"]]
    if contrast_ratio(colours["highlighted_text"], colours["highlight"]) < TEXT:  # Fusion's white on blue: 3.6:1
        colours["highlighted_text"] = max(("#000000", "#ffffff"),
                                          key=lambda ink: contrast_ratio(ink, colours["highlight"]))
    colours.update(edge=softest_with_contrast(colours["text"], grounds, NON_TEXT + 0.3),
                   chosen_edge=colours["text"],
                   focus=softest_with_contrast(colours["highlight"], grounds, NON_TEXT + 0.3))
    return colours


def _seen(palette: QPalette) -> dict[str, str]:
    """The palette's own colours by the names of THEMES. A half-transparent colour (Fusion's placeholder text is
    black at alpha 128) counts as the colour it makes over the window, which is what a reader sees."""
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window).name()

    def c(role) -> str:
        colour = palette.color(QPalette.ColorGroup.Active, role)
        return colour.name() if colour.alpha() == 255 else hex_colour(over(colour.name(), colour.alpha(), window))

    R = QPalette.ColorRole
    return dict(window=c(R.Window), base=c(R.Base), alt=c(R.AlternateBase), text=c(R.WindowText),
                button=c(R.Button), highlight=c(R.Highlight), highlighted_text=c(R.HighlightedText),
                tip=c(R.ToolTipBase), tip_text=c(R.ToolTipText), link=c(R.Link), muted=c(R.PlaceholderText),
                disabled=palette.color(QPalette.ColorGroup.Disabled, R.WindowText).name())


# What the app writes in a desktop's colour, the grounds it writes on (see PAIRS), and the palette roles it reads.
_INKS = (
    ("muted", ("window", "base", "alt"), (QPalette.ColorRole.PlaceholderText,)),
    ("link", ("window", "base"), (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited)),
    ("highlight", ("window", "base", "button"), (QPalette.ColorRole.Highlight, QPalette.ColorRole.Accent)),
    ("tip_text", ("tip",), (QPalette.ColorRole.ToolTipText,)),
)


def readable(palette: QPalette) -> QPalette:
    """The desktop's palette with each colour the app writes text in brought to 4.5:1 where it falls short:
    captions and placeholders (Fusion's half-strength black reads 3.8:1 on its window), links, the accent
    that error text is written in, and the text on the accent. Only as much darker or lighter as it takes."""
    palette = QPalette(palette)
    colours = _seen(palette)
    for ink, grounds, roles in _INKS:
        fixed = nearest_with_contrast(colours[ink], [colours[g] for g in grounds], TEXT)
        if fixed != palette.color(roles[0]).name() or palette.color(roles[0]).alpha() != 255:
            for role in roles:
                palette.setColor(QPalette.ColorGroup.Active, role, QColor(fixed))
                palette.setColor(QPalette.ColorGroup.Inactive, role, QColor(fixed))
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    text_on_it = palette.color(QPalette.ColorRole.HighlightedText).name()
    if contrast_ratio(text_on_it, highlight) < TEXT:
        ink = max(("#000000", "#ffffff"), key=lambda colour: contrast_ratio(colour, highlight))
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(ink))
    return palette


_START_STYLE: list[str] = []  # the style the app started with: "system" returns to it
_CURRENT: list[str] = []  # the theme applied last, to follow the desktop when it switches light/dark


def apply_theme(app: QApplication, theme: str, *, edges: bool = True) -> None:
    """Switch the whole application to `theme`; "system" returns to the desktop's own palette and style.

    Under "system" with Fusion (a bare Linux desktop), the palette stays the desktop's but edges are drawn
    to 3:1 against it, and a desktop set to dark gets the dark theme when Fusion's palette is still light.
    A native style (Breeze, Windows, macOS) draws its own edges and is left alone. `edges=False` sets the
    palette only, for the first frame at start-up; the app calls again with edges once the window is up.
    """
    hints = QGuiApplication.styleHints()
    if not _CURRENT:
        hints.colorSchemeChanged.connect(lambda _: _follow_desktop(app))
    _CURRENT[:] = ["switching"]  # a change of scheme the switch itself causes is not the desktop's
    _switch(app, hints, theme, edges)
    _CURRENT[:] = [theme]


def _switch(app: QApplication, hints, theme: str, edges: bool) -> None:
    if theme in THEMES:
        hints.setColorScheme(Qt.ColorScheme.Light if theme == "light" else Qt.ColorScheme.Dark)
        style = _fusion(app, edges)
        app.setPalette(_palette(THEMES[theme]))
        colours = THEMES[theme]
    else:
        hints.unsetColorScheme()
        if edges and _start_style(app).lower() != "fusion":
            app.setStyle(QStyleFactory.create(_start_style(app)))
            app.setPalette(QPalette())  # an empty palette: the desktop's own, and it follows the desktop
            return
        style = _fusion(app, edges) if edges else None  # the first frame: not even a look at the style
        app.setPalette(QPalette())
        palette = app.palette()
        if hints.colorScheme() == Qt.ColorScheme.Dark and palette.color(QPalette.ColorRole.Window).lightness() > 128:
            app.setPalette(_palette(THEMES["dark"]))  # Fusion knows no dark palette of its own
            colours = THEMES["dark"]
        else:
            palette = readable(palette)  # the desktop's colours, each text colour brought to 4.5:1
            app.setPalette(palette)
            colours = colours_of(palette) if edges else {}
    if edges:
        style.colours = {key: QColor(value) for key, value in colours.items()}


def _start_style(app: QApplication) -> str:
    """The style the app started with, looked at only when needed (wrapping it costs PySide ~5 ms)."""
    if not _START_STYLE:
        _START_STYLE.append(app.style().name())
    return _START_STYLE[0]


def _fusion(app: QApplication, edges: bool):
    """Fusion (it honours palettes), drawn through EdgeStyle when `edges`; the one in use if it will do."""
    _start_style(app)
    style = app.style()
    if edges:
        from piriformis_desktop.ui.look.edge_style import (
            EdgeStyle,  # defining it costs ~8 ms: not before the first frame
        )

        if not isinstance(style, EdgeStyle):
            style = EdgeStyle(THEMES["light"])
            app.setStyle(style)
    elif style.name().lower() != "fusion":
        style = QStyleFactory.create("Fusion")
        app.setStyle(style)
    return style


def _follow_desktop(app: QApplication) -> None:
    if _CURRENT == ["system"]:
        apply_theme(app, "system")
