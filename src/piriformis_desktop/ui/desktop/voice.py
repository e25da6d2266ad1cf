"""Voice prompts: Qt Text-to-Speech on the system's engine (speech-dispatcher on Linux), in the user's language,
and plain reasons when there is no engine, or one that does not answer."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal



class SpeechVoice(QObject):
    """A QTextToSpeech engine made on first use from the first of `engine_names` that starts."""

    failed = Signal(str, bool)  # why, and True when it broke while in use
    voice_checked = Signal()  # the engine started and a voice was picked: `missing_language` is known

    def __init__(self, speech, engine_names: Sequence[str], parent: QObject | None = None,
                 language: QLocale.Language = QLocale.Language.English) -> None:
        super().__init__(parent)
        self._speech = speech
        self.language = language  # the language the prompts are written in
        self.engine_names = tuple(engine_names)
        self.engine = None  # the QTextToSpeech once started
        self._volume = 0.8
        self._broken = False
        self.missing_language: str | None = None  # the prompts' language, in its own words, when no voice speaks it

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
        self.missing_language = None if chosen.language() == self.language else \
            QLocale(self.language).nativeLanguageName()
        self.voice_checked.emit()

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
        self._fail(QCoreApplication.translate("CuePlayer", "The speech engine stopped working: {message}").format(message=message or reason.name), True)

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
        return QCoreApplication.translate("CuePlayer", "Voice prompts need speech-dispatcher, which is running but not answering "
                   "(restarting it, or logging out and in, usually helps)")
    if "speechd" in names:
        return QCoreApplication.translate("CuePlayer", "Voice prompts need speech-dispatcher, which is not installed or not running")
    return QCoreApplication.translate("CuePlayer", "No speech engine could be started ({problems})").format(problems="; ".join(problems))


def no_engine_reason() -> str:
    if sys.platform.startswith("linux"):
        return QCoreApplication.translate("CuePlayer", "No speech engine was found (install speech-dispatcher for voice prompts)")
    return QCoreApplication.translate("CuePlayer", "No speech engine was found")
