"""The History tab as a user meets it: the empty state, the weekly chart, hovering a week, export and import."""

import csv
import os
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFileDialog

from piriformis_desktop.core.history import SessionRecord, open_history
from piriformis_desktop.core.history.csv import export_csv
from piriformis_desktop.ui.history.view import HistoryView

pytestmark = pytest.mark.usefixtures("british_locale")  # weeks from Monday, dates "16 Nov"

TODAY = date(2026, 11, 25)  # a Wednesday; the Monday-first week began on 23 Nov
WEEK = timedelta(days=7)


def played(day: date, completed: bool = True, minutes: float = 6.5, hour: int = 7) -> SessionRecord:
    start = datetime.combine(day, time(hour, 30), tzinfo=UTC)
    return SessionRecord(started_at=start, ended_at=start + timedelta(minutes=minutes), local_date=day,
                         duration_seconds=minutes * 60, completed=completed, exercises_done=3 if completed else 1,
                         exercises_total=3, first_side="left" if completed else "right", settings={"weekly_goal": 3})


# Three weeks ago: one session. Last week (16 Nov): three, goal met. This week: two finished, one stopped.
STORY = [played(date(2026, 11, 4)),
         played(date(2026, 11, 16)), played(date(2026, 11, 18)), played(date(2026, 11, 20)),
         played(date(2026, 11, 23)), played(date(2026, 11, 24)), played(date(2026, 11, 25), completed=False, minutes=2)]


@pytest.fixture
def store(tmp_path):
    opened = open_history(tmp_path / "history.sqlite3")
    yield opened.store
    opened.store.close()


