"""Keeping the screen awake during a session, and saying so when the desktop cannot."""

from piriformis_desktop.ui.desktop.screen_awake import ScreenAwake


class FakeReply:
    def __init__(self, values):
        self._values = values

    def arguments(self):
        return self._values


class FakeInterface:
    def __init__(self):
        self.calls = []

    def call(self, method, *args):
        self.calls.append((method, *args))
        return FakeReply([42] if method == "Inhibit" else [])


def test_no_session_bus_gives_a_reason(qapp):
    """Without a desktop session bus nothing is inhibited and the reason is plain."""
    class NoBus:
        def isConnected(self):
            return False
    awake = ScreenAwake(bus=NoBus())
    assert not awake.available
    assert "screen may dim" in awake.reason
    awake.hold()  # harmless
    assert not awake.holding


def test_hold_and_release_inhibit_once_and_uninhibit_with_the_cookie(qapp):
    """Hold asks the screen saver once, however often called; release hands back the same cookie."""
    awake = ScreenAwake.__new__(ScreenAwake)
    ScreenAwake.__init__(awake, bus=type("B", (), {"isConnected": lambda self: False})())
    fake = FakeInterface()
    awake._interface, awake.reason = fake, None
    awake.hold()
    awake.hold()
    assert awake.holding
    awake.release()
    awake.release()
    assert [c[0] for c in fake.calls] == ["Inhibit", "UnInhibit"]
    assert fake.calls[1] == ("UnInhibit", 42)
