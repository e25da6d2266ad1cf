"""The progress report for a physiotherapist: what it says about sessions, the goal and pain."""

import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from piriformis_desktop import paths
from piriformis_desktop.core.history import SessionRecord, open_history
from piriformis_desktop.core.stats import weekly_counts
from piriformis_desktop.ui.documents.report import adherence, write_report_pdf
from piriformis_desktop.ui.documents.sheet import SheetError

TODAY = date(2026, 11, 25)  # Wednesday


def played(day, completed=True, pain=None, note=""):
    start = datetime(day.year, day.month, day.day, 7, tzinfo=timezone.utc)
    return SessionRecord(started_at=start, ended_at=start + timedelta(minutes=7), local_date=day,
                         duration_seconds=385.0 if completed else 100.0, completed=completed,
                         exercises_done=3 if completed else 1, exercises_total=3, first_side="right",
                         pain_after=pain, note=note)


RECORDS = [played(date(2026, 11, 16), pain=6), played(date(2026, 11, 18), pain=5), played(date(2026, 11, 20), pain=4),
           played(date(2026, 11, 23), pain=3, note="stairs were easier"), played(date(2026, 11, 24), completed=False)]


def text_of(path):
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_report_speaks_of_sessions_goal_adherence_pain_and_notes(qapp, routine, settings, tmp_path):
    """Four finished and one stopped over 2 weeks against a goal of 3: the numbers, the pain and the note."""
    path = tmp_path / "report.pdf"
    write_report_pdf(path, RECORDS, settings, routine, weeks=2, today=TODAY)
    text = text_of(path)
    assert "4 sessions finished and 1 stopped early in 2 weeks" in text
    assert "Goal: 3 a week" in text
    assert "Adherence: 67%" in text and "met in 1 of 2 weeks" in text
    assert "Toe rotation: 10 reps each leg, hold 2 s" in text
    assert "16 Nov 2026 3 0 yes 5.0" in text  # the week of 16 Nov: 3 finished, mean pain (6+5+4)/3
    assert "23 Nov 2026: pain 3/10 stairs were easier" in text
    assert "Pain trend from 4 check-ins" in text
    assert len(PdfReader(str(path)).pages) <= 2


def test_adherence_caps_each_week_at_the_goal():
    """Five sessions in one week do not make up for none in the next."""
    weeks = weekly_counts([played(date(2026, 11, 16) + timedelta(days=d)) for d in range(5)], 0, TODAY, weeks=2)
    assert adherence(weeks, 3) == (50, 1, 2)


def test_report_with_no_history_still_prints_and_says_there_is_no_trend(qapp, routine, settings, tmp_path):
    """A new user can print it: zero sessions, and no trend drawn from nothing."""
    path = tmp_path / "empty.pdf"
    write_report_pdf(path, [], settings, routine, weeks=4, today=TODAY)
    text = text_of(path)
    assert "0 sessions finished and 0 stopped early in 4 weeks" in text and "No pain check-ins yet" in text


def test_unwritable_report_path_is_a_clear_error(qapp, routine, settings, tmp_path):
    """A folder that does not exist: SheetError, and nothing left behind."""
    with pytest.raises(SheetError, match="could not write"):
        write_report_pdf(tmp_path / "missing" / "r.pdf", RECORDS, settings, routine)
    assert list(tmp_path.iterdir()) == []


def test_print_report_command_reads_the_real_history_without_a_display(tmp_path):
    """--print-report after sessions in the history writes a report that speaks of them."""
    store = open_history(paths.history_path()).store
    today = date.today()
    store.add_sessions([played(today - timedelta(days=1), pain=4)])
    store.close()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    target = tmp_path / "r.pdf"
    result = subprocess.run([sys.executable, "-m", "piriformis_desktop", "--print-report", str(target), "--weeks",
                             "4"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    text = text_of(target)
    assert "1 session finished and 0 stopped early in 4 weeks" in text
    assert "in 4 weeks" in text