@pytest.fixture
def make_view(qtbot):
    def make(store, goal=3, records=(), size=(1300, 700)):
        if records:
            store.add_sessions(records)
        view = HistoryView(store, goal, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        if view.chart is not None:  # the plot fills its viewport once the layout has run
            qtbot.waitUntil(lambda: view.chart.getPlotItem().sceneBoundingRect().width()
                            == view.chart.viewport().width())
        return view

    return make


def bar_heights(view):
    """{week index: height} of the finished-session bars."""
    opts = view.chart.completed_bars.opts
    return {round(x): h for x, h in zip(list(opts["x"]), list(opts["height"]), strict=True)}


def stopped_bars(view):
    """[(week index, bottom, height)] of the stopped-session bars."""
    opts = view.chart.partial_bars.opts
    return [(round(x), y0, h) for x, y0, h in zip(list(opts["x"]), list(opts["y0"]), list(opts["height"]),
                                                     strict=True)]


def starred(view):
    return [round(x) for x in view.chart.met_markers.getData()[0]]


def week_point(view, index, height=0.5):
    """Where week `index`'s bar is, in the chart's viewport coordinates."""
    scene = view.chart.getPlotItem().getViewBox().mapViewToScene(QPointF(index, height))
    return view.chart.mapFromScene(scene)


def hover(qtbot, view, index):
    """Move the mouse over week `index`'s bar, by way of the chart's corner (outside the plot), so the move
    is seen even if the last test left the cursor on that very spot."""
    qtbot.mouseMove(view.chart.viewport(), QPoint(1, 1))
    qtbot.mouseMove(view.chart.viewport(), week_point(view, index))


# -- start-up cost -------------------------------------------------------------------------------

@pytest.mark.slow
def test_pyqtgraph_loads_only_when_a_chart_is_first_shown(tmp_path):
    """Importing the view and showing an empty history cost nothing; showing sessions loads pyqtgraph."""
    code = f"""
import sys
from datetime import date, datetime, timezone
from pathlib import Path
from PySide6.QtWidgets import QApplication
from piriformis_desktop.core.history import SessionRecord, open_history
from piriformis_desktop.core.history.csv import export_csv
from piriformis_desktop.ui.history.view import HistoryView
app = QApplication([])
print("after import:", "pyqtgraph" in sys.modules)
store = open_history(Path({str(tmp_path / 'h.sqlite3')!r})).store
view = HistoryView(store, 3)
view.show(); app.processEvents()
print("empty shown:", "pyqtgraph" in sys.modules)
moment = datetime(2026, 11, 20, 7, 30, tzinfo=timezone.utc)
store.record(SessionRecord(moment, moment, date(2026, 11, 20), 60.0, True, 3, 3, "right", {{}}))
view.refresh(); app.processEvents()
print("sessions shown:", "pyqtgraph" in sys.modules)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["after import: False", "empty shown: False", "sessions shown: True"]


# -- empty and unavailable -----------------------------------------------------------------------

def test_an_empty_history_says_how_to_start_instead_of_an_empty_chart(store, make_view):
    """No sessions yet: a friendly page says to press Space on the Session tab; no chart, nothing to export."""
    view = make_view(store)
    assert view.empty.isVisible()
    assert "No sessions yet" in view.empty.text() and "Space" in view.empty.text()
    assert "3 sessions a week" in view.empty.text()
    assert view.chart is None
    assert not view.export_button.isEnabled()
    assert view.import_button.isEnabled()  # moving from another computer starts here


def test_with_no_history_at_all_the_view_says_sessions_are_not_saved(make_view):
    """When the history could not be opened, the page says sessions play but are not saved; import is off."""
    view = make_view(None)
    assert "not available" in view.empty.text() and "not saved" in view.empty.text()
    assert not view.import_button.isEnabled()
    assert "cannot be written" in view.import_button.toolTip()


def test_a_notice_about_the_history_file_shows_above_and_can_be_cleared(store, make_view):
    """The lead passes the opening's sentence (e.g. a damaged file moved aside); None hides it again."""
    view = make_view(store, records=STORY)
    view.set_notice("Your history file was damaged; it was moved to /x/history.sqlite3.damaged-1 and a new one "
                    "was started.")
    assert view.notice.isVisible() and "damaged-1" in view.notice.text()
    view.set_notice(None)
    assert not view.notice.isVisible()


# -- the chart and the words ---------------------------------------------------------------------

def test_the_chart_starts_with_the_first_sessions_week_and_keeps_stopped_sessions_beside_the_bars(store, make_view):
    """Four weeks, from the first session's (2 Nov) to this week: bars for finished sessions, the stopped one as its
    own bar from 0 beside this week's (never stacked on it), each week's goal dashed at 3, a star over last week,
    the only one that met it. The view still spans twelve weeks' room, the weeks before the start left empty."""
    view = make_view(store, records=STORY)
    assert view.empty.isHidden()
    assert [w.week_start for w in view.weeks] == [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16),
                                                  date(2026, 11, 23)]
    first, last, this = 0, 2, 3
    assert bar_heights(view) == {first: 1, last: 3, this: 2}  # empty weeks have no bar at all
    assert stopped_bars(view) == [(this, 0, 1)]
    assert view.chart.partial_bars.opts["brush"].style() == Qt.BrushStyle.BDiagPattern  # hatched
    assert view.chart.goal_values() == [3, 3, 3, 3]
    assert view.chart.goal_line.opts["pen"].style() == Qt.PenStyle.DashLine
    assert starred(view) == [last]
    assert view.chart.visible_weeks() == (-8.5, 3.5)


def test_stopped_sessions_never_lift_a_week_to_its_goal(store, make_view):
    """Issue 20, defect 2: 1 finished and 2 stopped, and 2 + 2, reached and passed the goal line, stacked. Now each
    week's finished bar stands at 1 and 2, below the goal of 3, and neither week is starred."""
    records = [played(date(2026, 11, 16)), played(date(2026, 11, 17), completed=False),
               played(date(2026, 11, 18), completed=False), played(date(2026, 11, 23)), played(date(2026, 11, 24)),
               played(date(2026, 11, 24), completed=False, hour=18), played(date(2026, 11, 25), completed=False)]
    view = make_view(store, records=records)
    assert bar_heights(view) == {0: 1, 1: 2}
    assert all(bottom == 0 for _, bottom, _ in stopped_bars(view))
    tops = {week: bar_heights(view)[week] for week in (0, 1)}
    assert all(top < 3 for top in tops.values())
    assert starred(view) == []


