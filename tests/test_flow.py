"""The session flow as a presenter: it plays, shows and keeps a session from its collaborators alone, with no
main window, and tells the rest of the app through its own signals."""

from datetime import UTC, timedelta

import pytest
from PySide6.QtWidgets import QWidget

from piriformis_desktop.core.history import open_history
from piriformis_desktop.core.history.source import Change, HistorySource
from piriformis_desktop.core.session import State
from piriformis_desktop.core.settings import SettingsStore
from piriformis_desktop.ui.actions import make_actions
from piriformis_desktop.ui.session.flow import SessionFlow
from piriformis_desktop.ui.session.page import PlayerPage


@pytest.fixture
def parts(qtbot, routine, settings, clock, tmp_path):
    """A flow made of a player page, a settings store, a history source and the session's commands."""
    host = QWidget()
    qtbot.addWidget(host)
    opened = open_history(tmp_path / "history.sqlite3")
    history = HistorySource(opened.store)
    player = PlayerPage(host)
    answers = []
    flow = SessionFlow(clock, player=player, store=SettingsStore(tmp_path / "settings.toml", settings, routine),
                       history=history, commands=make_actions(host), ask_stop=lambda: answers.pop(0), parent=host)
    flow.new_session()
    yield flow, history, player, answers
    flow.shutdown()
    history.close()


def test_a_whole_session_is_played_shown_and_recorded_without_a_window(parts, clock, qtbot):
    flow, history, player, _ = parts
    live, running = [], []
    flow.live_changed.connect(live.append)
    flow.running_changed.connect(running.append)
    heard = []
    history.subscribe(heard.append)
    flow.commands.toggle.trigger()
    assert flow.commands.toggle.text() == "Pause" and flow.commands.stop.isEnabled()
    clock.advance(flow.session.timeline.duration + 1)
    with qtbot.waitSignal(flow.session_recorded) as recorded:
        flow.controller.update_now()
    (saved,) = history.sessions()
    assert recorded.args == [saved] and saved.completed
    assert [change.kind for change in heard] == [Change.RECORDED]
    assert player.showing_summary() and player.summary.title.text() == "Session complete. Well done!"
    assert live == [True, False] and running == [True, False]
    assert not flow.commands.stop.isEnabled() and flow.commands.toggle.text() == "Start"


def test_a_stop_the_user_confirms_is_kept_as_not_completed_and_one_refused_plays_on(parts, clock):
    flow, history, _, answers = parts
    flow.toggle()
    clock.advance(20)
    answers.append(False)
    flow.stop_after_asking()
    assert flow.session.state.live  # "No": it carries on (after the short get-ready countdown)
    answers.append(True)
    flow.stop_after_asking()
    assert flow.session.state is State.STOPPED
    (kept,) = history.sessions()
    assert not kept.completed and kept.duration_seconds == pytest.approx(20, abs=0.01)


def test_a_session_that_cannot_be_saved_says_so_through_the_notice_signal(
        qtbot, routine, settings, clock, tmp_path, monkeypatch):
    """A history write that fails when the session ends: the flow says why, once, to whoever shows notices."""
    from piriformis_desktop.core.history import HistoryError

    host = QWidget()
    qtbot.addWidget(host)
    opened = open_history(tmp_path / "history.sqlite3")

    def full_disk(record):
        raise HistoryError("The disk is full.")

    monkeypatch.setattr(opened.store, "record", full_disk)
    history = HistorySource(opened.store)
    flow = SessionFlow(clock, player=PlayerPage(host), store=SettingsStore(tmp_path / "s.toml", settings, routine),
                       history=history, commands=make_actions(host), ask_stop=lambda: True, parent=host)
    notices = []
    flow.notice.connect(notices.append)
    flow.new_session()
    flow.toggle()
    clock.advance(flow.session.timeline.duration + 1)
    flow.controller.update_now()
    assert len(notices) == 1 and notices[0].startswith("This session could not be saved: The disk is full.")
    assert flow.last_record is None
    opened.store.close()


def test_when_the_history_opens_a_ready_session_takes_its_first_leg_from_the_last_session(
        qtbot, routine, settings, clock, tmp_path):
    """'Alternate' needs the last session's first leg; the history opens after the first frame and says so."""
    from dataclasses import replace
    from datetime import datetime

    from piriformis_desktop.core.history import SessionRecord
    from piriformis_desktop.core.routine import Side
    from piriformis_desktop.core.settings import StartSide

    opened = open_history(tmp_path / "history.sqlite3")
    start = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    opened.store.record(SessionRecord(started_at=start, ended_at=start + timedelta(minutes=6),
                                      local_date=start.date(), duration_seconds=360.0, completed=True,
                                      exercises_done=3, exercises_total=3, first_side="right", settings={}))
    host = QWidget()
    qtbot.addWidget(host)
    history = HistorySource()  # not open yet
    store = SettingsStore(tmp_path / "s.toml", replace(settings, start_side=StartSide.ALTERNATE), routine)
    flow = SessionFlow(clock, player=PlayerPage(host), store=store, history=history, commands=make_actions(host),
                       ask_stop=lambda: True, parent=host)
    flow.new_session()
    assert flow.session.timeline.first_side is Side.RIGHT  # no history yet: the default
    history.attach(opened.store)
    assert flow.session.timeline.first_side is Side.LEFT  # the other leg than last time
    opened.store.close()
