"""Draw the exercise illustrations (assets/illustrations/*.svg) and the app icon from joint positions.

Each exercise is one skeleton with only the working leg's joints changed: the start and end pictures for the
sheet, and for the card the poses in between (pose-1 to pose-4, the last being the end without an arrow) and
the motion arrow on its own, pointing in (the move) or out (the release), to lay over a pose. All share one
frame, so they line up exactly. The right leg works in every picture; the app mirrors it for the left leg.
Run: python tools/make_illustrations.py, then `make resources`.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from piriformis_desktop.core.picture import DRAWN  # noqa: E402  (the card swaps these for the theme's)

OUT = ROOT / "assets" / "illustrations"
BODY, ACCENT, ARROW, MAT, MAT_EDGE = DRAWN["figure"], DRAWN["leg"], DRAWN["arrow"], DRAWN["mat"], DRAWN["edge"]
PANEL, PROP, SHADOW, STRAP, WHITE = DRAWN["panel"], DRAWN["prop"], DRAWN["shadow"], DRAWN["strap"], DRAWN["halo"]
HALO = f'stroke="{WHITE}" stroke-opacity="0.65"'


def fmt(points):
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


def limb(points, width, colour=BODY):
    """A rounded limb through `points`, with a pale halo so it reads on dark backgrounds too."""
    d = "M " + " L ".join(f"{x:.1f} {y:.1f}" for x, y in points)
    common = 'fill="none" stroke-linecap="round" stroke-linejoin="round"'
    return (f'<path d="{d}" {common} {HALO} stroke-width="{width + 5}"/>'
            f'<path d="{d}" {common} stroke="{colour}" stroke-width="{width}"/>')


def head(x, y, r, colour=BODY):
    return (f'<circle cx="{x}" cy="{y}" r="{r + 2.5}" fill="{WHITE}" fill-opacity="0.65"/>'
            f'<circle cx="{x}" cy="{y}" r="{r}" fill="{colour}"/>')


def arrow(d, direction: str = "in"):
    """A motion arrow along path `d`: its head at the end of the path ("in"), or at its start ("out")."""
    end = "marker-end" if direction == "in" else "marker-start"
    return (f'<path d="{d}" fill="none" stroke="{WHITE}" stroke-opacity="0.65" stroke-width="8" '
            f'stroke-linecap="round" {end}="url(#head-halo)"/>'
            f'<path d="{d}" fill="none" stroke="{ARROW}" stroke-width="4.5" stroke-linecap="round" '
            f'{end}="url(#head)"/>')


def svg(body: str, top: int = 0, height: int = 300) -> str:
    """A picture 400 wide; lying figures use a shorter window (`top`, `height`) so they fill the card."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 {top} 400 {height}" width="400" height="{height}">'
        '<defs>'
        f'<marker id="head" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="3.4" markerHeight="3.4" '
        f'orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 Z" fill="{ARROW}"/></marker>'
        '<marker id="head-halo" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="2.6" markerHeight="2.6" '
        f'orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 Z" fill="{WHITE}" fill-opacity="0.65"/></marker>'
        '</defs>' + body + '</svg>\n'
    )


def mat(x, y, w, h):
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="10" fill="{MAT}" stroke="{MAT_EDGE}" stroke-width="2"/>'


def rotate(point, centre, degrees):
    a = math.radians(degrees)
    x, y = point[0] - centre[0], point[1] - centre[1]
    return centre[0] + x * math.cos(a) - y * math.sin(a), centre[1] + x * math.sin(a) + y * math.cos(a)


# -- toe rotation: standing, seen from behind, with the feet seen from above beside it ----------------------
FOOT = ("M -11 0 C -14 -28 -20 -50 -17 -66 C -13 -80 13 -80 17 -66 C 20 -50 14 -28 11 0 "
        "C 9 9 -9 9 -11 0 Z")


def footprint(x, y, angle, colour, right: bool) -> str:
    """A foot seen from above, heel at (x, y), toes toward -y turned by `angle` degrees (negative: inward)."""
    toes = [(-12, -82, 5.5), (-3, -86, 4.2), (5, -85, 3.8), (11, -82, 3.4), (16, -77, 3.0)]
    if not right:  # the big toe is on the inner side of each foot
        toes = [(-tx, ty, r) for tx, ty, r in toes]
    parts = [f'<path d="{FOOT}" fill="{colour}" stroke="{WHITE}" stroke-opacity="0.65" stroke-width="2.5"/>']
    parts += [f'<circle cx="{tx}" cy="{ty}" r="{r}" fill="{colour}"/>' for tx, ty, r in toes]
    return f'<g transform="translate({x} {y}) rotate({angle + 0.0:g})">' + "".join(parts) + "</g>"


