"""Small frictions a first-time user met: the print preview opens readable, and F1 lists every key."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTextBrowser

from piriformis_desktop.ui import resources_rc  # noqa: F401  (the pictures)


def test_the_print_preview_opens_fitted_to_width(make_main_window, qtbot):
    """File > Print routine sheet: the page as wide as the preview (not fitted whole, at 38%), and the
    toolbar's Fit width shows as the zoom in force."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from piriformis_desktop.ui.documents import menu

    window = make_main_window()
    menu.print_sheet(window)
    dialog = window.preview
    try:
        qtbot.waitExposed(dialog)
        assert dialog.findChild(QPrintPreviewWidget).zoomMode() is QPrintPreviewWidget.ZoomMode.FitToWidth
        assert dialog.findChild(QAction, "fitWidthAction").isChecked()
    finally:
        dialog.close()


def test_f1_lists_the_digits_and_enter(make_main_window, qtbot):
    """Besides the window's commands: the digits for pain (on the Ready card and the check-in), Enter on the
    check-in, and Enter/Esc when the card asks whether to stop."""
    from piriformis_desktop.ui.about import shortcuts_dialog

    window = make_main_window()
    dialog = shortcuts_dialog(window, window.commands)
    qtbot.addWidget(dialog)
    shown = dialog.findChild(QTextBrowser).toPlainText()
    assert "0 … 9" in shown and "Your pain score on the Ready card and in the check-in (1 then 0 is 10)" in shown
    assert "Save the check-in" in shown
    assert "On the card's stop question: Enter stops, Esc carries on" in shown
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.findChild(QTextBrowser).verticalScrollBar().isVisible()  # still sized to its list
