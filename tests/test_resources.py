"""Bundled assets: listed in resources.qrc, compiled up to date, and loadable through :/ paths."""

import importlib.util
from pathlib import Path

from PySide6.QtCore import QFile

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("resources_build", ROOT / "tools" / "resources_build.py")
resources_build = importlib.util.module_from_spec(_spec)  # a build tool, not shipped in the package
_spec.loader.exec_module(resources_build)


def test_every_asset_is_listed_in_resources_qrc():
    """A file added under assets/ but forgotten in resources.qrc would never reach the app."""
    on_disk = {p.relative_to(ROOT) for p in (ROOT / "assets").rglob("*") if p.is_file()}
    assert on_disk == set(resources_build.listed_files())


def test_compiled_resources_are_up_to_date():
    """The committed resources_rc.py was built from the current resources.qrc and assets (make resources)."""
    assert resources_build.recorded_digest() == resources_build.source_digest(), "run `make resources`"


def test_every_listed_asset_loads_through_qt_resources(qapp):
    """Each asset opens via its :/ path with the same bytes as on disk."""
    import xml.etree.ElementTree as ET

    from piriformis_desktop.ui import resources_rc  # noqa: F401
    for node in ET.parse(resources_build.QRC).getroot().iter("file"):
        file = QFile(f":/{node.get('alias')}")
        assert file.open(QFile.OpenModeFlag.ReadOnly), node.get("alias")
        assert bytes(file.readAll().data()) == (ROOT / node.text).read_bytes()
        file.close()


def test_a_changed_translation_makes_the_resources_stale(tmp_path):
    """The digest covers translations/*.ts, whose .qm are compiled into the module: edit one, and the staleness
    test above asks for `make resources`."""
    import shutil

    copy = tmp_path / "translations"
    shutil.copytree(resources_build.TRANSLATIONS, copy)
    assert resources_build.source_digest(translations=copy) == resources_build.source_digest()
    german = copy / "piriformis_desktop_de.ts"
    german.write_text(german.read_text("utf-8").replace("Rechtes Bein", "Rechtes Bein!"), "utf-8")
    assert resources_build.source_digest(translations=copy) != resources_build.source_digest()
