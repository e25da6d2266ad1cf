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
(`CuePlayer.turned_off` says why, for the window's notice bar). A wedged sound thread is left parked.

Lifetime and cost. Nothing is loaded when the player is made, so start-up pays nothing (most launches never
play a sound). The sound thread and its five QSoundEffects are created on the first `play` (or an explicit
`prepare()`): that first call loads Qt's audio backend (~35 ms here, in the window's thread, so Qt's
media singletons belong to it) and the WAVs load asynchronously; QSoundEffect plays a cue requested while
loading as soon as it is loaded. The thread stops when its player is destroyed or the application quits.
The speech engine is created on the first zero-timer after voice is switched on (never when voice is off,
the default), because speech-dispatcher's connection is made synchronously inside Qt.
"""

from __future__ import annotations

import atexit
import functools
import os
import socket
import sys
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QObject, Qt, QTimer, QUrl, Signal, Slot

from piriformis_desktop.core.clock import Clock, MonotonicClock
from piriformis_desktop.core.cues import Cue, CueKind
from piriformis_desktop.core.pacing import CuePacer, SoundWatch
from piriformis_desktop.ui.qt_messages import installed_limiter

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
VOICE_BALANCE = 0.35  # the voice's volume relative to the chimes' gain (see speech_volume)
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
    """QTextToSpeech's 0-1 volume for slider `volume`: the chimes' dB curve, set just under the chimes.

    Measured on a PulseAudio sink (tests/test_sound_server.py): espeak-ng through speech-dispatcher peaks at
    about 1.45 times full scale per unit of volume (it clips from 0.7 up), the chimes at 0.7 of full scale
    times `sound_gain`. At the same setting the voice drowned the chimes; VOICE_BALANCE keeps it ~2 dB under.
    """
    return sound_gain(volume) * VOICE_BALANCE


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


class _EffectsWorker(QObject):
    """Lives on the sound thread: owns the QSoundEffects and does what the window's thread asks, in order."""

    answered = Signal(int)  # the request with this number was carried out
    failed = Signal(str, bool)  # why sound cannot go on; True when it misbehaved (rather than was never there)

    def __init__(self, multimedia, sources: Mapping[CueKind, QUrl], gain: float, loop: QEventLoop) -> None:
        super().__init__()
        self._multimedia = multimedia
        self._sources = dict(sources)
        self._gain = gain
        self._loop = loop
        self._effects: dict[CueKind, object] = {}

    @Slot(str, object, int)
    def receive(self, request: str, value, number: int) -> None:
        """The queued entry point: a declared slot, so Qt runs it on this object's (the sound) thread."""
        self.handle(request, value, number)

    def handle(self, request: str, value, number: int) -> None:
        if request in ("load", "play") and not self._effects:
            self._load()
        if request == "play":
            self._effects[value].play()
        elif request == "volume":
            self._gain = value
            for effect in self._effects.values():
                effect.setVolume(value)
        elif request == "stop":
            for effect in self._effects.values():
                effect.stop()
        elif request == "close":
            self._close()
            return
        self.answered.emit(number)

    def _load(self) -> None:
        for kind, url in self._sources.items():
            effect = self._multimedia.QSoundEffect(self)
            effect.setObjectName(f"cue-sound-{kind.value}")
            effect.setVolume(self._gain)
            effect.statusChanged.connect(functools.partial(self._status_changed, kind))
            self._effects[kind] = effect  # before setSource: a bad source reports its status at once
            effect.setSource(url)

    def _status_changed(self, kind: CueKind) -> None:
        effect = self._effects.get(kind)
        if effect is not None and effect.status() is self._multimedia.QSoundEffect.Status.Error:
            self.failed.emit(_tr("The sound “{name}” could not be played").format(
                name=self._sources[kind].fileName()), True)

    def _close(self) -> None:
        for effect in self._effects.values():
            effect.stop()
            effect.deleteLater()
        self._effects = {}
        QTimer.singleShot(0, self._loop.quit)  # after the deleteLater events above


class _Requests(QObject):
    send = Signal(str, object, int)  # request, value, number