def test_every_series_is_three_to_one_against_the_chart_in_each_theme(store, make_view, qapp):
    """WCAG 1.4.11: finished (met and not), stopped, the goal and the pain marks against the chart's background,
    measured with core.contrast in the light, dark and high-contrast palettes (finished was 2.25:1 in light)."""
    from piriformis_desktop.core.contrast import contrast_ratio
    from piriformis_desktop.ui.history.chart import chart_colours, series_colours
    from piriformis_desktop.ui.look.theme import palette_for

    for theme in ("light", "dark", "high-contrast"):
        colours = chart_colours(palette_for(theme))
        for name, colour in series_colours(colours).items():
            ratio = contrast_ratio(colour.name(), colours["base"].name())
            assert ratio >= 3.0, (theme, name, round(ratio, 2))


def test_weeks_that_met_the_goal_are_in_the_stronger_colour(store, make_view):
    """Last week's bar (goal met) is in the palette's highlight; the others are lighter."""
    view = make_view(store, records=STORY)
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    colours = {round(x): brush.color() for x, brush in zip(view.chart.completed_bars.opts["x"],
                                                           view.chart.completed_bars.opts["brushes"], strict=True)}
    assert colours[2] == highlight
    assert colours[3] != highlight and colours[0] != highlight


def test_the_date_axis_labels_weeks_by_their_local_first_day(store, make_view):
    """At twelve weeks, each week is labelled with its first day, and the axis title gives the year."""
    view = make_view(store, records=STORY)
    axis = view.chart.getPlotItem().getAxis("bottom")
    labels = dict(axis._tickLevels[0])
    assert labels[2] == "16 Nov" and labels[3] == "23 Nov"
    assert dict(view.pain_chart.getPlotItem().getAxis("bottom")._tickLevels[0]) == labels  # dated alike
    assert axis.labelText == "2026"


def test_the_words_panel_gives_this_week_streaks_and_totals(store, make_view):
    """Beside the chart, in words: 2 of 3 this week, a streak of 1 (this week still open), 6 finished, 1 stopped."""
    view = make_view(store, records=STORY)
    values = {key: label.text() for key, label in view.values.items()}
    assert values == {"this-week": "2 of 3", "current-streak": "1 week", "best-streak": "1 week",
                      "sessions": "6", "minutes": "41", "last": "Today"}
    assert view.captions["this-week"].text() == "this week — 1 more to reach your goal of 3"
    assert "1 stopped early" in view.captions["sessions"].text()
    assert view.values["this-week"].font().pixelSize() >= 2 * view.font().pixelSize()


def test_the_day_strip_shows_the_last_twelve_weeks_day_by_day(store, make_view):
    """Under the numbers, 84 days from the Monday eleven weeks back: today has one finished and one stopped."""
    view = make_view(store, records=STORY)
    days = view.day_strip.days
    assert len(days) == 84
    assert days[0].day == date(2026, 9, 7) and days[0].day.weekday() == 0
    assert days[-1].day == date(2026, 11, 29)
    by_day = {d.day: (d.completed, d.partial) for d in days}
    assert by_day[TODAY] == (0, 1) and by_day[date(2026, 11, 24)] == (1, 0)
    assert view.day_strip.today == TODAY


def test_a_lower_goal_moves_the_line_and_marks_this_week_met(store, make_view):
    """Goal 2 from the settings: the line drops to 2, this week gets its star, and the words say goal met."""
    view = make_view(store, records=STORY)
    view.set_goal(2)
    assert view.chart.goal_values() == [3, 3, 3, 2]  # past weeks keep the goal they were held to
    assert starred(view) == [2, 3]
    assert view.values["this-week"].text() == "2 of 2"
    assert "goal met" in view.captions["this-week"].text()
    assert view.values["current-streak"].text() == "2 weeks"


