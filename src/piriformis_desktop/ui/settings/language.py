"""After a change of language: the sentence that it applies from the next start, in the language chosen (the
reader may not read the one in use), and a button that restarts the app now."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from piriformis_desktop.core.language import resolve_language
from piriformis_desktop.ui.settings.fields import muted


def words_in(setting: str) -> tuple[str, str]:
    """The note and the button's words in the language `setting` names ("system": the desktop's), from its
    catalogue; English (the source) where it has none."""
    from piriformis_desktop.ui.translation import our_translator  # only once the user picks another language

    catalogue = our_translator(resolve_language(setting, os.environ))
    note = catalogue.translate("LanguageRow", "Applies when you restart Piriformis Desktop.") if catalogue else ""
    restart = catalogue.translate("LanguageRow", "Restart now") if catalogue else ""
    return note or "Applies when you restart Piriformis Desktop.", restart or "Restart now"


class LanguageRow(QWidget):
    """The note and the Restart now button, hidden while the language chosen is the one in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language-row")
        self.note = muted(QLabel(self.tr("Applies when you restart Piriformis Desktop.")))
        self.note.setObjectName("language-note")
        self.restart = QPushButton(self.tr("Restart now"))
        self.restart.setObjectName("restart-now")
        self.restart.clicked.connect(lambda: restart_app(self.window()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.restart)
        self.hide()

    def show_for(self, chosen: str, in_use: str) -> None:
        """Shown, in the chosen language, when it differs from the language this run speaks."""
        if chosen == in_use:
            self.hide()
            return
        note, restart = words_in(chosen)
        self.note.setText(note)
        self.restart.setText(restart)
        self.show()


def relaunch_command() -> tuple[str, list[str]]:
    """How this run was started: the same program and arguments start the next one (a bundle is its own
    program; a Python run repeats the interpreter's own arguments, `-m piriformis_desktop` included)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, list(getattr(sys, "orig_argv", sys.argv)[1:])


def restart_app(window: QWidget, launch=QProcess.startDetached, leaving=None) -> bool:
    """Quit as File > Quit does (a session under way is stopped only if the user agrees; reminders do not keep
    it in the tray), and start again once this run is `leaving` (the app's aboutToQuit, after which it lets
    go of its files). False: the user kept the session, and nothing starts."""
    if leaving is None:
        app = QCoreApplication.instance()
        assert app is not None, "a window asks for the restart, so an application runs"
        leaving = app.aboutToQuit
    program, arguments = relaunch_command()

    def again() -> None:
        launch(program, arguments)

    leaving.connect(again)
    quit_now = getattr(window, "quit_from_tray", window.close)  # the window's Quit that never hides to the tray
    quit_now()
    if window.isVisible():  # the user chose to carry on with the session
        leaving.disconnect(again)
        return False
    QApplication.quit()
    return True
