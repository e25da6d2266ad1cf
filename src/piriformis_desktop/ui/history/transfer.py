"""Export and Import on the History tab: a file dialog, then `core.history.csv`, then one sentence for the status."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QWidget

from piriformis_desktop.core.history import HistoryError, HistoryStore
from piriformis_desktop.core.history.csv import export_csv, import_csv
from piriformis_desktop.ui.words import TrContext, sessions_words

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


class HistoryTransfer(TrContext):
    """The context of this module's plural phrases."""


def export_history(parent: QWidget, store: HistoryStore, today: date) -> str:
    """Ask where, write every session there; what happened, in words ("" when the user cancelled)."""
    suggested = str(Path(QDir.homePath()) / f"piriformis-history-{today.isoformat()}.csv")
    path, _ = QFileDialog.getSaveFileName(parent, translate("HistoryTransfer", "Export history"), suggested,
                                          translate("HistoryTransfer", "CSV files (*.csv)"))
    if not path:
        return ""
    try:
        count = export_csv(store.sessions(), path)
    except HistoryError as error:
        return translate("HistoryTransfer", "Nothing was exported: {reason}").format(reason=error)
    return HistoryTransfer.tr("Exported %n session(s) to {path}.", "", count).format(path=path)


def import_history(parent: QWidget, store: HistoryStore) -> str | None:
    """Ask which file, add its sessions; what happened, in words (None when the user cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("HistoryTransfer", "Import history"), QDir.homePath(),
                                          translate("HistoryTransfer", "CSV files (*.csv);;All files (*)"))
    if not path:
        return None
    try:
        result = import_csv(path, store)
    except HistoryError as error:
        return translate("HistoryTransfer", "Nothing was imported: {reason}").format(reason=error)
    if result.skipped_duplicates:
        # Two counts: the plural form follows the sessions already here; the imported ones are "%n session(s)".
        return HistoryTransfer.tr("Imported {sessions} from {path} (%n were already here).", "",
                                  result.skipped_duplicates).format(sessions=sessions_words(result.added), path=path)
    return HistoryTransfer.tr("Imported %n session(s) from {path}.", "", result.added).format(path=path)