def test_a_new_session_appears_after_refresh(store, make_view):
    """After the summary, the lead calls refresh(): the new session is in this week's bar and the totals."""
    view = make_view(store, records=STORY)
    store.record(played(TODAY, hour=18))
    view.refresh()
    assert bar_heights(view)[3] == 3
    assert view.values["this-week"].text() == "3 of 3"
    assert starred(view) == [2, 3]


def test_sunday_first_locales_count_weeks_from_sunday(store, make_view):
    """With a US locale, weeks start on Sunday: this week began on Sunday 22 Nov, and its bar holds four."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    view = make_view(store, records=STORY + [played(date(2026, 11, 22))])
    assert view.weeks[-1].week_start == date(2026, 11, 22)
    assert bar_heights(view)[3] == 3 and view.chart.partial_bars.opts["height"][-1] == 1


# -- hover, click and zoom -----------------------------------------------------------------------

def test_hovering_a_week_lists_its_sessions(store, make_view, qtbot):
    """The mouse over last week's bar: the line below names the week, says goal met and lists three sessions."""
    view = make_view(store, records=STORY)
    with qtbot.waitSignal(view.week_shown) as shown:
        hover(qtbot, view, 2)
    assert shown.args[0].week_start == date(2026, 11, 16)
    lines = view.week_detail.text().split("\n")
    assert lines[0] == "Week of Mon, 16 Nov 2026: 3 of 3 finished — goal met ★"
    assert len(lines) == 4
    assert lines[1].startswith("• Mon, 16 Nov, ") and "finished, 6 min, left leg first" in lines[1]


def test_clicking_a_week_keeps_it_shown_after_the_mouse_leaves(store, make_view, qtbot):
    """Click the week of 2 Nov, hover another, leave the chart: the clicked week's session is listed again."""
    view = make_view(store, records=STORY)
    qtbot.mouseClick(view.chart.viewport(), Qt.MouseButton.LeftButton, pos=week_point(view, 0))
    hover(qtbot, view, 2)
    assert view.week_detail.text().startswith("Week of Mon, 16 Nov 2026")
    qtbot.mouseMove(view.export_button)  # leave the chart
    qtbot.waitUntil(lambda: view.week_detail.text().startswith("Week of Mon, 2 Nov 2026"))
    assert view.week_detail.text() == ("Week of Mon, 2 Nov 2026: 1 of 3 finished\n"
                                       "• Wed, 4 Nov, 07:30: finished, 6 min, left leg first")


def test_this_weeks_stopped_session_says_how_far_it_got(store, make_view, qtbot):
    """Hovering this week: two finished, one stopped early after 1 of 3 exercises, with the leg it began on."""
    view = make_view(store, records=STORY)
    hover(qtbot, view, 3)
    lines = view.week_detail.text().split("\n")
    assert lines[0] == "This week of Mon, 23 Nov 2026: 2 of 3 finished, 1 stopped early"
    assert lines[-1].endswith(": stopped early after 1 of 3 exercises, 2 min, right leg first")


def test_whole_history_zooms_out_to_every_week_and_back(store, make_view, qtbot):
    """Two years of sessions: twelve weeks at first, every week after 'Whole history', twelve again after."""
    records = [played(TODAY - WEEK * n) for n in range(1, 105)]
    view = make_view(store, records=records)
    n = len(view.weeks)
    assert n == 105
    assert view.chart.visible_weeks() == (n - 12.5, n - 0.5)
    assert view.recent_button.isChecked() and not view.all_button.isChecked()  # the active range looks pressed
    qtbot.mouseClick(view.all_button, Qt.MouseButton.LeftButton)
    assert view.chart.visible_weeks() == (-0.5, n - 0.5)
    assert view.all_button.isChecked() and not view.recent_button.isChecked()
    years = [label for _, label in view.chart.getPlotItem().getAxis("bottom")._tickLevels[0]]
    assert "Jan 2026" in years or "2026" in years
    qtbot.mouseClick(view.recent_button, Qt.MouseButton.LeftButton)
    assert view.chart.visible_weeks() == (n - 12.5, n - 0.5)
    assert view.recent_button.isChecked()


# -- palettes ------------------------------------------------------------------------------------

