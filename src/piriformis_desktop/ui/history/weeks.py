"""Where the user's week starts, from Qt's locale, counted the way core.stats counts it; dates as Qt takes them
and as the locale writes them."""

from __future__ import annotations

import re
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


_YEAR_LAST = re.compile(r"[\s,]*(?:'[^']*'\s*)?y+\.?\s*$")  # "d MMMM yyyy", "MMMM d, yyyy", "d 'de' MMMM 'de' yyyy"
_YEAR_FIRST = re.compile(r"^y+(?:'[^']*'|[.\s/年-])*")  # "yyyy. MMMM d.", "yyyy年M月d日"


def day_month_pattern(locale: QLocale | None = None) -> str:
    """The locale's own way to write a day and a short month, no year, no weekday: "d MMM" ("28 Sept"),
    "d. MMM" ("28. Sept."), "d 'de' MMM" ("28 de sept"), "MMM d" ("Sep 28"); for chart axes and lists."""
    pattern = with_short_month(without_weekday((locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)))
    return _YEAR_FIRST.sub("", _YEAR_LAST.sub("", pattern)).strip()


def weekday_date(day: date, *, year: bool = True, locale: QLocale | None = None) -> str:
    """`day` with its short weekday, as the locale writes a long date with short names: "Mon 30 Nov 2026",
    "Mo., 30. Nov. 2026", "lun, 30 de nov de 2026", "lun. 30 nov. 2026"; without `year`, no year."""
    locale = locale or QLocale()
    pattern = with_short_month(locale.dateFormat(QLocale.FormatType.LongFormat)).replace("dddd", "ddd")
    if not year:
        pattern = _YEAR_FIRST.sub("", _YEAR_LAST.sub("", pattern)).strip()
    return locale.toString(qdate(day), pattern)
