"""The exercise picture moves, never fades: one pose at full strength, an arrow that follows the phase, and
a picture that keeps its size and place from Get ready through every rep."""

import pytest

from piriformis_desktop.core.picture import POSES, Frame, frame_for
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.timeline import PhaseKind
from piriformis_desktop.ui import resources_rc  # noqa: F401

ACCENT = "#e8772e"  # the working leg as drawn (tools/make_illustrations.py); the card shows it in the theme's


# -- the rule, in core --------------------------------------------------------------------------------

@pytest.mark.parametrize("kind, blend, pose, arrow", [
    (PhaseKind.GET_READY, 0.0, "start", None),
    (PhaseKind.MOVE, 0.0, "start", "arrow-in"),  # the arrow shows the way before the leg has moved
    (PhaseKind.MOVE, 0.5, "pose-2", "arrow-in"),
    (PhaseKind.HOLD, 1.0, "pose-4", None),
    (PhaseKind.RELEASE, 1.0, "pose-4", "arrow-out"),  # "toes back to straight ahead": the arrow points out
    (PhaseKind.RELEASE, 0.5, "pose-2", "arrow-out"),
    (PhaseKind.REST, 0.0, "start", None),
    (PhaseKind.SWITCH_SIDE, 0.0, "start", None),
])
def test_each_phase_has_one_pose_and_its_own_arrow(kind, blend, pose, arrow):
    frame = frame_for(kind, blend)
    assert (frame.pose_name, frame.arrow_name) == (pose, arrow)


def test_poses_cover_the_whole_movement():
    assert [frame_for(PhaseKind.MOVE, k / (POSES - 1)).pose for k in range(POSES)] == list(range(POSES))
    assert frame_for(PhaseKind.MOVE, 1.7) == Frame(POSES - 1, "in")
    assert frame_for(PhaseKind.MOVE, -1) == Frame(0, "in")


def test_every_drawing_is_in_the_resources(routine):
    """Each exercise has every pose and both arrows, and each parses."""
    from PySide6.QtSvg import QSvgRenderer

    names = ["start"] + [f"pose-{k}" for k in range(1, POSES)] + ["arrow-in", "arrow-out"]
    for exercise in routine.exercises:
        for name in names:
            assert QSvgRenderer(exercise.illustration(name)).isValid(), (exercise.id, name)


# -- what the card draws ------------------------------------------------------------------------------

@pytest.fixture
def make_window(make_main_window):
    return lambda width=1366, height=768: make_main_window(size=(width, height))


def go_to(window, kind, rep=1, into=0.1, side=Side.RIGHT, number=1):
    """Set the fake clock `into` seconds into a phase and let the card catch up, as its timer would."""
    session = window.flow.controller.session
    phase = next(p for p in session.timeline.phases if p.kind is kind and p.side is side
                 and p.exercise_number == number
                 and p.rep == (rep if kind in (PhaseKind.MOVE, PhaseKind.HOLD, PhaseKind.RELEASE) else 0))
    window.clock.advance(session.started_at + phase.start + into - window.clock.now())
    window.flow.controller.update_now()
    return phase


def drawn_rect(view):
    """Where the exercise's picture, fitted into the view, lands in window coordinates (as a user would see it)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtSvg import QSvgRenderer

    picture = QSvgRenderer(view.exercise.illustration("start")).defaultSize()
    size = picture.scaled(view.size(), Qt.AspectRatioMode.KeepAspectRatio)
    top_left = view.mapTo(view.window(), view.rect().topLeft())
    return QRect(top_left.x() + (view.width() - size.width()) // 2,
                 top_left.y() + (view.height() - size.height()) // 2, size.width(), size.height())


def accent_pixels(view) -> int:
    """How many pixels show the working leg's colour exactly: a faded leg has none of its own."""
    image, leg = view.grab().toImage(), view.colours()["leg"]  # the working leg in this theme's colours
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).name() == leg)


def test_the_arrow_follows_the_phase(make_window, qtbot):
    """Get ready: the start, no arrow. Move: an arrow in. Hold: the end, still. Release: an arrow out."""
    window = make_window()
    view = window.player.card.illustration
    window.flow.toggle()
    assert view.drawings() == ["start"]
    go_to(window, PhaseKind.MOVE)
    assert view.drawings() == ["start", "arrow-in"]
    go_to(window, PhaseKind.MOVE, into=1.0)
    assert view.drawings() == ["pose-2", "arrow-in"]
    go_to(window, PhaseKind.HOLD)
    assert view.drawings() == ["pose-4"]
    go_to(window, PhaseKind.RELEASE)
    assert view.drawings() == ["pose-4", "arrow-out"]
    assert window.player.card.cue.text() == "Toes back to straight ahead"
    go_to(window, PhaseKind.RELEASE, into=1.0)
    assert view.drawings() == ["pose-2", "arrow-out"]
    go_to(window, PhaseKind.MOVE, rep=2)
    assert view.drawings() == ["start", "arrow-in"]
    assert view.loaded