TOE_HEEL_L, TOE_HEEL_R, TOE_TURN = (264, 250), (350, 250), -30


def toe_rotation(t: float) -> str:
    """The toe rotation with the right foot turned `t` of the way in (0: straight ahead, 1: 30 degrees in)."""
    floor = f'<line x1="20" y1="284" x2="215" y2="284" stroke="{MAT_EDGE}" stroke-width="3" stroke-linecap="round"/>'
    chair = (limb([(92, 132), (92, 284)], 7, PROP) + limb([(40, 206), (92, 206)], 8, PROP)
             + limb([(43, 206), (43, 284)], 7, PROP) + limb([(70, 132), (96, 132)], 8, PROP))
    figure = (
        limb([(139, 158), (137, 216), (136, 268)], 19)  # left leg
        + limb([(136, 268), (136, 278)], 15)
        + limb([(128, 80), (104, 112), (90, 134)], 13)  # left arm to the chair
        + limb([(172, 80), (181, 116), (183, 152)], 13)  # right arm hanging
        + limb([(150, 78), (150, 150)], 52)  # torso
        + head(150, 46, 19)
        + limb([(161, 158), (164, 216), (165, 268)], 19, ACCENT)  # the working right leg
        + limb([(165, 268), (165, 278)], 15, ACCENT)
    )
    panel = (f'<rect x="228" y="30" width="160" height="254" rx="14" fill="{PANEL}" '
             f'stroke="{MAT_EDGE}" stroke-width="2"/>')
    feet = footprint(*TOE_HEEL_L, 0, BODY, right=False) + footprint(*TOE_HEEL_R, TOE_TURN * t, ACCENT, right=True)
    pivot = (f'<circle cx="{TOE_HEEL_R[0]}" cy="{TOE_HEEL_R[1]}" r="5" fill="{WHITE}" '
             f'stroke="{ARROW}" stroke-width="2.5"/>')
    return floor + chair + figure + panel + feet + pivot


def toe_rotation_motion() -> str:
    """The path the toes take turning in (start to end), above the feet."""
    tip_start = (TOE_HEEL_R[0], TOE_HEEL_R[1] - 92)
    tip_end = rotate(tip_start, TOE_HEEL_R, TOE_TURN)
    return (f"M {tip_start[0] + 8} {tip_start[1] - 6} Q {tip_start[0] - 14} {tip_start[1] - 26} "
            f"{tip_end[0] - 2:.1f} {tip_end[1] - 10:.1f}")


# -- leg crossover: face down, seen from above, head to the left ---------------------------------------------
LEG_HIP_R, LEG_TURN = (222, 136), 25


def leg_crossover(t: float) -> str:
    """The leg crossover with the right leg `t` of the way across (0: straight, 1: 25 degrees across)."""
    hip_r, hip_l = LEG_HIP_R, (222, 164)
    left_leg = [hip_l, (296, 167), (366, 169)]
    right_leg = [hip_r, (296, 133), (366, 131)]
    shadow = ""
    if t > 0:  # lifted off the mat: its shadow shows where it is
        right_leg = [hip_r] + [rotate(p, hip_r, LEG_TURN * t) for p in right_leg[1:]]
        sx = [rotate(p, hip_r, LEG_TURN * t) for p in ((296, 141), (366, 141))]
        shadow = (f'<path d="M {hip_r[0]} {hip_r[1] + 8} L {sx[0][0]:.1f} {sx[0][1]:.1f} '
                  f'L {sx[1][0]:.1f} {sx[1][1]:.1f}" '
                  f'fill="none" stroke="{SHADOW}" stroke-opacity="0.55" stroke-width="20" stroke-linecap="round"/>')
    foot_l = limb([left_leg[-1], (378, 170)], 14)
    foot_r = limb([right_leg[-1], (right_leg[-1][0] + 12, right_leg[-1][1] + (-1 + 4 * t))], 14, ACCENT)
    return (
        mat(14, 70, 376, 160)
        + limb([(108, 126), (70, 112), (48, 140)], 14)  # right arm folded under the forehead
        + limb([(108, 174), (70, 188), (48, 160)], 14)  # left arm
        + limb([(108, 150), (222, 150)], 60)  # back and hips
        + head(74, 150, 20)
        + limb(left_leg, 22) + foot_l
        + shadow
        + limb(right_leg, 22, ACCENT) + foot_r
    )


