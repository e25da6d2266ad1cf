"""The Qt binding must not leak references on ordinary calls (a long session makes millions of them)."""

import sys


def test_void_qt_calls_do_not_drop_references_to_none(qapp):
    """PySide6 6.12.0 loses a reference to None on each void call and aborts Python after ~100k;
    pyproject.toml pins below it. This fails on a binding with that bug, long before it could crash."""
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        widget.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 100
