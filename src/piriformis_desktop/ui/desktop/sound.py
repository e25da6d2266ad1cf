"""Sound and voice cues: Qt Multimedia and Qt Text-to-Speech when they load, otherwise silence plus the reason.

Picard's way (`picard/ui/player`): the optional modules are imported in try/except at import time, the
outcome is recorded, and `make_cue_player` returns a player whose sound and voice halves are each either
real or silent with a reason the settings pane shows. Nothing here can crash or delay a session: `play`
returns at once, a player with no sound does nothing, and a device or engine that fails later only
turns its half silent (`availability_changed`).

Sound is a side channel. Core's pacing rule (core/pacing.py) decides which due cue is heard and when, so
nothing re-triggers a sound faster than a person can use it. The QSoundEffects live on a thread of their
own with its own event loop (`SoundThread`): Qt Multimedia's PulseAudio output, driven hard, can wedge the
event loop of the thread that owns the effects for good (it loops on a socket notifier it cannot disable),
and that thread must never be the one that runs the session clock, the card and the history write. Every
request to the sound thread is answered; one left unanswered for 2 s (`SoundWatch`), an effect that errors
while playing, or a warning flooding from that thread turns sound off until the app is restarted
(`CuePlayer.turned_off` says why, for the window's notice bar). A wedged sound thread is left parked. A sound
server that restarts (PulseAudio or PipeWire) is survived: the effects are made afresh when a sound never ends
(ui/desktop/effects.py), and the next cue is heard; a server that does not come back turns sound off, said so.

Lifetime and cost. Nothing is loaded when the player is made, so start-up pays nothing (most launches never
play a sound). The sound thread and its five QSoundEffects are created on the first `play` (or an explicit
`prepare()`): that first call loads Qt's audio backend (~35 ms here, in the window's thread, so Qt's
media singletons belong to it) and the WAVs load asynchronously; QSoundEffect plays a cue requested while
loading as soon as it is loaded. The thread stops when its player is destroyed or the application quits.
The speech engine is started on the first zero-timer after voice is switched on (never when voice is off,
the default), on a thread of its own (ui/desktop/voice.py): speech-dispatcher is talked to synchronously
inside Qt, a fresh daemon takes a second or two, and one whose voice module cannot reach a sound server
never replies. A prompt left unanswered for ten seconds turns the voice off, as for sound.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal

from piriformis_desktop.core.capabilities import as_clause
from piriformis_desktop.core.clock import Clock, MonotonicClock
from piriformis_desktop.core.cues import Cue
from piriformis_desktop.core.pacing import CuePacer
from piriformis_desktop.core.terminal import log
from piriformis_desktop.ui.desktop.effects import SoundEffects
from piriformis_desktop.ui.desktop.outputs import SoundOutput, VoiceOutput
from piriformis_desktop.ui.desktop.sound_levels import sound_gain, speech_engines, speech_volume
from piriformis_desktop.ui.desktop.voice import SpeechVoice, no_engine_reason

try:
    from PySide6 import QtMultimedia as _multimedia
except ImportError as error:  # on Linux Qt Multimedia links libpulse directly: no libpulse, no module
    QtMultimedia: ModuleType | None = None
    MULTIMEDIA_ERROR: str | None = str(error)
else:
    QtMultimedia, MULTIMEDIA_ERROR = _multimedia, None

try:
    from PySide6 import QtTextToSpeech as _speech  # built on Qt Multimedia, so it fails whenever that does
except ImportError as error:
    QtTextToSpeech: ModuleType | None = None
    SPEECH_ERROR: str | None = str(error)
else:
    QtTextToSpeech, SPEECH_ERROR = _speech, None

class CuePlayer(QObject):
    """Plays a Cue: its sound when sound is on, its words when voice is on; either half may be unavailable.

    `available` / `reason` describe the sound half, `voice_available` / `voice_reason` the voice half; a
    reason is text for the settings pane. `availability_changed` is emitted when a half turns out not to
    work after all (no audio device, the engine would not start). Muting is `set_enabled`, not availability.
    `turned_off` carries a sentence for the window when a half misbehaved mid-session and was switched off.

    Cues go through core's `CuePacer` (core/pacing.py) on `clock`'s real time: a cue due within 150 ms of
    the last sound is held (at most that long) or coalesced, so the backend is never re-triggered faster.
    """

    availability_changed = Signal()
    turned_off = Signal(str)

    def __init__(self, parent: QObject | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self._sounds: SoundOutput | None = None
        self._voice: VoiceOutput | None = None
        self.reason: str | None = None
        self.voice_reason: str | None = None
        self.sound_enabled = True  # the settings' defaults: sound on, voice off, volume 80
        self.voice_enabled = False
        self.volume = 80
        self.clock = clock or MonotonicClock()
        self.pacer = CuePacer()
        self._held = QTimer(self)  # runs only while the pacer holds a cue, 150 ms at most
        self._held.setObjectName("held-cue")
        self._held.setSingleShot(True)
        self._held.setTimerType(Qt.TimerType.PreciseTimer)
        self._held.timeout.connect(self._release)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

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
        return None if self._voice is None else self._voice.engine

    # -- intent ----------------------------------------------------------------------------------
    def play(self, cue: Cue) -> None:
        """Play `cue` (now, or within 150 ms when it follows another; see core.pacing); returns at once."""
        now = self._now()
        self._start(self.pacer.offer(cue, now))
        self._wait_for_held(now)

    def _release(self) -> None:
        now = self._now()
        self._start(self.pacer.release(now))
        self._wait_for_held(now)

    def _wait_for_held(self, now: float) -> None:
        """Wake when the held cue may play. Again after a wake that came too soon (a timer may fire a little
        before the clock says the spacing has passed): a held cue is delayed, never lost."""
        held_until = self.pacer.held_until
        if held_until is not None and not self._held.isActive():
            self._held.start(max(1, int((held_until - now) * 1000 + 0.999)))

    def _start(self, cue: Cue | None) -> None:
        if cue is None:
            return
        if self._sounds is not None and self.sound_enabled and self.available:
            self._sounds.play(cue.kind)
        if self._voice is not None and cue.speech and self.voice_enabled and self.voice_available:
            self._voice.say(cue.speech)

    def _now(self) -> float:
        return self.clock.now() / self.clock.scale  # pacing is about ears: real seconds

    def set_volume(self, volume: int) -> None:
        """settings.volume, 0-100, for both sounds and voice."""
        self.volume = max(0, min(100, int(volume)))
        if self._sounds is not None:
            self._sounds.set_volume(sound_gain(self.volume))
        if self._voice is not None:
            self._voice.set_volume(speech_volume(self.volume))

    @property
    def voice_note(self) -> str | None:
        """Why the prompts are not read in their own language's voice, when the engine has none for it."""
        missing = None if self._voice is None else self._voice.missing_language
        if not missing:
            return None
        return QCoreApplication.translate(
            "CuePlayer", "The speech engine has no voice for {language}; prompts are read with another voice "
                         "(install a {language} voice for espeak-ng or your speech engine)").format(language=missing)

    def set_language(self, language: QLocale.Language) -> None:
        """The language the cues' words are in (issue 11's sessions in other languages): the voice follows."""
        if self._voice is not None:
            self._voice.set_language(language)

    def set_enabled(self, sound: bool, voice: bool) -> None:
        """settings.sound and settings.voice; switching one off silences what it is playing."""
        self.sound_enabled, self.voice_enabled = bool(sound), bool(voice)
        if not (self.sound_enabled or self.voice_enabled):
            self.pacer.forget()
            self._held.stop()
        if not self.sound_enabled and self._sounds is not None:
            self._sounds.stop()
        if self._voice is not None:
            if not self.voice_enabled:
                self._voice.stop()
            elif self.voice_available:
                QTimer.singleShot(0, self, self._prepare_voice)  # start the engine after the checkbox repaints

    def prepare(self) -> None:
        """Load what the enabled halves need now (e.g. when a session starts) instead of on the first cue."""
        if self._sounds is not None and self.sound_enabled and self.available:
            self._sounds.prepare()
        self._prepare_voice()

    def _prepare_voice(self) -> None:
        if self._voice is not None and self.voice_enabled and self.voice_available:
            self._voice.prepare()

    # -- assembly (make_cue_player) --------------------------------------------------------------
    def _attach_sounds(self, sounds: SoundOutput) -> None:
        self._sounds = sounds
        if isinstance(sounds, QObject) and sounds.parent() is None:
            sounds.setParent(self)
        sounds.set_volume(sound_gain(self.volume))
        sounds.failed.connect(self._sounds_failed)

    def _attach_voice(self, voice: VoiceOutput) -> None:
        self._voice = voice
        if isinstance(voice, QObject) and voice.parent() is None:
            voice.setParent(self)
        voice.set_volume(speech_volume(self.volume))
        voice.failed.connect(self._voice_failed)
        voice.voice_checked.connect(self.availability_changed)  # the Settings tab may have a missing voice to mention

    def close(self) -> None:
        """Stop what plays and end the sound and speech threads (the window is closing)."""
        self._held.stop()
        for half in (self._sounds, self._voice):
            if half is not None:
                half.close()

    def _sounds_failed(self, reason: str, fault: bool = False) -> None:
        self.reason = reason
        self.availability_changed.emit()
        if fault and self.sound_enabled:
            self._say_turned_off(QCoreApplication.translate(
                "CuePlayer", "Sound cues are off until Piriformis Desktop is restarted. {reason}. "
                             "This session goes on without them.").format(reason=as_clause(reason)))

    def _voice_failed(self, reason: str, fault: bool = False) -> None:
        self.voice_reason = reason
        self.availability_changed.emit()
        if fault and self.voice_enabled:
            self._say_turned_off(QCoreApplication.translate(
                "CuePlayer", "Voice prompts are off until Piriformis Desktop is restarted. {reason}. "
                             "This session goes on without them.").format(reason=as_clause(reason)))

    def _say_turned_off(self, message: str) -> None:
        """In the window's notice bar, and on stderr for whoever started the app from a terminal."""
        log.warning(message)
        self.turned_off.emit(message)


