"""Export and Import on the History tab: a file dialog, then `core.history.csv`, then one sentence for the status.

An import reads and checks its file on a thread of its own (a file may be large, or not an export at all),
behind a progress dialog whose Cancel stops it; the window keeps painting and the session clock keeps
running. Only the short write of the checked sessions happens on the window's thread, which owns the history's
SQLite connection, in one transaction: all or nothing, as before.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable
from contextlib import suppress
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from piriformis_desktop.core.history import HistoryError, SessionRecord
from piriformis_desktop.core.history.csv import ImportCancelled, add_records, export_csv, read_csv_file
from piriformis_desktop.core.history.source import HistorySource
from piriformis_desktop.ui.words import TrContext, sessions_words

ReadOutcome = list[SessionRecord] | HistoryError | ImportCancelled  # what the reading thread hands over

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


class HistoryTransfer(TrContext):
    """The context of this module's plural phrases."""


def export_history(parent: QWidget, store: HistorySource, today: date) -> str:
    """Ask where, write every session there; what happened, in words ("" when the user cancelled)."""
    suggested = str(Path(QDir.homePath()) / f"piriformis-history-{today.isoformat()}.csv")
    path, _ = QFileDialog.getSaveFileName(parent, translate("HistoryTransfer", "Export history"), suggested,
                                          translate("HistoryTransfer", "CSV files (*.csv)"))
    if not path:
        return ""
    try:
        count = export_csv(store.sessions(), path)
    except (HistoryError, ValueError) as error:  # ValueError: a stored row this version cannot read
        return translate("HistoryTransfer", "Nothing was exported: {reason}").format(reason=error)
    return HistoryTransfer.tr("Exported %n session(s) to {path}.", "", count).format(path=path)


def import_history(parent: QWidget, store: HistorySource, done: Callable[[str], None]) -> HistoryImport | None:
    """Ask which file and start reading it; `done(sentence)` when it is over (None: the user chose no file)."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("HistoryTransfer", "Import history"), QDir.homePath(),
                                          translate("HistoryTransfer", "CSV files (*.csv);;All files (*)"))
    if not path:
        return None
    return HistoryImport(parent, store, path, done)


class HistoryImport(QObject):
    """One import under way: the reading thread, its progress dialog, and the sentence when it ends."""

    progressed = Signal(int)  # per mille of the file read (from the reading thread; queued)
    read = Signal(object)  # the checked sessions, a HistoryError, or ImportCancelled (from the reading thread)
    finished = Signal(str)  # what happened, in words (on the window's thread)

    STEPS = 1000

    def __init__(self, parent: QWidget, store: HistorySource, path: str, done: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.store, self.path = store, path
        self._cancel = threading.Event()
        self._size = _size_of(path)
        self.dialog = QProgressDialog(translate("HistoryTransfer", "Reading {path}…").format(path=path),
                                      translate("HistoryTransfer", "Cancel"), 0, self.STEPS if self._size else 0,
                                      parent)
        self.dialog.setWindowTitle(translate("HistoryTransfer", "Import history"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)  # a small file is done before a dialog would be worth showing
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self.dialog.setValue)
        self.read.connect(self._write)
        self.finished.connect(done)
        self.dialog.setValue(0)
        self._thread = threading.Thread(target=self._read, name="history-import", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Stop reading at the next few hundred rows; nothing is added."""
        self._cancel.set()

    def _read(self) -> None:  # on the reading thread: core only, and signals
        try:
            outcome: ReadOutcome = read_csv_file(self.path, self._progress)
        except (HistoryError, ImportCancelled) as error:
            outcome = error
        except Exception as error:  # noqa: BLE001 (a sentence for the status line, never a dead thread's traceback)
            outcome = HistoryError(str(error))
        with suppress(RuntimeError):  # the window closed while the file was read: no one to tell
            self.read.emit(outcome)

    def _progress(self, characters: int) -> bool:
        if self._size:
            try:
                self.progressed.emit(min(self.STEPS - 1, characters * self.STEPS // self._size))
            except RuntimeError:
                return False
        return not self._cancel.is_set()

    def _write(self, outcome: ReadOutcome) -> None:  # on the window's thread
        self._thread.join()
        self.dialog.canceled.disconnect(self.cancel)  # closing the dialog says "canceled" too
        sentence = self._sentence(outcome)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.finished.emit(sentence)
        self.deleteLater()

    def _sentence(self, outcome: ReadOutcome) -> str:
        if isinstance(outcome, ImportCancelled) or self._cancel.is_set():
            return translate("HistoryTransfer", "The import was cancelled; nothing was imported.")
        if isinstance(outcome, HistoryError):
            return translate("HistoryTransfer", "Nothing was imported: {reason}").format(reason=outcome)
        try:
            result = add_records(outcome, self.store)
        except HistoryError as error:
            return translate("HistoryTransfer", "Nothing was imported: {reason}").format(reason=error)
        if result.skipped_duplicates:
            # Two counts: the plural form follows the sessions already here; the imported ones are "%n session(s)".
            return HistoryTransfer.tr("Imported {sessions} from {path} (%n were already here).", "",
                                      result.skipped_duplicates).format(sessions=sessions_words(result.added),
                                                                        path=self.path)
        return HistoryTransfer.tr("Imported %n session(s) from {path}.", "", result.added).format(path=self.path)


def _size_of(path: str) -> int:
    """The file's size for the progress bar; 0 (a busy bar) for a pipe, a device or a file that cannot be seen."""
    try:
        status = os.stat(path)
    except OSError:
        return 0
    return status.st_size if stat.S_ISREG(status.st_mode) else 0
