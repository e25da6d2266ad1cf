"""Where the user's week starts, from Qt's locale, counted the way core.stats counts it; dates as Qt takes them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def first_weekday_of(locale: QLocale | None = None) -> int:
    """The locale's first day of the week: Monday = 0 ... Sunday = 6 (Qt counts Monday = 1 ... Sunday = 7)."""
    return (locale or QLocale()).firstDayOfWeek().value - 1


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
