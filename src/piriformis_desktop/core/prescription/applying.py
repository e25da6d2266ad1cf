"""Applying a prescription, taking it back, and each change of a dose under one: the settings change through the
one SettingsStore, and the history file keeps what was applied and every step with its date and reason.

Nothing is changed until everything was checked: a prescription the settings would refuse raises
PrescriptionError and leaves settings.toml as it was, byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from piriformis_desktop.core.history.store import HistoryStore
from piriformis_desktop.core.prescription.book import DoseStep, StepKind, record_applied, record_step, record_undone
from piriformis_desktop.core.prescription.model import Prescription
from piriformis_desktop.core.prescription.progression import Offer
from piriformis_desktop.core.prescription.reading import PrescriptionError, PrescriptionFile
from piriformis_desktop.core.settings.model import Settings, flatten
from piriformis_desktop.core.settings.store import InvalidChange, Saved, SettingsStore
from piriformis_desktop.core.words import Words


@dataclass(frozen=True)
class Difference:
    key: str  # the dotted settings key
    before: Any  # as settings.toml writes it
    after: Any

    @property
    def changes(self) -> bool:
        return bool(self.before != self.after)


@dataclass(frozen=True)
class Applying:
    """What applying did: the settings saved, and what Undo needs to go back."""

    saved: Saved
    previous: Settings
    prescription_id: int | None  # None: the history could not keep it (the settings still changed)
    history_error: str | None = None


def differences(settings: Settings, prescription: Prescription) -> list[Difference]:
    """Each value the prescription sets, beside the value in force now, in the file's order."""
    now = flatten(settings)
    return [Difference(key, now.get(key), value) for key, value in prescription.values.items()]


def apply_prescription(store: SettingsStore, history: HistoryStore | None, prescription: Prescription,
                       name: str = "") -> Applying:
    """Make the prescription's values the settings, and keep it in the history (`history`: a HistoryStore or the
    window's HistorySource's store, or None when none is open)."""
    previous = store.settings
    try:
        saved = store.update(dict(prescription.values))
    except InvalidChange as error:
        raise PrescriptionError(PrescriptionFile.tr("{file}: these settings cannot be used together: {reason}.")
                                .format(file=name or "prescription", reason=error)) from None
    from piriformis_desktop.core.history.record import HistoryError  # with the history, not at start-up

    try:
        if history is None:
            raise HistoryError(PrescriptionWords.tr("Your history is not open."))
        prescription_id = record_applied(history, prescription)
    except HistoryError as error:
        return Applying(saved, previous, None, str(error))
    return Applying(saved, previous, prescription_id)


def undo_prescription(store: SettingsStore, history: HistoryStore | None, applying: Applying) -> Saved:
    """Undo: the settings as they were before, and the prescription no longer in force."""
    saved = store.replace_all(applying.previous)
    if history is not None and applying.prescription_id is not None:
        record_undone(history, applying.prescription_id)
    return saved


def take_step(store: SettingsStore, history: HistoryStore, prescription_id: int, offer: Offer,
              today: date | None = None) -> Saved:
    """The user accepted `offer`: the dose changes, and the step is recorded with its date and reason."""
    saved = store.update({f"exercises.{offer.exercise}.reps": offer.reps,
                          f"exercises.{offer.exercise}.hold_seconds": offer.hold_seconds})
    _record(history, prescription_id, offer.exercise, offer.kind, offer.reps, offer.hold_seconds, offer.reason,
            offer.session_id, today)
    return saved


def decline_step(history: HistoryStore, prescription_id: int, offer: Offer, today: date | None = None) -> None:
    """The user declined `offer`: nothing changes; it is not offered again until the next qualifying session."""
    _record(history, prescription_id, offer.exercise, StepKind.DECLINED, offer.reps, offer.hold_seconds, offer.reason,
            offer.session_id, today)


def record_by_hand(history: HistoryStore, prescription_id: int, settings: Settings, exercise_ids: Iterable[str],
                   today: date | None = None) -> None:
    """A prescribed dose changed by hand (past its limit, after asking): the user's change, recorded as such."""
    for exercise_id in exercise_ids:
        dose = settings.exercise(exercise_id)
        _record(history, prescription_id, exercise_id, StepKind.BY_HAND, dose.reps, dose.hold_seconds,
                PrescriptionWords.tr("Changed by you in Settings."), None, today)


def _record(history: HistoryStore, prescription_id: int, exercise: str, kind: str, reps: int, hold: int, reason: str,
            session_id: int | None, today: date | None) -> None:
    moment = datetime.now(UTC)
    record_step(history, DoseStep(prescription_id, moment, today or moment.astimezone().date(), exercise, kind, reps,
                                  hold, reason, session_id))


class PrescriptionWords(Words):
    """The context of the sentences about a prescription in force."""


def past_limits(prescription: Prescription, changes: Mapping[str, Any]) -> list[tuple[str, int, int]]:
    """(dotted key, value, its maximum) for each change that goes past the prescription's limit."""
    past = []
    for key, value in changes.items():
        parts = key.split(".")
        if len(parts) != 3 or parts[0] != "exercises" or parts[1] not in prescription.progressions:
            continue
        limits = prescription.progressions[parts[1]]
        cap = {"reps": limits.max_reps, "hold_seconds": limits.max_hold_seconds}.get(parts[2])
        if cap is not None and isinstance(value, int) and value > cap:
            past.append((key, value, cap))
    return past


def user_changes(settings: Settings, prescription: Prescription, steps: Iterable[DoseStep]) -> list[str]:
    """The dotted keys whose value is not what the prescription (and the steps taken since) set: the user's."""
    expected = dict(prescription.values)
    for step in steps:
        if step.kind in (StepKind.UP, StepKind.BACK):
            expected[f"exercises.{step.exercise}.reps"] = step.reps
            expected[f"exercises.{step.exercise}.hold_seconds"] = step.hold_seconds
    now = flatten(settings)
    return [key for key, value in expected.items() if key in now and now[key] != value]