def test_the_leg_is_drawn_at_full_strength_in_every_phase(make_window, qtbot):
    """Halfway through a move the working leg is as solid as when it holds: no half-transparent blend."""
    window = make_window()
    view = window.player.card.illustration
    window.flow.toggle()
    counts = {}
    for name, kind, into in (("get ready", PhaseKind.GET_READY, 0.1), ("move", PhaseKind.MOVE, 1.0),
                             ("hold", PhaseKind.HOLD, 0.1), ("release", PhaseKind.RELEASE, 1.0)):
        go_to(window, kind, into=into)
        counts[name] = accent_pixels(view)
    low, high = min(counts.values()), max(counts.values())
    assert low > 0.75 * high, counts


@pytest.mark.parametrize("number", [1, 2, 3])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720), (800, 600)])
def test_the_picture_keeps_its_size_and_place(make_window, qtbot, size, number):
    """From Get ready (one line of text below) to Move (three numbered steps) the picture does not jump."""
    from PySide6.QtWidgets import QApplication

    window = make_window(*size)
    view = window.player.card.illustration
    window.flow.toggle()
    qtbot.waitUntil(lambda: window.player.card.detail.text() != "")
    places = {}
    for name, kind, rep in (("get ready", PhaseKind.GET_READY, 0), ("move", PhaseKind.MOVE, 1),
                            ("hold", PhaseKind.HOLD, 1), ("release", PhaseKind.RELEASE, 3)):
        go_to(window, kind, rep=rep, number=number)
        QApplication.sendPostedEvents()  # let the layouts settle as they would before the next paint
        places[name] = drawn_rect(view).getRect()
        assert view.picture_rect().size() == drawn_rect(view).size()
    assert len(set(places.values())) == 1, places


def test_the_left_leg_is_the_mirror_image(make_window, qtbot, settings):
    """On the left leg the same pose is drawn mirrored, still at full strength."""
    from PySide6.QtCore import Qt

    window = make_window()
    view = window.player.card.illustration
    window.flow.toggle()
    go_to(window, PhaseKind.HOLD)
    right = view.grab().toImage()
    go_to(window, PhaseKind.HOLD, side=Side.LEFT)
    assert view.side is Side.LEFT and view.drawings() == ["pose-4"]
    left = view.grab().toImage()
    rect = view.picture_rect()
    assert left.copy(rect) == right.copy(rect).flipped(Qt.Orientation.Horizontal)


# -- the picture in the theme's colours ---------------------------------------------------------------------

def _theme_grounds():
    from piriformis_desktop.ui.look.theme import THEMES

    return {"system (Fusion)": ("#efefef", "#000000"),
            **{name: (colours["window"], colours["text"]) for name, colours in THEMES.items()}}


@pytest.mark.parametrize("theme", list(_theme_grounds()))
def test_the_parts_that_carry_meaning_stand_out_in_every_theme(theme):
    """The figure (4.5:1), the chair, the working leg and the arrow (3:1) against the card, the panel and the
    mat; the panel and the mat stay close to the card (no bright block on a dark card)."""
    from piriformis_desktop.core.contrast import NON_TEXT, contrast_ratio
    from piriformis_desktop.core.picture import FIGURE_CONTRAST, MEANING, picture_colours

    window, text = _theme_grounds()[theme]
    colours = picture_colours(window, text)
    grounds = (window, colours["panel"], colours["mat"])
    for part in MEANING:
        least = FIGURE_CONTRAST if part == "figure" else NON_TEXT
        assert min(contrast_ratio(colours[part], g) for g in grounds) >= least, (theme, part, colours[part])
    assert max(contrast_ratio(g, window) for g in grounds) < 1.5  # the grounds are the card's, barely changed


def _luminance(colour) -> float:
    from piriformis_desktop.core.contrast import relative_luminance

    return relative_luminance(colour.name())


@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_no_glaring_block_on_a_dark_card(make_window, qapp, theme):
    """In dark and high contrast the mat and the foot panel are dark too: almost nothing of the picture is
    near-white (it was a near-white block), and the figure reads 4.5:1 on the card."""
    from PySide6.QtGui import QPalette

    from piriformis_desktop.core.contrast import contrast_ratio
    from piriformis_desktop.ui.look.theme import apply_theme

    apply_theme(qapp, theme)
    try:
        window = make_window()
        view = window.player.card.illustration
        window.flow.toggle()
        counts = {}
        for number, kind in ((1, PhaseKind.HOLD), (2, PhaseKind.HOLD)):  # standing with the panel; on the mat
            go_to(window, kind, rep=1, number=number)
            image = view.grab().toImage()
            rect = view.picture_rect()
            pixels = [image.pixelColor(x, y) for x in range(rect.left(), rect.right(), 3)
                      for y in range(rect.top(), rect.bottom(), 3)]
            counts[number] = sum(_luminance(p) > 0.6 for p in pixels) / len(pixels)
        assert max(counts.values()) < 0.03, counts
        card = view.palette().color(QPalette.ColorRole.Window).name()
        assert contrast_ratio(view.colours()["figure"], card) >= 4.5
    finally:
        apply_theme(qapp, "system")