class SoundThread:
    """A daemon thread running a Qt event loop that owns one `_EffectsWorker` (see the module docstring).

    A daemon thread rather than a QThread: a QThread object destroyed while its thread runs aborts the
    process, and a wedged sound thread never finishes. This one is simply left behind at exit.
    """

    START_SECONDS = 5.0

    def __init__(self, multimedia, sources: Mapping[CueKind, QUrl], gain: float) -> None:
        self.worker: _EffectsWorker | None = None
        self.wedged = False
        self.requests = _Requests()  # in the calling thread; queued to the worker
        self.parked = threading.Event()  # set (tests only) to let a parked thread go on
        self._ready = threading.Event()
        self._args = (multimedia, sources, gain)
        self._thread = threading.Thread(target=self._run, name="piriformis-sound", daemon=True)
        self._thread.start()
        if not self._ready.wait(self.START_SECONDS):
            self.wedged = True
            return
        self.requests.send.connect(self.worker.receive, Qt.ConnectionType.QueuedConnection)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        loop = QEventLoop()
        worker = _EffectsWorker(*self._args, loop)
        limiter = installed_limiter()
        if limiter is not None:
            limiter.watch_thread(threading.get_ident(), self._flooded)
        self.worker = worker
        self._ready.set()
        loop.exec()
        if limiter is not None:
            limiter.forget_thread(threading.get_ident())
        self.worker = None
        del worker, loop  # deleted here, on their own thread

    def _flooded(self, message: str) -> None:
        """Called on this thread when one warning has come from it a thousand times: its loop is stuck."""
        self.wedged = True
        worker = self.worker
        if worker is not None:
            worker.failed.emit(_tr("The sound system stopped responding ({message})").format(message=message), True)
        self.parked.wait()  # park for good: the loop this was called from can never finish its turn

    def close(self, timeout: float = 2.0) -> None:
        """Ask the thread to delete its effects and end; wait for it unless it is wedged."""
        worker = self.worker
        if worker is None or self.wedged:
            return
        self.requests.send.emit("close", None, 0)
        self._thread.join(timeout)


_THREADS: weakref.WeakSet[SoundThread] = weakref.WeakSet()  # closed at exit, before Qt tears down


def _close_thread(thread: SoundThread, *_) -> None:
    thread.close()


@atexit.register
def _close_all_threads() -> None:
    for thread in list(_THREADS):
        thread.close()


class SoundEffects(QObject):
    """One QSoundEffect per cue kind on the sound thread, made on first use; `failed` says why, once, if they
    cannot play (True as its second value when they misbehaved rather than never were there)."""

    failed = Signal(str, bool)

    def __init__(
        self,
        multimedia,
        parent: QObject | None = None,
        *,
        sources: Mapping[CueKind, QUrl] = SOUND_URLS,
        outputs: Callable[[], Sequence[object]] | None = None,
        clock: Clock | None = None,
        watch: SoundWatch | None = None,
    ) -> None:
        super().__init__(parent)
        self._multimedia = multimedia
        self._sources = dict(sources)
        self._outputs = outputs or multimedia.QMediaDevices.audioOutputs
        self._clock = clock or MonotonicClock()
        self.watch = watch or SoundWatch()
        self.thread: SoundThread | None = None
        self._gain = 1.0
        self._broken = False
        self._numbers = 0

    def prepare(self) -> bool:
        """Start the sound thread and load the effects there; False when sound cannot play."""
        if self._broken:
            return False
        if self.thread is None:
            if not self._outputs():  # asking costs microseconds once the backend is loaded
                self._fail(no_device_reason())
                return False
            self.thread = SoundThread(self._multimedia, self._sources, self._gain)
            _THREADS.add(self.thread)
            if self.thread.wedged:
                self._fail(_tr("The sound system did not start"), True)
                return False
            worker = self.thread.worker
            worker.answered.connect(self._answered, Qt.ConnectionType.QueuedConnection)
            worker.failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)
            self.destroyed.connect(functools.partial(_close_thread, self.thread))
            self._send("load", None)  # the WAVs load now, not on the first cue
        return True

    def play(self, kind: CueKind) -> None:
        if self.prepare() and not self._stalled():
            self._send("play", kind)

    def set_volume(self, gain: float) -> None:
        self._gain = gain
        if self.thread is not None and not self._broken:
            self._send("volume", gain)

    def stop(self) -> None:
        if self.thread is not None and not self._broken:
            self._send("stop", None)

    def close(self) -> None:
        """End the sound thread now (it also ends when this object is destroyed, or at exit)."""
        if self.thread is not None:
            self.thread.close()

    def _send(self, request: str, value) -> None:
        self._numbers += 1
        self.watch.sent(self._now())
        self.thread.requests.send.emit(request, value, self._numbers)

    def _answered(self, number: int) -> None:
        self.watch.answered(self._now())

    def _stalled(self) -> bool:
        if self.watch.stalled(self._now()):
            self._fail(_tr("The sound system stopped responding"), True)
            return True
        return False

    def _now(self) -> float:
        return self._clock.now() / self._clock.scale  # real seconds: the watch is about the machine, not the session

    def _fail(self, reason: str, fault: bool = False) -> None:
        if not self._broken:
            self._broken = True
            self.failed.emit(reason, fault)


class SpeechVoice(QObject):
    """A QTextToSpeech engine made on first use from the first of `engine_names` that starts."""

    failed = Signal(str, bool)  # why, and True when it broke while in use

    def __init__(self, speech, engine_names: Sequence[str], parent: QObject | None = None,
                 language: QLocale.Language = QLocale.Language.English) -> None:
        super().__init__(parent)
        self._speech = speech
        self.language = language  # the language the prompts are written in
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
                if name == "speechd" and speech_dispatcher_silent():
                    problems.append("speechd: not answering")
                    continue  # Qt would wait for it inside the constructor, on the window's thread, for good
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
        self._pick_voice()
        engine.errorOccurred.connect(self._engine_error)

    def set_language(self, language: QLocale.Language) -> None:
        """The prompts are now in `language`: speak them with a voice for it, where the engine has one."""
        self.language = language
        if self.engine is not None:
            self._pick_voice()

    def _pick_voice(self) -> None:
        current = self.engine.locale()
        chosen = voice_locale(self.engine.availableLocales(), self.language, current)
        if chosen != current:
            self.engine.setLocale(chosen)  # an English voice reading German prompts (or the reverse) is no help

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
        self._fail(_tr("The speech engine stopped working: {message}").format(message=message or reason.name), True)

    def _fail(self, reason: str, fault: bool = False) -> None:
        if not self._broken:
            self._broken = True
            self.failed.emit(reason, fault)


