"""What the cue player plays through: the short sounds and the voice, as the player uses them (the real ones run
on threads of their own, see effects.py and voice.py; tests give fakes)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QLocale, SignalInstance

from piriformis_desktop.core.cues import CueKind


class SoundOutput(Protocol):
    """What plays the short sounds: `SoundEffects` (QSoundEffects on a thread), or a fake in tests."""

    failed: SignalInstance  # (reason, fault): sound cannot go on; fault when it broke rather than never was there

    def prepare(self) -> bool: ...
    def play(self, kind: CueKind) -> None: ...
    def set_volume(self, gain: float) -> None: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...


class VoiceOutput(Protocol):
    """What speaks the prompts: `SpeechVoice` (a QTextToSpeech engine on a thread), or a fake in tests."""

    failed: SignalInstance  # (reason, fault), as for sound
    voice_checked: SignalInstance  # the engine started and a voice was picked: `missing_language` is known
    engine: object | None  # the QTextToSpeech, once started
    missing_language: str | None  # the prompts' language in its own words, when no voice speaks it

    def prepare(self) -> bool: ...
    def say(self, text: str) -> None: ...
    def set_volume(self, volume: float) -> None: ...
    def set_language(self, language: QLocale.Language) -> None: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...
