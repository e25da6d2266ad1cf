"""The window's actions: one QAction per command, shared by menu, buttons and keyboard."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


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
    open_prescription: QAction
    save_prescription: QAction
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
        act.setToolTip(translate("Actions", "{tip} ({shortcut})", "a tooltip: what the action does, then its key")
                       .format(tip=tip, shortcut=shortcut) if shortcut else tip)
        act.setStatusTip(tip)
        window.addAction(act)
        return act

    return Actions(
        toggle=action(translate("Actions", "Start"), "toggle", [Qt.Key.Key_Space],
                      translate("Actions", "Start, pause or resume the session")),
        back=action(translate("Actions", "◀ Previous"), "back", [Qt.Key.Key_Left],
                    translate("Actions", "Restart this exercise, or go to the previous one")),
        skip=action(translate("Actions", "Next ▶"), "skip", [Qt.Key.Key_Right],
                    translate("Actions", "Skip to the next exercise")),
        restart_side=action(translate("Actions", "Restart leg"), "restart-side", [Qt.Key.Key_R],
                            translate("Actions", "Restart this leg's reps")),
        stop=action(translate("Actions", "Stop"), "stop", [Qt.Key.Key_Escape],
                    translate("Actions", "Stop the session (asks first)")),
        print_sheet=action(translate("Actions", "&Print routine sheet…"), "print-sheet",
                           [QKeySequence.StandardKey.Print],
                           translate("Actions", "Print the routine with your settings")),
        save_sheet=action(translate("Actions", "Save routine sheet as &PDF…"), "save-sheet", ["Ctrl+Shift+S"],
                          translate("Actions", "Save the routine sheet as a PDF file")),
        print_report=action(translate("Actions", "Print progress &report…"), "print-report", ["Ctrl+Shift+P"],
                            translate("Actions", "A report of your sessions and pain for your physiotherapist")),
        export_history=action(translate("Actions", "&Export history…"), "export-history", ["Ctrl+E"],
                              translate("Actions", "Save your history as a CSV file")),
        open_prescription=action(translate("Actions", "&Open prescription…"), "open-prescription",
                                 [QKeySequence.StandardKey.Open],
                                 translate("Actions", "Apply a prescription file from your physiotherapist")),
        save_prescription=action(translate("Actions", "Save as pres&cription…"), "save-prescription", [],
                                 translate("Actions", "Save the routine as set as a prescription file")),
        fullscreen=action(translate("Actions", "&Full screen"), "fullscreen", [Qt.Key.Key_F11],
                          translate("Actions", "Large type for following from the mat")),
        shortcuts=action(translate("Actions", "&Keyboard shortcuts"), "shortcuts", ["F1"],
                         translate("Actions", "List the keyboard shortcuts")),
        about_routine=action(translate("Actions", "About this &routine"), "about-routine", [],
                             translate("Actions", "Why these exercises, credits, safety")),
        about=action(translate("Actions", "&About Piriformis Desktop"), "about", [],
                     translate("Actions", "Version and licence")),
        quit=action(translate("Actions", "&Quit"), "quit", [QKeySequence.StandardKey.Quit],
                    translate("Actions", "Quit Piriformis Desktop")),
    )


def build_menus(bar: QMenuBar, a: Actions) -> None:
    """File, Session, View and Help, each holding the same actions the buttons and keys use."""
    menu = bar.addMenu(translate("Actions", "&File"))
    menu.addActions([a.print_sheet, a.save_sheet, a.print_report])
    menu.addSeparator()
    menu.addAction(a.export_history)
    menu.addSeparator()
    menu.addActions([a.open_prescription, a.save_prescription])
    menu.addSeparator()
    menu.addAction(a.quit)
    bar.addMenu(translate("Actions", "&Session")).addActions([a.toggle, a.back, a.skip, a.restart_side, a.stop])
    bar.addMenu(translate("Actions", "&View")).addAction(a.fullscreen)
    bar.addMenu(translate("Actions", "&Help")).addActions([a.shortcuts, a.about_routine, a.about])
