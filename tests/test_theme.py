"""Every theme readable: each colour pair the app paints meets WCAG 2.2 AA, and the drawn edges show."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from piriformis_desktop.core.contrast import NON_TEXT, contrast_ratio
from piriformis_desktop.ui.look.theme import PAIRS, THEMES, apply_theme, colours_of, palette_for

ALL_THEMES = ["system", *THEMES]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("ink, ground, minimum, where", PAIRS, ids=[f"{a}-on-{b}" for a, b, *_ in PAIRS])
def test_every_pair_meets_wcag_aa(theme, ink, ground, minimum, where):
    """Text 4.5:1, and 3:1 for what identifies a control or its state, in every theme."""
    colours = THEMES[theme]
    ratio = contrast_ratio(colours[ink], colours[ground])
    assert ratio >= minimum, f"{theme}: {where}: {colours[ink]} on {colours[ground]} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", THEMES)
def test_the_palette_carries_the_theme(qapp, theme):
    """The colours tested above are the ones the widgets get."""
    palette, colours = palette_for(theme), THEMES[theme]
    R = QPalette.ColorRole
    for role, key in ((R.Window, "window"), (R.Base, "base"), (R.Text, "text"), (R.Highlight, "highlight"),
                      (R.PlaceholderText, "muted"), (R.ToolTipBase, "tip"), (R.Accent, "highlight")):
        assert palette.color(role).name() == colours[key]


@pytest.mark.parametrize("window, text", [("#efefef", "#000000"), ("#000000", "#ffffff"),
                                          ("#2b2b2b", "#d0d0d0"), ("#fdf6e3", "#586e75")])
def test_a_desktop_palette_gets_edges_and_a_ring_that_show(qapp, window, text):
    """Under "system" the desktop's palette stays, and the edges and focus ring drawn over it reach 3:1."""
    from PySide6.QtGui import QColor

    palette = QPalette(QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    colours = colours_of(palette)
    for ground in (colours["window"], colours["base"], colours["button"]):
        assert contrast_ratio(colours["edge"], ground) >= NON_TEXT
        assert contrast_ratio(colours["focus"], ground) >= NON_TEXT
    assert contrast_ratio(colours["highlighted_text"], colours["highlight"]) >= 4.5


# -- what is drawn, measured in pixels ---------------------------------------------------------------

@pytest.fixture
def themed(qapp):
    """Apply a theme for one test; the app returns to "system" afterwards."""
    yield lambda theme: apply_theme(qapp, theme)
    apply_theme(qapp, "system")


def _controls(qtbot):
    page = QWidget()
    layout = QVBoxLayout(page)
    page.box, page.ticked, page.spin, page.line = QCheckBox("Sound cues"), QCheckBox("Mon"), QSpinBox(), QLineEdit()
    page.combo, page.slider = QComboBox(), QSlider(Qt.Orientation.Horizontal)
    page.combo.addItems(["Light", "Dark"])
    page.ticked.setChecked(True)
    page.slider.setValue(40)
    for widget in (page.box, page.ticked, page.spin, page.line, page.combo, page.slider):
        layout.addWidget(widget)
    qtbot.addWidget(page)
    page.resize(320, 300)
    page.show()
    qtbot.waitExposed(page)
    return page


def _strongest(image, y, xs, against):
    """The largest contrast between `against` and any pixel on row `y` at `xs`: how well an edge there shows."""
    return max(contrast_ratio(image.pixelColor(x, y).name(), against) for x in xs)


def _indicator(box):
    option = QStyleOptionButton()
    box.initStyleOption(option)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)


