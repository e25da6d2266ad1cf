"""The running QApplication, typed as one: `QApplication.instance()` may be None or a bare QCoreApplication.

A leaf module (it imports only Qt) so any widget module can use it without importing `ui.app`, which imports
the whole window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    """The application `make_application` (or the test harness) made; every widget needs one to exist."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "widgets exist only under a QApplication"
    return app
