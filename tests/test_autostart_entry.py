"""Start at login writes a desktop entry a desktop can read: the Exec line quoted and escaped per the Desktop
Entry Specification, whatever the path of the program holds."""

import os
import select
import shutil
import stat
import subprocess

import pytest

from piriformis_desktop.ui.desktop.autostart import set_autostart

RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")  # the specification's, which need quoting
AWKWARD = ["my apps", ";$(id)%u", 'a "quoted" `tick` back\\slash', "tab\there"]


def spec_arguments(value: str) -> list[str]:
    """Read an Exec value back as the specification says a launcher does: the string escapes first, then the
    quoting, then %% as a literal %. (No field codes are expected in our entry.)"""
    text, i = "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            text += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(value[i + 1], "\\" + value[i + 1])
            i += 2
        else:
            text += value[i]
            i += 1
    arguments, current, quoted, started, i = [], "", False, False, 0
    while i < len(text):
        c = text[i]
        if quoted and c == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
            current, i = current + text[i + 1], i + 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if current or started:
                arguments.append(current)
            current, started = "", False
        else:
            assert quoted or c not in RESERVED, f"unquoted reserved character {c!r} in {value!r}"
            current += c
        i += 1
    assert not quoted, value
    if current or started:
        arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


@pytest.mark.parametrize("folder", AWKWARD)
def test_any_program_path_reads_back_as_itself(folder):
    from piriformis_desktop.ui.desktop.autostart import exec_value

    program = f"/home/me/{folder}/piriformis-desktop"
    assert spec_arguments(exec_value([program])) == [program]
    assert spec_arguments(exec_value([program, "-m", "piriformis_desktop"])) == [program, "-m", "piriformis_desktop"]


def test_a_plain_path_is_written_plainly():
    from piriformis_desktop.ui.desktop.autostart import exec_value

    assert exec_value(["/usr/bin/piriformis-desktop"]) == "/usr/bin/piriformis-desktop"


def install_launcher(tmp_path, monkeypatch, folder: str) -> str:
    place = tmp_path / "my apps" / folder
    place.mkdir(parents=True)
    launcher = place / "piriformis-desktop"
    launcher.write_text(f"#!/bin/sh\nprintf '%s|%s' \"$0\" \"$#\" > '{tmp_path / 'ran'}'\n")
    launcher.chmod(0o755)
    monkeypatch.setenv("PATH", f"{place}{os.pathsep}{os.environ['PATH']}")
    return str(launcher)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-validate "
                                                                          "(desktop-file-utils)")
@pytest.mark.parametrize("folder", [";$(id)%u", 'say "hi" `now`'])
def test_the_entry_passes_desktop_file_validate_with_spaces_and_shell_characters(tmp_path, monkeypatch, folder):
    """A launcher under "my apps/;$(id)%u": once written raw (a shell would run `id`), now quoted and valid."""
    launcher = install_launcher(tmp_path, monkeypatch, folder)
    entry = set_autostart(True)
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert spec_arguments(exec_line.removeprefix("Exec=")) == [launcher]
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600 and stat.S_IMODE(entry.parent.stat().st_mode) == 0o700


@pytest.mark.skipif(shutil.which("gio") is None, reason="needs gio (libglib2.0-bin)")
def test_gio_launches_the_program_under_a_path_with_a_space_and_shell_characters(tmp_path, monkeypatch):
    """GLib's launcher runs exactly the program, with no arguments and no shell. (GLib cannot load an entry
    whose program path holds a "%" at all, since it looks for the program before undoing "%%"; the
    specification's "%%" is still what we write, and what desktop-file-validate accepts.)"""
    ran = tmp_path / "ran"
    os.mkfifo(ran)  # the program writes here; reading waits for it, with no polling
    launcher = install_launcher(tmp_path, monkeypatch, ";$(id)&")
    entry = set_autostart(True)
    reader = os.open(ran, os.O_RDONLY | os.O_NONBLOCK)
    try:
        subprocess.run(["gio", "launch", str(entry)], capture_output=True, timeout=60, check=True)
        os.set_blocking(reader, True)
        ready, _, _ = select.select([reader], [], [], 60)  # a safety net for a launcher that never runs
        assert ready, "gio did not start the program"
        assert os.read(reader, 4096).decode() == f"{launcher}|0"
    finally:
        os.close(reader)
