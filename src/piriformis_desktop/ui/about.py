"""Dialogs: about this routine (why, credit, what was reconstructed, safety), keyboard shortcuts, about."""

from __future__ import annotations

import html
from datetime import date

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from piriformis_desktop import APP_NAME, __version__
from piriformis_desktop.core.routine import Routine
from piriformis_desktop.ui.history.weeks import written_date

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


def routine_about_html(routine: Routine) -> str:
    """The About text, built from the routine data only."""
    e = html.escape
    credit = routine.credit
    parts = [f"<h2>{e(routine.title)}</h2><p>{e(routine.summary)}</p>",
             "<h3>" + e(translate("About", "Why these exercises")) + "</h3>"]
    parts += [f"<p>{e(p)}</p>" for p in routine.why]
    parts.append(f"<p><i>{e(routine.story)}</i></p>")
    parts.append("<h3>" + e(translate("About", "The exercises")) + "</h3><ul>")
    exercise = translate("About", "<b>{name}</b> ({section}): {purpose}", "an exercise, its kind, what it is for")
    parts += [f"<li>{exercise.format(name=e(x.name), section=e(x.section), purpose=e(x.purpose))}</li>"
              for x in routine.exercises]
    parts.append("</ul><h3>" + e(translate("About", "Where it comes from")) + "</h3>")
    parts.append("<p>" + e(translate("About", "The routine follows {source} on {published}, by {authors}, "
                                              "{description}. The instructions here are written in our own words.")
                           .format(source=credit.source, published=written_date(date.fromisoformat(credit.published)),
                                   authors=credit.authors, description=credit.description)) + "</p>")
    parts.append("<p>" + translate("About", "<b>Reconstructed parts.</b> {note}").format(
        note=e(routine.reconstructed_note)) + "</p>")
    parts.append("<h3>" + e(translate("About", "Safety")) + "</h3><ul>")
    parts += [f"<li>{e(s)}</li>" for s in routine.safety]
    parts.append("</ul>")
    return "".join(parts)


def _text_dialog(parent: QWidget, title: str, body: str, name: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName(name)
    view = QTextBrowser()
    view.setAccessibleName(title)
    view.setOpenExternalLinks(False)
    view.setHtml(body)
    return _with_close_button(dialog, view, 640, 560)


def _with_close_button(dialog: QDialog, content: QWidget, width: int, height: int) -> QDialog:
    """`content` above a Close button, the dialog at `width` x `height`."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)
    dialog.resize(width, height)
    return dialog


def about_routine_dialog(parent: QWidget, routine: Routine) -> QDialog:
    return _text_dialog(parent, translate("About", "About this routine"), routine_about_html(routine),
                        "about-routine")


def shortcuts_dialog(parent: QWidget, actions) -> QDialog:
    """Each key once, with what it does (the command's own description, so no label is said twice), in a dialog
    as tall as its list."""
    rows = []
    for action in parent.actions():
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        if keys:
            rows.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(action.statusTip())}</td></tr>")
    title = translate("About", "Keyboard shortcuts")
    body = f"<h2>{html.escape(title)}</h2><table cellpadding='6'>" + "".join(rows) + "</table>"
    body += "<p>" + html.escape(translate("About", "These keys work wherever the focus is in the window.")) + "</p>"
    screen_keys = (  # keys of one screen, not commands of the window
        ("0 … 9", translate("About", "Your pain score on the Ready card and in the check-in (1 then 0 is 10)")),
        (translate("About", "Enter"), translate("About", "Save the check-in")),
        (translate("About", "Enter, Esc"),
         translate("About", "On the card's stop question: Enter stops, Esc carries on")))
    body += "<p><b>" + html.escape(translate("About", "On one screen:")) + "</b></p><table cellpadding='4'>"
    body += "".join(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(words)}</td></tr>"
                    for keys, words in screen_keys) + "</table>"
    dialog = _text_dialog(parent, title, body, "keyboard-shortcuts")
    view = dialog.findChild(QTextBrowser)
    assert view is not None, "_text_dialog puts the text in a QTextBrowser"
    view.document().setTextWidth(680)
    wanted = int(view.document().size().height()) + 2 * view.frameWidth() + 80  # the list, then the Close row
    screen = parent.screen().availableGeometry().height() if parent.screen() is not None else wanted
    dialog.resize(720, min(wanted, screen - 60))
    return dialog


# --- Version and licence (Help > About) -------------------------------------------------------------------

def about_dialog(parent: QWidget) -> QDialog:
    """Name, version, what it is, the licence in a sentence, and a button to the full licence texts."""
    dialog = QDialog(parent)
    dialog.setObjectName("about")
    dialog.setWindowTitle(translate("About", "About %1").replace("%1", APP_NAME))
    text = QLabel(
        "<h2>" + html.escape(APP_NAME) + "</h2><p>"
        + html.escape(translate("About", "Version %1").replace("%1", __version__)) + "</p><p>"
        + html.escape(translate("About", "A guided home routine for piriformis syndrome. It does not replace "
                                         "advice from your physiotherapist or doctor.")) + "</p><p>"
        + html.escape(translate("About", "Free software under the GNU General Public License, version 3 or later: "
                                         "you may share and change it under its terms. It comes with no warranty."))
        + "</p><p>"
        + html.escape(translate("About", "Built with Qt %1 and PySide6 %2 (LGPL-3.0), pyqtgraph, NumPy, "
                                         "platformdirs and tomlkit; Licences lists them all with their terms.")
                      .replace("%1", qVersion()).replace("%2", PySide6.__version__)) + "</p>"
    )
    text.setObjectName("about-text")
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    licences = buttons.addButton(translate("About", "&Licences…"), QDialogButtonBox.ButtonRole.ActionRole)
    licences.setObjectName("show-licences")
    licences.clicked.connect(lambda: licences_dialog(dialog).exec())
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(520, dialog.sizeHint().height())
    return dialog


def licences_dialog(parent: QWidget) -> QDialog:
    """The third-party notices and the GPL, each in its own tab, read from the files that ship with the app."""
    from piriformis_desktop.licences import LICENCE, NOTICES, licence_text  # only when the user asks

    dialog = QDialog(parent)
    dialog.setObjectName("licences")
    dialog.setWindowTitle(translate("About", "Licences"))
    tabs = QTabWidget()
    missing = translate("About", "This copy of the app was installed without its licence files. The licence is "
                                 "the GNU General Public License, version 3 or later: "
                                 "https://www.gnu.org/licenses/gpl-3.0.html")
    for name, title, markdown in ((NOTICES, translate("About", "Third-party notices"), True),
                                  (LICENCE, translate("About", "GNU General Public License"), False)):
        view = QTextBrowser()
        view.setObjectName(name)
        view.setAccessibleName(title)
        view.setOpenExternalLinks(True)
        body = licence_text(name)
        if body is None:
            view.setPlainText(missing)
        elif markdown:
            view.setMarkdown(body)
        else:
            view.setPlainText(body)
        tabs.addTab(view, title)
    return _with_close_button(dialog, tabs, 760, 600)


def show_about(parent: QWidget) -> None:
    about_dialog(parent).exec()
