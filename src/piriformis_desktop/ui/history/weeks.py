"""Where the user's week starts, from Qt's locale, counted the way core.stats counts it."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def first_weekday_of(locale: QLocale | None = None) -> int:
    """The locale's first day of the week: Monday = 0 ... Sunday = 6 (Qt counts Monday = 1 ... Sunday = 7)."""
    return (locale or QLocale()).firstDayOfWeek().value - 1
