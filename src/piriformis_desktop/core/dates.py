"""How a date is written, from the locale's own long pattern (Qt's QLocale.dateFormat(LongFormat)).

Printed pages say "Printed 25 November 2026": the day without its weekday, the way the user's locale writes a
date, which is not one pattern for all ("25. November 2026" in German, "November 25, 2026" in the US,
"2026年11月25日" in Japanese). Pure pattern work; the ui hands in the locale's pattern.
"""

from __future__ import annotations

import re

_WEEKDAY_FIRST = re.compile(r"^dddd[,،]?\s*")  # "dddd, d. MMMM yyyy", "dddd d MMMM yyyy"
_WEEKDAY_LAST = re.compile(r"[,،]?\s*dddd$")  # "yyyy. MMMM d., dddd", "yyyy年M月d日dddd"
_WEEKDAY_ANYWHERE = re.compile(r"dddd[,،]?\s*")


def without_weekday(pattern: str) -> str:
    """The locale's long date pattern with its weekday (and the separator beside it) taken out."""
    pattern = _WEEKDAY_LAST.sub("", _WEEKDAY_FIRST.sub("", pattern.strip()))
    return _WEEKDAY_ANYWHERE.sub("", pattern).strip()


def with_short_month(pattern: str) -> str:
    """The same pattern with the month's short name ("Nov", "nov.", "Nov.") where it had the full one."""
    return pattern.replace("MMMM", "MMM")
