"""Qt's warnings on stderr: said a few times, then counted, so a stuck backend cannot fill a disk."""

from __future__ import annotations

import io
import threading
from types import SimpleNamespace

from PySide6.QtCore import QtMsgType, qInstallMessageHandler, qWarning

from piriformis_desktop.ui.qt_messages import MessageLimiter, message_key

WARNING = QtMsgType.QtWarningMsg
CONTEXT = SimpleNamespace(category="default")


def test_a_repeated_warning_is_said_three_times_then_once_that_it_is_counted():
    """A million copies of the socket warning print three lines and one note, and the count is kept."""
    out = io.StringIO()
    limiter = MessageLimiter(out)
    for n in range(100_000):
        limiter(WARNING, CONTEXT, f"QSocketNotifier: Invalid socket {27 + n % 3} and type 'Read', disabling...")
    lines = out.getvalue().splitlines()
    assert lines[:3] == [f"QSocketNotifier: Invalid socket {s} and type 'Read', disabling..." for s in (27, 28, 29)]
    assert len(lines) == 4 and "further copies are counted, not printed" in lines[3]
    assert limiter.suppressed() == {"QSocketNotifier: Invalid socket N and type 'Read', disabling...": 99_997}
    limiter.report()
    assert out.getvalue().splitlines()[-1].startswith("piriformis-desktop: 99997 more copies of this Qt message")


def test_different_warnings_are_each_said_and_categories_kept():
    """Two different warnings both get through, with Qt's category in front as Qt's own handler prints it."""
    out = io.StringIO()
    limiter = MessageLimiter(out)
    limiter(WARNING, SimpleNamespace(category="qt.multimedia"), "Couldn't load pipewire-0.3 library")
    limiter(WARNING, CONTEXT, "QObject::connect: No such signal")
    assert out.getvalue().splitlines() == ["qt.multimedia: Couldn't load pipewire-0.3 library",
                                           "QObject::connect: No such signal"]
    assert limiter.suppressed() == {}


def test_fatal_messages_are_never_held_back():
    out = io.StringIO()
    limiter = MessageLimiter(out, passes=1)
    for _ in range(3):
        limiter(QtMsgType.QtFatalMsg, CONTEXT, "out of memory")
    assert out.getvalue().splitlines() == ["out of memory"] * 3


def test_numbers_do_not_make_a_message_new():
    assert message_key("Invalid socket 27 and type 'Read'") == message_key("Invalid socket 4 and type 'Read'")
    assert message_key("a") != message_key("b")


def test_a_thread_flooding_one_message_is_told_so_once():
    """The thread that asked to be told hears about a flood from itself once; other threads are not its business."""
    limiter = MessageLimiter(io.StringIO(), flood=50)
    told = []
    limiter.watch_thread(threading.get_ident(), told.append)

    def other_thread():
        for _ in range(200):
            limiter(WARNING, CONTEXT, "from elsewhere")

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert told == []
    for _ in range(200):
        limiter(WARNING, CONTEXT, "QSocketNotifier: Invalid socket 9 and type 'Read', disabling...")
    assert told == ["QSocketNotifier: Invalid socket 9 and type 'Read', disabling..."]
    limiter.forget_thread(threading.get_ident())


def test_installed_it_receives_qts_own_warnings(qapp):
    """Installed as Qt's message handler, Qt's warnings go through it (then the previous handler is put back)."""
    out = io.StringIO()
    limiter = MessageLimiter(out, passes=2)
    previous = qInstallMessageHandler(limiter)
    try:
        for _ in range(5):
            qWarning("the same warning")
    finally:
        qInstallMessageHandler(previous)
    assert out.getvalue().splitlines()[:2] == ["the same warning"] * 2
    assert limiter.suppressed() == {"the same warning": 3}
