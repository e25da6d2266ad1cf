"""Headless `--export-history` and `--import-history`: no window, no display, plain messages on stderr.

The messages are in the user's language: `cli.main` installs the translators before it calls these. Every
problem is a sentence and exit code 1; a reader that goes away (`| head -1`) ends the export quietly, as Unix
tools do (see `cli.standard_output_gone`).
"""

from __future__ import annotations

import io
import sys

from piriformis_desktop import paths
from piriformis_desktop.core.atomic import STANDARD_OUTPUT
from piriformis_desktop.core.history import HistoryError, open_history
from piriformis_desktop.core.history.csv import export_csv, import_csv
from piriformis_desktop.core.terminal import log, standard_output_gone
from piriformis_desktop.core.words import Words


class HistoryCommands(Words):
    """The context of the export's and the import's messages."""


def _complain(message: str) -> None:
    """A problem on stderr, after the command's name as Unix tools write it."""
    log.warning(message)


def _open():
    opening = open_history(paths.history_path())
    if opening.notice:
        _complain(opening.notice)
    return opening.store


def export_command(target: str) -> int:
    store = _open()
    try:
        records = store.sessions() if store is not None else []
        if target in STANDARD_OUTPUT:
            return _export_to_standard_output(records)
        count = export_csv(records, target)  # atomic: never half a file under that name
    except (HistoryError, ValueError) as error:  # ValueError: a stored row this version cannot read
        _complain(str(error))
        return 1
    finally:
        if store is not None:
            store.close()
    log.info(HistoryCommands.tr("Exported %n session(s) to {path}", "", count).format(path=target))
    return 0


def _export_to_standard_output(records) -> int:
    try:
        export_csv(records, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        return standard_output_gone()
    except OSError as error:  # /dev/full, a disk that filled up under `> file`
        standard_output_gone()  # what Python still holds for stdout would fail again at exit
        _complain(HistoryCommands.tr("could not write to standard output: {reason}.").format(
            reason=error.strerror or error))
        return 1
    return 0


def import_command(source: str) -> int:
    store = _open()
    if store is None or not store.writable:
        _complain(HistoryCommands.tr("your history cannot be written, so nothing was imported."))
        return 1
    try:
        if source == "-":
            result = import_csv(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline=""), store)
        else:
            result = import_csv(source, store)
    except HistoryError as error:
        _complain(str(error))
        return 1
    finally:
        store.close()
    log.info(HistoryCommands.tr("Imported %n session(s) from {path} ({duplicates} already there).", "", result.added)
             .format(path=source, duplicates=result.skipped_duplicates))
    return 0
