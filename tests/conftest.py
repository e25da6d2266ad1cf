"""Shared fixtures: offscreen Qt, private config and data folders per test, and a guard against stray timers."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
os.environ["LANGUAGE"] = "en"  # the suite reads English whatever the developer's locale; other languages are asked for

import pytest
from hypothesis import HealthCheck, settings as hypothesis_settings

from piriformis_desktop.core.clock import FakeClock
from piriformis_desktop.core.routine import load_routine
from piriformis_desktop.core.settings import Settings


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
    yield
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QTimer  # only Qt tests pay for the import
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    app.processEvents()
    running = {id(t): t for w in app.allWidgets() for t in w.findChildren(QTimer) if t.isActive()}.values()

    def owner(timer):
        chain, parent = [], timer.parent()
        while parent is not None:
            chain.append(f"{type(parent).__name__}({parent.objectName()})")
            parent = parent.parent()
        return f"{timer.objectName() or 'timer'} {timer.interval()} ms in " + " < ".join(chain)
    assert not running, f"timers left running: {[owner(t) for t in running]}"
