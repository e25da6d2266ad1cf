"""Compile resources.qrc and the translations into ui/resources_rc.py (`make resources`), stamped with a
digest of their sources.

resources.qrc lists the assets by hand. The translations are generated: every translations/*.ts is compiled
by pyside6-lrelease into a temporary folder with a small .qrc of its own, under :/translations/, and rcc
compiles both .qrc files into the one module. The .qm files are never committed: the digest covers the
.ts files they come from, so editing a .ts without `make resources` fails the staleness test.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QRC = ROOT / "resources.qrc"
TRANSLATIONS = ROOT / "translations"
OUTPUT = ROOT / "src" / "piriformis_desktop" / "ui" / "resources_rc.py"
DIGEST_PREFIX = "# source-digest: "


def listed_files(qrc: Path = QRC) -> list[Path]:
    """Every file resources.qrc lists, relative to the repository root."""
    tree = ET.parse(qrc)
    return [Path(node.text.strip()) for node in tree.getroot().iter("file") if node.text]


def translation_sources(folder: Path = TRANSLATIONS) -> list[Path]:
    """The .ts files compiled into :/translations/, in name order."""
    return sorted(folder.glob("*.ts"))


def source_digest(qrc: Path = QRC, translations: Path = TRANSLATIONS) -> str:
    """SHA-256 over resources.qrc, every file it lists and every .ts, in order, so any change shows."""
    digest = hashlib.sha256(qrc.read_bytes())
    for relative in listed_files(qrc):
        digest.update(str(relative).encode())
        digest.update((qrc.parent / relative).read_bytes())
    for ts in translation_sources(translations):
        digest.update(ts.name.encode())
        digest.update(ts.read_bytes())
    return digest.hexdigest()


def recorded_digest(module: Path = OUTPUT) -> str | None:
    for line in module.read_text("utf-8").splitlines()[:10]:
        if line.startswith(DIGEST_PREFIX):
            return line[len(DIGEST_PREFIX):].strip()
    return None


def qt_tool(name: str) -> str:
    return shutil.which(f"pyside6-{name}") or str(Path(sys.executable).with_name(f"pyside6-{name}"))


def release_translations(folder: Path) -> Path:
    """Compile every .ts into `folder` (pyside6-lrelease) and write the .qrc that lists them; returns it."""
    entries = []
    for ts in translation_sources():
        qm = folder / f"{ts.stem}.qm"
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        entries.append(f'    <file alias="{qm.name}">{qm.name}</file>')
    qrc = folder / "translations.qrc"
    qrc.write_text('<!DOCTYPE RCC>\n<RCC version="1.0">\n  <qresource prefix="/translations">\n'
                   + "\n".join(entries) + "\n  </qresource>\n</RCC>\n", "utf-8")
    return qrc


def rcc_command(*extra_qrc: Path) -> list[str]:
    return [qt_tool("rcc"), "--no-compress", str(QRC), *map(str, extra_qrc)]


def build() -> None:
    with tempfile.TemporaryDirectory() as folder:
        translations = release_translations(Path(folder))
        generated = subprocess.run(rcc_command(translations), check=True, capture_output=True, text=True,
                                   cwd=ROOT).stdout
    header = (
        "# Generated from resources.qrc, assets/ and translations/ by `make resources`; do not edit.\n"
        f"{DIGEST_PREFIX}{source_digest()}\n"
        "# ruff: noqa\n"
    )
    OUTPUT.write_text(header + generated, "utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    build()