def voice_locale(available: Sequence[QLocale], language: QLocale.Language, current: QLocale) -> QLocale:
    """The engine locale to speak prompts written in `language`: the current one if it speaks it, else the
    first the engine offers for it (e.g. de_DE for German), else the current one (better some voice than none)."""
    if current.language() == language:
        return current
    for locale in available:
        if locale.language() == language:
            return locale
    return current


def speech_dispatcher_socket(environ: Mapping[str, str] | None = None) -> Path | None:
    """Where Qt's speechd engine (libspeechd) will connect: SPEECHD_ADDRESS, else the runtime folder's socket,
    else ~/.cache's (None for an inet address, which is not probed)."""
    environ = os.environ if environ is None else environ
    address = environ.get("SPEECHD_ADDRESS", "")
    if address:
        return Path(address.split(":", 1)[1]) if address.startswith("unix_socket:") else None
    runtime = environ.get("XDG_RUNTIME_DIR")
    return (Path(runtime) if runtime else Path.home() / ".cache") / "speech-dispatcher" / "speechd.sock"


def speech_dispatcher_silent(path: Path | None = None, timeout: float = 1.0) -> bool:
    """True when a speech-dispatcher listens at `path` but does not answer a greeting within `timeout`.

    Such a wedged daemon (seen after its audio output failed) accepts the connection and never replies;
    Qt's speechd engine then blocks in its constructor forever. None listening is fine: Qt starts one.
    """
    path = speech_dispatcher_socket() if path is None else path
    if path is None or not path.exists():
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(timeout)
            connection.connect(str(path))
            connection.sendall(b"SET SELF CLIENT_NAME piriformis:probe:main\r\n")
            return not connection.recv(256)
    except TimeoutError:
        return True
    except OSError:  # a stale socket: nobody listens, and Qt's engine starts a new daemon
        return False


def engine_failure_reason(names: Sequence[str], problems: Sequence[str]) -> str:
    if any(problem == "speechd: not answering" for problem in problems):
        return _tr("Voice prompts need speech-dispatcher, which is running but not answering "
                   "(restarting it, or logging out and in, usually helps)")
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
        return getattr(self._voice, "engine", None)

    # -- intent ----------------------------------------------------------------------------------
    def play(self, cue: Cue) -> None:
        """Play `cue` (now, or within 150 ms when it follows another; see core.pacing); returns at once."""
        now = self._now()
        self._start(self.pacer.offer(cue, now))
        held_until = self.pacer.held_until
        if held_until is not None and not self._held.isActive():
            self._held.start(max(1, int((held_until - now) * 1000 + 0.999)))

    def _release(self) -> None:
        self._start(self.pacer.release(self._now()))

    def _start(self, cue: Cue | None) -> None:
        if cue is None:
            return
        if self.sound_enabled and self.available:
            self._sounds.play(cue.kind)
        if cue.speech and self.voice_enabled and self.voice_available:
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

    def set_language(self, language: QLocale.Language) -> None:
        """The language the cues' words are in (issue 11's sessions in other languages): the voice follows."""
        set_language = getattr(self._voice, "set_language", None)
        if set_language is not None:
            set_language(language)

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

    def close(self) -> None:
        """Stop what plays and end the sound thread (the window is closing)."""
        self._held.stop()
        close = getattr(self._sounds, "close", None)
        if close is not None:
            close()

    def _sounds_failed(self, reason: str, fault: bool = False) -> None:
        self.reason = reason
        self.availability_changed.emit()
        if fault and self.sound_enabled:
            self.turned_off.emit(_tr("Sound cues are off until Piriformis Desktop is restarted. {reason}. "
                                     "This session goes on without them.").format(reason=reason))

    def _voice_failed(self, reason: str, fault: bool = False) -> None:
        self.voice_reason = reason
        self.availability_changed.emit()
        if fault and self.voice_enabled:
            self.turned_off.emit(_tr("Voice prompts are off until Piriformis Desktop is restarted. {reason}. "
                                     "This session goes on without them.").format(reason=reason))


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

    if sound_output is not None:
        player._attach_sounds(sound_output)
    elif multimedia is None:
        player.reason = _tr("Sound needs Qt Multimedia, which could not be loaded: {error}").format(
            error=MULTIMEDIA_ERROR or _tr("not installed"))
    else:
        player._attach_sounds(SoundEffects(multimedia, player, clock=player.clock))

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