@pytest.mark.parametrize("theme", ALL_THEMES)
def test_an_unticked_box_and_the_fields_show_their_edges(qtbot, themed, theme):
    """Grabbed on screen, an unticked box's edge and each field's edge stand 3:1 from outside and inside."""
    themed(theme)
    page = _controls(qtbot)
    window = QApplication.palette().color(QPalette.ColorRole.Window).name()
    box = page.box.grab().toImage()
    rect = _indicator(page.box)
    y, inside = rect.center().y(), box.pixelColor(rect.center()).name()
    edge_xs = range(rect.left(), rect.left() + 4)
    assert _strongest(box, y, edge_xs, window) >= NON_TEXT, f"{theme}: box edge against the window"
    assert _strongest(box, y, edge_xs, inside) >= NON_TEXT, f"{theme}: box edge against its inside"
    for field in (page.spin, page.line, page.combo):
        image = field.grab().toImage()
        y = image.height() // 2
        inside = image.pixelColor(image.width() // 2, y).name()
        assert _strongest(image, y, range(0, 4), window) >= NON_TEXT, f"{theme}: {field} edge, window"
        assert _strongest(image, y, range(0, 4), inside) >= NON_TEXT, f"{theme}: {field} edge, inside"


@pytest.mark.parametrize("theme", ALL_THEMES)
def test_a_ticked_box_shows_a_tick(qtbot, themed, theme):
    """A ticked box is filled and carries a check mark 3:1 against its fill (a style sheet would lose it)."""
    themed(theme)
    page = _controls(qtbot)
    image = page.ticked.grab().toImage()
    rect = _indicator(page.ticked).adjusted(3, 3, -3, -3)
    colours = {image.pixelColor(x, y).name() for x in range(rect.left(), rect.right() + 1)
               for y in range(rect.top(), rect.bottom() + 1)}
    window = QApplication.palette().color(QPalette.ColorRole.Window).name()
    fill = image.pixelColor(rect.left(), rect.top()).name()
    assert contrast_ratio(fill, window) >= NON_TEXT, f"{theme}: a ticked box against the window"
    assert max(contrast_ratio(c, fill) for c in colours) >= NON_TEXT, f"{theme}: no tick drawn"


@pytest.mark.parametrize("theme", ALL_THEMES)
def test_the_volume_handle_shows(qtbot, themed, theme):
    """The slider's handle has an edge 3:1 against the window around it."""
    themed(theme)
    page = _controls(qtbot)
    slider = page.slider
    from PySide6.QtWidgets import QStyleOptionSlider

    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                           QStyle.SubControl.SC_SliderHandle, slider)
    image = slider.grab().toImage()
    window = QApplication.palette().color(QPalette.ColorRole.Window).name()
    ys = range(handle.top(), handle.top() + 3)
    x = handle.center().x()
    assert max(contrast_ratio(image.pixelColor(x, y).name(), window) for y in ys) >= NON_TEXT


