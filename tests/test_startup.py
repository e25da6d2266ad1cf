"""Start-up before the first frame (piriformis_desktop.startup): what loads before Qt, and the collector's pause."""

import gc
import json
import os
import subprocess
import sys

import pytest

from piriformis_desktop import startup

# A fresh process builds the window as the app does, and says what it loaded before and after PySide6.
BUILD_THE_WINDOW = """
import json, sys
from piriformis_desktop import startup
startup.before_first_frame()
before_qt = set(sys.modules)
from piriformis_desktop.ui.app import build_main_window, make_application
make_application()
window, _ = build_main_window(time_scale=1.0)
window.show()
print(json.dumps({"before_qt": sorted(before_qt), "after_qt": sorted(set(sys.modules) - before_qt)}))
"""


def test_the_windows_qt_free_modules_all_load_before_qt_and_nothing_it_does_not_need(private_folders):
    """After PySide6 is loaded, every module imported costs a read of its source (PySide6's import hook):
    none of the core's may be left for then. And the list may not pull in what the first frame does without."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", BUILD_THE_WINDOW], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.splitlines()[-1])
    ours_after_qt = [name for name in loaded["after_qt"]
                     if name.startswith("piriformis_desktop.") and not name.startswith("piriformis_desktop.ui")]
    assert ours_after_qt == []
    assert not any(name.startswith("PySide6") for name in loaded["before_qt"])
    for later in ("sqlite3", "piriformis_desktop.core.stats", "piriformis_desktop.core.progress", "statistics"):
        assert later not in loaded["before_qt"] + loaded["after_qt"], f"{later} is loaded before the first frame"


def test_the_command_line_pauses_the_collector_before_the_window_loads(monkeypatch):
    """The collector is off while the window's modules load and it is built."""
    from piriformis_desktop import cli
    from piriformis_desktop.ui import app

    seen = []
    monkeypatch.setattr(app, "run_gui", lambda **options: seen.append(gc.isenabled()) or 0)
    try:
        assert cli.main([]) == 0
    finally:
        gc.enable()
    assert seen == [False]


def test_a_launch_with_no_arguments_opens_the_window_without_building_the_parser(monkeypatch):
    """The desktop's menu starts the app with no arguments. There is nothing to parse, so no parser is built:
    argparse's and gettext's look for a catalogue cost about 5 ms before the first frame."""
    from piriformis_desktop import cli
    from piriformis_desktop.ui import app

    opened = []
    monkeypatch.setattr(app, "run_gui", lambda **options: opened.append(options) or 0)
    monkeypatch.setattr(cli, "build_parser", lambda **_: pytest.fail("a parser was built"))
    try:
        assert cli.main([]) == 0
    finally:
        gc.enable()
    assert opened == [{"start": False, "fullscreen": False, "prescription": None}]


@pytest.mark.parametrize(("argv", "options"), [
    (["--start"], {"start": True, "fullscreen": False, "prescription": None}),
    (["--fullscreen", "a.prescription.toml"],
     {"start": False, "fullscreen": True, "prescription": "a.prescription.toml"}),
])
def test_a_launch_with_arguments_reads_them_once_before_the_window_opens(monkeypatch, argv, options):
    """The silent look at the arguments is all the window needs: one parser, not a second to read them again."""
    from piriformis_desktop import cli
    from piriformis_desktop.ui import app

    opened, built = [], []
    monkeypatch.setattr(app, "run_gui", lambda **given: opened.append(given) or 0)
    build_parser = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda **kind: built.append(kind) or build_parser(**kind))
    try:
        assert cli.main(argv) == 0
    finally:
        gc.enable()
    assert opened == [options]
    assert built == [{"probe": True}]


def test_the_first_frame_starts_the_collector_again_before_the_rest_opens(make_main_window, monkeypatch):
    """Once the window is on screen, collection resumes (the hours of a session are collected as usual), before
    the history, sound and tray are attached."""
    from piriformis_desktop.ui import app

    window = make_main_window(history=None)
    seen = []
    monkeypatch.setattr(app, "attach_optional_parts", lambda shown: seen.append((shown, gc.isenabled())))
    gc.disable()
    try:
        lock = app.after_first_frame(window)
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()  # the rest of the test run collects as before
    assert seen == [(window, True)]
    lock.unlock()


def test_the_lock_that_tells_of_another_copy_waits_for_the_first_frame_and_comes_before_the_history(
        qapp, private_folders, monkeypatch):
    """Building the window takes no lock (the first frame waits for nothing it does not show). Once the window is
    up, the lock is taken before the history opens, whose recovery asks who holds it; a second copy still says
    in its notice bar that another is open."""
    from piriformis_desktop import paths
    from piriformis_desktop.core.journal_check import running_lock_holder
    from piriformis_desktop.ui import app

    running_lock = paths.data_dir() / "running.lock"
    holders = []
    monkeypatch.setattr(app, "attach_optional_parts", lambda shown: holders.append(running_lock_holder(running_lock)))
    first, _ = app.build_main_window(time_scale=1.0)
    second, _ = app.build_main_window(time_scale=1.0)
    try:
        assert not running_lock.exists()
        lock = app.after_first_frame(first)
        assert app.after_first_frame(second) is None
        assert holders == [os.getpid(), os.getpid()]
        assert not first.notice.isVisibleTo(first)
        assert "already open in another window" in second.notice.label.text()
        assert second.notice.isVisibleTo(second)
    finally:
        gc.unfreeze()
        for window in (first, second):
            window.close()
            window.deleteLater()
    lock.unlock()


def test_every_name_before_qt_is_a_module_without_qt():
    """A name that no longer exists, or one that imports Qt, would defeat the list's purpose."""
    code = ("import sys; from piriformis_desktop import startup; startup.before_first_frame(); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
    assert len(set(startup.BEFORE_QT)) == len(startup.BEFORE_QT)
