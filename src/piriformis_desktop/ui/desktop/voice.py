"""Voice prompts: Qt Text-to-Speech on the system's engine (speech-dispatcher on Linux), in the user's language,
and plain reasons when there is no engine, or one that does not answer."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QObject, Qt, QTimer, Signal, Slot

from piriformis_desktop.core.clock import Clock
from piriformis_desktop.core.pacing import SPEECH_STALL_SECONDS, SoundWatch
from piriformis_desktop.ui.desktop.worker_thread import Request, ThreadClient, WorkerThread


class _SpeechWorker(QObject):
    """Lives on the speech thread: starts the engine and does what the window's thread asks, in order.

    speech-dispatcher is talked to synchronously inside Qt, and PySide keeps Python's lock (the GIL) through a
    call it makes: were `engine.say(text)` called from Python while the daemon does not reply (seen when it has
    just been started and its voice module cannot reach a sound server), every thread of the app would wait,
    the window's too. So once the engine is made, nothing here calls it: the requests are queued signals
    connected to the engine's own slots, which this thread's event loop calls in C++ without that lock. Each
    request is answered by a queued signal behind it, so an answer means the engine returned; the window's
    `SpeechVoice` notices the answers that do not come and turns the voice off. Making the engine is one call
    from Python that can wait; `speech_dispatcher_silent` first checks that the daemon answers at all."""

    answered = Signal(int)  # the request with this number was carried out
    started = Signal(object, str, str)  # the engine, its voice's locale (de_DE), and the prompts' language in its
                                        # own words when no voice speaks it
    failed = Signal(str, bool)  # why, and True when it broke while in use
    _speak = Signal(str)  # -> engine.say, queued
    _hush = Signal()  # -> engine.stop, queued
    _loudness = Signal(float)  # -> engine.setVolume, queued
    _accent = Signal(QLocale)  # -> engine.setLocale, queued
    _done = Signal(int)  # -> answered, queued behind the request it answers

    def __init__(self, speech, engine_names: Sequence[str], loop: QEventLoop) -> None:
        super().__init__()
        self._speech = speech
        self._engine_names = tuple(engine_names)
        self._loop = loop
        self.engine = None
        self._language = QLocale.Language.English
        self._locales: list[QLocale] = []  # what the engine offers, read once when it starts
        self._locale = QLocale()  # the voice's locale as last set
        self._done.connect(self.answered, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object, int)
    def receive(self, request: Request, value, number: int) -> None:
        """The queued entry point: a declared slot, so Qt runs it on this object's (the speech) thread."""
        if request is Request.CLOSE:
            self._close()
            return
        if request is Request.START:
            self._language, volume = value
            self._start(volume)
        elif request is Request.LANGUAGE:
            self._language = value
            if self.engine is not None:
                self._pick_voice()
        elif self.engine is not None:
            if request is Request.SAY:
                self._hush.emit()  # a new prompt replaces a stale one; prompts never overlap
                self._speak.emit(value)
            elif request is Request.STOP:
                self._hush.emit()
            elif request is Request.VOLUME:
                self._loudness.emit(value)
        self._done.emit(number)

    def _start(self, volume: float) -> None:
        error_state = self._speech.QTextToSpeech.State.Error
        problems = []
        for name in self._engine_names:
            if name == "speechd" and speech_dispatcher_silent():
                problems.append("speechd: not answering")
                continue  # Qt would wait for it inside the constructor for good
            engine = self._speech.QTextToSpeech(name, self)
            if engine.state() is not error_state:
                self._adopt(engine, volume)
                return
            problems.append(f"{name}: {engine.errorString() or engine.errorReason().name}")
            engine.deleteLater()
        self.failed.emit(engine_failure_reason(self._engine_names, problems), False)

    def _adopt(self, engine, volume: float) -> None:
        queued = Qt.ConnectionType.QueuedConnection
        self.engine = engine
        self._locales = list(engine.availableLocales())  # Qt's engines list them once, when they start
        self._locale = engine.locale()
        self._speak.connect(engine.say, queued)
        self._hush.connect(engine.stop, queued)
        self._loudness.connect(engine.setVolume, queued)
        self._accent.connect(engine.setLocale, queued)
        engine.errorOccurred.connect(self._engine_error)
        self._loudness.emit(volume)
        self._pick_voice()

    def _pick_voice(self) -> None:
        chosen = voice_locale(self._locales, self._language, self._locale)
        if chosen != self._locale:
            self._locale = chosen
            self._accent.emit(chosen)  # an English voice reading German prompts (or the reverse) is no help
        missing = "" if chosen.language() == self._language else QLocale(self._language).nativeLanguageName()
        self.started.emit(self.engine, chosen.name(), missing)

    def _engine_error(self, reason, message: str) -> None:
        self.failed.emit(QCoreApplication.translate("CuePlayer", "The speech engine stopped working: {message}").format(
            message=message or reason.name), True)

    def _close(self) -> None:
        if self.engine is not None:
            self.engine.deleteLater()  # on this thread, where it lives
            self.engine = None
        QTimer.singleShot(0, self._loop.quit)  # after the deleteLater above


