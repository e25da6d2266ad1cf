"""The five short sounds on a thread of their own: QSoundEffects that a wedged audio backend can stall, but never
the window, the session clock or a history write. A thread that wedges (a request it never answers, or a flood
of one backend warning) is left behind and a fresh one plays on, a few times; then, or when the sound server
went away, sound is off with a reason (see ui/desktop/sound.py, which owns the player)."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, QUrl, Signal, Slot

from piriformis_desktop.core.clock import Clock
from piriformis_desktop.core.cues import CueKind
from piriformis_desktop.core.pacing import SOUND_SECONDS, SoundWatch
from piriformis_desktop.core.terminal import log
from piriformis_desktop.ui.desktop.sound_levels import SOUND_URLS, no_device_reason
from piriformis_desktop.ui.desktop.worker_thread import Request, ThreadClient, WorkerThread

if TYPE_CHECKING:  # Qt Multimedia is loaded by ui/desktop/sound.py, which may find it missing
    from PySide6.QtMultimedia import QSoundEffect


STUCK_SECONDS = 3.0  # past its own length, a sound still "playing" went to a sound server that is gone
RESTARTS = 3  # fresh sound threads a run may start after one wedged; the next wedge turns sound off
REPLAY_SECONDS = 1.0  # a cue sent this recently before its thread wedged is played again by the fresh one


class EffectsWorker(QObject):
    """Lives on the sound thread: owns the QSoundEffects and does what the window's thread asks, in order.

    When the sound server goes away (PulseAudio or PipeWire killed or restarted), Qt keeps the effects' stream
    to the old server: they say they play, nothing is heard, and a sound never finishes. Deleting and making
    them again does not help from this thread (Qt's stream then floods its event loop), and a fresh app plays,
    so a sound still playing `STUCK_SECONDS` past its length turns sound off with a sentence saying so and what
    brings it back, instead of a silence nobody explains. The stuck effects are left alone until the app ends.
    """

    answered = Signal(int)  # the request with this number was carried out
    failed = Signal(str, bool)  # why sound cannot go on; True when it misbehaved (rather than was never there)

    def __init__(self, multimedia, sources: Mapping[CueKind, QUrl], gain: float, loop: QEventLoop) -> None:
        super().__init__()
        self._multimedia = multimedia
        self._sources = dict(sources)
        self._gain = gain
        self._loop = loop
        self._effects: dict[CueKind, QSoundEffect] = {}
        self._gone = False  # the sound server went away under the effects: nothing more is played
        self._check = QTimer(self)  # runs only while a sound plays
        self._check.setObjectName("stuck-sound-check")
        self._check.setSingleShot(True)
        self._check.timeout.connect(self._check_stuck)
        self._started: dict[CueKind, float] = {}  # when each sound was last started (monotonic seconds)

    @Slot(object, object, int)
    def receive(self, request: Request, value, number: int) -> None:
        """The queued entry point: a declared slot, so Qt runs it on this object's (the sound) thread."""
        self.handle(request, value, number)

    def handle(self, request: Request, value, number: int) -> None:
        if request is Request.CLOSE:
            self._close()
            return
        if request in (Request.LOAD, Request.PLAY) and not self._effects:
            self._load()
        if request is Request.PLAY:
            self._play(value)
        elif request is Request.VOLUME:
            self._gain = value
            for effect in self._effects.values():
                effect.setVolume(value)
        elif request is Request.STOP:
            for effect in self._effects.values():
                effect.stop()
        self.answered.emit(number)

    def _play(self, kind: CueKind) -> None:
        if self._gone or self._went_away():
            return
        self._effects[kind].play()
        self._started[kind] = time.monotonic()
        if not self._check.isActive():
            self._check.start(int((max(SOUND_SECONDS.values()) + STUCK_SECONDS) * 1000))

    def _stuck(self) -> bool:
        """A sound still playing `STUCK_SECONDS` past its length."""
        now = time.monotonic()
        return any(effect.isPlaying() and now - self._started.get(kind, now) > SOUND_SECONDS[kind] + STUCK_SECONDS
                   for kind, effect in self._effects.items())

    def _check_stuck(self) -> None:
        if not self._went_away() and any(effect.isPlaying() for effect in self._effects.values()):
            self._check.start()

    def _went_away(self) -> bool:
        if not self._stuck():
            return False
        self._gone = True
        self._check.stop()
        self.failed.emit(QCoreApplication.translate(
            "CuePlayer", "The sound server went away during the session"), True)
        return True

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
            self.failed.emit(QCoreApplication.translate("CuePlayer", "The sound “{name}” could not be played").format(
                name=self._sources[kind].fileName()), True)

    def _close(self) -> None:
        self._check.stop()
        if not self._gone:  # (stuck ones are not touched: deleting them upsets Qt's stream; they end with the app)
            for effect in self._effects.values():
                effect.stop()
                effect.deleteLater()
            self._effects = {}
        QTimer.singleShot(0, self._loop.quit)  # after the deleteLater events above


def SoundThread(multimedia, sources: Mapping[CueKind, QUrl], gain: float,  # noqa: N802 (a maker)
                worker: type[EffectsWorker] = EffectsWorker) -> WorkerThread[EffectsWorker]:
    """The sound thread: a `WorkerThread` owning one `worker` (an `EffectsWorker`; a stand-in in tests)."""
    return WorkerThread(
        lambda loop: worker(multimedia, sources, gain, loop), "piriformis-sound",
        lambda message: QCoreApplication.translate(
            "CuePlayer", "The sound system stopped responding ({message})").format(message=message))


class SoundEffects(ThreadClient):
    """One QSoundEffect per cue kind on the sound thread, made on first use; `failed` says why, once, if they
    cannot play (True as its second value when they misbehaved rather than never were there)."""

    def __init__(
        self,
        multimedia,
        parent: QObject | None = None,
        *,
        sources: Mapping[CueKind, QUrl] = SOUND_URLS,
        outputs: Callable[[], Sequence[object]] | None = None,
        clock: Clock | None = None,
        watch: SoundWatch | None = None,
        worker: type[EffectsWorker] = EffectsWorker,
    ) -> None:
        super().__init__(parent, clock, watch or SoundWatch())
        self._worker = worker
        self._multimedia = multimedia
        self._sources = dict(sources)
        self._outputs = outputs or multimedia.QMediaDevices.audioOutputs
        self._gain = 1.0
        self.restarts = 0  # fresh threads started after a wedged one
        self._last_sent: tuple[CueKind, float] | None = None  # the last sound asked for, and when (real seconds)

    def prepare(self) -> bool:
        """Start the sound thread and load the effects there; False when sound cannot play."""
        if self._broken:
            return False
        if self.worker_thread is None:
            if not self._outputs():  # asking costs microseconds once the backend is loaded
                self._fail(no_device_reason())
                return False
            if self._start_thread(SoundThread(self._multimedia, self._sources, self._gain, self._worker)) is None:
                return False
            self._send(Request.LOAD, None)  # the WAVs load now, not on the first cue
        return True

    def _did_not_start(self) -> str:
        return QCoreApplication.translate("CuePlayer", "The sound system did not start")

    def play(self, kind: CueKind) -> None:
        if not self.prepare():
            return
        if self._stalled(lambda: QCoreApplication.translate("CuePlayer", "The sound system stopped responding")) \
                and not self.prepare():  # a fresh thread plays it, unless sound is now off
            return
        self._last_sent = (kind, self._now())
        self._send(Request.PLAY, kind)

    def _fail(self, reason: str, fault: bool = False) -> None:
        """A wedged thread is left behind and a fresh one takes over, up to RESTARTS times in a run.

        Qt Multimedia's PulseAudio output now and then wedges the thread it plays on ("QSocketNotifier: Socket
        notifiers cannot be enabled or disabled from another thread", then "Invalid socket N" in a loop: in one
        run in three of tests/test_sound_server.py's twenty sessions), while the server itself is fine. A fresh
        thread with fresh effects plays on, and plays again the cue the wedge may have swallowed. A server that
        went away is no wedged thread (a fresh one would not be heard either): sound is off then, as after the
        last restart, and the window says why."""
        if not (fault and self._running_thread_wedged and self.restarts < RESTARTS):  # (one that never started is
            super()._fail(reason, fault)  # not tried again: each try would keep the window waiting for it)
            return
        self.restarts += 1
        log.warning(QCoreApplication.translate("CuePlayer", "{reason}; sound cues go on from a fresh start of it.")
                    .format(reason=reason))
        self._leave_thread_behind()
        last, self._last_sent = self._last_sent, None
        if last is not None and self._now() - last[1] <= REPLAY_SECONDS:
            self.play(last[0])

    def set_volume(self, gain: float) -> None:
        self._gain = gain
        if self._usable:
            self._send(Request.VOLUME, gain)

    def stop(self) -> None:
        if self._usable:
            self._send(Request.STOP, None)
