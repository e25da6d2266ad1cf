"""Colour themes: follow the system (default), light, dark, or high contrast for reading across a room.

A theme is a complete palette plus what Fusion cannot derive from one: Fusion draws field edges and
check-box frames in the window colour made darker, which on a dark or black window is invisible whatever
the palette says. `EdgeStyle` (a proxy over Fusion) draws those in the theme's own colours instead: field
and indicator edges, ticked boxes filled in the accent colour, a chosen toggle filled in the accent colour
with an edge, and a solid keyboard focus ring. Every colour pair it paints is listed in PAIRS, and
tests/test_theme.py holds each theme to WCAG 2.2 AA over them (core/contrast.py).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QStyleOptionComboBox, QStyleOptionFrame,
    QStyleOptionSpinBox,
)

from piriformis_desktop.core.contrast import NON_TEXT, TEXT, contrast_ratio, softest_with_contrast

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
    def c(role) -> str:
        return palette.color(QPalette.ColorGroup.Active, role).name()

    R = QPalette.ColorRole
    colours = dict(window=c(R.Window), base=c(R.Base), alt=c(R.AlternateBase), text=c(R.WindowText),
                   button=c(R.Button), highlight=c(R.Highlight), highlighted_text=c(R.HighlightedText),
                   tip=c(R.ToolTipBase), tip_text=c(R.ToolTipText), link=c(R.Link), muted=c(R.PlaceholderText),
                   disabled=palette.color(QPalette.ColorGroup.Disabled, R.WindowText).name())
    grounds = [colours["window"], colours["base"], colours["button"]]
    if contrast_ratio(colours["highlighted_text"], colours["highlight"]) < TEXT:  # Fusion's white on blue: 3.6:1
        colours["highlighted_text"] = max(("#000000", "#ffffff"),
                                          key=lambda ink: contrast_ratio(ink, colours["highlight"]))
    colours.update(edge=softest_with_contrast(colours["text"], grounds, NON_TEXT + 0.3),
                   chosen_edge=colours["text"],
                   focus=softest_with_contrast(colours["highlight"], grounds, NON_TEXT + 0.3))
    return colours


class EdgeStyle(QProxyStyle):
    """Fusion, with the edges, indicators, chosen toggles and focus ring drawn in the theme's colours."""

    def __init__(self, colours: dict[str, str]) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.colours = {key: QColor(value) for key, value in colours.items()}

    def _c(self, key: str, option: QStyleOption | None = None) -> QColor:
        if option is not None and not option.state & QStyle.StateFlag.State_Enabled:
            return self.colours["disabled"]
        return self.colours[key]

    # -- primitives: indicators, field frames, button panels, the focus ring ----------------------
    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt name)
        PE, S = QStyle.PrimitiveElement, QStyle.StateFlag
        if element == PE.PE_IndicatorCheckBox:
            self._check_box(option, painter)
        elif element == PE.PE_IndicatorRadioButton:
            self._radio_button(option, painter)
        elif element == PE.PE_FrameFocusRect:
            if option.state & S.State_KeyboardFocusChange:
                _outline(painter, option.rect, self.colours["focus"], 2, 3)
        elif element in (PE.PE_PanelButtonCommand, PE.PE_PanelButtonTool) and option.state & S.State_On:
            self._chosen(option, painter)
        else:
            super().drawPrimitive(element, option, painter, widget)
            if element in (PE.PE_FrameLineEdit, PE.PE_PanelButtonCommand):
                self._edge(option, painter)

    def _edge(self, option, painter, rect=None) -> None:
        """A field's or a button's edge over Fusion's own: the focus ring when it has keyboard focus."""
        S = QStyle.StateFlag
        rect = option.rect if rect is None else rect
        focused = option.state & S.State_HasFocus and (
            option.state & S.State_KeyboardFocusChange or isinstance(option, _FIELD_OPTIONS))
        if focused:
            _outline(painter, rect, self.colours["focus"], 2, 3)
        else:
            _outline(painter, rect, self._c("edge", option), 1, 2)

    def _check_box(self, option, painter) -> None:
        S = QStyle.StateFlag
        box = QRectF(option.rect).adjusted(1, 1, -1, -1)
        on, mixed = bool(option.state & S.State_On), bool(option.state & S.State_NoChange)
        enabled = bool(option.state & S.State_Enabled)
        fill = self._c("highlight", option) if (on or mixed) else self.colours["base"]
        if option.state & S.State_Sunken and enabled:
            fill = _blend(fill, self.colours["text"], 0.2)
        edge = fill if (on or mixed) else self._c("edge", option)
        if option.state & S.State_HasFocus and option.state & S.State_KeyboardFocusChange:
            edge = self.colours["focus"]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 2))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 2.5, 2.5)
        mark = QPen(self.colours["highlighted_text"] if enabled else self.colours["base"],
                    max(2.0, box.height() * 0.16), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin)
        painter.setPen(mark)
        w, h, x, y = box.width(), box.height(), box.left(), box.top()
        if mixed:
            painter.drawLine(QPointF(x + w * 0.25, y + h / 2), QPointF(x + w * 0.75, y + h / 2))
        elif on:
            path = QPainterPath(QPointF(x + w * 0.22, y + h * 0.52))
            path.lineTo(x + w * 0.42, y + h * 0.72)
            path.lineTo(x + w * 0.78, y + h * 0.3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.restore()

    def _radio_button(self, option, painter) -> None:
        S = QStyle.StateFlag
        circle = QRectF(option.rect).adjusted(1, 1, -1, -1)
        on = bool(option.state & S.State_On)
        edge = self._c("highlight" if on else "edge", option)
        if option.state & S.State_HasFocus and option.state & S.State_KeyboardFocusChange:
            edge = self.colours["focus"]
        fill = self.colours["base"]
        if option.state & S.State_Sunken:
            fill = _blend(fill, self.colours["text"], 0.2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 2))
        painter.setBrush(fill)
        painter.drawEllipse(circle)
        if on:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._c("highlight", option))
            r = circle.width() * 0.28
            painter.drawEllipse(circle.center(), r, r)
        painter.restore()

    def _chosen(self, option, painter) -> None:
        """A pressed toggle or the chosen score: filled in the accent colour inside a 2 px edge."""
        S = QStyle.StateFlag
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self._c("highlight", option))
        focused = option.state & S.State_HasFocus and option.state & S.State_KeyboardFocusChange
        painter.setPen(QPen(self.colours["focus"] if focused else self._c("chosen_edge", option), 2))
        painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 3, 3)
        painter.restore()

    # -- controls: the label on a chosen toggle, the selected tab, the progress bar's frame ----------
    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt name)
        CE, S = QStyle.ControlElement, QStyle.StateFlag
        if element in (CE.CE_PushButtonLabel, CE.CE_ToolButtonLabel) and option.state & S.State_On:
            option = type(option)(option)
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.ButtonText, self._c("highlighted_text", option)
                             if option.state & S.State_Enabled else self.colours["base"])
            option.palette = palette
        super().drawControl(element, option, painter, widget)
        if element == CE.CE_TabBarTabShape and option.state & S.State_Selected:
            rect = option.rect
            painter.fillRect(rect.left() + 1, rect.bottom() - 2, rect.width() - 2, 3, self._c("highlight", option))
        elif element == CE.CE_ProgressBarGroove:
            _outline(painter, option.rect, self._c("edge", option), 1, 2)

    # -- complex controls: spin boxes, drop-downs, the volume slider, scroll bars -------------------------
    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802 (Qt name)
        CC, SC = QStyle.ComplexControl, QStyle.SubControl
        super().drawComplexControl(control, option, painter, widget)
        if control in (CC.CC_SpinBox, CC.CC_ComboBox):
            self._edge(option, painter)
        elif control == CC.CC_Slider:
            groove = self.subControlRect(control, option, SC.SC_SliderGroove, widget)
            handle = self.subControlRect(control, option, SC.SC_SliderHandle, widget)
            if option.orientation == Qt.Orientation.Horizontal:
                groove.setTop(groove.center().y() - 2)
                groove.setHeight(5)
            else:
                groove.setLeft(groove.center().x() - 2)
                groove.setWidth(5)
            _outline(painter, groove, self._c("edge", option), 1, 2)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(self.colours["base"])
            focused = option.state & QStyle.StateFlag.State_HasFocus
            painter.setPen(QPen(self.colours["focus"] if focused else self._c("edge", option), 2))
            painter.drawRoundedRect(QRectF(handle).adjusted(1, 1, -1, -1), 3, 3)
            painter.restore()
        elif control == CC.CC_ScrollBar:
            handle = self.subControlRect(control, option, SC.SC_ScrollBarSlider, widget)
            if handle.isValid() and not handle.isEmpty():
                _outline(painter, handle, self._c("edge", option), 1, 2)