_FROM_IMPORT = object()  # "whatever this module's imports found", read at call time so tests can swap it


def make_cue_player(
    parent: QObject | None = None,
    *,
    multimedia=_FROM_IMPORT,
    speech=_FROM_IMPORT,
    engines: Sequence[str] | None = None,
    sound_output: SoundOutput | None = None,
    voice_output: VoiceOutput | None = None,
    clock: Clock | None = None,
) -> CuePlayer:
    """A cue player with real sound and voice where Qt provides them, silent halves (with reasons) elsewhere.

    `multimedia` / `speech`: the Qt modules, or None to act as if they failed to import. `engines`: speech
    engine names to try, default every installed engine except Qt's test engine. `sound_output` /
    `voice_output`: replace the real QSoundEffects / QTextToSpeech (tests). `clock`: the session's clock
    (its real time paces the cues and times the sound thread's answers).
    """
    multimedia = QtMultimedia if multimedia is _FROM_IMPORT else multimedia
    speech = QtTextToSpeech if speech is _FROM_IMPORT else speech
    player = CuePlayer(parent, clock)
    not_installed = QCoreApplication.translate("CuePlayer", "not installed")  # a reason below, if a module is missing

    if sound_output is not None:
        player._attach_sounds(sound_output)
    elif multimedia is None:
        player.reason = QCoreApplication.translate("CuePlayer", "Sound needs Qt Multimedia, which could not be "
                                                   "loaded: {error}").format(error=MULTIMEDIA_ERROR or not_installed)
    else:
        player._attach_sounds(SoundEffects(multimedia, player, clock=player.clock))

    if voice_output is not None:
        player._attach_voice(voice_output)
    elif speech is None:
        player.voice_reason = QCoreApplication.translate("CuePlayer", "Voice prompts need Qt Text-to-Speech, which "
            "could not be loaded: {error}").format(error=SPEECH_ERROR or not_installed)
    else:
        names = speech_engines(speech.QTextToSpeech.availableEngines()) if engines is None else list(engines)
        if names:
            # the prompts' language is the app's (ui/translation.py made it the default locale): a voice for it
            player._attach_voice(SpeechVoice(speech, names, player, language=QLocale().language(), clock=player.clock))
        else:
            player.voice_reason = no_engine_reason()
    return player
