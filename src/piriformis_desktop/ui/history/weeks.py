"""Where the user's week starts, from Qt's locale, counted the way core.stats counts it; dates as Qt takes them
and as the locale writes them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from piriformis_desktop.core.dates import with_short_month, without_weekday


def first_weekday_of(locale: QLocale | None = None) -> int:
    """The locale's first day of the week: Monday = 0 ... Sunday = 6 (Qt counts Monday = 1 ... Sunday = 7)."""
    return (locale or QLocale()).firstDayOfWeek().value - 1


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def written_date(day: date, short_month: bool = False, locale: QLocale | None = None) -> str:
    """`day` as the locale writes a date, without the weekday: "25 November 2026", "25. November 2026",
    "November 25, 2026"; with `short_month`, "25 Nov 2026", "25. Nov. 2026", "Nov 25, 2026"."""
    locale = locale or QLocale()
    pattern = without_weekday(locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(qdate(day), with_short_month(pattern) if short_month else pattern)
