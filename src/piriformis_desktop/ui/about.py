"""Dialogs: about this routine (why, credit, what was reconstructed, safety), keyboard shortcuts, about."""

from __future__ import annotations

import html

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from piriformis_desktop import APP_NAME, __version__
from piriformis_desktop.core.routine import Routine


def routine_about_html(routine: Routine) -> str:
    """The About text, built from the routine data only."""
    e = html.escape
    credit = routine.credit
    parts = [f"<h2>{e(routine.title)}</h2><p>{e(routine.summary)}</p>", "<h3>Why these exercises</h3>"]
    parts += [f"<p>{e(p)}</p>" for p in routine.why]
    parts.append(f"<p><i>{e(routine.story)}</i></p>")
    parts.append("<h3>The exercises</h3><ul>")
    parts += [f"<li><b>{e(x.name)}</b> ({e(x.section.lower())}): {e(x.purpose)}</li>" for x in routine.exercises]
    parts.append("</ul><h3>Where it comes from</h3>")
    parts.append(
        f"<p>The routine follows {e(credit.source)} on {e(credit.published)}, by {e(credit.authors)}, "
        f"{e(credit.description)}. The instructions here are written in our own words.</p>"
    )
    parts.append(f"<p><b>Reconstructed parts.</b> {e(routine.reconstructed_note)}</p>")
    parts.append("<h3>Safety</h3><ul>")
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
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(640, 560)
    return dialog


def about_routine_dialog(parent: QWidget, routine: Routine) -> QDialog:
    return _text_dialog(parent, "About this routine", routine_about_html(routine), "about-routine")


def shortcuts_dialog(parent: QWidget, actions) -> QDialog:
    rows = []
    for action in parent.actions():
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        if keys:
            name = html.escape(action.text().replace("&", "").replace("…", ""))
            rows.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{name}: {html.escape(action.statusTip())}</td></tr>")
    body = "<h2>Keyboard shortcuts</h2><table cellpadding='6'>" + "".join(rows) + "</table>"
    body += "<p>These keys work wherever the focus is in the window.</p>"
    return _text_dialog(parent, "Keyboard shortcuts", body, "keyboard-shortcuts")


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent, f"About {APP_NAME}",
        f"<b>{APP_NAME}</b> {__version__}<br>A guided home routine for piriformis syndrome.<br>"
        "It does not replace advice from your physiotherapist or doctor.",
    )