_FIELD_OPTIONS = (QStyleOptionFrame, QStyleOptionSpinBox, QStyleOptionComboBox)  # focus shows however it came


def _outline(painter: QPainter, rect, colour: QColor, width: float, radius: float) -> None:
    half = width / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), radius, radius)
    painter.restore()


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


_START_STYLE: list[str] = []  # the style the app started with: "system" returns to it
_CURRENT: list[str] = []  # the theme applied last, to follow the desktop when it switches light/dark


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to `theme`; "system" returns to the desktop's own palette and style.

    Under "system" with Fusion (a bare Linux desktop), the palette stays the desktop's but edges are drawn
    to 3:1 against it, and a desktop set to dark gets the dark theme when Fusion's palette is still light.
    A native style (Breeze, Windows, macOS) draws its own edges and is left alone.
    """
    hints = QGuiApplication.styleHints()
    if not _START_STYLE:
        _START_STYLE.append(app.style().name())
        hints.colorSchemeChanged.connect(lambda _: _follow_desktop(app))
    _CURRENT[:] = []  # while switching, a change of scheme it causes is not the desktop's
    _switch(app, hints, theme)
    _CURRENT[:] = [theme]


def _switch(app: QApplication, hints, theme: str) -> None:
    if theme in THEMES:
        hints.setColorScheme(Qt.ColorScheme.Light if theme == "light" else Qt.ColorScheme.Dark)
        app.setStyle(EdgeStyle(THEMES[theme]))
        app.setPalette(palette_for(theme))
        return
    hints.unsetColorScheme()
    if _START_STYLE[0].lower() != "fusion":
        app.setStyle(QStyleFactory.create(_START_STYLE[0]))
        app.setPalette(QPalette())  # an empty palette: the desktop's own, and it follows the desktop
        return
    style = EdgeStyle(THEMES["light"])
    app.setStyle(style)
    app.setPalette(QPalette())
    palette = app.palette()
    if hints.colorScheme() == Qt.ColorScheme.Dark and palette.color(QPalette.ColorRole.Window).lightness() > 128:
        app.setPalette(palette_for("dark"))  # Fusion knows no dark palette of its own
        style.colours = {k: QColor(v) for k, v in THEMES["dark"].items()}
    else:
        style.colours = {k: QColor(v) for k, v in colours_of(palette).items()}


def _follow_desktop(app: QApplication) -> None:
    if _CURRENT == ["system"]:
        apply_theme(app, "system")
