"""Heard through Qt's own PipeWire audio backend, where the system's libpipewire is new enough for it.

Qt 6.11 plays through PipeWire directly when libpipewire is 1.0 or newer (Ubuntu 24.04, Fedora 40 and later);
with an older one (Debian 12 ships 0.3.65) it says "PipeWire audio backend requested. not available" and
plays through its PulseAudio backend, which pipewire-pulse serves: tests/test_sound_server.py covers that
path on PipeWire. Here the backend is asked for by name (QT_AUDIO_BACKEND=pipewire) with its log on, so the
test fails if Qt quietly falls back, and is skipped, saying why, where libpipewire is older than 1.0.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import test_sound_server as heard_tests
from sound_server import running_server

pytestmark = pytest.mark.slow

NEWEST_UNSUPPORTED = (0, 99)  # Qt's PipeWire audio backend needs libpipewire 1.0 or newer


def libpipewire_version() -> tuple[int, ...] | None:
    """The libpipewire the `pipewire` program is linked with ("Linked with libpipewire 0.3.65"), else what
    pkg-config knows of it; None where neither is there."""
    sources = [["pipewire", "--version"], ["pkg-config", "--modversion", "libpipewire-0.3"]]
    for command in sources:
        if shutil.which(command[0]) is None:
            continue
        said = subprocess.run(command, capture_output=True, text=True).stdout
        found = re.search(r"Linked with libpipewire (\d+(?:\.\d+)+)", said) or re.search(r"^(\d+(?:\.\d+)+)", said)
        if found:
            return tuple(int(n) for n in found.group(1).split("."))
    return None


def test_libpipewire_versions_are_read_from_what_the_program_says(monkeypatch):
    outputs = {"pipewire": "pipewire\nCompiled with libpipewire 0.3.65\nLinked with libpipewire 1.4.2\n"}
    monkeypatch.setattr(shutil, "which", lambda name: name if name in outputs else None)
    monkeypatch.setattr(subprocess, "run", lambda command, **_: type("R", (), {"stdout": outputs[command[0]]}))
    assert libpipewire_version() == (1, 4, 2)


@pytest.fixture
def pipewire_for_qt():
    version = libpipewire_version()
    if version is None:
        pytest.skip("PipeWire is not installed (Debian: apt-get install pipewire)")
    if version[:2] <= NEWEST_UNSUPPORTED:
        pytest.skip(f"Qt's own PipeWire audio backend needs libpipewire 1.0 or newer; this system has "
                    f"{'.'.join(map(str, version))}, so Qt plays through its PulseAudio backend (served by "
                    f"pipewire-pulse), which test_sound_server.py tests on PipeWire")
    yield from running_server("pipewire")


def test_each_cue_is_heard_through_qts_pipewire_backend(pipewire_for_qt):
    """The one-leg session at normal speed with Qt's PipeWire backend asked for: Qt's log says it started
    ("PipeWire initialized"), and every cue reaches the sink within 150 ms of its moment."""
    server = pipewire_for_qt
    server.env.update(QT_AUDIO_BACKEND="pipewire", QT_LOGGING_RULES="qt.multimedia.pipewire=true")
    heard = heard_tests.play_session(server, "volume = 80\n" + heard_tests.ONE_LEG_ROUTINE)
    assert "PipeWire initialized" in heard.stderr_head, heard.stderr_head[-2000:]
    assert "not available" not in heard.stderr_head
    assert heard.rows[-1]["completed"] == "true"
    delays = []
    for cue in heard.cues:
        onset = heard.onset(cue)
        assert onset is not None, f"{cue['kind']} at {cue['at']} s was never heard"
        delays.append(onset - cue["due"])
    heard_tests.report("pipewire-backend", f"max cue delay {max(delays) * 1000:.0f} ms over {len(delays)} cues")
    assert max(delays) < 0.15
