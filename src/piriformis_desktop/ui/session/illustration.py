"""The exercise picture: one drawn pose at full strength and the arrow of the motion, mirrored for the left leg,
in the theme's colours (core.picture.picture_colours: a quiet panel on a dark card, a figure that stands out)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QFile, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from piriformis_desktop.core.picture import Frame, frame_for, picture_colours, themed_svg
from piriformis_desktop.core.routine import Exercise, Side
from piriformis_desktop.core.timeline import PhaseKind


class IllustrationView(QWidget):
    """Shows one exercise as core.picture says for the moment: which pose, and which way the arrow points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self.setAccessibleName("Exercise illustration")
        self._renderers: dict[str, QSvgRenderer | None] = {}
        self._cache: dict[str, QPixmap] = {}
        self._cache_key: tuple = ()
        self.exercise: Exercise | None = None
        self.side = Side.RIGHT
        self.frame = Frame(0, None)
        self._colours: dict[str, str] | None = None  # the theme's, worked out when first drawn

    def colours(self) -> dict[str, str]:
        """The drawing's colours for the card's palette (the window colour it sits on, the text colour)."""
        if self._colours is None:
            palette = self.palette()
            self._colours = picture_colours(palette.color(QPalette.ColorRole.Window).name(),
                                            palette.color(QPalette.ColorRole.WindowText).name())
        return self._colours

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: draw again in its colours
            self._colours, self._renderers, self._cache_key = None, {}, ()
            self.update()
        super().changeEvent(event)

    def set_exercise(self, exercise: Exercise | None, side: Side) -> None:
        if exercise is self.exercise and side is self.side:
            return
        self.exercise, self.side = exercise, side
        self._renderers = {}
        if exercise is not None:
            view = exercise.illustration_view
            self.setAccessibleDescription(f"{exercise.name}, {side.label.lower()}, seen {view}")
        self._cache_key = ()
        self.update()

    def show_frame(self, kind: PhaseKind, blend: float) -> None:
        """The phase under way and how far the leg is toward the end position (0 to 1)."""
        frame = frame_for(kind, blend)
        if frame != self.frame:
            self.frame = frame
            self.update()

    def drawings(self) -> list[str]:
        """The names of the drawings shown now, bottom first: the pose, then the arrow if the leg is moving."""
        return [name for name in (self.frame.pose_name, self.frame.arrow_name) if name is not None]

    @property
    def loaded(self) -> bool:
        """True when the drawings shown now were found and parsed."""
        return self.exercise is not None and all(self._renderer(name) is not None for name in self.drawings())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(480, 360)

    def picture_rect(self) -> QRect:
        """Where the picture is drawn: as large as fits, centred; the same for every pose of an exercise."""
        renderer = self._renderer("start")
        if renderer is None:
            return QRect()
        size = renderer.defaultSize().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRect((self.width() - size.width()) // 2, (self.height() - size.height()) // 2,
                     size.width(), size.height())

    def _renderer(self, name: str) -> QSvgRenderer | None:
        if name not in self._renderers and self.exercise is not None:
            file = QFile(self.exercise.illustration(name))
            svg = (bytes(file.readAll()).decode("utf-8")  # type: ignore[call-overload]  # a buffer; stub misses it
                   if file.open(QIODevice.OpenModeFlag.ReadOnly) else "")
            renderer = QSvgRenderer(themed_svg(svg, self.colours()).encode("utf-8"), self) if svg else None
            self._renderers[name] = renderer if renderer is not None and renderer.isValid() else None
        return self._renderers.get(name)

    def _pixmap(self, name: str, rect: QRect) -> QPixmap | None:
        """Each drawing rendered once per size and side; painting then only copies bitmaps."""
        ratio = self.devicePixelRatioF()
        key = (rect.size().toTuple(), ratio, self.side, self.exercise.id if self.exercise else None)
        if key != self._cache_key:
            self._cache, self._cache_key = {}, key
        if name not in self._cache:
            renderer = self._renderer(name)
            if renderer is None:
                return None
            size = rect.size() * ratio
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            with _painting(pixmap) as painter:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
            if self.side is Side.LEFT:  # the art shows the right leg working; a mirror shows the left
                pixmap = pixmap.transformed(QTransform().scale(-1, 1))
            pixmap.setDevicePixelRatio(ratio)
            self._cache[name] = pixmap
        return self._cache[name]

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        rect = self.picture_rect()
        if rect.isEmpty():
            return
        painter = QPainter(self)
        for name in self.drawings():  # full strength: a pose is never blended with another
            pixmap = self._pixmap(name, rect)
            if pixmap is not None:
                painter.drawPixmap(rect.topLeft(), pixmap)
        painter.end()


class _painting:
    """`with _painting(device) as painter:` ends the painter even if rendering raises."""

    def __init__(self, device) -> None:
        self.painter = QPainter(device)

    def __enter__(self) -> QPainter:
        return self.painter

    def __exit__(self, *exc) -> None:
        self.painter.end()
