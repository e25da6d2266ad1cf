"""The five short sounds on a thread of their own: QSoundEffects that a wedged audio backend can stall, but never
the window, the session clock or a history write. A request that gets no answer, or a flood of backend warnings,
turns sound off with a reason (see ui/desktop/sound.py, which owns the player)."""

from __future__ import annotations

import atexit
import functools
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, QUrl, Signal, Slot

from piriformis_desktop.core.clock import Clock, MonotonicClock
from piriformis_desktop.core.cues import CueKind
from piriformis_desktop.core.pacing import SoundWatch
from piriformis_desktop.ui.qt_messages import installed_limiter
from piriformis_desktop.ui.desktop.sound_levels import SOUND_URLS, no_device_reason


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
            self.failed.emit(QCoreApplication.translate("CuePlayer", "The sound “{name}” could not be played").format(
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
            worker.failed.emit(QCoreApplication.translate("CuePlayer", "The sound system stopped responding ({message})").format(message=message), True)
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
                self._fail(QCoreApplication.translate("CuePlayer", "The sound system did not start"), True)
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
            self._fail(QCoreApplication.translate("CuePlayer", "The sound system stopped responding"), True)
            return True
        return False

    def _now(self) -> float:
        return self._clock.now() / self._clock.scale  # real seconds: the watch is about the machine, not the session

    def _fail(self, reason: str, fault: bool = False) -> None:
        if not self._broken:
            self._broken = True
            self.failed.emit(reason, fault)
