"""How the ui words what core computes, where a screen and a printed document say the same thing.

Core returns values (a dose, the start side, a pain trend, a count of minutes); these functions turn them into
translatable sentences, once, for the History tab, the routine sheet and the progress report alike. Counts
use Qt's plural forms ("%n minute(s)"); until a translation supplies its own, `EnglishPlurals` gives the
English ones, so "1 minute" never reads "1 minute(s)".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from piriformis_desktop.core.settings import ExerciseSettings, StartSide

if TYPE_CHECKING:
    from piriformis_desktop.core.progress import Trend

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


class TrContext:
    """A plain function's `tr()`, as a QObject has one: `ClassName.tr(text, "", count)` under the context
    `ClassName`. pyside6-lupdate reads that form as a plural; `translate(ctx, text, None, count)` loses the plural
    forms (see README, How to add a language)."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


class Words(TrContext):
    """The context of the phrases below."""


class EnglishPlurals(QTranslator):
    """English plural forms for "%n thing(s)" strings that no installed translation answers.

    Installed first, so a real translation (installed later, asked first) always wins; for any other string
    it answers nothing and Qt keeps the source text.
    """

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt name)
        if n < 0 or "(s)" not in source_text:
            return None  # not ours: Qt asks the next translator, then keeps the source
        return source_text.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


_plurals: EnglishPlurals | None = None


def install_english_plurals() -> None:
    """Make "%n minute(s)" read "1 minute" / "2 minutes" in this application (once; needs an application)."""
    global _plurals
    app = QCoreApplication.instance()
    if _plurals is None and app is not None:
        _plurals = EnglishPlurals(app)
        app.installTranslator(_plurals)


# -- the routine as set ------------------------------------------------------------------------------
def dose_words(dose: ExerciseSettings) -> str:
    """'10 reps each leg, hold 2 s' or '8 reps each leg, no hold'."""
    if dose.hold_seconds:
        return Words.tr("%n rep(s) each leg, hold {hold} s", "", dose.reps).format(
            hold=dose.hold_seconds)
    return Words.tr("%n rep(s) each leg, no hold", "", dose.reps)


def start_side_words(start_side: StartSide) -> str:
    """Which leg goes first, as a clause: 'start with the left leg'."""
    if start_side is StartSide.ALTERNATE:
        return translate("Words", "alternate the starting leg each session")
    if start_side is StartSide.LEFT:
        return translate("Words", "start with the left leg")
    return translate("Words", "start with the right leg")


# -- counts ------------------------------------------------------------------------------------------
def minutes_words(minutes: int) -> str:
    """'1 minute', '6 minutes'."""
    return Words.tr("%n minute(s)", "", minutes)


def sessions_words(sessions: int) -> str:
    """'1 session', '3 sessions'."""
    return Words.tr("%n session(s)", "", sessions)


def weeks_words(weeks: int) -> str:
    """'1 week', '4 weeks'."""
    return Words.tr("%n week(s)", "", weeks)


# -- pain --------------------------------------------------------------------------------------------
def pain_place_words(place: str) -> str:
    """Where it hurt, one of core's PAIN_PLACES keys ("lower back"), in the user's words; an unknown key as it is."""
    if place == "buttock":
        return translate("Words", "buttock")
    if place == "thigh":
        return translate("Words", "thigh")
    if place == "lower back":
        return translate("Words", "lower back")
    return place


def trend_words(trend: Trend) -> str:
    """One honest sentence about the pain trend: how to start, how many more, too early, or which way it went."""
    from piriformis_desktop.core.progress import MIN_POINTS_FOR_TREND, Direction  # statistics: not at start-up

    if trend.count == 0:
        return translate("Words", "No pain check-ins yet: after a session, note how much it hurts to see a trend "
                                  "here.")
    if trend.count < MIN_POINTS_FOR_TREND:
        return translate("Words", "Not enough check-ins yet for a trend ({count} of the {needed} needed).").format(
            count=trend.count, needed=MIN_POINTS_FOR_TREND)
    if not trend.enough:
        return Words.tr("Pain trend from %n check-in(s): too early to tell until they span at least a week.", "",
                        trend.count)
    locale = QLocale()  # "6.5" in English, "6,5" in German
    assert trend.now is not None and trend.start is not None  # a trend with a direction has both ends
    now, start, n = locale.toString(float(trend.now), "f", 1), locale.toString(float(trend.start), "f", 1), trend.count
    if trend.direction is Direction.LOWER:
        text = Words.tr("Pain trend from %n check-in(s): now about {now} of 10, lower than at the start "
                                  "({start}).", "", n)
    elif trend.direction is Direction.SLIGHTLY_LOWER:
        text = Words.tr("Pain trend from %n check-in(s): now about {now} of 10, slightly lower than at "
                                  "the start ({start}).", "", n)
    elif trend.direction is Direction.SLIGHTLY_HIGHER:
        text = Words.tr("Pain trend from %n check-in(s): now about {now} of 10, slightly higher than at "
                                  "the start ({start}).", "", n)
    elif trend.direction is Direction.HIGHER:
        text = Words.tr("Pain trend from %n check-in(s): now about {now} of 10, higher than at the start "
                                  "({start}).", "", n)
    else:
        text = Words.tr("Pain trend from %n check-in(s): now about {now} of 10, the same as at the start.", "", n)
    return text.format(now=now, start=start)


def semicolon_list(items) -> str:
    """Items one after the other with the language's semicolon ("a; b; c", French "a ; b ; c"), for lists whose
    items have commas of their own (the report's doses)."""
    items = list(items)
    if not items:
        return ""
    text = items[0]
    for item in items[1:]:
        text = translate("Words", "{list}; {item}", "a list so far, then one more item after a semicolon").format(
            list=text, item=item)
    return text


def setting_words(key: str) -> str:
    """A top-level setting's name, as the Settings tab labels it and the prescription's dialogs and notices name it."""
    return {
        "start_side": translate("SettingWords", "Which leg goes first"),
        "weekly_goal": translate("SettingWords", "Weekly goal"),
        "get_ready_seconds": translate("SettingWords", "Get ready before each exercise"),
        "move_seconds": translate("SettingWords", "Move into position"),
        "release_seconds": translate("SettingWords", "Move back"),
        "rest_seconds": translate("SettingWords", "Rest between exercises and legs"),
    }.get(key, key)
