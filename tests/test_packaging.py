"""Releases: one version everywhere, a licence a user can read, valid desktop metadata, a wheel that carries it all.

The bundle and the .deb are built and proven by `make deb` and `make deb-check` (CI runs both); these tests
keep the files they are built from honest.
"""

import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from piriformis_desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
METAINFO = PACKAGING / "io.github.piriformis_desktop.PiriformisDesktop.metainfo.xml"
DESKTOP = PACKAGING / "piriformis-desktop.desktop"


def changelog_releases() -> list[tuple[str, str]]:
    """(version, date) of each release in CHANGELOG.md, newest first."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d\d-\d\d)$", text, flags=re.MULTILINE)


def metainfo_releases() -> list[tuple[str, str]]:
    root = ElementTree.parse(METAINFO).getroot()
    return [(r.get("version"), r.get("date")) for r in root.iter("release")]


def test_the_version_is_the_same_in_every_place_a_user_can_read_it():
    """The CHANGELOG, the software centre, the Debian changelog and the manual page all say 1.0.0."""
    assert __version__ == "1.0.0"
    assert changelog_releases()[0][0] == __version__
    assert metainfo_releases()[0][0] == __version__
    debian = (PACKAGING / "debian" / "changelog").read_text(encoding="utf-8").splitlines()[0]
    assert debian.startswith(f"piriformis-desktop ({__version__}-")
    assert f'"piriformis-desktop {__version__}"' in (PACKAGING / "piriformis-desktop.1").read_text(encoding="utf-8")


def test_the_software_centre_lists_the_releases_of_the_changelog():
    """Every release in CHANGELOG.md is in the AppStream metadata with the same date, in the same order."""
    assert metainfo_releases() == changelog_releases()


def test_the_licence_is_gpl3_or_later_everywhere():
    """pyproject, the LICENSE file, the AppStream metadata and the Debian copyright agree on GPL-3.0-or-later."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "GPL-3.0-or-later"
    assert set(project["license-files"]) == {"LICENSE", "THIRD-PARTY-NOTICES.md"}
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").split()[:6] == ["GNU", "GENERAL", "PUBLIC", "LICENSE",
                                                                          "Version", "3,"]
    assert ElementTree.parse(METAINFO).getroot().findtext("project_license") == "GPL-3.0-or-later"
    copyright_text = (PACKAGING / "debian" / "copyright").read_text(encoding="utf-8")
    assert re.search(r"^Files: \*\nCopyright: .+\nLicense: GPL-3\+$", copyright_text, flags=re.MULTILINE)


@pytest.mark.parametrize("library", ["PySide6", "Qt", "pyqtgraph", "NumPy", "platformdirs", "tomlkit", "Python"])
def test_the_notices_name_each_library_that_ships_and_its_licence(library):
    """THIRD-PARTY-NOTICES.md and the .deb's copyright both name every library in the releases."""
    notices = (ROOT / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    copyright_text = (PACKAGING / "debian" / "copyright").read_text(encoding="utf-8").lower()
    assert library in notices
    assert library.lower() in copyright_text


def test_the_notices_say_where_to_get_qts_source_and_carry_the_lgpl():
    notices = (ROOT / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    assert "https://download.qt.io/official_releases/qt/" in notices
    assert "https://download.qt.io/official_releases/QtForPython/pyside6/" in notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices


def test_every_runtime_dependency_is_in_the_notices():
    """A dependency added to pyproject.toml without its notice fails here."""
    notices = (ROOT / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8").lower()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0).lower()
        assert name.split("-")[0] in notices, name


def run_validator(*command):
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (CI installs it)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_the_menu_entry_passes_desktop_file_validate_without_a_hint():
    result = run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""


def test_the_appstream_metadata_passes_appstreamcli():
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metadata_launches_the_menu_entry_and_shows_screenshots_from_docs():
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("content_rating") is not None
    images = [image.text for image in root.iter("image")]
    assert images
    for url in images:
        assert (ROOT / "docs" / url.rsplit("/docs/", 1)[1]).is_file(), url


def test_help_about_says_the_version_and_the_licence(qtbot):
    """The About box a user opens from the Help menu tells the truth about version and licence."""
    from PySide6.QtWidgets import QLabel, QWidget

    from piriformis_desktop.ui.about import about_dialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = about_dialog(parent)
    text = dialog.findChild(QLabel, "about-text").text()
    assert "Version 1.0.0" in text
    assert "GNU General Public License, version 3 or later" in text


def test_the_licences_button_shows_the_notices_and_the_gpl(qtbot, monkeypatch):
    """Licences… opens both texts as shipped: the notices (with Qt's LGPL) and the GPL itself."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QPushButton, QTabWidget, QWidget

    from piriformis_desktop.ui.about import about_dialog

    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self))  # not modal in a test
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = about_dialog(parent)
    qtbot.mouseClick(dialog.findChild(QPushButton, "show-licences"), Qt.MouseButton.LeftButton)
    assert [d.objectName() for d in opened] == ["licences"]
    tabs = opened[0].findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Third-party notices", "GNU General Public License"]
    notices, gpl = (tabs.widget(i).toPlainText() for i in range(2))
    assert "PySide6" in notices and "LGPL-3.0" in notices
    assert gpl.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")


@pytest.mark.slow
def test_the_wheel_carries_resources_routine_data_and_licences(tmp_path):
    """Built as pip builds it: compiled resources, routine data, translations and licence files, GPL metadata."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
                   check=True, timeout=600)
    (wheel,) = tmp_path.glob("piriformis_desktop-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(re.fullmatch(r"piriformis_desktop/ui/(.+/)?resources_rc\.py", n) for n in names)
    assert "piriformis_desktop/data/routine.toml" in names
    shipped_qm = {p.relative_to(ROOT / "src").as_posix() for p in (ROOT / "src").rglob("*.qm")}
    assert shipped_qm <= set(names)
    dist_info = f"piriformis_desktop-{__version__}.dist-info"
    assert {f"{dist_info}/licenses/LICENSE", f"{dist_info}/licenses/THIRD-PARTY-NOTICES.md"} <= set(names)
    metadata = zipfile.ZipFile(wheel).read(f"{dist_info}/METADATA").decode()
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert f"Version: {__version__}" in metadata
    assert APP_ID in zipfile.ZipFile(wheel).read(f"{dist_info}/entry_points.txt").decode()
