"""The window's actions: one QAction per command, shared by menu, buttons and keyboard."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget


@dataclass
class Actions:
    toggle: QAction
    back: QAction
    skip: QAction
    restart_side: QAction
    stop: QAction
    print_sheet: QAction
    save_sheet: QAction
    print_report: QAction
    export_history: QAction
    fullscreen: QAction
    shortcuts: QAction
    about_routine: QAction
    about: QAction
    quit: QAction

    def session_actions(self) -> list[QAction]:
        return [self.back, self.toggle, self.skip, self.restart_side, self.stop]


def make_actions(window: QWidget) -> Actions:
    """Create the actions on `window` with window-wide shortcuts, so focus never swallows a key."""

    def action(text: str, name: str, keys: list, tip: str) -> QAction:
        act = QAction(text, window)
        act.setObjectName(name)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        act.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        act.setStatusTip(tip)
        window.addAction(act)
        return act

    return Actions(
        toggle=action("Start", "toggle", [Qt.Key.Key_Space], "Start, pause or resume the session"),
        back=action("◀ Previous", "back", [Qt.Key.Key_Left], "Restart this exercise, or go to the previous one"),
        skip=action("Next ▶", "skip", [Qt.Key.Key_Right], "Skip to the next exercise"),
        restart_side=action("Restart leg", "restart-side", [Qt.Key.Key_R], "Start this leg's reps again"),
        stop=action("Stop", "stop", [Qt.Key.Key_Escape], "Stop the session (asks first)"),
        print_sheet=action("&Print routine sheet…", "print-sheet", [QKeySequence.StandardKey.Print],
                           "Print the routine with your settings"),
        save_sheet=action("Save routine sheet as &PDF…", "save-sheet", ["Ctrl+Shift+S"],
                          "Save the routine sheet as a PDF file"),
        print_report=action("Print progress &report…", "print-report", ["Ctrl+Shift+P"],
                            "A report of your sessions and pain for your physiotherapist"),
        export_history=action("&Export history…", "export-history", ["Ctrl+E"], "Save your history as a CSV file"),
        fullscreen=action("&Full screen", "fullscreen", [Qt.Key.Key_F11], "Large type for following from the mat"),
        shortcuts=action("&Keyboard shortcuts", "shortcuts", ["F1"], "List the keyboard shortcuts"),
        about_routine=action("About this &routine", "about-routine", [], "Why these exercises, credits, safety"),
        about=action("&About Piriformis Desktop", "about", [], "Version and licence"),
        quit=action("&Quit", "quit", [QKeySequence.StandardKey.Quit], "Quit Piriformis Desktop"),
    )


def build_menus(bar: QMenuBar, a: Actions) -> None:
    """File, Session, View and Help, each holding the same actions the buttons and keys use."""
    menu = bar.addMenu("&File")
    menu.addActions([a.print_sheet, a.save_sheet, a.print_report])
    menu.addSeparator()
    menu.addAction(a.export_history)
    menu.addSeparator()
    menu.addAction(a.quit)
    bar.addMenu("&Session").addActions([a.toggle, a.back, a.skip, a.restart_side, a.stop])
    bar.addMenu("&View").addAction(a.fullscreen)
    bar.addMenu("&Help").addActions([a.shortcuts, a.about_routine, a.about])
