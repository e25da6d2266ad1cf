"""Any journal left on disk either goes into the history exactly as it says, or is set aside and said: a property
over journals with every field drawn from sensible and hostile values (issue 21)."""

import json
from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from piriformis_desktop.core.history import open_history
from piriformis_desktop.core.journal import LEGACY_FILE, SessionJournal, recover_interrupted

START = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
anything = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=True),
                     st.text(max_size=12), st.lists(st.integers(), max_size=2))
moments = st.one_of(st.just(START), st.datetimes(timezones=st.just(UTC)), st.just(START + timedelta(days=3)))
fields = st.fixed_dictionaries({
    "started_at": st.one_of(moments.map(datetime.isoformat), anything),
    "local_date": st.one_of(st.just(date(2026, 11, 23).isoformat()), st.dates().map(date.isoformat), anything),
    "first_side": st.one_of(st.sampled_from(["right", "left"]), anything),
    "exercises_total": st.one_of(st.integers(0, 4), anything),
    "exercises_done": st.one_of(st.integers(0, 4), anything),
    "elapsed_seconds": st.one_of(st.floats(0, 900), anything),
    "settings": st.one_of(st.just({"weekly_goal": 3}), anything),
    "updated_at": st.one_of(st.just((START + timedelta(minutes=7)).isoformat()), moments.map(datetime.isoformat),
                            anything),
    "ended": st.one_of(st.booleans(), anything),
    "completed": st.one_of(st.booleans(), anything),
    "pain_before": st.one_of(st.none(), st.integers(0, 10), anything),
})


@given(fields)
def test_a_journal_is_recorded_exactly_or_set_aside_and_said(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("profile")
    (folder / LEGACY_FILE).write_text(json.dumps({"version": 1, **data}))
    with open_history(folder / "history.sqlite3").store as store:
        message = recover_interrupted(SessionJournal(folder), store)
        rows = store.sessions()
    set_aside = sorted(folder.glob(f"{LEGACY_FILE}.damaged-*"))
    if rows:
        (row,) = rows
        assert not (folder / LEGACY_FILE).exists() and not set_aside and message
        assert row.started_at.isoformat() == data["started_at"] and row.first_side == data["first_side"]
        assert (row.exercises_done, row.exercises_total) == (data["exercises_done"], data["exercises_total"])
        assert row.duration_seconds == round(data["elapsed_seconds"], 3) and row.pain_before == data["pain_before"]
    else:
        assert set_aside and not (folder / LEGACY_FILE).exists(), "left on disk, neither recorded nor set aside"
        assert message is not None and str(set_aside[0]) in message
