"""A tab page whose real content is built the first time it is shown (keeps start-up light)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

Content = TypeVar("Content", bound=QWidget)


class LazyPage(QWidget, Generic[Content]):
    """Typed by what the factory builds, so the window calls the page's own methods on `content`."""

    def __init__(self, factory: Callable[[], Content], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.content: Content | None = None
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)

    def build(self) -> Content:
        if self.content is None:
            self.content = self._factory()
            self._box.addWidget(self.content)
        return self.content

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.build()
        super().showEvent(event)
