"""The History tab in a small window (800x600) with a year of sessions: everything fits, nothing is cut or overlaps."""

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, QSize
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QScrollArea

from piriformis_desktop.core.history import SessionRecord, open_history
from piriformis_desktop.ui import resources_rc  # noqa: F401
from piriformis_desktop.ui.app import BASE_FONT_PIXELS

pytestmark = pytest.mark.usefixtures("british_locale")  # weeks from Monday, dates "16 Nov"

TODAY = date.today()  # the main window's History counts weeks up to the real today


def a_year_of_sessions() -> list[SessionRecord]:
    """About four sessions a week for a year, some stopped early, pain falling from 7 to 3 with notes now and then."""
    rnd = random.Random(7)
    records = []
    for n in range(365):
        day = TODAY - timedelta(days=n)
        if rnd.random() < 0.55:
            start = datetime(day.year, day.month, day.day, 7, 30, tzinfo=UTC)
            done = rnd.random() > 0.15
            records.append(SessionRecord(start, start + timedelta(minutes=7), day, 385.0 if done else 120.0, done,
                                         3 if done else 1, 3, "right", {}, pain_after=max(0, min(10, 3 + n // 90)),
                                         note="stairs were easier" if n % 50 == 0 else ""))
    return records


@pytest.fixture
def app_font(qapp):
    """The type size the app itself sets at start (a touch larger than the desktop's), as in real use."""
    previous = qapp.font()
    font = qapp.font()
    font.setPixelSize(BASE_FONT_PIXELS)
    qapp.setFont(font)
    yield
    qapp.setFont(previous)


@pytest.fixture
def small_window(make_main_window, qtbot, tmp_path, app_font):
    """The main window at 800x600 on the History tab, with a year of sessions, in the app's own type size."""
    store = open_history(tmp_path / "history.sqlite3").store
    store.add_sessions(a_year_of_sessions())
    window = make_main_window(history=store, size=(800, 600))
    window.tabs.setCurrentWidget(window.history_page)
    qtbot.waitUntil(lambda: window.history_page.content is not None
                    and window.history_page.content.chart is not None)
    view = window.history_page.content
    qtbot.waitUntil(lambda: view.chart.getPlotItem().sceneBoundingRect().width() == view.chart.viewport().width())
    return window


def room_for_history(window) -> QSize:
    """What an 800x600 window leaves for the History page once the menu bar and tabs have their share."""
    page = window.history_page
    return QSize(800 - (window.width() - page.width()), 600 - (window.height() - page.height()))


def in_view(widget, view) -> QRect:
    return QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())


def test_history_fits_an_800_by_600_window(small_window):
    """The History page needs no more than an 800x600 window gives it (it needed 800x662 before)."""
    view = small_window.history_page.content
    room = room_for_history(small_window)
    needed = view.minimumSizeHint()
    assert needed.width() <= room.width() and needed.height() <= room.height(), (needed, room)


def test_at_800_by_600_the_charts_keep_their_axes_and_titles_and_do_not_overlap(small_window, qtbot):
    """In a window of exactly that size: the date axis is drawn inside the chart, the two charts stand apart,
    and each chart's title is shown whole ("Sessions per week", not "essions")."""
    view = small_window.history_page.content
    view.setParent(None)  # on its own, at exactly the room an 800x600 window gives it
    room = room_for_history(small_window)
    view.resize(room)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.size() == room)
    qtbot.waitUntil(lambda: view.chart.getPlotItem().sceneBoundingRect().width() == view.chart.viewport().width())
    chart = view.chart
    axis = chart.getPlotItem().getAxis("bottom")
    drawn = QRectF(chart.viewport().rect())
    axis_rect = axis.sceneBoundingRect()
    assert axis.isVisible() and axis_rect.height() > 0 and axis_rect.width() > 0
    assert drawn.contains(axis_rect), (axis_rect, drawn)
    assert [label for _, label in axis._tickLevels[0]], "the date axis has no labels"
    assert not in_view(chart, view).intersects(in_view(view.pain_chart, view))
    assert in_view(chart, view).bottom() < in_view(view.pain_chart, view).top()
    for title in (view.chart_title, view.pain_title):
        assert title.isVisible()
        assert title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width(), title.text()
    view.close()


def legend_lines(label) -> list[str]:
    """The lines the legend is laid out in at its present width (no-break spaces read as spaces)."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # lays the text out
    lines = []
    block = document.firstBlock()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(block.text()[line.textStart():line.textStart() + line.textLength()].replace("\xa0", " "))
        block = block.next()
    return lines


def test_the_legend_wraps_between_its_items_never_inside_one(small_window, qtbot):
    """At 800x600 the legend takes two lines, and every item ("finished, goal met", "goal: 3 a week") is whole."""
    view = small_window.history_page.content
    lines = legend_lines(view.legend)
    assert len(lines) >= 2  # it did have to wrap
    for item in ("finished, goal met", "stopped early", "goal: 3 a week"):
        assert any(item in line for line in lines), (item, lines)



def test_at_800_by_600_the_window_stays_800_wide_and_each_chart_keeps_its_height(small_window, qtbot):
    """The window does not grow past the screen (it was 807 wide); each chart keeps a height that can be read,
    the legend under each chart starts below it (it was drawn over the date axis), and the column scrolls for
    the rest instead of squeezing the charts to 100 and 80 px."""
    view = small_window.history_page.content
    qtbot.waitUntil(lambda: view.chart.height() > 0)
    assert small_window.minimumSizeHint().width() <= 800 and small_window.width() == 800
    assert view.chart.height() >= 170 and view.pain_chart.height() >= 130
    assert in_view(view.chart, view).bottom() < in_view(view.legend, view).top()
    assert in_view(view.pain_chart, view).bottom() < in_view(view.pain_legend, view).top()
    column = view.findChild(QScrollArea, "history-column")
    assert column.verticalScrollBar().maximum() > 0  # the session list is below, a scroll away


def test_the_day_names_shrink_to_a_short_row_and_keep_their_type_in_a_tall_one(qapp):
    """At 800x600 the day grid's rows are shorter than a line of type: each day name then gets a size whose line
    fits its row, so none runs into the next (8 px at the least); in a taller grid they keep the widget's type."""
    from PySide6.QtGui import QFont, QFontMetrics

    from piriformis_desktop.ui.history.day_strip import day_name_pixels

    font = QFont(qapp.font())
    font.setPixelSize(BASE_FONT_PIXELS)
    line = QFontMetrics(font).height()
    assert day_name_pixels(line, line) is None and day_name_pixels(line + 6, line) is None
    for row in range(10, line):
        smaller = QFont(font)
        smaller.setPixelSize(day_name_pixels(row, line))
        assert QFontMetrics(smaller).height() <= row, row
    assert day_name_pixels(4, line) == 8
