"""Which drawing of an exercise the card shows at one instant: the working leg's pose and the motion arrow.

The card never fades one picture into another: it shows one drawn pose at full strength, the working leg
as far along as the rep is (the card's `blend`: 0 is the start position, 1 the end), and while the leg
moves, an arrow the way it moves: in toward the end position on Move, out toward the start on Release.
The drawings are made by tools/make_illustrations.py: `start`, `pose-1` ... `pose-4` (the end, without an
arrow), `arrow-in` and `arrow-out`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from piriformis_desktop.core.contrast import NON_TEXT, hex_colour, mix, nearest_with_contrast
from piriformis_desktop.core.timeline import PhaseKind

POSES = 5  # drawings from the start position (0) to the end position (POSES - 1)
ARROWS = {PhaseKind.MOVE: "in", PhaseKind.RELEASE: "out"}


@dataclass(frozen=True)
class Frame:
    pose: int  # 0 (start position) to POSES - 1 (end position)
    arrow: str | None  # "in" while moving into the end position, "out" while moving back, else None

    @property
    def pose_name(self) -> str:
        """The drawing's name after the exercise id: "start", "pose-1" ... "pose-4"."""
        return "start" if self.pose == 0 else f"pose-{self.pose}"

    @property
    def arrow_name(self) -> str | None:
        return None if self.arrow is None else f"arrow-{self.arrow}"


def frame_for(kind: PhaseKind, blend: float) -> Frame:
    """The drawing for a phase of kind `kind` with the leg `blend` of the way to the end position."""
    pose = round(min(1.0, max(0.0, blend)) * (POSES - 1))
    return Frame(pose, ARROWS.get(kind))


# The colours tools/make_illustrations.py draws with, by what they show. The card swaps each for the theme's
# (picture_colours), so a dark card gets a dark panel and a light figure instead of a near-white block.
DRAWN = {
    "figure": "#5b6b7f",  # the body and the resting leg
    "prop": "#8a97a8",  # the chair
    "panel": "#eef2f6",  # the panel the feet are drawn on
    "mat": "#dfe6ee",  # the exercise mat
    "edge": "#b9c5d3",  # the mat's and the panel's edge, the floor line
    "shadow": "#9aa7b6",  # a lifted leg's shadow on the mat
    "halo": "#ffffff",  # the thin outline that keeps limbs apart where they cross
    "leg": "#e8772e",  # the working leg
    "arrow": "#b4531a",  # the motion arrow and the pivot
    "strap": "#38434f",  # the ankle weight round the thigh
}
MEANING = ("figure", "prop", "leg", "arrow")  # the parts a user needs to see: 3:1 against every ground
FIGURE_CONTRAST = 4.5  # the body as clear as text: it is what the user copies


@functools.lru_cache(maxsize=8)  # the same two colours for every drawing of a theme
def picture_colours(window: str, text: str) -> dict[str, str]:
    """The drawing's colours, by the names of DRAWN, for a card of colour `window` with text `text`.

    The panel and the mat are the card's own colour stepped a little toward the text (a quiet ground, never a
    bright block on a dark card). The figure, the chair, the working leg and the arrow keep their hue, moved
    only as far toward black or white as they must to stand out on the card, the panel and the mat (the figure
    4.5:1, as text; the rest 3:1); the outline between limbs is the ground's colour.
    """
    panel = hex_colour(mix(window, text, 0.05))
    mat = hex_colour(mix(window, text, 0.09))
    grounds = [window, panel, mat]
    figure = nearest_with_contrast(DRAWN["figure"], grounds, FIGURE_CONTRAST)
    leg = nearest_with_contrast(DRAWN["leg"], grounds, NON_TEXT)
    return {
        "figure": figure,
        "prop": nearest_with_contrast(DRAWN["prop"], grounds, NON_TEXT),
        "panel": panel,
        "mat": mat,
        "edge": hex_colour(mix(window, text, 0.3)),
        "shadow": hex_colour(mix(figure, mat, 0.5)),
        "halo": panel,
        "leg": leg,
        "arrow": nearest_with_contrast(DRAWN["arrow"], grounds, NON_TEXT),
        "strap": nearest_with_contrast(DRAWN["strap"], [leg], NON_TEXT),
    }


def themed_svg(svg: str, colours: dict[str, str]) -> str:
    """A drawing's SVG text with each DRAWN colour replaced by the one in `colours` (same names)."""
    swaps = {DRAWN[name]: colours[name] for name in DRAWN}
    return re.sub("|".join(re.escape(c) for c in swaps), lambda m: swaps[m.group(0)], svg)