def test_the_chart_follows_a_dark_palette(store, make_view):
    """Switched to a dark palette, the chart's background, axes and bars take the new palette's colours."""
    view = make_view(store, records=STORY)
    dark = QPalette(view.palette())
    for role, colour in ((QPalette.ColorRole.Base, "#151515"), (QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"), (QPalette.ColorRole.Highlight, "#4f8fd8")):
        dark.setColor(role, QColor(colour))
    view.setPalette(dark)
    assert view.chart.backgroundBrush().color() == QColor("#151515")
    assert view.chart.getPlotItem().getAxis("left").textPen().color() == QColor("#e8eaed")
    assert view.chart.goal_line.opts["pen"].color() == QColor("#e8eaed")
    assert QColor("#4f8fd8") in [b.color() for b in view.chart.completed_bars.opts["brushes"]]


# -- export and import ---------------------------------------------------------------------------

def test_export_writes_every_session_to_the_chosen_file(store, make_view, qtbot, tmp_path, monkeypatch):
    """Export…, choose a file: it holds all seven sessions, stopped one included, and the view says so."""
    view = make_view(store, records=STORY)
    target = tmp_path / "for my physio.csv"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (asked.append(args), (str(target), "CSV files (*.csv)"))[1])
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert asked[0][2].endswith("piriformis-history-2026-11-25.csv")
    with open(target, newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [r["completed"] for r in rows] == ["true"] * 6 + ["false"]
    assert view.status.text() == f"Exported 7 sessions to {target}."


def test_a_cancelled_export_writes_nothing(store, make_view, qtbot, tmp_path, monkeypatch):
    """Cancelling the file dialog leaves no file and no message."""
    view = make_view(store, records=STORY)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.csv")) == []
    assert view.status.text() == ""


def test_an_export_that_cannot_be_written_says_why(store, make_view, qtbot, tmp_path, monkeypatch):
    """A folder that does not exist: the view says nothing was exported and names the path."""
    view = make_view(store, records=STORY)
    target = tmp_path / "gone" / "x.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert view.status.text().startswith(f"Nothing was exported: Could not write {target}")


def test_import_on_a_new_laptop_fills_the_empty_history(store, make_view, qtbot, tmp_path, monkeypatch):
    """From the empty page, Import… a CSV from the old laptop: the chart and numbers appear at once."""
    old = open_history(tmp_path / "old.sqlite3").store
    old.add_sessions(STORY)
    export_csv(old.sessions(), tmp_path / "old.csv")
    old.close()
    view = make_view(store)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(tmp_path / "old.csv"), ""))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.importing.finished):  # the file is read on a thread of its own
        pass
    assert view.status.text() == f"Imported 7 sessions from {tmp_path / 'old.csv'}."
    assert view.empty.isHidden() and view.chart is not None
    assert bar_heights(view) == {0: 1, 2: 3, 3: 2}
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.importing.finished):
        pass
    assert view.status.text().endswith("old.csv (7 were already here).")
    assert len(store.sessions()) == 7


def test_a_bad_import_names_the_line_and_changes_nothing(store, make_view, qtbot, tmp_path, monkeypatch):
    """A CSV with a bad date on line 3: the message names line 3 and the history keeps its sessions."""
    view = make_view(store, records=STORY)
    bad = tmp_path / "bad.csv"
    bad.write_text("started_at,ended_at,local_date,duration_seconds,completed,exercises_done,exercises_total,"
                   "first_side,settings_json\n"
                   "2026-10-01T07:00:00+00:00,2026-10-01T07:06:00+00:00,2026-10-01,360,true,3,3,left,{}\n"
                   "2026-10-02T07:00:00+00:00,2026-10-02T07:06:00+00:00,2 Oct,360,true,3,3,left,{}\n",
                   encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(bad), ""))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.importing.finished):  # the file is read on a thread of its own
        pass
    assert view.status.text() == (f"Nothing was imported: {bad}: line 3: local_date: expected a date like "
                                  "2026-11-20, got '2 Oct'.")
    assert len(store.sessions()) == 7


