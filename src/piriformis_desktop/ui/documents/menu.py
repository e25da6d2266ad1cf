"""File menu documents: print or save the routine sheet, print the progress report (printing loads lazily)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt


def _open(window, dialog) -> None:
    window.preview = dialog
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its page timers go with it
    dialog.open()


def print_sheet(window) -> None:
    """File > Print routine sheet: a preview of exactly what will print."""
    from piriformis_desktop.ui.documents.sheet import open_print_preview  # QtPrintSupport loads only now

    _open(window, open_print_preview(window, window.routine, window.settings))


def print_report(window) -> None:
    """File > Print progress report: the last 12 weeks for the physiotherapist, previewed first."""
    from piriformis_desktop.ui.documents.report import open_report_preview  # QtPrintSupport loads only now

    records = window.history.sessions() if window.history is not None else []
    _open(window, open_report_preview(window, records, window.settings, window.routine))


def save_sheet(window) -> None:
    """File > Save routine sheet as PDF."""
    from PySide6.QtCore import QDir
    from PySide6.QtWidgets import QFileDialog

    from piriformis_desktop.ui.documents.sheet import SheetError, default_paper, write_sheet_pdf  # only when asked

    suggested = str(Path(QDir.homePath()) / "piriformis-routine.pdf")
    path, _ = QFileDialog.getSaveFileName(window, "Save routine sheet as PDF", suggested, "PDF files (*.pdf)")
    if not path:
        return
    try:
        write_sheet_pdf(Path(path), window.routine, window.settings, paper=default_paper())
    except SheetError as error:
        window.notice.add(f"The routine sheet was not saved: {error}.")
        return
    window.statusBar().showMessage(f"Saved the routine sheet to {path}", 8000)
