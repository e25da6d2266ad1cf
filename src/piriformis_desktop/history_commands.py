"""Headless `--export-history` and `--import-history`: no window, no display, plain messages on stderr."""

from __future__ import annotations

import sys
from pathlib import Path

from piriformis_desktop import paths
from piriformis_desktop.core.history import HistoryError, open_history
from piriformis_desktop.core.history.csv import export_csv, import_csv


def _open():
    opening = open_history(paths.history_path())
    if opening.notice:
        print(f"piriformis-desktop: {opening.notice}", file=sys.stderr)
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
            print(f"Exported {count} sessions to {target}", file=sys.stderr)
    except HistoryError as error:
        print(f"piriformis-desktop: {error}", file=sys.stderr)
        return 1
    finally:
        if store is not None:
            store.close()
    return 0


def import_command(source: str) -> int:
    store = _open()
    if store is None or not store.writable:
        print("piriformis-desktop: your history cannot be written, so nothing was imported.", file=sys.stderr)
        return 1
    try:
        with open(source, newline="", encoding="utf-8") as file:
            result = import_csv(file, store)
    except OSError as error:
        print(f"piriformis-desktop: could not read {source}: {error.strerror or error}", file=sys.stderr)
        return 1
    except HistoryError as error:
        print(f"piriformis-desktop: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"Imported {result.added} sessions from {source} ({result.skipped_duplicates} already there).",
          file=sys.stderr)
    return 0
