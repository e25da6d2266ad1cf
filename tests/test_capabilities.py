"""The sentence the Settings tab shows when sound or voice was switched on but cannot work here."""

from piriformis_desktop.core.capabilities import unavailable_words


def test_only_what_is_switched_on_and_missing_is_said():
    assert unavailable_words((True, None), (False, "No speech engine")) is None
    assert unavailable_words((True, "No audio device was found"), (False, "x")) == "No audio device was found."
    assert unavailable_words((True, "No audio device."), (True, "No speech engine")) == \
        "No audio device. No speech engine."
