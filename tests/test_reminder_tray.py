"""The reminder tray on an injected clock: when it wakes, what it shows, and the no-tray path."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from piriformis_desktop.core.reminders import ReminderSettings
from piriformis_desktop.ui import resources_rc  # noqa: F401  (the icon; the file runs alone too)
from piriformis_desktop.ui.desktop import tray as reminders
from piriformis_desktop.ui.desktop.autostart import ENTRY, set_autostart
from piriformis_desktop.ui.desktop.tray import ReminderTray

BERLIN = ZoneInfo("Europe/Berlin")
# The offscreen platform has no tray, and says so when a test makes one regardless.
OFFSCREEN_TRAY = pytest.mark.qt_log_ignore("systemTrayWindowChanged")
MWF = ReminderSettings(True, frozenset({0, 2, 4}), time(18, 0))


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def tray(qapp):
    clock = Clock(datetime(2026, 11, 25, 17, 0, tzinfo=BERLIN))  # Wednesday
    done: set[date] = set()
    made = ReminderTray(lambda: done, now=clock, tray_available=True)
    shown = []
    made.icon.showMessage = lambda title, *rest: shown.append(title)
    yield made, clock, done, shown
    made.stop()


def test_no_tray_says_why_and_schedules_nothing(qapp):
    """Without a system tray, reminders are off with a plain reason; no timer runs."""
    tray = ReminderTray(lambda: set(), tray_available=False)
    tray.apply(MWF)
    assert tray.reason == "No system tray was found, so reminders cannot be shown."
    assert not tray.available and not tray.timer.isActive()


@OFFSCREEN_TRAY
def test_the_timer_waits_for_the_next_reminder_at_most_an_hour(tray):
    """An hour before Wednesday 18:00 the timer is set for that hour; the reminder shows when it comes."""
    made, clock, done, shown = tray
    made.apply(MWF)
    assert made.next_at == datetime(2026, 11, 25, 18, 0, tzinfo=BERLIN)
    assert 3_590_000 <= made.timer.interval() <= 3_600_000
    clock.now += timedelta(hours=1)
    made._due()
    assert shown == ["Time for your piriformis routine"]
    assert made.next_at == datetime(2026, 11, 27, 18, 0, tzinfo=BERLIN)  # then Friday


@OFFSCREEN_TRAY
def test_no_reminder_on_a_day_already_done(tray):
    """The routine done on Wednesday morning: nothing that evening, next is Friday."""
    made, clock, done, shown = tray
    done.add(date(2026, 11, 25))
    made.apply(MWF)
    assert made.next_at == datetime(2026, 11, 27, 18, 0, tzinfo=BERLIN)
    assert shown == []


@OFFSCREEN_TRAY
def test_switching_reminders_off_stops_the_timer_and_hides_the_icon(tray):
    """Off means no timer and no icon."""
    made, *_ = tray
    made.apply(MWF)
    made.apply(ReminderSettings(False, MWF.days, MWF.time))
    assert not made.timer.isActive() and made.next_at is None and not made.icon.isVisible()


@OFFSCREEN_TRAY
def test_a_tray_that_starts_after_the_app_still_shows_the_reminders(qapp, qtbot, monkeypatch):
    """Started at login before the panel: on X11 the icon is made anyway and the reminder scheduled (Qt docks
    the icon when the tray comes); the app looks for the tray less and less often, and once it is there the
    Settings tab is told and the reason goes."""
    found = []
    monkeypatch.setattr(reminders, "tray_can_appear_later", lambda: True, raising=False)
    monkeypatch.setattr(reminders, "tray_found", lambda: bool(found), raising=False)
    tray = ReminderTray(lambda: set(), now=Clock(datetime(2026, 11, 25, 17, 0, tzinfo=BERLIN)))
    try:
        tray.apply(MWF)
        assert tray.icon is not None and tray.icon.isVisible()
        assert tray.next_at == datetime(2026, 11, 25, 18, 0, tzinfo=BERLIN) and tray.timer.isActive()
        assert not tray.available and tray.reason == "No system tray was found, so reminders cannot be shown."
        assert tray.tray_look.isActive() and tray.tray_look.interval() == 2_000
        tray._look_for_tray()  # still no tray: look again later
        assert tray.tray_look.interval() == 4_000
        found.append(True)  # the panel starts
        with qtbot.waitSignal(tray.availability_changed):
            tray._look_for_tray()
        assert tray.available and tray.reason is None and not tray.tray_look.isActive()
    finally:
        tray.stop()


def test_autostart_entry_is_written_and_removed(private_folders):
    """Start at login writes an XDG autostart entry that runs this app; switching it off removes it."""
    config, _ = private_folders
    path = set_autostart(True)
    assert path == config.parent / "autostart" / ENTRY
    text = path.read_text()
    assert "Exec=" in text and "piriformis" in text and "Type=Application" in text
    set_autostart(False)
    assert not path.exists()
