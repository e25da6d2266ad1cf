"""Headless `--export-history` and `--import-history`: no window, no display, plain messages on stderr.

The messages are in the user's language: `cli.main` installs the translators before it calls these.
"""

from __future__ import annotations

import sys
from pathlib import Path

from piriformis_desktop import paths
from piriformis_desktop.core.history import HistoryError, open_history
from piriformis_desktop.core.history.csv import export_csv, import_csv
from piriformis_desktop.cli import PROG
from piriformis_desktop.core.words import Words


class HistoryCommands(Words):
    """The context of the export's and the import's messages."""


def _complain(message: str) -> None:
    """A problem on stderr, after the command's name as Unix tools write it."""
    print(f"{PROG}: {message}", file=sys.stderr)


def _open():
    opening = open_history(paths.history_path())
    if opening.notice:
        _complain(opening.notice)
    return opening.store


def export_command(target: str) -> int:
    store = _open()
    records = store.sessions() if store is not None else []
    try:
        if target == "-":
            export_csv(records, sys.stdout)
            sys.stdout.flush()
        else:
            count = export_csv(records, Path(target))  # atomic: never half a file under that name
            print(HistoryCommands.tr("Exported %n session(s) to {path}", "", count).format(path=target),
                  file=sys.stderr)
    except HistoryError as error:
        _complain(str(error))
        return 1
    finally:
        if store is not None:
            store.close()
    return 0


def import_command(source: str) -> int:
    store = _open()
    if store is None or not store.writable:
        _complain(HistoryCommands.tr("your history cannot be written, so nothing was imported."))
        return 1
    try:
        with open(source, newline="", encoding="utf-8") as file:
            result = import_csv(file, store)
    except OSError as error:
        _complain(HistoryCommands.tr("could not read {path}: {reason}").format(path=source,
                                                                                reason=error.strerror or error))
        return 1
    except HistoryError as error:
        _complain(str(error))
        return 1
    finally:
        store.close()
    print(HistoryCommands.tr("Imported %n session(s) from {path} ({duplicates} already there).", "", result.added)
          .format(path=source, duplicates=result.skipped_duplicates), file=sys.stderr)
    return 0
