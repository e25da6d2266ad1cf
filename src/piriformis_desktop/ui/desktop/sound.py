"""Sound and voice cues: Qt Multimedia and Qt Text-to-Speech when they load, otherwise silence plus the reason.

Picard's way (`picard/ui/player`): the optional modules are imported in try/except at import time, the
outcome is recorded, and `make_cue_player` returns a player whose sound and voice halves are each either
real or silent with a reason the settings pane shows. Nothing here can crash or delay a session: `play`
returns at once, a player with no sound does nothing, and a device or engine that fails later only
turns its half silent (`availability_changed`).

Lifetime and cost. Nothing is loaded when the player is made, so start-up pays nothing (most launches never
play a sound). The five QSoundEffects are created on the first `play` (or an explicit `prepare()`): that
first call loads Qt's audio backend (~35 ms here) and the WAVs load asynchronously; QSoundEffect plays a cue
requested while loading as soon as it is loaded. The speech engine is created on the first zero-timer
after voice is switched on (never when voice is off, the default), because speech-dispatcher's connection
is made synchronously inside Qt.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, QUrl, Signal

from piriformis_desktop.core.cues import Cue, CueKind

try:
    from PySide6 import QtMultimedia
except ImportError as error:  # on Linux Qt Multimedia links libpulse directly: no libpulse, no module
    QtMultimedia = None
    MULTIMEDIA_ERROR: str | None = str(error)
else:
    MULTIMEDIA_ERROR = None

try:
    from PySide6 import QtTextToSpeech  # built on Qt Multimedia, so it fails whenever that does
except ImportError as error:
    QtTextToSpeech = None
    SPEECH_ERROR: str | None = str(error)
else:
    SPEECH_ERROR = None

SOUND_URLS: Mapping[CueKind, QUrl] = {kind: QUrl(f"qrc:/sounds/{kind.value}.wav") for kind in CueKind}
VOLUME_RANGE_DB = 30.0  # the slider spans -30 dB..0 dB; quieter than that is the system volume's job
TEST_ENGINES = ("mock",)  # Qt ships a silent test engine in the wheel; it must never be the user's voice


def _tr(text: str) -> str:
    return QCoreApplication.translate("CuePlayer", text)


def no_device_reason() -> str:
    return _tr("No audio device was found")


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
    """QTextToSpeech's 0-1 volume for slider `volume`: engines already map their volume to loudness."""
    return max(0, min(100, int(volume))) / 100


def speech_engines(available: Sequence[str]) -> list[str]:
    """The engines worth trying for the user's voice prompts, in Qt's order of preference."""
    return [name for name in available if name not in TEST_ENGINES]


class SoundOutput(Protocol):
    """What plays the short sounds (QSoundEffects; a fake in tests). May have a `failed(str)` Signal."""

    def prepare(self) -> bool: ...
    def play(self, kind: CueKind) -> None: ...
    def set_volume(self, gain: float) -> None: ...
    def stop(self) -> None: ...


class VoiceOutput(Protocol):
    """What speaks the prompts (a QTextToSpeech engine; a fake in tests). May have a `failed(str)` Signal."""

    def prepare(self) -> bool: ...
    def say(self, text: str) -> None: ...
    def set_volume(self, volume: float) -> None: ...
    def stop(self) -> None: ...


