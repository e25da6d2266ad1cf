"""Typing a pain score: the same keys mean the same score on the ready card and in the check-in."""

import pytest

from piriformis_desktop.core.pain import pain_after_key


@pytest.mark.parametrize(("previous", "key", "score"), [
    (None, "6", 6), (None, "0", 0), (1, "0", 10), (10, "0", 0), (3, "0", 0), (1, "1", 1), (10, "7", 7),
])
def test_digits_pick_the_score_and_one_then_zero_is_ten(previous, key, score):
    assert pain_after_key(previous, key) == score


@pytest.mark.parametrize("key", ["", "a", " ", "12", "٣", "+"])
def test_anything_but_one_digit_is_not_a_score(key):
    """Not a digit (an Arabic-Indic digit included: the scale is typed 0-9): None, the key does something else."""
    assert pain_after_key(4, key) is None
