"""Qt's own warnings on stderr, each one a few times at most: a backend stuck in a loop must not fill a disk.

Qt prints its warnings through one message handler. Qt Multimedia's PulseAudio output, re-triggered every few
milliseconds, can wedge its thread's event loop in a loop that prints `QSocketNotifier: Invalid socket N and
type 'Read', disabling...` millions of times a second (9.4 GB of stderr in two minutes). `MessageLimiter`
lets each message (digits ignored, so socket 27 and socket 45 are the same message) through `passes` times,
then says once that further copies are counted, and at exit how many there were.

A thread can ask to be told when a message floods from it (`watch_thread`): the sound thread uses this to
stop for good rather than spin a core printing nothing (see ui/sound.py). Fatal messages always print.
"""

from __future__ import annotations

import atexit
import re
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from piriformis_desktop.core.terminal import PROG

PASSES = 3  # copies of one message printed before the rest are only counted
FLOOD = 1000  # copies of one message from one thread that mean its event loop is stuck
_DIGITS = re.compile(r"\d+")


def message_key(message: str) -> str:
    """What makes two messages "the same": their text with every number replaced."""
    return _DIGITS.sub("N", message)


class MessageLimiter:
    """A Qt message handler (callable) that prints each message at most `passes` times and counts the rest."""

    def __init__(self, stream=None, passes: int = PASSES, flood: int = FLOOD) -> None:
        self.stream = stream
        self.passes = passes
        self.flood = flood
        self.counts: dict[str, int] = {}
        self._per_thread: dict[tuple[int, str], int] = {}
        self._watchers: dict[int, Callable[[str], None]] = {}
        self._lock = threading.Lock()

    def __call__(self, mode, context, message: str) -> None:
        key = message_key(message)
        thread = threading.get_ident()
        with self._lock:
            count = self.counts[key] = self.counts.get(key, 0) + 1
            in_thread = self._per_thread[thread, key] = self._per_thread.get((thread, key), 0) + 1
            watcher = self._watchers.get(thread) if in_thread == self.flood else None
        category = getattr(context, "category", None)
        text = f"{category}: {message}" if category and category != "default" else message
        if mode == QtMsgType.QtFatalMsg or count <= self.passes:
            self._write(text)
        elif count == self.passes + 1:
            self._write(f"{PROG}: Qt repeated this message {self.passes} times; further copies are "
                        f"counted, not printed: {text}")
        if watcher is not None:
            watcher(message)  # may not return (the sound thread stops here; see ui/sound.py)

    def watch_thread(self, ident: int, callback: Callable[[str], None]) -> None:
        """Call `callback(message)` in thread `ident` when one message has come from it `flood` times."""
        with self._lock:
            self._watchers[ident] = callback

    def forget_thread(self, ident: int) -> None:
        with self._lock:
            self._watchers.pop(ident, None)

    def suppressed(self) -> dict[str, int]:
        """Each message printed no more: how many copies were not printed."""
        with self._lock:
            return {key: count - self.passes for key, count in self.counts.items() if count > self.passes}

    def report(self) -> None:
        """Say how much was held back (at exit)."""
        for key, extra in self.suppressed().items():
            self._write(f"{PROG}: {extra} more copies of this Qt message were not printed: {key}")

    def _write(self, text: str) -> None:
        stream = self.stream or sys.stderr
        try:
            stream.write(text + "\n")
            stream.flush()
        except (OSError, ValueError):  # stderr closed or full: nothing sensible is left to do with a warning
            pass


_installed: MessageLimiter | None = None


def install_message_limiter(stream=None) -> MessageLimiter:
    """Route Qt's messages through one `MessageLimiter` for the rest of the process; say at exit what it held."""
    global _installed
    if _installed is None:
        _installed = MessageLimiter(stream)
        qInstallMessageHandler(_installed)
        atexit.register(_installed.report)
    return _installed


def installed_limiter() -> MessageLimiter | None:
    """The limiter routing Qt's messages, if `install_message_limiter` was called (the app does; tests need not)."""
    return _installed
