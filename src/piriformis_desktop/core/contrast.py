"""How far apart two colours are for a reader: WCAG 2.2 relative luminance and contrast ratio, no Qt.

Colours are "#rrggbb" strings or (r, g, b) tuples of 0-255. The thresholds are WCAG 2.2 level AA: 4.5:1 for
text, 3:1 for large text and for what identifies a control or its state (1.4.3 and 1.4.11).
"""

from __future__ import annotations

from collections.abc import Iterable

TEXT = 4.5  # body text against its background
LARGE_TEXT = 3.0  # 24 px, or 18.5 px bold, and larger
NON_TEXT = 3.0  # control edges, check marks, focus rings, a chosen state against what is next to it

Colour = str | tuple[int, int, int]


def rgb(colour: Colour) -> tuple[int, int, int]:
    """(r, g, b) of "#rrggbb" (or of a tuple, unchanged)."""
    if isinstance(colour, tuple):
        return colour
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def hex_colour(colour: Colour) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb(colour))


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: Colour) -> float:
    """0 for black, 1 for white, as WCAG defines it (sRGB channels linearised, weighted for the eye)."""
    r, g, b = (_linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: Colour, b: Colour) -> float:
    """From 1 (the same) to 21 (black on white); symmetric."""
    la, lb = relative_luminance(a), relative_luminance(b)
    lighter, darker = max(la, lb), min(la, lb)
    return (lighter + 0.05) / (darker + 0.05)


def mix(a: Colour, b: Colour, t: float) -> tuple[int, int, int]:
    """The colour `t` of the way from `a` to `b` (0 is `a`, 1 is `b`), channel by channel."""
    return tuple(round(x + (y - x) * t) for x, y in zip(rgb(a), rgb(b), strict=True))  # type: ignore[return-value]


def softest_with_contrast(ink: Colour, backgrounds: Iterable[Colour], minimum: float = NON_TEXT) -> str:
    """The colour between `ink` and the first background closest to it that still reaches `minimum` on each.

    For a palette this app did not choose (the desktop's own): a field edge or an indicator that is as quiet
    as it can be while staying visible. When even `ink` does not reach `minimum`, `ink` itself.
    """
    backgrounds = list(backgrounds)
    toward = backgrounds[0]

    def passes(colour: Colour) -> bool:
        return all(contrast_ratio(colour, bg) >= minimum for bg in backgrounds)

    if not passes(ink):
        return hex_colour(ink)
    low, high = 0.0, 1.0  # `low` always passes; search for the largest share of the background that does
    for _ in range(16):
        middle = (low + high) / 2
        if passes(mix(ink, toward, middle)):
            low = middle
        else:
            high = middle
    return hex_colour(mix(ink, toward, low))


def nearest_with_contrast(ink: Colour, backgrounds: Iterable[Colour], minimum: float = TEXT) -> str:
    """`ink` itself when it reaches `minimum` on every background; otherwise the colour nearest to it on the way
    to black or to white (whichever gets there sooner) that does. For a desktop's colour that falls short: its
    hue kept, only darker or lighter. When neither end reaches `minimum`, `ink` itself."""
    backgrounds = list(backgrounds)

    def passes(colour: Colour) -> bool:
        return all(contrast_ratio(colour, bg) >= minimum for bg in backgrounds)

    if passes(ink):
        return hex_colour(ink)
    best: tuple[float, str] | None = None
    for end in ("#000000", "#ffffff"):
        if not passes(end):
            continue
        low, high = 0.0, 1.0  # `high` always passes: search for the smallest step toward `end` that does
        for _ in range(10):  # to 1/1024 of the way: finer than one step of a colour channel
            middle = (low + high) / 2
            if passes(mix(ink, end, middle)):
                high = middle
            else:
                low = middle
        if best is None or high < best[0]:
            best = (high, hex_colour(mix(ink, end, high)))
    return best[1] if best is not None else hex_colour(ink)


def over(ink: Colour, alpha: int, ground: Colour) -> tuple[int, int, int]:
    """What a reader sees of `ink` drawn at `alpha` (0-255) over `ground`: a half-transparent palette colour,
    as Fusion's placeholder text is, measured as the colour it makes."""
    return mix(ground, ink, alpha / 255)
