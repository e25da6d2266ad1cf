"""The exercise picture: start and end positions cross-faded in the rep's tempo, mirrored for the left leg."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from piriformis_desktop.core.routine import Exercise, Side


class IllustrationView(QWidget):
    """Shows one exercise's start position blended toward its end position (`blend` 0 to 1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self.setAccessibleName("Exercise illustration")
        self._renderers: dict[str, QSvgRenderer] = {}
        self._cache: dict[str, QPixmap] = {}
        self._cache_key: tuple = ()
        self.exercise: Exercise | None = None
        self.side = Side.RIGHT
        self.blend = 0.0

    def set_exercise(self, exercise: Exercise | None, side: Side) -> None:
        if exercise is self.exercise and side is self.side:
            return
        self.exercise, self.side = exercise, side
        self._renderers = {}
        if exercise is not None:
            for position in ("start", "end"):
                renderer = QSvgRenderer(exercise.illustration(position), self)
                if renderer.isValid():
                    self._renderers[position] = renderer
            view = exercise.illustration_view
            self.setAccessibleDescription(f"{exercise.name}, {side.label.lower()}, seen {view}")
        self._cache_key = ()
        self.update()

    def set_blend(self, blend: float) -> None:
        blend = min(1.0, max(0.0, blend))
        if abs(blend - self.blend) > 1e-3:
            self.blend = blend
            self.update()

    @property
    def loaded(self) -> bool:
        """True when both positions' pictures were found and parsed."""
        return set(self._renderers) == {"start", "end"}

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def _pixmaps(self) -> dict[str, QPixmap]:
        """Each position rendered once per size and side; painting then only blends two bitmaps."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self.side, id(self._renderers.get("start")))
        if key != self._cache_key:
            self._cache = {}
            for position, renderer in self._renderers.items():
                size = renderer.defaultSize().scaled(self.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio)
                pixmap = QPixmap(size)
                pixmap.fill(Qt.GlobalColor.transparent)
                with _painting(pixmap) as painter:
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
                if self.side is Side.LEFT:  # the art shows the right leg working; a mirror shows the left
                    pixmap = pixmap.transformed(QTransform().scale(-1, 1))
                pixmap.setDevicePixelRatio(ratio)
                self._cache[position] = pixmap
            self._cache_key = key
        return self._cache

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        pixmaps = self._pixmaps()
        if not pixmaps:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for position, opacity in (("start", 1.0 - self.blend), ("end", self.blend)):
            pixmap = pixmaps.get(position)
            if pixmap is None or opacity <= 0.001:
                continue
            size = pixmap.deviceIndependentSize()
            x = (self.width() - size.width()) / 2
            y = (self.height() - size.height()) / 2
            painter.setOpacity(opacity)
            painter.drawPixmap(int(x), int(y), pixmap)
        painter.end()


class _painting:
    """`with _painting(device) as painter:` ends the painter even if rendering raises."""

    def __init__(self, device) -> None:
        self.painter = QPainter(device)

    def __enter__(self) -> QPainter:
        return self.painter

    def __exit__(self, *exc) -> None:
        self.painter.end()