def test_pain_check_ins_show_under_their_weeks_with_an_honest_trend(store, make_view):
    """Four check-ins falling from 6 to 3: four dots in the pain plot, a trend line, words saying it is lower."""
    store.add_sessions(STORY)
    ids = [r.id for r in store.sessions()]
    for session_id, pain in zip(ids[:4], (6, 5, 4, 3), strict=True):
        store.add_checkin(session_id, pain_after=pain)
    view = make_view(store)
    xs, ys = view.pain_chart.after.getData()
    assert list(ys) == [6, 5, 4, 3]
    assert view.pain_chart.line.getData()[0] is not None and len(view.pain_chart.line.getData()[0]) >= 2
    assert "lower than at the start" in view.pain_words.text()
    weeks = [w.week_start for w in view.weeks]
    assert round(xs[0]) == weeks.index(date(2026, 11, 2))  # 4 Nov sits in the week of 2 Nov


def test_one_check_in_draws_no_trend_and_says_so(store, make_view):
    """A single check-in is a dot, not a line, and the words say more are needed."""
    store.add_sessions(STORY)
    store.add_checkin(store.sessions()[-2].id, pain_after=5)
    view = make_view(store)
    assert list(view.pain_chart.after.getData()[1]) == [5]
    assert view.pain_chart.line.getData()[0] is None or len(view.pain_chart.line.getData()[0]) == 0
    assert view.pain_words.text() == "Not enough check-ins yet for a trend (1 of the 3 needed)."


def test_pain_before_and_after_are_two_marks_joined_with_a_tooltip(store, make_view):
    """Issue 20, defect 3: pain before (asked on the Ready card) was shown nowhere. Now each session has a ring
    (before) and a dot (after) joined by a line, and hovering either says the session in words."""
    store.add_sessions(STORY)
    session = store.sessions()[-2]  # 24 Nov
    store.add_checkin(session.id, pain_before=2, pain_after=5, pain_where="buttock", note="stairs")
    view = make_view(store)
    assert list(view.pain_chart.before.getData()[1]) == [2] and list(view.pain_chart.after.getData()[1]) == [5]
    assert sorted(view.pain_chart.changes.getData()[1]) == [2, 5]
    tip = view.pain_chart.after.data["data"][0]
    assert "Tue, 24 Nov" in tip and "pain 2 → 5 of 10 (buttock)" in tip and "stairs" in tip
    assert view.pain_chart.getPlotItem().getAxis("bottom").style["showValues"]  # a dated axis of its own


def test_the_trend_and_its_sentence_cover_the_weeks_shown(store, make_view, qtbot):
    """Issue 20, defect 3: "lower than at the start (7.0)" named a start before the twelve weeks on screen. The
    trend is now worked out over the weeks the range buttons show, and its line starts where its words do."""
    records = [played(TODAY - WEEK * n) for n in range(1, 30)]
    store.add_sessions(records)
    for record, n in zip(store.sessions(), range(29, 0, -1), strict=True):
        store.add_checkin(record.id, pain_after=7 if n > 12 else 3)
    view = make_view(store)
    assert "the same as at the start" in view.pain_words.text()  # 3 all through the last 12 weeks
    assert min(view.pain_chart.line.getData()[0]) >= len(view.weeks) - 12
    qtbot.mouseClick(view.all_button, Qt.MouseButton.LeftButton)
    assert "lower than at the start (7.0)" in view.pain_words.text()
    assert min(view.pain_chart.line.getData()[0]) == 0


def test_a_session_whose_pain_rose_is_flagged_beside_it(store, make_view, qtbot):
    """Issue 20, defect 4: before 2, after 7 passed in silence. The session's line in the list is followed by the
    flag's sentence, and a triangle stands over its marks on the pain chart."""
    store.add_sessions(STORY)
    store.add_checkin(store.sessions()[-2].id, pain_before=2, pain_after=7)
    view = make_view(store)
    hover(qtbot, view, 3)
    lines = view.week_detail.text().split("\n")
    flagged = lines.index(next(line for line in lines if "24 Nov" in line))
    assert lines[flagged + 1].strip() == ("⚠ Pain rose from 2 to 7 during this session. Stop if the exercises make "
                                          "your pain worse, and ask your physiotherapist before the next session.")
    assert len(view.pain_chart.flags.getData()[0]) == 1


