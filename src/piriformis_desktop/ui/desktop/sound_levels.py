"""Where the sounds are, how loud the chimes and the voice are at each step of the volume slider, which engines
may speak, and the reason given when there is no audio device."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QUrl

from piriformis_desktop.core.cues import CueKind

SOUND_URLS: Mapping[CueKind, QUrl] = {kind: QUrl(f"qrc:/sounds/{kind.value}.wav") for kind in CueKind}
VOLUME_RANGE_DB = 30.0  # the slider spans -30 dB..0 dB; quieter than that is the system volume's job
VOICE_BALANCE = 0.35  # the voice's volume relative to the chimes' gain (see speech_volume)
TEST_ENGINES = ("mock",)  # Qt ships a silent test engine in the wheel; it must never be the user's voice


def no_device_reason() -> str:
    return QCoreApplication.translate("CuePlayer", "No audio device was found")


def sound_gain(volume: int) -> float:
    """The linear gain for QSoundEffect at slider `volume` 0-100: 0 is silent, 100 is full, even steps in dB.

    QSoundEffect scales samples linearly, and ears hear ratios: a linear slider would put nearly all of its
    audible change in the bottom fifth. Each slider step is the same number of decibels instead.
    """
    volume = max(0, min(100, int(volume)))
    if volume == 0:
        return 0.0
    return 10 ** ((volume - 100) * VOLUME_RANGE_DB / 100 / 20)


def speech_volume(volume: int) -> float:
    """QTextToSpeech's 0-1 volume for slider `volume`: the chimes' dB curve, set just under the chimes.

    Measured on a PulseAudio sink (tests/test_sound_server.py): espeak-ng through speech-dispatcher peaks at
    about 1.45 times full scale per unit of volume (it clips from 0.7 up), the chimes at 0.7 of full scale
    times `sound_gain`. At the same setting the voice drowned the chimes; VOICE_BALANCE keeps it ~2 dB under.
    """
    return sound_gain(volume) * VOICE_BALANCE


def speech_engines(available: Sequence[str]) -> list[str]:
    """The engines worth trying for the user's voice prompts, in Qt's order of preference."""
    return [name for name in available if name not in TEST_ENGINES]
