"""The MIME type and the menu entry: both validate, and the desktop's own launcher (gio open, else xdg-open) opens
a *.prescription.toml with Piriformis Desktop, given the file as the entry's %f."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MIME_XML = ROOT / "packaging" / "piriformis-desktop-mime.xml"
DESKTOP = ROOT / "packaging" / "piriformis-desktop.desktop"


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    return found


def test_the_mime_xml_is_well_formed_and_names_the_type_and_glob():
    result = subprocess.run([need("xmllint"), "--noout", str(MIME_XML)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    text = MIME_XML.read_text()
    assert 'type="application/x-piriformis-prescription"' in text and 'pattern="*.prescription.toml"' in text


def test_the_menu_entry_takes_a_file_and_names_the_mime_type():
    text = DESKTOP.read_text()
    assert "MimeType=application/x-piriformis-prescription;" in text and "Exec=piriformis-desktop %f" in text
    result = subprocess.run([need("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout + result.stderr == "", result.stdout + result.stderr


@pytest.mark.slow
def test_the_desktops_launcher_opens_a_prescription_with_the_app(tmp_path):
    """Installed as `make desktop-entry` does (the entry's Exec replaced, here by a recorder of its arguments), a
    double-click's `gio open` (or `xdg-open`) runs the entry with the prescription's path."""
    launcher = shutil.which("gio") or shutil.which("xdg-open")
    if launcher is None:
        pytest.skip("neither gio nor xdg-open is installed (.ci/run installs both)")
    need("update-mime-database")
    data, config = tmp_path / "share", tmp_path / "config"
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "applications").mkdir()
    config.mkdir()
    shutil.copy(MIME_XML, data / "mime" / "packages" / "piriformis-desktop.xml")
    subprocess.run(["update-mime-database", str(data / "mime")], check=True)
    heard = tmp_path / "heard.txt"
    recorder = tmp_path / "piriformis-desktop"
    recorder.write_text(f"#!{sys.executable}\nimport sys\nopen({str(heard)!r}, 'w').write('\\n'.join(sys.argv[1:]))\n")
    recorder.chmod(0o755)
    entry = DESKTOP.read_text().replace("Exec=piriformis-desktop", f"Exec={recorder}")
    (data / "applications" / "piriformis-desktop.desktop").write_text(entry)
    (config / "mimeapps.list").write_text("[Default Applications]\n"
                                          "application/x-piriformis-prescription=piriformis-desktop.desktop\n")
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(config),
           "XDG_DATA_DIRS": f"{data}:/usr/share", "XDG_CURRENT_DESKTOP": "X-Generic"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    prescription = tmp_path / "dana.prescription.toml"
    prescription.write_text('format = "piriformis-prescription"\n')
    if Path(launcher).name == "gio":
        kind = subprocess.run([launcher, "info", "-a", "standard::content-type", str(prescription)], env=env,
                              capture_output=True, text=True)
        assert "application/x-piriformis-prescription" in kind.stdout, kind.stdout + kind.stderr
        command = [launcher, "open", str(prescription)]
    else:
        command = [launcher, str(prescription)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    for _ in range(200):  # the launcher may return before the entry's program has run
        if heard.exists() and heard.read_text():
            break
        subprocess.run(["sleep", "0.05"])
    assert heard.read_text() == str(prescription)
