"""WCAG 2.2 contrast in core: the numbers every theme is held to."""

import pytest

from piriformis_desktop.core.contrast import (
    NON_TEXT,
    TEXT,
    contrast_ratio,
    hex_colour,
    mix,
    nearest_with_contrast,
    over,
    relative_luminance,
    rgb,
    softest_with_contrast,
)


def test_black_and_white_are_the_ends_of_the_scale():
    """White is luminance 1, black 0, and black on white is the largest ratio there is: 21:1."""
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#000000") == 0.0
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#4a90d9", "#4a90d9") == pytest.approx(1.0)


@pytest.mark.parametrize("ink, ground, expected", [
    ("#767676", "#ffffff", 4.54),  # the lightest grey that passes for text on white, WCAG's own example
    ("#777777", "#ffffff", 4.48),  # one step lighter fails
    ("#949494", "#ffffff", 3.03),  # the lightest grey for an edge on white
    ("#16191c", "#1e2226", 1.10),  # the old dark theme's check-box inside against its window
    ("#ffd400", "#000000", 14.67),
])
def test_ratios_match_published_values(ink, ground, expected):
    """Known pairs give the ratios the WCAG tools give, rounded to two places, either way round."""
    assert round(contrast_ratio(ink, ground), 2) == expected
    assert contrast_ratio(ground, ink) == contrast_ratio(ink, ground)


def test_colours_read_as_hex_or_tuples():
    assert rgb("#B4410c") == (180, 65, 12)
    assert rgb((1, 2, 3)) == (1, 2, 3)
    assert hex_colour((180, 65, 12)) == "#b4410c"
    assert mix("#000000", "#ffffff", 0.5) == (128, 128, 128)
    with pytest.raises(ValueError):
        rgb("#fff")


@pytest.mark.parametrize("ink, grounds", [
    ("#000000", ["#efefef", "#ffffff"]),  # Fusion's own light palette
    ("#ffffff", ["#000000", "#111111"]),  # a black high-contrast desktop
    ("#eef1f4", ["#1e2226", "#16191c", "#2c3238"]),
])
def test_the_softest_edge_still_reaches_the_minimum(ink, grounds):
    """An edge for a palette the app did not choose: as quiet as it can be, and still 3:1 on every ground."""
    edge = softest_with_contrast(ink, grounds, NON_TEXT)
    assert all(contrast_ratio(edge, g) >= NON_TEXT for g in grounds)
    softer = mix(edge, grounds[0], 0.08)
    assert min(contrast_ratio(softer, g) for g in grounds) < NON_TEXT  # not needlessly loud


def test_an_ink_that_cannot_reach_the_minimum_is_kept():
    """Grey on grey cannot reach 4.5:1 by moving toward the ground: the ink itself is the best there is."""
    assert softest_with_contrast("#888888", ["#777777"], TEXT) == "#888888"


@pytest.mark.parametrize("ink, grounds, minimum", [
    ("#308cc6", ["#efefef", "#ffffff"], 4.5),  # Fusion's accent as error text on its window: 3.2:1 as it is
    ("#787878", ["#efefef", "#ffffff"], 4.5),  # Fusion's placeholder grey (black at half strength)
    ("#5b6b7f", ["#000000"], 4.5),  # a slate grey on black: lighter, not darker
])
def test_a_colour_that_falls_short_moves_only_as_far_as_it_must(ink, grounds, minimum):
    """The nearest colour that passes keeps the hue and reaches the minimum; one step less would not."""
    fixed = nearest_with_contrast(ink, grounds, minimum)
    assert min(contrast_ratio(fixed, g) for g in grounds) >= minimum
    assert min(contrast_ratio(mix(fixed, ink, 0.1), g) for g in grounds) < minimum


def test_a_colour_that_passes_is_kept():
    assert nearest_with_contrast("#1b1f24", ["#f4f5f7"], 4.5) == "#1b1f24"


def test_a_half_transparent_ink_is_measured_as_the_colour_it_makes():
    """Fusion's placeholder text is black at alpha 128: on #efefef it makes a grey that reads 4.1:1, not 18:1."""
    grey = over("#000000", 128, "#efefef")
    assert grey == (119, 119, 119)
    assert contrast_ratio(grey, "#efefef") < 4.5