def test_rising_pain_and_a_long_gap_are_flagged_above_the_charts(store, make_view):
    """Pain 2 in the fortnight before, 5-6 in the last week: the flag above the charts gives both averages."""
    store.add_sessions([*STORY, played(date(2026, 11, 12))])
    by_day = {r.local_date: r.id for r in store.sessions()}
    for day, pain in ((date(2026, 11, 12), 2), (date(2026, 11, 16), 2), (date(2026, 11, 20), 5),
                      (date(2026, 11, 24), 6)):
        store.add_checkin(by_day[day], pain_after=pain)
    view = make_view(store)
    assert view.flags_box.isVisible()
    assert view.flags_box.text() == ("⚠ Pain after sessions averaged 5.5 of 10 over the last 7 days, up from 2.0 in "
                                     "the 14 days before. Ask your physiotherapist before you go on with the routine.")


def test_a_long_gap_since_the_last_session_is_flagged(store, make_view):
    view = make_view(store, records=[played(TODAY - timedelta(days=20))])
    assert view.flags_box.text().startswith("⚠ No session for 20 days.")


def test_a_first_week_is_greeted_and_minutes_past_an_hour_read_as_hours(store, make_view):
    """Issue 20, defect 5: a new user read "0 weeks in a row at your goal"; a busy one "1055 minutes exercised";
    five in a week read "5 of 3"."""
    view = make_view(store, records=[played(date(2026, 11, 23)), played(date(2026, 11, 24))])
    assert view.values["current-streak"].text() == "First week"
    assert view.captions["current-streak"].text() == "welcome! Weeks at your goal count from here"
    store.add_sessions([played(date(2026, 11, 23) + timedelta(days=d % 3), minutes=201, hour=9 + d)
                        for d in range(3)])
    view.refresh()
    assert view.values["current-streak"].text() == "1 week"  # this week met its goal: a streak of its own
    assert view.values["minutes"].text() == "10 h 16 min" and view.captions["minutes"].text() == "exercised"
    assert view.values["this-week"].text() == "5"
    assert view.captions["this-week"].text() == "this week — goal of 3 met ✓"


def test_the_week_list_shows_pain_where_and_the_note(store, make_view, qtbot):
    """Issue 20, defect 5: the notes written at check-in appeared only in the printed report."""
    store.add_sessions(STORY)
    store.add_checkin(store.sessions()[-3].id, pain_before=4, pain_after=3, pain_where="thigh,lower back",
                      note="stairs were easier")
    view = make_view(store)
    line = next(line for line in view.week_detail.text().split("\n") if line.startswith("• Mon, 23 Nov"))
    assert line.endswith("; pain 4 → 3 of 10 (thigh, lower back); note: “stairs were easier”")


def test_the_day_strip_leaves_days_before_the_first_session_blank(store, make_view):
    view = make_view(store, records=STORY)
    assert view.day_strip.first == date(2026, 11, 4)
    assert "of the last 26 days" in view.day_strip.accessibleDescription()


def test_the_week_list_gives_each_sessions_dose(store, make_view):
    """Issue 20: the list gives the dose each session was played at (reps × hold of each included exercise), so
    a physiotherapist reading it sees what was done, not only when."""
    from dataclasses import replace

    dose = {"weekly_goal": 3, "exercises": {"toe-rotation": {"enabled": True, "reps": 12, "hold_seconds": 3},
                                            "leg-crossover": {"enabled": False, "reps": 10, "hold_seconds": 2},
                                            "bent-knee-lift": {"enabled": True, "reps": 8, "hold_seconds": 5}}}
    store.add_sessions([replace(STORY[-1], settings=dose)])
    view = make_view(store)
    (line,) = [line for line in view.week_detail.text().split("\n") if line.startswith("• ")]
    assert "; dose 12 × 3 s, 8 × 5 s" in line
