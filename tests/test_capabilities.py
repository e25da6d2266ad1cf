"""The sentence the Settings tab shows when sound or voice was switched on but cannot work here."""

from piriformis_desktop.core.capabilities import unavailable_words


def test_only_what_is_switched_on_and_missing_is_said():
    assert unavailable_words((True, None), (False, "No speech engine")) is None
    assert unavailable_words((True, "No audio device was found"), (False, "x")) == "No audio device was found."
    assert unavailable_words((True, "No audio device."), (True, "No speech engine")) == \
        "No audio device. No speech engine."


def test_a_reason_inside_a_sentence_keeps_one_full_stop():
    """speech-dispatcher says "failure."; the notice "… restarted. {reason}. …" must not read "failure.."."""
    from piriformis_desktop.core.capabilities import as_clause

    assert as_clause("failure.") == "failure"
    assert as_clause("The sound server went away ") == "The sound server went away"
    notice = "Voice prompts are off until Piriformis Desktop is restarted. {reason}. This session goes on."
    assert ".." not in notice.format(reason=as_clause("speech-dispatcher: failure."))
