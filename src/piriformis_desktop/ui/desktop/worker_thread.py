"""A thread with its own Qt event loop for a part that can block: the sound effects (ui/desktop/effects.py) and
the speech engine (ui/desktop/voice.py). Either can stall inside Qt or a system daemon; neither may stall the
window's thread, which runs the session clock, the card and the history write.

The worker is a QObject made on the thread and living there. The window's thread sends it requests through
`WorkerThread.requests.send(request, value, number)` (queued), a `Request` and what goes with it; the worker
answers each by number and says `failed(reason, fault)` when it cannot go on. A worker needs a
`receive(object, object, int)` slot that ends the loop on `Request.CLOSE`, and a `failed(str, bool)` signal.
"""

from __future__ import annotations

import atexit
import enum
import functools
import threading
import weakref
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, SignalInstance

from piriformis_desktop.core.clock import Clock, MonotonicClock
from piriformis_desktop.core.pacing import SoundWatch
from piriformis_desktop.ui.qt_messages import installed_limiter


class Request(enum.Enum):
    """What the window's thread asks a worker thread to do; the value sent with it is noted."""

    LOAD = "load"  # sound: load the effects now (None)
    PLAY = "play"  # sound: play the sound of a CueKind
    START = "start"  # speech: start the engine ((QLocale.Language, volume))
    LANGUAGE = "language"  # speech: prompts are now in this QLocale.Language
    SAY = "say"  # speech: speak this text, replacing a prompt still being read
    VOLUME = "volume"  # both: the gain (sound) or volume (speech), 0-1
    STOP = "stop"  # both: silence what plays (None)
    CLOSE = "close"  # both: end the thread's loop (None)


class Requests(QObject):
    send = Signal(object, object, int)  # Request, its value, its number


class Worker(Protocol):
    """What a worker made on the thread has (see above); it is a QObject living there."""

    answered: SignalInstance  # (number): that request was carried out
    failed: SignalInstance  # (reason, fault)

    def receive(self, request: Request, value: object, number: int) -> None: ...


W = TypeVar("W", bound=Worker)


class WorkerThread(Generic[W]):
    """A daemon thread running a Qt event loop that owns one worker, made by `make_worker(loop)` on the thread.

    A daemon thread rather than a QThread: a QThread object destroyed while its thread runs aborts the
    process, and a wedged thread never finishes. A wedged one is simply left behind at exit. `flooded(message)`
    is the reason given when one Qt warning has come from the thread a thousand times (its loop is stuck).
    """

    START_SECONDS = 5.0

    def __init__(self, make_worker: Callable[[QEventLoop], W], name: str,
                 flooded: Callable[[str], str]) -> None:
        self.worker: W | None = None
        self.wedged = False
        self.requests = Requests()  # in the calling thread; queued to the worker
        self.parked = threading.Event()  # set (tests only) to let a parked thread go on
        self._ready = threading.Event()
        self._make_worker = make_worker
        self._flooded_reason = flooded
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()
        if not self._ready.wait(self.START_SECONDS):
            self.wedged = True
            return
        assert self.worker is not None  # made before the thread said it was ready
        self.requests.send.connect(self.worker.receive, Qt.ConnectionType.QueuedConnection)
        _THREADS.add(self)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        loop = QEventLoop()
        worker = self._make_worker(loop)
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
            worker.failed.emit(self._flooded_reason(message), True)
        self.parked.wait()  # park for good: the loop this was called from can never finish its turn

    def close(self, timeout: float = 2.0) -> None:
        """Ask the worker to end its loop; wait for the thread (at most `timeout`) unless it is wedged."""
        if self.worker is None or self.wedged:
            return
        try:
            self.requests.send.emit(Request.CLOSE, None, 0)
        except RuntimeError:  # Qt has already torn its objects down (at exit): the thread ends with the process
            return
        self._thread.join(timeout)


