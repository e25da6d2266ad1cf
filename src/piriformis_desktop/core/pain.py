"""How a pain score is typed: one rule for the ready card (pain before) and the check-in (pain after)."""

from __future__ import annotations

PAIN_SCALE = range(0, 11)  # 0 no pain ... 10 worst imaginable


def pain_after_key(previous: int | None, key_text: str) -> int | None:
    """The score after typing `key_text` with `previous` chosen: a digit picks 0-9, and 0 right after 1 makes 10.

    None when the key is not a single digit (the caller lets it do whatever else it does).
    """
    if len(key_text) != 1 or key_text not in "0123456789":
        return None
    if key_text == "0" and previous == 1:
        return 10
    return int(key_text)
