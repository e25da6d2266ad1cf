"""The style that draws what Fusion derives too faintly from a palette, in a theme's own colours.

Fusion draws field edges and check-box frames in the window colour made darker: on a black window that is
black, whatever the palette says. EdgeStyle, a proxy over Fusion, draws instead: field and indicator
edges, ticked boxes filled in the accent colour with a tick, a chosen toggle filled in the accent colour
inside an edge, the volume handle, and a solid keyboard focus ring. The colours come from ui/look/theme.py
(THEMES, or colours_of a desktop palette), where tests/test_theme.py holds each pair to WCAG 2.2 AA.
Kept apart from ui/look/theme.py because defining a QProxyStyle subclass costs PySide ~8 ms: the app installs
it after its first frame.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionSpinBox,
)


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
        elif element in (PE.PE_PanelButtonCommand, PE.PE_PanelButtonTool) and (
                option.state & S.State_On or _primary(widget, option)):
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
        if element in (CE.CE_PushButtonLabel, CE.CE_ToolButtonLabel) and (
                option.state & S.State_On or _primary(widget, option)):
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


def _primary(widget, option) -> bool:
    """The one action of the moment (a button with the property "primary", e.g. Start on the Ready card): drawn
    as a chosen toggle is, filled in the accent, while it can be used."""
    return (widget is not None and bool(widget.property("primary"))
            and bool(option.state & QStyle.StateFlag.State_Enabled))


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
