"""Headless `--apply-prescription FILE` and `--write-prescription FILE`: no window, plain messages.

Apply prints what changes (one line per setting, before and after) and applies it; a file that cannot be used
is one sentence naming the file, the key and the line, exit 1, and settings.toml stays as it was, byte for byte.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from piriformis_desktop import paths
from piriformis_desktop.core.history import open_history
from piriformis_desktop.core.terminal import log
from piriformis_desktop.core.words import Words


class PrescriptionCommands(Words):
    """The context of the prescription commands' messages."""


def _complain(message: str) -> None:
    log.warning(message)


def _value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def apply_command(source: str) -> int:
    from piriformis_desktop.core.prescription.applying import apply_prescription, differences
    from piriformis_desktop.core.prescription.reading import PrescriptionError, read_prescription
    from piriformis_desktop.core.settings import SettingsStore

    store, loaded = SettingsStore.open(paths.settings_path())
    if loaded.notice:
        _complain(loaded.notice)
    try:
        prescription = read_prescription(Path(source), [e.id for e in store.routine.exercises])
    except PrescriptionError as error:
        _complain(PrescriptionCommands.tr("{problem} Nothing was changed.").format(problem=error))
        return 1
    opening = open_history(paths.history_path())
    history = opening.store
    try:
        if history is None or not history.writable:
            _complain(PrescriptionCommands.tr("{file} was not applied: your history cannot be written, so the "
                                              "prescription could not be kept. Nothing was changed.").format(
                file=source))
            return 1
        rows = differences(store.settings, prescription)
        try:
            applying = apply_prescription(store, history, prescription, source)
        except PrescriptionError as error:
            _complain(PrescriptionCommands.tr("{problem} Nothing was changed.").format(problem=error))
            return 1
    finally:
        if history is not None:
            history.close()
    print(PrescriptionCommands.tr("Prescription by {name}, issued {issued}:").format(
        name=prescription.prescribed_by, issued=prescription.issued.isoformat()))
    for row in rows:
        if row.changes:
            print(PrescriptionCommands.tr("  {key}: {before} -> {after}").format(
                key=row.key, before=_value(row.before), after=_value(row.after)))
        else:
            print(PrescriptionCommands.tr("  {key}: {value} (unchanged)").format(key=row.key, value=_value(row.after)))
    if prescription.unknown:
        _complain(PrescriptionCommands.tr("{file} has keys this version does not use ({keys}); they were kept with "
                                          "the prescription and not applied.").format(
            file=source, keys=", ".join(prescription.unknown)))
    if applying.saved.error:
        _complain(applying.saved.error)
        return 1
    print(PrescriptionCommands.tr("Applied to {path}.").format(path=store.path))
    return 0


def write_command(target: str) -> int:
    from piriformis_desktop.core.atomic import write_atomically
    from piriformis_desktop.core.prescription.book import in_force
    from piriformis_desktop.core.prescription.writing import from_settings, prescription_text
    from piriformis_desktop.core.settings import load_settings

    loaded = load_settings(paths.settings_path())
    if loaded.notice:
        _complain(loaded.notice)
    opening = open_history(paths.history_path())
    try:
        from piriformis_desktop.core.routine import load_routine

        current = in_force(opening.store, [e.id for e in load_routine().exercises])
    finally:
        if opening.store is not None:
            opening.store.close()
    if current is None:
        _complain(PrescriptionCommands.tr("no prescription is in force, so there is no one to name as its author; "
                                          "use File > Save as prescription… in the window. Nothing was written."))
        return 1
    p = current.prescription
    written = from_settings(loaded.settings, prescribed_by=p.prescribed_by, issued=date.today(),
                            review_by=p.review_by if p.review_by and p.review_by >= date.today() else None,
                            note=p.note, progressions=p.progressions, extra=p.extra)
    try:
        write_atomically(target, prescription_text(written))
    except OSError as error:
        _complain(PrescriptionCommands.tr("{file} could not be written: {reason}.").format(
            file=target, reason=error.strerror or error))
        return 1
    log.info(PrescriptionCommands.tr("Wrote the prescription to {path}.").format(path=target))
    return 0