def leg_crossover_motion() -> str:
    """The path the right foot takes crossing over (start to end), round the end of the mat."""
    end_ankle = rotate((366, 131), LEG_HIP_R, LEG_TURN)
    start_foot, end_foot = (378, 128), (end_ankle[0] + 14, end_ankle[1] + 14)
    return f"M {start_foot[0]} {start_foot[1] - 4} Q 398 170 {end_foot[0] + 6:.1f} {end_foot[1]:.1f}"


# -- bent-knee hip lift: face down, seen from the side, working leg nearest -------------------------------------
KNEE_HIP, KNEE_START, KNEE_TURN = (238, 206), (306, 210), -14


def bent_knee_lift(t: float) -> str:
    """The hip lift with the right knee `t` of the way up (0: on the mat, 1: lifted by 14 degrees)."""
    hip = KNEE_HIP
    knee = rotate(KNEE_START, hip, KNEE_TURN * t) if t > 0 else KNEE_START
    ankle = (knee[0], knee[1] - 80)
    toes = (ankle[0] + 26, ankle[1] - 1)
    band_a = (hip[0] + (knee[0] - hip[0]) * 0.72, hip[1] + (knee[1] - hip[1]) * 0.72)
    return (
        mat(12, 226, 376, 20)
        + limb([(238, 212), (300, 216), (360, 218)], 20)  # far leg, straight on the mat
        + limb([(360, 218), (374, 228)], 13)
        + limb([(50, 218), (98, 220)], 13)  # forearm under the head
        + limb([(98, 220), (112, 200)], 14)
        + limb([(104, 204), (238, 206)], 44)  # torso lying on the mat
        + head(58, 198, 19)
        + limb([hip, knee, ankle], 22, ACCENT)  # the working right leg, knee at a right angle
        + limb([ankle, toes], 13, ACCENT)
        + _strap(hip, knee, band_a)
    )


def bent_knee_lift_motion() -> str:
    """The path the knee takes lifting (start to end), beside the lifted knee."""
    knee = rotate(KNEE_START, KNEE_HIP, KNEE_TURN)
    return f"M {knee[0] + 24:.1f} {knee[1] + 22:.1f} L {knee[0] + 24:.1f} {knee[1] - 6:.1f}"


def _strap(hip, knee, at) -> str:
    """The ankle weight strapped round the thigh: a dark band across the limb."""
    angle = math.degrees(math.atan2(knee[1] - hip[1], knee[0] - hip[0]))
    return (f'<g transform="translate({at[0]:.1f} {at[1]:.1f}) rotate({angle:.1f})">'
            f'<rect x="-8" y="-17" width="16" height="34" rx="5" fill="{STRAP}" stroke="{WHITE}" '
            'stroke-opacity="0.65" stroke-width="2"/></g>')


def app_icon() -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">'
        f'<rect x="2" y="2" width="60" height="60" rx="14" fill="{ACCENT}"/>'
        '<rect x="6" y="46" width="52" height="6" rx="3" fill="#ffffff" fill-opacity="0.55"/>'
        '<circle cx="14" cy="38" r="6" fill="#ffffff"/>'
        '<path d="M 20 41 L 36 41" stroke="#ffffff" stroke-width="9" stroke-linecap="round"/>'
        '<path d="M 36 41 L 47 38 L 47 18 L 55 18" fill="none" stroke="#ffffff" stroke-width="6" '
        'stroke-linecap="round" stroke-linejoin="round"/>'
        '</svg>\n'
    )


POSES = 5  # drawings of each exercise from start (0) to end (4); core.picture picks one per instant
EXERCISES = {  # id: (the pose at t, the path of the motion, the picture's top and height)
    "toe-rotation": (toe_rotation, toe_rotation_motion, 0, 300),
    "leg-crossover": (leg_crossover, leg_crossover_motion, 60, 180),
    "bent-knee-lift": (bent_knee_lift, bent_knee_lift_motion, 84, 172),
}


def main() -> None:
    """The card's poses and arrows (transparent, to lay over a pose), and the sheet's start and end pictures."""
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (pose, motion, top, height) in EXERCISES.items():
        def write(position: str, body: str, name: str = name, top: int = top, height: int = height) -> None:
            (OUT / f"{name}-{position}.svg").write_text(svg(body, top, height))

        write("start", pose(0.0))
        write("end", pose(1.0) + arrow(motion(), "in"))  # the sheet's end picture says how it got there
        for k in range(1, POSES):
            write(f"pose-{k}", pose(k / (POSES - 1)))
        for direction in ("in", "out"):
            write(f"arrow-{direction}", arrow(motion(), direction))
    (ROOT / "assets" / "icons").mkdir(parents=True, exist_ok=True)
    (ROOT / "assets" / "icons" / "app-icon.svg").write_text(app_icon())


if __name__ == "__main__":
    main()
