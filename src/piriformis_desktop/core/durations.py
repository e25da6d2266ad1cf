"""How a length of time is put in words on screen and on paper (one rule for the settings pane and the sheet)."""

from __future__ import annotations


def format_duration(seconds: float) -> str:
    """'about 6 min 40 s', 'about 45 s', 'about 12 min'."""
    whole = int(round(seconds))
    minutes, rest = divmod(whole, 60)
    if minutes == 0:
        return f"about {rest} s"
    if rest == 0:
        return f"about {minutes} min"
    return f"about {minutes} min {rest} s"
