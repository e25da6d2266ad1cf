"""The progress report for a physiotherapist: what it says about sessions, the goal and pain."""

import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from piriformis_desktop import paths
from piriformis_desktop.core.history import SessionRecord, open_history
from piriformis_desktop.ui.documents.pages import DocumentError
from piriformis_desktop.ui.documents.report import write_report_pdf

TODAY = date(2026, 11, 25)  # Wednesday


def played(day, completed=True, pain=None, note="", before=None):
    start = datetime(day.year, day.month, day.day, 7, tzinfo=UTC)
    return SessionRecord(started_at=start, ended_at=start + timedelta(minutes=7), local_date=day,
                         duration_seconds=385.0 if completed else 100.0, completed=completed,
                         exercises_done=3 if completed else 1, exercises_total=3, first_side="right",
                         pain_before=before, pain_after=pain, note=note, settings={"weekly_goal": 3})


RECORDS = [played(date(2026, 11, 16), pain=6), played(date(2026, 11, 18), pain=5), played(date(2026, 11, 20), pain=4),
           played(date(2026, 11, 23), pain=3, note="stairs were easier"), played(date(2026, 11, 24), completed=False)]


def text_of(path):
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_report_speaks_of_sessions_goal_adherence_pain_and_notes(qapp, routine, settings, tmp_path):
    """Four finished and one stopped over 2 weeks against a goal of 3: the numbers, the pain and the note. This
    week (1 of 3 so far) does not count toward adherence until it is over or met."""
    path = tmp_path / "report.pdf"
    write_report_pdf(path, RECORDS, settings, routine, weeks=2, today=TODAY)
    text = text_of(path)
    assert "4 sessions finished and 1 stopped early in 2 weeks" in text
    assert "Goal: 3 a week" in text
    assert "Adherence since 16 Nov 2026: 100%" in text and "met in 1 of 1 week." in text
    assert "Toe rotation: 10 reps each leg, hold 2 s" in text
    assert "16 Nov 2026 3 0 yes - → 5.0" in text  # the week of 16 Nov: 3 finished, mean pain after (6+5+4)/3
    assert "23 Nov 2026: pain 3/10 stairs were easier" in text
    assert "Pain trend from 4 check-ins" in text
    assert len(PdfReader(str(path)).pages) <= 2


def test_report_with_no_history_still_prints_and_says_there_is_no_trend(qapp, routine, settings, tmp_path):
    """A new user can print it: zero sessions, and no trend drawn from nothing."""
    path = tmp_path / "empty.pdf"
    write_report_pdf(path, [], settings, routine, weeks=4, today=TODAY)
    text = text_of(path)
    assert "0 sessions finished and 0 stopped early in 4 weeks" in text and "No pain check-ins yet" in text


def test_unwritable_report_path_is_a_clear_error(qapp, routine, settings, tmp_path):
    """A folder that does not exist: DocumentError, and nothing left behind."""
    with pytest.raises(DocumentError, match="could not write"):
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
    assert "1 session finished and 0 stopped early in" in text
    assert ": since " in text  # a history younger than the 4 weeks asked for