@pytest.mark.parametrize("theme", ALL_THEMES)
def test_keyboard_focus_draws_a_ring_that_shows(qtbot, themed, theme):
    """Tabbing into a field or a box draws a ring 3:1 against the window."""
    themed(theme)
    page = _controls(qtbot)
    window = QApplication.palette().color(QPalette.ColorRole.Window).name()
    for before, key, widget in ((page.spin, Qt.Key.Key_Tab, page.line), (page.ticked, Qt.Key.Key_Backtab, page.box)):
        before.setFocus()
        qtbot.keyClick(before, key)
        qtbot.waitUntil(widget.hasFocus)
        image = widget.grab().toImage()
        ring = max(contrast_ratio(image.pixelColor(x, y).name(), window)
                   for x in range(image.width()) for y in (0, 1, image.height() // 2))
        assert ring >= NON_TEXT, f"{theme}: no visible focus ring on {widget}"
        if widget is page.box:  # the ring round the label is in the focus colour, not just the text
            focus = {image.pixelColor(x, 1).name() for x in range(image.width())}
            assert any(contrast_ratio(c, window) >= NON_TEXT for c in focus)


@pytest.mark.parametrize("theme", ALL_THEMES)
def test_a_pressed_toggle_is_filled_and_edged(qtbot, themed, theme):
    """A checkable button that is on: accent fill 3:1 from the buttons that are off, an edge 3:1 from the window."""
    themed(theme)
    page = QWidget()
    layout = QVBoxLayout(page)
    off, on = QPushButton("5"), QPushButton("6")
    for button in (off, on):
        button.setCheckable(True)
        button.setMinimumSize(46, 46)
        layout.addWidget(button)
    on.setChecked(True)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    off_image, on_image = off.grab().toImage(), on.grab().toImage()
    off_face = off_image.pixelColor(6, off_image.height() // 2).name()
    on_face = on_image.pixelColor(6, on_image.height() // 2).name()
    window = QApplication.palette().color(QPalette.ColorRole.Window).name()
    assert on_face == QApplication.palette().color(QPalette.ColorRole.Highlight).name()
    if theme != "system":  # the desktop's accent is its own; the edge below still marks the chosen one
        assert contrast_ratio(on_face, off_face) >= NON_TEXT
    assert _strongest(on_image, on_image.height() // 2, range(0, 3), window) >= NON_TEXT


def test_the_first_frame_gets_the_palette_and_the_edges_follow(themed, qapp):
    """At start-up only the palette is set (defining the edge style costs ~8 ms); once the window is up the
    same call with edges installs the style that draws them, in that theme's colours."""
    from piriformis_desktop.ui.look.edge_style import EdgeStyle

    themed("system")
    qapp.setStyle("Fusion")
    apply_theme(qapp, "dark", edges=False)
    assert not isinstance(qapp.style(), EdgeStyle) and qapp.style().name().lower() == "fusion"
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == THEMES["dark"]["window"]
    apply_theme(qapp, "dark")
    assert isinstance(qapp.style(), EdgeStyle)
    assert qapp.style().colours["edge"].name() == THEMES["dark"]["edge"]


# -- "Follow the system": the desktop's own palette, held to the same pairs ----------------------------------

def _seen(palette, role) -> str:
    """The colour a reader sees of `role`: a half-transparent one as it comes out over the window."""
    colour, window = palette.color(role), palette.color(QPalette.ColorRole.Window)
    a = colour.alpha() / 255
    mixed = [round(w + (c - w) * a) for c, w in zip(colour.getRgb()[:3], window.getRgb()[:3], strict=True)]
    return "#{:02x}{:02x}{:02x}".format(*mixed)


def test_the_system_theme_meets_every_pair(themed, qapp):
    """The default theme ("Follow the system", Fusion's palette here) passes what the named themes pass: the
    column headings and the reasons beside a control (placeholder colour), links, error text in the accent,
    the text on the accent, and the edges and ring the style draws."""
    themed("system")
    palette, R = qapp.palette(), QPalette.ColorRole
    colours = dict(window=_seen(palette, R.Window), base=_seen(palette, R.Base), alt=_seen(palette, R.AlternateBase),
                   text=_seen(palette, R.WindowText), button=_seen(palette, R.Button),
                   highlight=_seen(palette, R.Highlight), highlighted_text=_seen(palette, R.HighlightedText),
                   tip=_seen(palette, R.ToolTipBase), tip_text=_seen(palette, R.ToolTipText),
                   link=_seen(palette, R.Link), muted=_seen(palette, R.PlaceholderText))
    drawn = qapp.style().colours  # the edges, the ring and the chosen edge the style draws over this palette
    colours.update({key: drawn[key].name() for key in ("edge", "focus", "chosen_edge")})
    failing = [f"{where}: {colours[ink]} on {colours[ground]} is {contrast_ratio(colours[ink], colours[ground]):.2f}:1"
               for ink, ground, minimum, where in PAIRS if contrast_ratio(colours[ink], colours[ground]) < minimum]
    assert failing == []


def _darkest_against(image, ground: str) -> float:
    """The strongest contrast of any pixel in `image` against `ground`: a text's own colour, in its stems."""
    return max(contrast_ratio(image.pixelColor(x, y).name(), ground)
               for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("theme", ALL_THEMES)
def test_the_settings_captions_read_at_4_5(qtbot, themed, theme, routine, settings, tmp_path):
    """The column headings ("Include", "Reps each leg", "Hold") and the reason beside a control, as drawn."""
    from piriformis_desktop.core.settings import SettingsStore
    from piriformis_desktop.ui.settings.pane import SettingsPane

    themed(theme)
    pane = SettingsPane(SettingsStore(tmp_path / "settings.toml", settings, routine))
    qtbot.addWidget(pane)
    pane.resize(1300, 700)
    pane.set_sound_status("No audio device was found.")
    pane.show()
    qtbot.waitExposed(pane)
    window = QApplication.palette().color(QPalette.ColorRole.Window).name()
    from PySide6.QtWidgets import QLabel

    captions = [label for label in pane.findChildren(QLabel) if label.text() in ("Include", "Reps each leg")]
    for label in [*captions, pane.sound_status]:
        ratio = _darkest_against(label.grab().toImage(), window)
        assert ratio >= 4.5, f"{theme}: {label.text()!r} reads {ratio:.2f}:1"
