"""How a length of time is put in words on screen and on paper (one rule for the settings pane and the sheet)."""

from __future__ import annotations

from piriformis_desktop.core.words import translate


def format_duration(seconds: float) -> str:
    """'about 6 min 40 s', 'about 45 s', 'about 12 min'."""
    whole = int(round(seconds))
    minutes, rest = divmod(whole, 60)
    if minutes == 0:
        return translate("Duration", "about {seconds} s").format(seconds=rest)
    if rest == 0:
        return translate("Duration", "about {minutes} min").format(minutes=minutes)
    return translate("Duration", "about {minutes} min {seconds} s").format(minutes=minutes, seconds=rest)
