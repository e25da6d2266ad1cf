"""Import… on the History tab reads its file on a thread of its own, behind a progress dialog that can cancel
it: the window keeps working while a large file (or one that never ends) is read."""

import os
import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from piriformis_desktop.core.history import open_history
from piriformis_desktop.core.history.csv import COLUMNS
from piriformis_desktop.ui.history import transfer
from piriformis_desktop.ui.history.view import HistoryView

START = datetime(2026, 1, 1, 7, 30, tzinfo=UTC)


def rows(count: int) -> list[str]:
    out = []
    for n in range(count):
        start = START + timedelta(hours=n)
        out.append(f"{start.isoformat()},{(start + timedelta(seconds=390)).isoformat()},{start.date()},390.0,true,"
                   f"3,3,right,{{}},,,,")
    return out


@pytest.fixture
def view(qtbot, tmp_path):
    store = open_history(tmp_path / "history.sqlite3").store
    view = HistoryView(store, 3)
    qtbot.addWidget(view)
    view.show()
    yield view
    store.close()


def test_a_large_import_shows_progress_keeps_the_window_alive_and_can_be_cancelled(view, qtbot, tmp_path,
                                                                                     monkeypatch):
    """Half a file arrives through a pipe: the dialog's bar moves while the window's thread runs; Cancel stops
    the reading and adds nothing."""
    fifo = tmp_path / "from-the-old-laptop.csv"
    os.mkfifo(fifo)
    head = "\n".join([",".join(COLUMNS)] + rows(2000)) + "\n"
    tail = "\n".join(rows(6000)[2000:]) + "\n"
    monkeypatch.setattr(transfer, "_size_of", lambda path: len(head) + len(tail))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(fifo), ""))
    cancelled = threading.Event()

    def old_laptop():
        try:
            with open(fifo, "w") as pipe:
                pipe.write(head)
                pipe.flush()
                cancelled.wait(60)  # a safety net: only a broken import would leave it waiting
                pipe.write(tail)
        except BrokenPipeError:  # the import stopped reading, as it should after Cancel
            pass

    writer = threading.Thread(target=old_laptop)
    writer.start()
    try:
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
        job = view.importing
        assert isinstance(job, transfer.HistoryImport) and job._thread is not threading.current_thread()
        qtbot.waitUntil(lambda: job.dialog.value() > 0)  # the bar moved: this thread was free to show it
        assert job.dialog.maximum() == transfer.HistoryImport.STEPS and job.dialog.value() < job.dialog.maximum()
        with qtbot.waitSignal(job.finished) as finished:
            qtbot.mouseClick(job.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
            cancelled.set()
    finally:
        cancelled.set()
        writer.join()
    assert finished.args == ["The import was cancelled; nothing was imported."]
    assert view.status.text() == "The import was cancelled; nothing was imported."
    assert view.history.sessions() == []


def test_importing_dev_zero_from_the_history_tab_ends_with_a_sentence(view, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("/dev/zero", ""))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.importing.finished):
        pass
    assert view.status.text() == ("Nothing was imported: /dev/zero: line 1 is longer than 65536 characters, so "
                                  "this is not an export of this app.")


def test_a_finished_import_fills_the_tab(view, qtbot, tmp_path, monkeypatch):
    source = tmp_path / "moved.csv"
    source.write_text("\n".join([",".join(COLUMNS)] + rows(450)) + "\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(source), ""))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.importing.finished):
        pass
    assert view.status.text() == f"Imported 450 sessions from {source}."
    assert len(view.history.sessions()) == 450 and view.empty.isHidden()
