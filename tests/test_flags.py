"""Safety flags (core.flags): each rule at, just below and just above its threshold, and each flag's sentence in
every language the app speaks: what was seen and the routine's advice, never a diagnosis."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from piriformis_desktop.core.flags import (
    EARLIER_DAYS,
    HIGH_PAIN,
    INACTIVE_DAYS,
    RECENT_DAYS,
    RISING_BY,
    ROSE_BY,
    Flag,
    FlagKind,
    flags_between,
    flags_now,
    inactive_flag,
    rising_flag,
    session_flag,
)
from piriformis_desktop.core.history import SessionRecord

TODAY = date(2026, 11, 25)
LANGUAGES = ["en", "de", "es", "fr"]


def played(day: date, before: int | None = None, after: int | None = None) -> SessionRecord:
    start = datetime.combine(day, time(7, 30), tzinfo=UTC)
    return SessionRecord(started_at=start, ended_at=start + timedelta(minutes=7), local_date=day,
                         duration_seconds=420.0, completed=True, exercises_done=3, exercises_total=3,
                         first_side="right", pain_before=before, pain_after=after)


# -- the rules, at their thresholds ------------------------------------------------------------------------

@pytest.mark.parametrize("after, flagged", [(HIGH_PAIN - 1, False), (HIGH_PAIN, True), (HIGH_PAIN + 1, True)])
def test_pain_after_of_seven_or_more_is_flagged(after, flagged):
    flag = session_flag(played(TODAY, before=after, after=after))  # no rise: the score alone
    assert (flag is not None) == flagged
    if flagged:
        assert flag == Flag(FlagKind.HIGH_PAIN, TODAY, before=after, after=after)


@pytest.mark.parametrize("rise, flagged", [(ROSE_BY - 1, False), (ROSE_BY, True), (ROSE_BY + 1, True)])
def test_a_rise_of_two_points_within_a_session_is_flagged(rise, flagged):
    flag = session_flag(played(TODAY, before=2, after=2 + rise))
    assert (flag is not None) == flagged
    if flagged:
        assert flag.kind is FlagKind.ROSE and (flag.before, flag.after) == (2, 2 + rise)


def test_a_rise_to_seven_is_one_flag_that_names_both_scores():
    """Before 2, after 7 (the issue's example): one flag, the rise, whose sentence says 7."""
    assert session_flag(played(TODAY, before=2, after=7)).kind is FlagKind.ROSE
    assert session_flag(played(TODAY, before=None, after=3)) is None
    assert session_flag(played(TODAY, before=5, after=None)) is None  # no check-in after: nothing to compare


def week_of_pain(recent: list[int], earlier: list[int]) -> list[tuple[date, int]]:
    """Check-ins spread over the last 7 days and the 14 before them."""
    return ([(TODAY - timedelta(days=d), p) for d, p in zip(range(0, RECENT_DAYS, 2), recent, strict=False)]
            + [(TODAY - timedelta(days=RECENT_DAYS + d), p)
               for d, p in zip(range(0, EARLIER_DAYS, 3), earlier, strict=False)])


@pytest.mark.parametrize("recent, flagged", [
    ([5, 4, 4], False),  # mean 4.33: 1.83 above 2.5, just below
    ([5, 4, 5, 4], True),  # mean 4.5: exactly 2 above
    ([5, 5, 5], True),  # mean 5: just above
])
def test_the_last_weeks_average_two_points_above_the_fortnight_before_is_flagged(recent, flagged):
    points = week_of_pain(recent, [2, 3, 2, 3])  # earlier mean 2.5
    flag = rising_flag(points, TODAY)
    assert (flag is not None) == flagged
    if flagged:
        assert flag.kind is FlagKind.RISING and flag.earlier == 2.5 and flag.recent - flag.earlier >= RISING_BY


def test_rising_pain_needs_a_check_in_in_both_spans_and_ignores_older_ones():
    assert rising_flag(week_of_pain([8], []), TODAY) is None
    assert rising_flag(week_of_pain([], [1]), TODAY) is None
    old = [(TODAY - timedelta(days=RECENT_DAYS + EARLIER_DAYS), 0)]  # a day before the 14 days: left out
    assert rising_flag(old + week_of_pain([4], [3]), TODAY) is None


@pytest.mark.parametrize("days, flagged", [(INACTIVE_DAYS - 1, False), (INACTIVE_DAYS, True),
                                           (INACTIVE_DAYS + 1, True)])
def test_fourteen_days_without_a_session_is_flagged(days, flagged):
    flag = inactive_flag(TODAY - timedelta(days=days), TODAY)
    assert (flag is not None) == flagged
    if flagged:
        assert flag.days == days and flag.day == TODAY - timedelta(days=days)


def test_a_new_user_with_no_sessions_is_not_told_off():
    assert inactive_flag(None, TODAY) is None and flags_now([], TODAY) == []


def test_the_flags_of_a_period_are_its_sessions_then_todays():
    records = [played(TODAY - timedelta(days=40), 1, 9), played(TODAY - timedelta(days=20), 2, 7),
               played(TODAY - timedelta(days=16), 3, 3)]
    kinds = [(f.kind, f.day) for f in flags_between(records, TODAY - timedelta(days=30), TODAY)]
    assert kinds == [(FlagKind.ROSE, TODAY - timedelta(days=20)), (FlagKind.INACTIVE, TODAY - timedelta(days=16))]


# -- the words, in every language ------------------------------------------------------------------------

@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    from piriformis_desktop.ui.translation import install_translation, remove_translation

    assert install_translation(request.param, {"LANG": "C.UTF-8"}) == request.param
    yield request.param
    remove_translation()


FLAGS = {
    "rose": Flag(FlagKind.ROSE, TODAY, before=2, after=7),
    "high": Flag(FlagKind.HIGH_PAIN, TODAY, before=None, after=8),
    "rising": Flag(FlagKind.RISING, TODAY, recent=4.5, earlier=2.5),
    "inactive": Flag(FlagKind.INACTIVE, TODAY - timedelta(days=15), days=15),
}
ENGLISH = {
    "rose": "Pain rose from 2 to 7 during this session. Stop if the exercises make your pain worse, and ask your "
            "physiotherapist before the next session.",
    "high": "Pain was 8 of 10 after this session. Stop if the exercises make your pain worse, and ask your "
            "physiotherapist before the next session.",
    "rising": "Pain after sessions averaged 4.5 of 10 over the last 7 days, up from 2.5 in the 14 days before. "
              "Ask your physiotherapist before you go on with the routine.",
    "inactive": "No session for 15 days. Start again gently, stop if the exercises make your pain worse, and ask "
                "your physiotherapist if your pain has changed.",
}
NUMBERS = {"rose": ["2", "7"], "high": ["8", "10"], "rising": ["4,5", "2,5"], "inactive": ["15"]}
DIAGNOSES = ["sciatica", "ischias", "ciática", "sciatique", "syndrome", "syndrom", "síndrome", "injury", "verletzung",
             "lesión", "blessure", "diagnos"]


@pytest.mark.parametrize("name", list(FLAGS))
def test_each_flag_is_one_plain_sentence_pair_in_each_language(language, name):
    """English as written; German, Spanish and French translated (not the English), with the numbers where they
    belong (a mean with the language's decimal comma), the physiotherapist named, and no diagnosis."""
    from PySide6.QtCore import QLocale

    text = FLAGS[name].words(lambda x: QLocale().toString(float(x), "f", 1))
    if language == "en":
        assert text == ENGLISH[name]
    else:
        assert text != ENGLISH[name]
        for number in NUMBERS[name]:
            assert number in text, (number, text)
    assert "{" not in text and "%n" not in text
    assert any(word in text.lower() for word in ("physiotherapist", "physiotherapeut", "fisioterapeuta", "kiné"))
    assert not any(word in text.lower() for word in DIAGNOSES), text
    assert text.count(".") >= 2  # what was seen, then the advice
