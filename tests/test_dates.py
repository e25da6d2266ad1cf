"""core/dates.py: a printed date is the locale's long date without its weekday (patterns as Qt 6 gives them)."""

import pytest

from piriformis_desktop.core.dates import with_short_month, without_weekday


@pytest.mark.parametrize(("locale_pattern", "expected"), [
    ("dddd, d MMMM yyyy", "d MMMM yyyy"),  # C, en_GB, pl
    ("dddd, MMMM d, yyyy", "MMMM d, yyyy"),  # en_US
    ("dddd, d. MMMM yyyy", "d. MMMM yyyy"),  # de: the day takes a full stop
    ("dddd d MMMM yyyy", "d MMMM yyyy"),  # fr, nl
    ("dddd, d 'de' MMMM 'de' yyyy", "d 'de' MMMM 'de' yyyy"),  # es
    ("yyyy. MMMM d., dddd", "yyyy. MMMM d."),  # hu: the weekday last
    ("yyyy年M月d日dddd", "yyyy年M月d日"),  # ja, zh
])
def test_the_weekday_comes_out_and_the_rest_stays_as_the_locale_writes_it(locale_pattern, expected):
    assert without_weekday(locale_pattern) == expected


def test_short_month_names_replace_full_ones_only():
    assert with_short_month("d. MMMM yyyy") == "d. MMM yyyy"
    assert with_short_month("yyyy年M月d日") == "yyyy年M月d日"  # numeric months stay numeric