_THREADS: weakref.WeakSet[WorkerThread] = weakref.WeakSet()  # closed at exit, before Qt tears down


def close_thread(thread: WorkerThread, *_) -> None:
    """For `destroyed.connect(functools.partial(close_thread, thread))`: the owner is gone, so is its thread."""
    thread.close()


@atexit.register
def _close_all_threads() -> None:
    for thread in list(_THREADS):
        thread.close()


class ThreadClient(QObject):
    """The window's side of a `WorkerThread`: sends numbered requests, counts the answers on `watch` (real
    seconds of `clock`), and says `failed(reason, fault)` once, after which it sends nothing more."""

    failed = Signal(str, bool)  # why, and True when it misbehaved (rather than never was there)

    def __init__(self, parent: QObject | None, clock: Clock | None, watch: SoundWatch) -> None:
        super().__init__(parent)
        self._clock = clock or MonotonicClock()
        self.watch = watch
        self.worker_thread: WorkerThread | None = None
        self.left_behind: list[WorkerThread] = []  # wedged threads given up on, parked until the app ends
        self._broken = False
        self._numbers = 0
        self._first_number = 1  # the first request sent to the thread in use: older answers are a thread's left behind
        self._adopted: WorkerThread | None = None  # the thread whose worker's answers and reports are connected

    def _start_thread(self, thread: WorkerThread[W]) -> W | None:
        """Adopt a just-started thread; its worker, or None when the thread did not start (then `failed` said so
        with `_did_not_start()`)."""
        self.worker_thread = thread
        worker = thread.worker
        if thread.wedged or worker is None:
            self._fail(self._did_not_start(), True)
            return None
        worker.answered.connect(self._answered, Qt.ConnectionType.QueuedConnection)
        worker.failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(functools.partial(close_thread, thread))
        self._adopted = thread
        return worker

    @property
    def _running_thread_wedged(self) -> bool:
        """The thread in use started and ran, and has since wedged (not: it never started)."""
        thread = self.worker_thread
        return thread is not None and thread is self._adopted and thread.wedged

    def _did_not_start(self) -> str:
        raise NotImplementedError

    @property
    def _usable(self) -> bool:
        return self.worker_thread is not None and not self._broken

    def close(self) -> None:
        """End the thread now (it also ends when this object is destroyed, or at exit)."""
        if self.worker_thread is not None:
            self.worker_thread.close()

    def _send(self, request: Request, value) -> None:
        self._numbers += 1
        self.watch.sent(self._now())
        assert self.worker_thread is not None  # requests are sent once the thread started
        self.worker_thread.requests.send.emit(request, value, self._numbers)

    def _answered(self, number: int) -> None:
        if number >= self._first_number:
            self.watch.answered(self._now())

    def _leave_thread_behind(self) -> None:
        """Give up on the thread in use (it wedged): it hears nothing more from here, and what it still answers
        or reports is not heard either; the next request starts a fresh one."""
        thread = self.worker_thread
        assert thread is not None and thread is self._adopted and thread.worker is not None  # one that ran
        thread.worker.answered.disconnect(self._answered)
        thread.worker.failed.disconnect(self._fail)
        self.left_behind.append(thread)
        self.worker_thread = None
        self.watch = SoundWatch(self.watch.limit)
        self._first_number = self._numbers + 1

    def _stalled(self, reason: Callable[[], str]) -> bool:
        """True (and `failed` with `reason()`) once a request has gone unanswered too long; the thread is then
        left alone at exit."""
        if self.watch.stalled(self._now()):
            assert self.worker_thread is not None  # only what was sent can go unanswered
            self.worker_thread.wedged = True
            self._fail(reason(), True)
            return True
        return False

    def _now(self) -> float:
        return self._clock.now() / self._clock.scale  # real seconds: the watch is about the machine, not the session

    def _fail(self, reason: str, fault: bool = False) -> None:
        if not self._broken:
            self._broken = True
            self.failed.emit(reason, fault)
