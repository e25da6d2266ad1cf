"""Compile resources.qrc into ui/resources_rc.py (`make resources`), stamped with a digest of its sources."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QRC = ROOT / "resources.qrc"
OUTPUT = ROOT / "src" / "piriformis_desktop" / "ui" / "resources_rc.py"
DIGEST_PREFIX = "# source-digest: "


def listed_files(qrc: Path = QRC) -> list[Path]:
    """Every file resources.qrc lists, relative to the repository root."""
    tree = ET.parse(qrc)
    return [Path(node.text.strip()) for node in tree.getroot().iter("file") if node.text]


def source_digest(qrc: Path = QRC) -> str:
    """SHA-256 over resources.qrc and every file it lists, in order, so any change shows."""
    digest = hashlib.sha256(qrc.read_bytes())
    for relative in listed_files(qrc):
        digest.update(str(relative).encode())
        digest.update((qrc.parent / relative).read_bytes())
    return digest.hexdigest()


def recorded_digest(module: Path = OUTPUT) -> str | None:
    for line in module.read_text("utf-8").splitlines()[:10]:
        if line.startswith(DIGEST_PREFIX):
            return line[len(DIGEST_PREFIX):].strip()
    return None


def rcc_command() -> list[str]:
    rcc = shutil.which("pyside6-rcc") or str(Path(sys.executable).with_name("pyside6-rcc"))
    return [rcc, "--no-compress", str(QRC)]


def build() -> None:
    generated = subprocess.run(rcc_command(), check=True, capture_output=True, text=True, cwd=ROOT).stdout
    header = (
        "# Generated from resources.qrc and assets/ by `make resources`; do not edit.\n"
        f"{DIGEST_PREFIX}{source_digest()}\n"
        "# ruff: noqa\n"
    )
    OUTPUT.write_text(header + generated, "utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    build()
