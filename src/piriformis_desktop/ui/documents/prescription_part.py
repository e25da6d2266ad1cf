"""The prescription's part of the routine sheet and the progress report: who prescribed, when, the dose and its
limits, and (in the report) the dose over time. Read from the history file the documents' own data comes from;
without a prescription in force (or a history) the part is empty and the documents are as before."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from piriformis_desktop.core.routine import Routine
from piriformis_desktop.ui.documents.pages import ACCENT, MUTED, Page
from piriformis_desktop.ui.history.weeks import written_date

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


def _kept(routine: Routine):
    """(the prescription in force, every one applied, the steps) from the user's history; None without one."""
    from piriformis_desktop import paths
    from piriformis_desktop.core.history import open_history
    from piriformis_desktop.core.prescription.book import applied, steps

    if not paths.history_path().exists():
        return None
    opening = open_history(paths.history_path())
    if opening.store is None:
        return None
    with opening.store as store:
        every = applied(store, [e.id for e in routine.exercises])
        return (every[-1], every, steps(store)) if every else None


def _limits(routine: Routine, prescription, settings) -> str:
    parts = []
    for exercise in routine.exercises:
        limits = prescription.progressions.get(exercise.id)
        if limits is None or not settings.exercise(exercise.id).enabled:
            continue
        parts.append(translate("PrescriptionPart", "{exercise}: up to max {reps} reps and a {hold} s hold, {after} "
                                                   "sessions at a dose with pain at most {ceiling} before a step")
                     .format(exercise=exercise.name, reps=limits.max_reps, hold=limits.max_hold_seconds,
                             after=limits.after_sessions, ceiling=limits.pain_ceiling))
    return "; ".join(parts)


def _provenance(page: Page, routine: Routine, settings, found) -> None:
    current = found[0].prescription
    words = translate("PrescriptionPart", "Prescribed by {name} on {date}.").format(
        name=current.prescribed_by, date=written_date(current.issued))
    if current.review_by:
        words += " " + translate("PrescriptionPart", "Review by {date}.").format(date=written_date(current.review_by))
    page.text(0, page.width, words, 9.5, bold=True, gap=0.6)
    if current.note:
        page.text(0, page.width, translate("PrescriptionPart", "Note: {note}").format(note=current.note), 9.5,
                  italic=True, gap=0.6)
    limits = _limits(routine, current, settings)
    if limits:
        page.text(0, page.width, translate("PrescriptionPart", "Limits: {limits}.").format(limits=limits), 8.5,
                  colour=MUTED, gap=2)


def on_sheet(page: Page, routine: Routine, settings) -> None:
    """Under "Your routine": who prescribed it and when, the note, the limits."""
    found = _kept(routine)
    if found is not None:
        _provenance(page, routine, settings, found)


def in_report(page: Page, routine: Routine, settings, today: date) -> None:
    """The prescription, then the dose over time: one line per exercise, each change with its date and why."""
    found = _kept(routine)
    if found is None:
        return
    page.text(0, page.width, translate("PrescriptionPart", "Prescription"), 12, bold=True, colour=ACCENT, gap=0.6)
    _provenance(page, routine, settings, found)
    _, every, steps = found
    kinds = {"up": translate("PrescriptionPart", "step up"), "back": translate("PrescriptionPart", "step back"),
             "by hand": translate("PrescriptionPart", "changed by the patient")}
    for exercise in routine.exercises:
        changes = []
        for kept in every:
            reps = kept.prescription.dose(exercise.id, "reps")
            hold = kept.prescription.dose(exercise.id, "hold_seconds")
            if reps is not None:
                changes.append((kept.applied_at, translate("PrescriptionPart", "{date}: {reps} × {hold} s (prescribed)")
                                .format(date=written_date(kept.local_date, short_month=True), reps=reps,
                                        hold=hold if hold is not None else "-")))
        for step in steps:
            if step.exercise == exercise.id and step.kind in kinds:
                changes.append((step.taken_at, translate("PrescriptionPart", "{date}: {reps} × {hold} s ({kind})")
                                .format(date=written_date(step.local_date, short_month=True), reps=step.reps,
                                        hold=step.hold_seconds, kind=kinds[step.kind])))
        if changes:
            page.text(0, page.width, translate("PrescriptionPart", "{exercise}, dose over time: {changes}.").format(
                exercise=exercise.name, changes=" → ".join(words for _, words in sorted(changes))), 8.5, gap=0.5)
    page.y += 2
