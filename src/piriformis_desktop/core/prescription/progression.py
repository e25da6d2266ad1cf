"""Progress inside the limits: when the summary offers a dose one step up (or, after a safety flag, one back).

The rule, per exercise the prescription gives a progression:
- count the finished sessions since the dose was last set (the prescription applied, or a step taken), at the
  dose in force now;
- after `after_sessions` of them in a row with pain after at most `pain_ceiling` and no safety flag, offer one
  step up: reps first (by `step_reps`), then hold (by `step_hold_seconds`), never past `max_reps` or
  `max_hold_seconds`;
- a safety flag on the latest of them offers one step back instead (hold first, then reps);
- an offer declined is not made again until a later session at that dose qualifies.
Nothing changes here: the rule only offers; the user accepts or declines, and each answer is recorded.

A safety flag is core.flags' rule for one session (`flagged`); `offers` takes it as `has_flag`, so a test can
give its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from piriformis_desktop.core.flags import session_flag
from piriformis_desktop.core.prescription.book import Applied, DoseStep, StepKind
from piriformis_desktop.core.settings.model import Settings
from piriformis_desktop.core.words import Words

HasFlag = Callable[[Any], bool]


def flagged(session: Any) -> bool:
    """The session raised a safety flag (core.flags: pain after 7 or more, or 2 or more above pain before)."""
    return session_flag(session) is not None


class DoseStepWords(Words):
    """The context of the reasons recorded with each step."""


@dataclass(frozen=True)
class Offer:
    exercise: str
    kind: str  # StepKind.UP or StepKind.BACK
    reps: int  # the dose offered
    hold_seconds: int
    from_reps: int  # the dose now
    from_hold_seconds: int
    reason: str
    session_id: int | None  # the session after which it is offered


def _dose_in(session: Any, exercise_id: str) -> tuple[int, int] | None:
    table = (session.settings or {}).get("exercises", {}).get(exercise_id)
    if not isinstance(table, dict) or not table.get("enabled", True):
        return None
    return table.get("reps"), table.get("hold_seconds")


def offers(applied: Applied | None, steps: Sequence[DoseStep], settings: Settings, sessions: Sequence[Any],
           has_flag: HasFlag = flagged) -> list[Offer]:
    """What the summary offers now (possibly nothing), one offer per exercise; `sessions` oldest first."""
    if applied is None:
        return []
    found = []
    for exercise_id, limits in applied.prescription.progressions.items():
        if exercise_id not in settings.exercises or not settings.exercise(exercise_id).enabled:
            continue
        offer = _offer(applied, [s for s in steps if s.exercise == exercise_id and s.prescription_id == applied.id],
                       exercise_id, limits, settings, sessions, has_flag)
        if offer is not None:
            found.append(offer)
    return found


def _offer(applied: Applied, steps: list[DoseStep], exercise_id: str, limits, settings: Settings,
           sessions: Sequence[Any], has_flag: HasFlag) -> Offer | None:
    dose = settings.exercise(exercise_id)
    now = (dose.reps, dose.hold_seconds)
    set_at: datetime = max([applied.applied_at, *(s.taken_at for s in steps if s.kind in StepKind.CHANGES_DOSE)])
    at_dose = [s for s in sessions if s.completed and s.started_at > set_at and _dose_in(s, exercise_id) == now]
    if not at_dose:
        return None
    latest = at_dose[-1]
    declined = [s.session_id for s in steps if s.kind == StepKind.DECLINED and s.taken_at > set_at
                and s.session_id is not None]
    if declined and latest.id is not None and latest.id <= max(declined):
        return None  # declined after this session (or a later one): not again until the next one
    if has_flag(latest):
        return _back(exercise_id, dose, applied, limits, latest)
    window = at_dose[-limits.after_sessions:]
    if len(window) < limits.after_sessions or any(
            s.pain_after is None or s.pain_after > limits.pain_ceiling or has_flag(s) for s in window):
        return None
    reason = DoseStepWords.tr("%n finished session(s) in a row at this dose with pain after at most {ceiling} of 10 "
                              "and no safety flag.", "", limits.after_sessions).format(ceiling=limits.pain_ceiling)
    if dose.reps < limits.max_reps:
        reps, hold = min(dose.reps + limits.step_reps, limits.max_reps), dose.hold_seconds
    elif dose.hold_seconds < limits.max_hold_seconds:
        reps, hold = dose.reps, min(dose.hold_seconds + limits.step_hold_seconds, limits.max_hold_seconds)
    else:
        return None  # at both maxima: the physiotherapist decides what comes next
    return Offer(exercise_id, StepKind.UP, reps, hold, dose.reps, dose.hold_seconds, reason, latest.id)


def _back(exercise_id: str, dose, applied: Applied, limits, latest) -> Offer | None:
    base_hold = applied.prescription.dose(exercise_id, "hold_seconds")
    if base_hold is not None and dose.hold_seconds > base_hold:
        reps, hold = dose.reps, max(dose.hold_seconds - limits.step_hold_seconds, base_hold)
    elif dose.reps > 1:
        reps, hold = max(dose.reps - limits.step_reps, 1), dose.hold_seconds
    elif dose.hold_seconds > 0:
        reps, hold = dose.reps, max(dose.hold_seconds - limits.step_hold_seconds, 0)
    else:
        return None
    reason = DoseStepWords.tr("A safety flag after the session on {day}.").format(day=latest.local_date.isoformat())
    return Offer(exercise_id, StepKind.BACK, reps, hold, dose.reps, dose.hold_seconds, reason, latest.id)
