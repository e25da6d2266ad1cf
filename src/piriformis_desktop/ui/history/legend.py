"""The two History charts' legends, each shown beside its own chart, and the words of an empty History.

Each item's words are joined by no-break spaces (the goal's dashes are no-break hyphens) and items by ordinary
spaces: a narrow window wraps a legend between its items, never inside one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from piriformis_desktop.ui.words import sessions_words

translate = QCoreApplication.translate  # literal contexts and texts below, so lupdate finds every one


def _item(colour: QColor, glyph: str, words: str) -> str:
    swatch = f"<span style='color:{colour.name()}; font-size:130%'>{glyph}</span>"
    return f"<span style='white-space:nowrap'>{swatch}&nbsp;{words.replace(' ', '&nbsp;')}</span>"


def _join(items: list[str]) -> str:
    return "&nbsp;&nbsp; ".join(items)


def sessions_legend(colours: dict[str, QColor], goal: int) -> str:
    return _join([
        _item(colours["met"], "■", translate("HistoryView", "finished, goal met ★")),
        _item(colours["short"], "■", translate("HistoryView", "finished")),
        _item(colours["stopped"], "▨", translate("HistoryView", "stopped early (not counted)")),
        _item(colours["text"], "\u2011\u00a0\u2011", translate("HistoryView", "goal: {goal} a week").format(goal=goal)),
    ])


def pain_legend(colours: dict[str, QColor]) -> str:
    return _join([
        _item(colours["text"], "○", translate("HistoryView", "before")),
        _item(colours["text"], "●", translate("HistoryView", "after")),
        _item(colours["met"], "━", translate("HistoryView", "trend")),
        _item(colours["text"], "▲", translate("HistoryView", "safety flag")),
    ])


def empty_words(available: bool, goal: int) -> str:
    """What History says before the first session, or when the history cannot be opened at all."""
    if not available:
        return translate("HistoryView", "<p style='font-size:xx-large'><b>Your history is not available</b></p>"
                                        "<p>Sessions still play from start to end, but they are not saved. "
                                        "The notice above says why.</p>")
    return translate("HistoryView", "<p style='font-size:xx-large'><b>No sessions yet</b></p>"
                                    "<p>Start your first session on the <b>Session</b> tab (press <b>Space</b>).<br>"
                                    "Every session you finish shows up here, week by week, against your goal of "
                                    "{goal} a week.</p>"
                                    "<p>Moving from another computer? Use <b>Import…</b> with the CSV you exported "
                                    "there.</p>").format(goal=sessions_words(goal))
