"""The licence texts that ship with the app (GPL and third-party notices), for Help > About to show."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from piriformis_desktop import APP_ID

LICENCE = "LICENSE"
NOTICES = "THIRD-PARTY-NOTICES.md"


def licence_text(name: str) -> str | None:
    """The text of LICENSE or THIRD-PARTY-NOTICES.md, or None when this copy of the app lacks it.

    Installed copies (wheel, pipx, the Linux bundle) carry both in their .dist-info/licenses/ (PEP 639); a source
    checkout that is not installed reads them from the top of the tree.
    """
    try:
        text = metadata.distribution(APP_ID).read_text(f"licenses/{name}")
    except metadata.PackageNotFoundError:
        text = None
    if text:
        return text
    try:
        return (Path(__file__).resolve().parents[2] / name).read_text(encoding="utf-8")
    except OSError:
        return None
