"""Start at login on Linux desktops: an XDG autostart entry in ~/.config/autostart (off by default)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from piriformis_desktop import APP_ID, APP_NAME
from piriformis_desktop.core.atomic import write_atomically

ENTRY = f"{APP_ID}.desktop"


def autostart_dir() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "autostart"


def command() -> str:
    """How to start this very installation: the installed launcher if there is one, else this Python."""
    launcher = shutil.which(APP_ID)
    return launcher if launcher else f"{sys.executable} -m piriformis_desktop"


def set_autostart(on: bool) -> Path | None:
    """Write or remove the autostart entry; returns its path when written. OSError goes to the caller."""
    path = autostart_dir() / ENTRY
    if not on:
        path.unlink(missing_ok=True)
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    # The comment a desktop's list of start-up programs shows, in the language the user chose it in.
    comment = QCoreApplication.translate("Autostart", "Reminders for your piriformis routine")
    write_atomically(
        path,
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        f"Comment={comment}\n"
        f"Exec={command()}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n",
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
