"""Update translations/*.ts from the Python sources, fill the pseudo-locale, then recompile the resources.

`make translations` runs this. pyside6-lupdate reads every module under src/piriformis_desktop and merges
what it finds into each .ts, keeping the translations already there (a string that disappears is kept as
"vanished" and comes back translated if the string returns). No line numbers are recorded, so moving code
does not touch the .ts files. The English file holds only plural strings (`-pluralonly`): English needs
"1 session" and "2 sessions" from one source string too. The pseudo-locale's file is filled by machine
(core/words.py `pseudo_localize`). Then tools/resources_build.py compiles every .ts with pyside6-lrelease
into the Qt resources (:/translations/piriformis_desktop_<language>.qm).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from piriformis_desktop.core.language import LANGUAGES, SOURCE_LANGUAGE
from piriformis_desktop.core.words import PSEUDO_LANGUAGE, pseudo_localize

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
PACKAGE = ROOT / "src" / "piriformis_desktop"
CATALOGUE = "piriformis_desktop"  # file names: piriformis_desktop_<language>.ts / .qm
TRANSLATED = tuple(language for language in LANGUAGES if language != SOURCE_LANGUAGE)


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.ts"


def ts_language(path: Path) -> str:
    return path.stem.removeprefix(f"{CATALOGUE}_")


def source_files() -> list[Path]:
    """The modules lupdate reads: every .py of the package except the generated resources."""
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name != "resources_rc.py")


def qt_tool(name: str) -> str:
    """A PySide6 tool (lupdate, lrelease, rcc) from the environment running this script."""
    return shutil.which(f"pyside6-{name}") or str(Path(sys.executable).with_name(f"pyside6-{name}"))


def lupdate(ts: Path, *, plural_only: bool = False, sources: list[Path] | None = None) -> None:
    """Merge the sources' strings into `ts` (created if absent)."""
    command = [qt_tool("lupdate"), "-silent", "-locations", "none", "-source-language", SOURCE_LANGUAGE,
               "-target-language", ts_language(ts)]
    if plural_only:
        command.append("-pluralonly")
    command += [str(p) for p in (sources or source_files())] + ["-ts", str(ts)]
    subprocess.run(command, check=True, cwd=ROOT)


def fill_pseudo(ts: Path) -> int:
    """Translate every live message of `ts` into the pseudo-locale; returns how many were filled anew."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        text = pseudo_localize(message.findtext("source"))
        forms = translation.findall("numerusform")
        wanted = [text] * len(forms) if forms else [text]
        current = [f.text for f in forms] if forms else [translation.text]
        if current != wanted or translation.get("type") == "unfinished":
            filled += 1
            translation.attrib.pop("type", None)
            if forms:
                for form in forms:
                    form.text = text
            else:
                translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def fill_english_plurals(ts: Path) -> int:
    """Give the English catalogue's unfinished plurals their two forms from the "(s)" the source is written with:
    "%n rep(s)" is "%n rep" for one and "%n reps" otherwise. Forms filled by hand are kept."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        if translation.get("type") != "unfinished" or len(forms) != 2:
            continue
        source = message.findtext("source")
        forms[0].text, forms[1].text = source.replace("(s)", ""), source.replace("(s)", "s")
        translation.attrib.pop("type")
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def update() -> None:
    TRANSLATIONS.mkdir(exist_ok=True)
    for language in TRANSLATED:
        lupdate(ts_path(language))
    lupdate(ts_path(SOURCE_LANGUAGE), plural_only=True)
    fill_english_plurals(ts_path(SOURCE_LANGUAGE))
    lupdate(ts_path(SOURCE_LANGUAGE), plural_only=True)  # back into lupdate's own layout
    pseudo = ts_path(PSEUDO_LANGUAGE)
    lupdate(pseudo)
    fill_pseudo(pseudo)
    lupdate(pseudo)  # lupdate rewrites the file in its own layout; the content is already complete
    for path in sorted(TRANSLATIONS.glob("*.ts")):
        unfinished = path.read_text("utf-8").count('type="unfinished"')
        if unfinished:
            print(f"{path.relative_to(ROOT)}: {unfinished} unfinished (translate them, e.g. in pyside6-linguist)")


if __name__ == "__main__":
    update()
    sys.path.insert(0, str(Path(__file__).parent))
    import resources_build  # the .qm go into the compiled resources

    resources_build.build()