class SoundEffects(QObject):
    """One QSoundEffect per cue kind, made on first use; `failed` says why, once, if they cannot play."""

    failed = Signal(str)

    def __init__(
        self,
        multimedia,
        parent: QObject | None = None,
        *,
        sources: Mapping[CueKind, QUrl] = SOUND_URLS,
        outputs: Callable[[], Sequence[object]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._multimedia = multimedia
        self._sources = dict(sources)
        self._outputs = outputs or multimedia.QMediaDevices.audioOutputs
        self._effects: dict[CueKind, object] | None = None
        self._gain = 1.0
        self._broken = False

    def prepare(self) -> bool:
        """Create and start loading the effects now; False when they cannot play."""
        if self._broken:
            return False
        if self._effects is None:
            if not self._outputs():  # asking costs microseconds once the backend is loaded
                self._fail(no_device_reason())
                return False
            self._effects = {}
            for kind, url in self._sources.items():
                effect = self._multimedia.QSoundEffect(self)
                effect.setObjectName(f"cue-sound-{kind.value}")
                effect.setVolume(self._gain)
                effect.statusChanged.connect(functools.partial(self._status_changed, kind))
                self._effects[kind] = effect  # before setSource: a bad source reports its status at once
                effect.setSource(url)
        return True

    def play(self, kind: CueKind) -> None:
        if self.prepare():
            self._effects[kind].play()

    def set_volume(self, gain: float) -> None:
        self._gain = gain
        for effect in (self._effects or {}).values():
            effect.setVolume(gain)

    def stop(self) -> None:
        for effect in (self._effects or {}).values():
            effect.stop()

    def _status_changed(self, kind: CueKind) -> None:
        effect = (self._effects or {}).get(kind)
        if effect is None or effect.status() is not self._multimedia.QSoundEffect.Status.Error:
            return
        if not self._outputs():
            self._fail(no_device_reason())
        else:
            self._fail(_tr("The sound “{name}” could not be played").format(name=self._sources[kind].fileName()))

    def _fail(self, reason: str) -> None:
        if not self._broken:
            self._broken = True
            self.failed.emit(reason)


class SpeechVoice(QObject):
    """A QTextToSpeech engine made on first use from the first of `engine_names` that starts."""

    failed = Signal(str)

    def __init__(self, speech, engine_names: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speech = speech
        self.engine_names = tuple(engine_names)
        self.engine = None  # the QTextToSpeech once started
        self._volume = 0.8
        self._broken = False

    def prepare(self) -> bool:
        """Start the engine now; False when none starts (then `failed` has said why)."""
        if self._broken:
            return False
        if self.engine is None:
            error_state = self._speech.QTextToSpeech.State.Error
            problems = []
            for name in self.engine_names:
                engine = self._speech.QTextToSpeech(name, self)
                if engine.state() is not error_state:
                    self._adopt(engine)
                    return True
                problems.append(f"{name}: {engine.errorString() or engine.errorReason().name}")
                engine.deleteLater()
            self._fail(engine_failure_reason(self.engine_names, problems))
            return False
        return True

    def _adopt(self, engine) -> None:
        self.engine = engine
        engine.setVolume(self._volume)
        english = [loc for loc in engine.availableLocales() if loc.language() is QLocale.Language.English]
        if english and engine.locale().language() is not QLocale.Language.English:
            engine.setLocale(english[0])  # the prompts are English; a German voice reading them is no help
        engine.errorOccurred.connect(self._engine_error)

    def say(self, text: str) -> None:
        if self.prepare():
            self.engine.stop()  # a new prompt replaces a stale one; prompts never overlap
            self.engine.say(text)

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        if self.engine is not None:
            self.engine.setVolume(volume)

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()

    def _engine_error(self, reason, message: str) -> None:
        self._fail(_tr("The speech engine stopped working: {message}").format(message=message or reason.name))

    def _fail(self, reason: str) -> None:
        if not self._broken:
            self._broken = True
            self.failed.emit(reason)


def engine_failure_reason(names: Sequence[str], problems: Sequence[str]) -> str:
    if "speechd" in names:
        return _tr("Voice prompts need speech-dispatcher, which is not installed or not running")
    return _tr("No speech engine could be started ({problems})").format(problems="; ".join(problems))


def no_engine_reason() -> str:
    if sys.platform.startswith("linux"):
        return _tr("No speech engine was found (install speech-dispatcher for voice prompts)")
    return _tr("No speech engine was found")


class CuePlayer(QObject):
    """Plays a Cue: its sound when sound is on, its words when voice is on; either half may be unavailable.

    `available` / `reason` describe the sound half, `voice_available` / `voice_reason` the voice half; a
    reason is text for the settings pane. `availability_changed` is emitted when a half turns out not to
    work after all (no audio device, the engine would not start). Muting is `set_enabled`, not availability.
    """

    availability_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sounds: SoundOutput | None = None
        self._voice: VoiceOutput | None = None
        self.reason: str | None = None
        self.voice_reason: str | None = None
        self.sound_enabled = True  # the settings' defaults: sound on, voice off, volume 80
        self.voice_enabled = False
        self.volume = 80

    # -- what the settings pane reads ------------------------------------------------------------
    @property
    def available(self) -> bool:
        return self._sounds is not None and self.reason is None

    @property
    def voice_available(self) -> bool:
        return self._voice is not None and self.voice_reason is None

    @property
    def voice_engine(self):
        """The QTextToSpeech speaking the prompts, once started (None before, and for fakes)."""
        return getattr(self._voice, "engine", None)

    # -- intent ----------------------------------------------------------------------------------
    def play(self, cue: Cue) -> None:
        """Play `cue` now; returns at once. Several cues due together? Pass only the latest (core.cues.latest)."""
        if self.sound_enabled and self.available:
            self._sounds.play(cue.kind)
        if cue.speech and self.voice_enabled and self.voice_available:
            self._voice.say(cue.speech)

    def set_volume(self, volume: int) -> None:
        """settings.volume, 0-100, for both sounds and voice."""
        self.volume = max(0, min(100, int(volume)))
        if self._sounds is not None:
            self._sounds.set_volume(sound_gain(self.volume))
        if self._voice is not None:
            self._voice.set_volume(speech_volume(self.volume))

    def set_enabled(self, sound: bool, voice: bool) -> None:
        """settings.sound and settings.voice; switching one off silences what it is playing."""
        self.sound_enabled, self.voice_enabled = bool(sound), bool(voice)
        if not self.sound_enabled and self._sounds is not None:
            self._sounds.stop()
        if self._voice is not None:
            if not self.voice_enabled:
                self._voice.stop()
            elif self.voice_available:
                QTimer.singleShot(0, self, self._prepare_voice)  # start the engine after the checkbox repaints

    def prepare(self) -> None:
        """Load what the enabled halves need now (e.g. when a session starts) instead of on the first cue."""
        if self.sound_enabled and self.available:
            self._sounds.prepare()
        self._prepare_voice()

    def _prepare_voice(self) -> None:
        if self.voice_enabled and self.voice_available:
            self._voice.prepare()

    # -- assembly (make_cue_player) --------------------------------------------------------------
    def _attach_sounds(self, sounds: SoundOutput) -> None:
        self._sounds = sounds
        if isinstance(sounds, QObject) and sounds.parent() is None:
            sounds.setParent(self)
        sounds.set_volume(sound_gain(self.volume))
        failed = getattr(sounds, "failed", None)
        if failed is not None:
            failed.connect(self._sounds_failed)

    def _attach_voice(self, voice: VoiceOutput) -> None:
        self._voice = voice
        if isinstance(voice, QObject) and voice.parent() is None:
            voice.setParent(self)
        voice.set_volume(speech_volume(self.volume))
        failed = getattr(voice, "failed", None)
        if failed is not None:
            failed.connect(self._voice_failed)

    def _sounds_failed(self, reason: str) -> None:
        self.reason = reason
        self.availability_changed.emit()

    def _voice_failed(self, reason: str) -> None:
        self.voice_reason = reason
        self.availability_changed.emit()


_FROM_IMPORT = object()  # "whatever this module's imports found", read at call time so tests can swap it


def make_cue_player(
    parent: QObject | None = None,
    *,
    multimedia=_FROM_IMPORT,
    speech=_FROM_IMPORT,
    engines: Sequence[str] | None = None,
    sound_output: SoundOutput | None = None,
    voice_output: VoiceOutput | None = None,
) -> CuePlayer:
    """A cue player with real sound and voice where Qt provides them, silent halves (with reasons) elsewhere.

    `multimedia` / `speech`: the Qt modules, or None to act as if they failed to import. `engines`: speech
    engine names to try, default every installed engine except Qt's test engine. `sound_output` /
    `voice_output`: replace the real QSoundEffects / QTextToSpeech (tests).
    """
    multimedia = QtMultimedia if multimedia is _FROM_IMPORT else multimedia
    speech = QtTextToSpeech if speech is _FROM_IMPORT else speech
    player = CuePlayer(parent)

    if sound_output is not None:
        player._attach_sounds(sound_output)
    elif multimedia is None:
        player.reason = _tr("Sound needs Qt Multimedia, which could not be loaded: {error}").format(
            error=MULTIMEDIA_ERROR or _tr("not installed"))
    else:
        player._attach_sounds(SoundEffects(multimedia, player))

    if voice_output is not None:
        player._attach_voice(voice_output)
    elif speech is None:
        player.voice_reason = _tr("Voice prompts need Qt Text-to-Speech, which could not be loaded: {error}").format(
            error=SPEECH_ERROR or _tr("not installed"))
    else:
        names = speech_engines(speech.QTextToSpeech.availableEngines()) if engines is None else list(engines)
        if names:
            player._attach_voice(SpeechVoice(speech, names, player))
        else:
            player.voice_reason = no_engine_reason()
    return player
