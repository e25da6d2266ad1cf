"""Shared fixtures: offscreen Qt, private config and data folders per test, and a guard against stray timers."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
os.environ["LANGUAGE"] = "en"  # the suite reads English whatever the developer's locale; other languages are asked for

import weakref

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from PySide6 import QtCore

from piriformis_desktop.core.clock import FakeClock
from piriformis_desktop.core.routine import load_routine
from piriformis_desktop.core.settings import Settings


class TrackedTimer(QtCore.QTimer):
    """Every QTimer made while the tests run, parented or not, so a test that leaves one running fails (napari's
    `_dangling_qtimers` does the same). It replaces QtCore.QTimer before any module of the app imports it."""

    made: "weakref.WeakSet[TrackedTimer]" = weakref.WeakSet()

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        TrackedTimer.made.add(self)


QtCore.QTimer = TrackedTimer


# One Hypothesis profile for every property test. No deadline and no too_slow check: the first example of a run
# builds Hypothesis' Unicode tables (seconds on a cold cache), which made a property test fail when its file ran
# alone in a fresh clone and pass only after an earlier test had warmed the cache. Function-scoped fixtures
# (tmp_path) are fine here: each example rewrites its file in full before reading it.
hypothesis_settings.register_profile(
    "project", deadline=None, max_examples=150,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
hypothesis_settings.load_profile("project")


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    """Every test gets its own empty config and data folders, never the user's real ones."""
    config, data = tmp_path / "config", tmp_path / "data"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.delenv("PIRIFORMIS_TIME_SCALE", raising=False)
    return config / "piriformis-desktop", data / "piriformis-desktop"


@pytest.fixture
def routine():
    return load_routine()


@pytest.fixture
def settings(routine):
    return Settings.defaults(routine)


@pytest.fixture
def clock():
    return FakeClock(start=1000.0)


@pytest.fixture(autouse=True)
def english_plurals(request):
    """Qt tests read "1 rep", "3 reps" from "%n rep(s)", as the app shows them (ui/words.py installs this)."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from piriformis_desktop.ui.words import install_english_plurals  # only Qt tests pay for the import

        request.getfixturevalue("qapp")
        install_english_plurals()


def default_locale(name: str):
    """Make `name` Qt's default locale until the returned generator is resumed (a fixture's body)."""
    from PySide6.QtCore import QLocale  # only Qt tests pay for the import

    before = QLocale()
    QLocale.setDefault(QLocale(name))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def formats(request):
    """Qt's default locale for the test is the one it names, `@pytest.mark.parametrize("formats", ["de_DE"],
    indirect=True)`: day and month names, time format, first weekday, decimals."""
    yield from default_locale(request.param)


@pytest.fixture
def british_locale():
    """Weeks start on Monday and dates read '16 Nov' (`pytestmark = pytest.mark.usefixtures("british_locale")`);
    a test may still ask for other `formats`."""
    yield from default_locale("en_GB")


@pytest.fixture(autouse=True)
def no_dangling_timers(request):
    """Fail a Qt test that leaves a running QTimer behind (a timer that outlives its window wakes the CPU)."""
    TrackedTimer.made.clear()
    yield
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QApplication  # only Qt tests pay for the import

    app = QApplication.instance()
    if app is not None:
        app.processEvents()

    def running(timer) -> bool:
        try:
            return timer.isActive()
        except RuntimeError:  # its C++ side is gone with its parent: not running
            return False

    def owner(timer):
        chain, parent = [], timer.parent()
        while parent is not None:
            chain.append(f"{type(parent).__name__}({parent.objectName()})")
            parent = parent.parent()
        return f"{timer.objectName() or 'timer'} {timer.interval()} ms in " + (" < ".join(chain) or "no parent")

    left = [owner(t) for t in list(TrackedTimer.made) if running(t)]
    TrackedTimer.made.clear()
    assert not left, f"timers left running: {left}"


@pytest.fixture
def make_main_window(qtbot, routine, settings, tmp_path, monkeypatch):
    """Main windows as the app builds them, on a fake clock (`window.clock`): each with the history at
    tmp_path/history.sqlite3 (history="open"), a store given, or none (None); shown at `size` and made the active
    window (the session's keys are window-wide shortcuts). "Stop this session?" answers `confirm`. Every window is
    closed afterwards, with its timer and its history, without asking."""
    windows = []

    def make(settings=settings, history="open", confirm=True, size=(1366, 768), routine=routine, show=True,
             clock=None, notices=None):
        from piriformis_desktop.core.history import open_history  # Qt tests only pay for these
        from piriformis_desktop.core.settings import SettingsStore
        from piriformis_desktop.ui.main_window import MainWindow

        clock = clock or FakeClock(start=500.0)
        if history == "open":
            history = open_history(tmp_path / "history.sqlite3").store
        window = MainWindow(SettingsStore(tmp_path / "settings.toml", settings, routine), history, clock, notices)
        monkeypatch.setattr(window, "confirm_stop", lambda: confirm)
        qtbot.addWidget(window)
        window.clock = clock
        if size is not None:
            window.resize(*size)
        if show:
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:
        monkeypatch.setattr(window, "confirm_stop", lambda: True)
        window.close()
        window.flow.shutdown()
        window.history.close()
