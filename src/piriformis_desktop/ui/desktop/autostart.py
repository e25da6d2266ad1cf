"""Start at login on Linux desktops: an XDG autostart entry in ~/.config/autostart (off by default).

The entry's Exec line follows the Desktop Entry Specification ("The Exec key"), so a program under a path with
spaces or shell characters ("my apps", `;$(id)%u`) starts as itself and nothing else: each argument with a
reserved character is double-quoted, `"`, `` ` ``, `$` and `\\` inside the quotes get a backslash, a `%` is
written `%%` (it would start a field code), and then the value is escaped as any string value is (`\\` for a
backslash, `\\n` for a line break).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from piriformis_desktop import APP_ID, APP_NAME
from piriformis_desktop.core.atomic import PRIVATE, write_atomically

ENTRY = f"{APP_ID}.desktop"


def autostart_dir() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "autostart"


RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")  # the spec's characters that need quoting in an argument
QUOTED_ESCAPES = set('"`$\\')  # inside double quotes: each gets a backslash
STRING_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}  # then: a string value's escapes


def command() -> list[str]:
    """How to start this very installation: the installed launcher if there is one, else this Python."""
    launcher = shutil.which(APP_ID)
    return [launcher] if launcher else [sys.executable, "-m", "piriformis_desktop"]


def exec_argument(argument: str) -> str:
    """One argument as the Exec key writes it (before the string value's own escapes)."""
    argument = argument.replace("%", "%%")
    if not argument or RESERVED & set(argument):
        return '"' + "".join("\\" + c if c in QUOTED_ESCAPES else c for c in argument) + '"'
    return argument


def exec_value(arguments: list[str]) -> str:
    """The Exec key's value for `arguments`, escaped per the Desktop Entry Specification."""
    line = " ".join(exec_argument(argument) for argument in arguments)
    return "".join(STRING_ESCAPES.get(c, c) for c in line)


def set_autostart(on: bool) -> Path | None:
    """Write or remove the autostart entry; returns its path when written. OSError goes to the caller."""
    path = autostart_dir() / ENTRY
    if not on:
        path.unlink(missing_ok=True)
        return None
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # The comment a desktop's list of start-up programs shows, in the language the user chose it in.
    comment = QCoreApplication.translate("Autostart", "Reminders for your piriformis routine")
    write_atomically(
        path,
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        f"Comment={comment}\n"
        f"Exec={exec_value(command())}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n",
        mode=PRIVATE,
    )
    return path


def apply_autostart(on: bool) -> str | None:
    """Do what the Start at login setting says; a sentence for the window if it could not be done."""
    try:
        set_autostart(on)
    except OSError as error:
        if on:
            return QCoreApplication.translate("Autostart", "Starting at login could not be set up: {reason}.").format(
                reason=error.strerror or error)
        return QCoreApplication.translate("Autostart", "Starting at login could not be removed: {reason}.").format(
            reason=error.strerror or error)
    return None
