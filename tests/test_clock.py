"""Clocks and the PIRIFORMIS_TIME_SCALE variable."""

import io

import pytest

from piriformis_desktop.core.clock import FakeClock, MonotonicClock, time_scale_from_environment


def test_fake_clock_moves_only_when_told(clock):
    """The fake clock stands still until advanced, and never goes backwards."""
    start = clock.now()
    clock.advance(2.5)
    assert clock.now() == start + 2.5
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        clock.set(start)


@pytest.mark.parametrize("raw, expected", [("", 1.0), ("1", 1.0), ("100", 100.0), (" 20.5 ", 20.5)])
def test_valid_time_scale_is_used(raw, expected):
    """A number of at least 1 speeds the clock up by that factor."""
    err = io.StringIO()
    assert time_scale_from_environment({"PIRIFORMIS_TIME_SCALE": raw}, err) == expected
    assert err.getvalue() == ""


@pytest.mark.parametrize("raw", ["0.5", "fast", "-3", "nan", "inf", "0"])
def test_invalid_time_scale_says_so_and_runs_at_normal_speed(raw):
    """A bad value is named on stderr and the app runs at normal speed."""
    err = io.StringIO()
    assert time_scale_from_environment({"PIRIFORMIS_TIME_SCALE": raw}, err) == 1.0
    assert "PIRIFORMIS_TIME_SCALE" in err.getvalue() and repr(raw) in err.getvalue()


def test_monotonic_clock_scales_time(monkeypatch):
    """A clock at scale 100 reports 100 session seconds for each real second of time.monotonic."""
    import piriformis_desktop.core.clock as clock_module
    real = [50.0]
    monkeypatch.setattr(clock_module.time, "monotonic", lambda: real[0])
    fast, normal = MonotonicClock(100), MonotonicClock(1)
    real[0] += 1.5
    assert fast.now() == pytest.approx(150.0)
    assert normal.now() == pytest.approx(1.5)


def test_monotonic_clock_refuses_slow_motion():
    """Scales below 1 are refused."""
    with pytest.raises(ValueError):
        MonotonicClock(0.5)
    assert FakeClock().scale == 1.0
