"""A prescription's settings and values in the user's words, shared by the apply dialog, Settings and the offer."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from piriformis_desktop.core.routine import Routine
from piriformis_desktop.ui.history.weeks import written_date
from piriformis_desktop.ui.words import TrContext, setting_words

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


class ReviewDate(TrContext):
    """The context of the review's plural sentence."""


def setting_name(key: str, routine: Routine) -> str:
    """"weekly_goal" -> "Weekly goal"; "exercises.toe-rotation.reps" -> "Toe rotation: reps each leg"."""
    if key.startswith("exercises."):
        _, exercise_id, part = key.split(".", 2)
        name = next((e.name for e in routine.exercises if e.id == exercise_id), exercise_id)
        words = {"enabled": translate("PrescriptionWords", "{exercise}: in the routine"),
                 "reps": translate("PrescriptionWords", "{exercise}: reps each leg"),
                 "hold_seconds": translate("PrescriptionWords", "{exercise}: hold (seconds)")}
        return words.get(part, "{exercise}: " + part).format(exercise=name)
    return setting_words(key)  # as the Settings tab names it


def value_words(value: Any) -> str:
    if value is True:
        return translate("PrescriptionWords", "yes")
    if value is False:
        return translate("PrescriptionWords", "no")
    return {"right": translate("PrescriptionWords", "right leg"), "left": translate("PrescriptionWords", "left leg"),
            "alternate": translate("PrescriptionWords", "alternate")}.get(value, str(value)) \
        if isinstance(value, str) else str(value)


def set_by_words(prescribed_by: str, issued: date, review_by: date | None, today: date) -> str:
    """"Set by Dana Whitfield on 1 Dec 2026. Review by 12 Jan 2027 (in 37 days)." """
    words = translate("PrescriptionWords", "Set by {name} on {date}.").format(name=prescribed_by,
                                                                            date=written_date(issued))
    if review_by is None:
        return words
    days = (review_by - today).days
    if days < 0:
        review = translate("PrescriptionWords", "The review was due on {date}: ask your physiotherapist.").format(
            date=written_date(review_by))
    elif days == 0:
        review = translate("PrescriptionWords", "The review is due today ({date}).").format(
            date=written_date(review_by))
    else:
        review = ReviewDate.tr("Review by {date} (in %n day(s)).", "", days).format(
            date=written_date(review_by))
    return f"{words} {review}"
