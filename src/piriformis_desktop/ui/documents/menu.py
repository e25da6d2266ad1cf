"""File menu documents: print or save the routine sheet, print the progress report (printing loads lazily)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt


def _open(window, dialog) -> None:
    window.preview = dialog
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its page timers go with it
    dialog.open()
    fit_to_width(dialog)


def fit_to_width(dialog) -> None:
    """The page as wide as the preview (Qt opens it fitted whole, at about 38%: too small to read). Through the
    dialog's own "Fit width" button, so its toolbar shows what is in force."""
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintPreviewWidget  # loaded with the preview already

    button = dialog.findChild(QAction, "fitWidthAction")
    if button is not None and not button.isChecked():
        button.trigger()
    view = dialog.findChild(QPrintPreviewWidget)
    if view is not None and view.zoomMode() is not QPrintPreviewWidget.ZoomMode.FitToWidth:
        view.fitToWidth()


def print_sheet(window) -> None:
    """File > Print routine sheet: a preview of exactly what will print."""
    from piriformis_desktop.ui.documents.sheet import open_print_preview  # QtPrintSupport loads only now

    _open(window, open_print_preview(window, window.routine, window.settings))


def print_report(window) -> None:
    """File > Print progress report: the last 12 weeks for the physiotherapist, previewed first."""
    from piriformis_desktop.ui.documents.report import open_report_preview  # QtPrintSupport loads only now

    records = window.history.sessions()  # none while the history is not open
    _open(window, open_report_preview(window, records, window.settings, window.routine))


def save_sheet(window) -> None:
    """File > Save routine sheet as PDF."""
    from PySide6.QtCore import QCoreApplication, QDir
    from PySide6.QtWidgets import QFileDialog

    from piriformis_desktop.ui.documents.pages import DocumentError, default_paper  # only when asked
    from piriformis_desktop.ui.documents.sheet import write_sheet_pdf

    translate = QCoreApplication.translate
    suggested = str(Path(QDir.homePath()) / "piriformis-routine.pdf")
    path, _ = QFileDialog.getSaveFileName(window, translate("DocumentsMenu", "Save routine sheet as PDF"), suggested,
                                          translate("DocumentsMenu", "PDF files (*.pdf)"))
    if not path:
        return
    try:
        write_sheet_pdf(Path(path), window.routine, window.settings, paper=default_paper())
    except DocumentError as error:
        window.notice.add(translate("DocumentsMenu", "The routine sheet was not saved: {reason}.").format(
            reason=error))
        return
    window.statusBar().showMessage(translate("DocumentsMenu", "Saved the routine sheet to {path}").format(path=path),
                                   8000)