class SpeechVoice(ThreadClient):
    """The voice, as the window's thread sees it: requests to a QTextToSpeech engine on a thread of its own
    (`_SpeechWorker`), made from the first of `engine_names` that starts when the voice is first needed.

    Nothing here waits for the engine. `engine` is set and `voice_checked` emitted once it has started
    (`missing_language` is known then); `failed` says why it did not, or why it stopped. A request left
    unanswered for `SPEECH_STALL_SECONDS` real seconds of `clock` turns the voice off until the app restarts.
    """

    voice_checked = Signal()  # the engine started and a voice was picked: `missing_language` is known

    def __init__(self, speech, engine_names: Sequence[str], parent: QObject | None = None,
                 language: QLocale.Language = QLocale.Language.English, clock: Clock | None = None) -> None:
        super().__init__(parent, clock, SoundWatch(SPEECH_STALL_SECONDS))
        self._speech = speech
        self.language = language  # the language the prompts are written in
        self.engine_names = tuple(engine_names)
        self.engine: object | None = None  # the QTextToSpeech once started (it lives on the speech thread)
        self._volume = 0.8
        self.missing_language: str | None = None  # the prompts' language, in its own words, when no voice speaks it
        self.voice_locale: QLocale | None = None  # the locale of the voice reading them, once the engine started

    def prepare(self) -> bool:
        """Have the engine start on its thread (once); False when the voice cannot be used (`failed` said why)."""
        if self._broken:
            return False
        if self.worker_thread is None:
            speech, names = self._speech, self.engine_names
            worker = self._start_thread(WorkerThread(
                lambda loop: _SpeechWorker(speech, names, loop), "piriformis-speech",
                lambda message: QCoreApplication.translate(
                    "CuePlayer", "The speech engine stopped working: {message}").format(message=message)))
            if worker is None:
                return False
            worker.started.connect(self._started, Qt.ConnectionType.QueuedConnection)
            self._send(Request.START, (self.language, self._volume))
        return True

    def _did_not_start(self) -> str:
        return engine_failure_reason(self.engine_names, [])

    def set_language(self, language: QLocale.Language) -> None:
        """The prompts are now in `language`: speak them with a voice for it, where the engine has one."""
        self.language = language
        if self._usable:
            self._send(Request.LANGUAGE, language)

    def say(self, text: str) -> None:
        if self.prepare() and not self._stalled(lambda: QCoreApplication.translate(
                "CuePlayer", "The speech engine stopped answering (restarting speech-dispatcher, or logging out "
                             "and in, usually helps)")):
            self._send(Request.SAY, text)

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        if self._usable:
            self._send(Request.VOLUME, volume)

    def stop(self) -> None:
        if self._usable:
            self._send(Request.STOP, None)

    def _started(self, engine, locale: str, missing: str) -> None:
        self.engine = engine
        self.voice_locale = QLocale(locale)
        self.missing_language = missing or None
        self.voice_checked.emit()


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
        return QCoreApplication.translate("CuePlayer", "Voice prompts need speech-dispatcher, which is running but "
                                          "not answering (restarting it, or logging out and in, usually helps)")
    if "speechd" in names:
        return QCoreApplication.translate("CuePlayer", "Voice prompts need speech-dispatcher, which is not "
                                          "installed or not running")
    return QCoreApplication.translate("CuePlayer", "No speech engine could be started ({problems})").format(
        problems="; ".join(problems))


def no_engine_reason() -> str:
    if sys.platform.startswith("linux"):
        return QCoreApplication.translate("CuePlayer", "No speech engine was found (install speech-dispatcher "
                                          "for voice prompts)")
    return QCoreApplication.translate("CuePlayer", "No speech engine was found")