def twelve_weeks(notes_every: int) -> list[SessionRecord]:
    """Twelve weeks of four sessions a week, each with a pain check-in (some with a place), a note every so often."""
    records = []
    for n in range(80):  # from Monday 7 Sep, the first of the twelve weeks, to today
        day = TODAY - timedelta(days=n)
        if day.weekday() in (0, 2, 4, 6):
            note = f"note from {day:%d %b}: sat at a desk all day" if notes_every and n % notes_every == 0 else ""
            records.append(replace(played(day, pain=3 + n // 20, note=note), pain_where="buttock" if n % 3 else ""))
    return sorted(records, key=lambda r: r.started_at)


def test_twelve_weeks_with_a_few_notes_are_one_page(qapp, routine, settings, tmp_path):
    """Twelve weeks, 46 check-ins, four of them with a note: one page, listing those four notes and no other
    check-in (issue 15, item 7: every check-in used to be listed, and the report ran to two pages)."""
    records = twelve_weeks(notes_every=21)
    noted = [r for r in records if r.note]
    assert len(noted) == 4 and sum(1 for r in records if r.pain_after is not None) == 46
    path = tmp_path / "report.pdf"
    write_report_pdf(path, records, settings, routine, weeks=12, today=TODAY)
    assert len(PdfReader(str(path)).pages) == 1
    text = text_of(path)
    assert text.count(": sat at a desk all day") == 4
    notes = text[text.index("Notes from check-ins"):]
    assert notes.count("/10") == 4  # only the check-ins with a note are listed
    assert "more note" not in text and "earlier note" not in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_notes_that_do_not_fit_are_counted_and_the_report_stays_one_page(qapp, routine, settings, tmp_path, paper):
    """A note at every check-in: the newest that fit are listed, and a line says how many more the export holds."""
    records = twelve_weeks(notes_every=1)
    path = tmp_path / "report.pdf"
    write_report_pdf(path, records, settings, routine, weeks=12, today=TODAY, paper=paper)
    assert len(PdfReader(str(path)).pages) == 1
    text = text_of(path)
    shown = text.count(": sat at a desk all day")
    assert 3 <= shown < len(records) == 46
    assert f"{46 - shown} earlier notes in the exported history" in text
    newest = max(r.local_date for r in records)
    assert f"note from {newest:%d %b}" in text  # the newest note is among those shown


def test_a_user_who_began_five_weeks_ago_is_measured_since_then(qapp, routine, settings, tmp_path):
    """Issue 20, defect 1: 3 of 3 every week since a start five weeks ago read "Adherence: 42% ... met in 5 of 12
    weeks". Now the report says since when, and counts the four weeks that are over: 100%, 4 of 4."""
    records = [played(date(2026, 10, 26) + timedelta(weeks=w, days=d)) for w in range(5) for d in (0, 2, 4)
               if date(2026, 10, 26) + timedelta(weeks=w, days=d) <= TODAY]
    path = tmp_path / "report.pdf"
    write_report_pdf(path, records, settings, routine, weeks=12, today=TODAY)
    text = text_of(path)
    assert "Piriformis routine: since 26 Oct 2026, 5 weeks" in text
    assert "14 sessions finished and 0 stopped early in 5 weeks" in text
    assert "Adherence since 26 Oct 2026: 100% of the goal's sessions; the goal was met in 4 of 4 weeks." in text


def test_the_report_gives_pain_before_and_after_and_the_flags_of_its_period(qapp, routine, settings, tmp_path):
    """Issue 20: pain before and after in the table and the notes, and the safety flags of the period, each with
    its date and the sentence History and the summary show."""
    records = [played(date(2026, 11, 16), pain=3, before=4), played(date(2026, 11, 18), pain=7, before=2,
                                                                    note="sharp on the left"),
               played(date(2026, 11, 23), pain=3, before=3)]
    path = tmp_path / "report.pdf"
    write_report_pdf(path, records, settings, routine, weeks=12, today=TODAY)
    text = text_of(path)
    assert "16 Nov 2026 2 0 no 3.0 → 5.0" in text
    assert "18 Nov 2026: pain 2 → 7/10 sharp on the left" in text
    assert ("Safety flags 18 Nov 2026: Pain rose from 2 to 7 during this session. Stop if the exercises make your "
            "pain worse, and ask your physiotherapist before the next session.") in text


def test_twelve_weeks_with_flags_and_notes_are_still_one_page(qapp, routine, settings, tmp_path):
    """Twelve weeks of check-ins with pain before, six sessions flagged and a few notes: still one page."""
    records = [replace(r, pain_before=r.pain_after - (3 if i % 8 == 0 else 0)) for i, r in
               enumerate(twelve_weeks(notes_every=21))]
    path = tmp_path / "report.pdf"
    write_report_pdf(path, records, settings, routine, weeks=12, today=TODAY)
    assert len(PdfReader(str(path)).pages) == 1
    text = text_of(path)
    assert "Safety flags" in text and "earlier flag in this period, not listed." in text
    assert text.count(": sat at a desk all day") >= 1
