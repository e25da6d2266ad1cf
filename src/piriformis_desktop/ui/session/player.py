"""The exercise card: illustration, what to do, a very large countdown, rep, leg, what comes next."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

from piriformis_desktop.core.card import card_text, format_clock
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import Snapshot, State
from piriformis_desktop.ui.session.illustration import IllustrationView
from piriformis_desktop.ui.session.labels import card_label
from piriformis_desktop.ui.session.pain_scale import PainScale
from piriformis_desktop.ui.session.safety import SafetyPanel

SIDE_COLOURS = {Side.RIGHT: QColor("#b4410c"), Side.LEFT: QColor("#1d4fbf")}  # white text reads on both
DETAIL_LINES = 4  # room kept for the steps (three, one may wrap), so the picture above never jumps


class CountdownLabel(QLabel):
    """The big number: its font fills whatever room the layout gives it, so it never forces the window taller."""

    DIGIT_WIDTH = 0.62  # a digit's advance as a share of the font's pixel size (DejaVu Sans Bold: 0.70; most less)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(80, 60)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(320, 240)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        if text != self.text():
            super().setText(text)

    def fit(self) -> None:
        by_height = self.height() * 0.92
        by_width = self.width() / (2 * self.DIGIT_WIDTH * 1.15)  # two digits always fit: 10 and 9 look alike
        font = self.font()
        font.setPixelSize(max(24, int(min(by_height, by_width))))
        if font != self.font():
            self.setFont(font)


def spoken(text: str) -> str:
    """A button's words as a screen reader should say them: no mnemonic '&', no arrow glyphs ("◀ Previous")."""
    return text.replace("&", "").strip("◀▶ ")


def set_name(widget: QWidget, name: str) -> None:
    """Set an accessible name only when it changes: each set tells the screen reader it changed."""
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)


class ActionButton(QToolButton):
    """A card button that triggers `action` and shows its text; its accessible name follows that text as it
    changes (Start, Pause, Resume), so a screen reader never hears "Start" on a button that shows "Pause"."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDefaultAction(action)
        action.changed.connect(self.follow_action)  # a bound slot: disconnected when the button goes
        self.follow_action()

    def follow_action(self) -> None:
        set_name(self, spoken(self.defaultAction().iconText()))


class PlayerCard(QWidget):
    """Renders a Snapshot; the buttons trigger the window's actions, so keys and clicks do the same."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise = card_label("exercise-name", bold=True, wrap=True)  # long names wrap (Spanish runs long)
        self.position = card_label("exercise-position")
        self.side = card_label("side", bold=True, align=Qt.AlignmentFlag.AlignCenter)
        self.side.setAutoFillBackground(True)
        self.side.setMargin(8)
        self.phase = card_label("phase", bold=True, align=Qt.AlignmentFlag.AlignCenter)
        self.countdown = CountdownLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bold = self.countdown.font()
        bold.setBold(True)
        self.countdown.setFont(bold)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rep = card_label("rep", bold=True, align=Qt.AlignmentFlag.AlignCenter)
        self.cue = card_label("cue", bold=True, wrap=True, align=Qt.AlignmentFlag.AlignCenter)
        self.detail = card_label("detail", wrap=True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.next = card_label("next", wrap=True)
        self.pain_before = card_label("pain-before", wrap=True)
        self.pain_scale = PainScale(size=40, focus=Qt.FocusPolicy.TabFocus)  # a click leaves Space to Start
        self.pain_scale.setObjectName("pain-before-scale")
        self.pain_scale.setAccessibleName(self.tr("Pain before this session (optional)"))
        self.pain_entry = QWidget()  # the visible, labelled pain-before field of the Ready card
        self.pain_entry.setObjectName("pain-before-entry")
        entry = QVBoxLayout(self.pain_entry)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(4)
        entry.addWidget(self.pain_before)
        entry.addWidget(self.pain_scale, 0, Qt.AlignmentFlag.AlignLeft)
        self.time_left = card_label("time-left", align=Qt.AlignmentFlag.AlignRight)
        self.progress = QProgressBar()
        self.progress.setObjectName("session-progress")
        self.progress.setAccessibleName(self.tr("Session progress"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.illustration = IllustrationView()
        self.safety = SafetyPanel()
        self.safety.hide()
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(12)
        self._large_type = False

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.exercise)
        titles.addWidget(self.position)
        header.addLayout(titles, 1)
        header.addWidget(self.side, 0, Qt.AlignmentFlag.AlignTop)

        clock = QVBoxLayout()
        clock.addWidget(self.phase)
        clock.addWidget(self.countdown, 1)
        clock.addWidget(self.rep)
        clock.addWidget(self.cue)

        body = self.body = QGridLayout()
        body.addWidget(self.illustration, 0, 0)
        body.addLayout(clock, 0, 1)
        body.addWidget(self.safety, 0, 0, 1, 2)  # in their place until read once (`show_safety`)
        body.addWidget(self.detail, 1, 0, 1, 2)
        body.setColumnStretch(0, 5)
        body.setColumnStretch(1, 4)
        body.setRowStretch(0, 1)

        footer = QHBoxLayout()
        footer.addWidget(self.next, 1)
        footer.addWidget(self.time_left)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        layout.addWidget(self.pain_entry)
        layout.addWidget(self.progress)
        layout.addLayout(self.buttons)
        self._scale_fonts()

    def show_state(self, state: State) -> None:
        """What the session's state decides (not each tick): the progress bar only after the start (empty, it
        looks like a field)."""
        self.progress.setVisible(state is not State.READY)

    def show_pain_entry(self, shown: bool) -> None:
        """The pain-before field, while pain before can still be given (core's Snapshot.pain_before_open)."""
        self.pain_entry.setVisible(shown)

    def announce(self, text: str) -> None:
        """Tell screen readers about a milestone (a phase begins) through the phase label."""
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # first phase change, not start-up

        self.phase.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.phase, text))

    def set_pain_before(self, words: str, score: int | None) -> None:
        self.pain_before.setText(words)
        self.pain_scale.set_score(score)

    def set_prescription_note(self, words: str) -> None:
        """The physiotherapist's note above the pain-before field of the Ready card ("": none)."""
        if not hasattr(self, "prescription_note"):
            self.prescription_note = card_label("prescription-note", wrap=True)
            self.pain_entry.layout().insertWidget(0, self.prescription_note)
        self.prescription_note.setText(words)
        self.prescription_note.setVisible(bool(words))

    def show_safety(self, points: Sequence[str] | None) -> None:
        """The safety points in place of the picture, countdown and steps (None: the card as usual)."""
        shown = points is not None
        if shown == self.safety.isVisibleTo(self) and (not shown or self.safety.shown == tuple(points)):
            return  # called with every snapshot: nothing to redo
        if shown:
            self.safety.set_points(points)
        self.safety.setVisible(shown)
        for widget in (self.illustration, self.phase, self.countdown, self.rep, self.cue):
            widget.setVisible(not shown)
        self.detail.setVisible(not shown and not self._large_type)

    def set_large_type(self, on: bool) -> None:
        """Full screen: the countdown gets the larger share, the small numbered steps step aside."""
        self._large_type = on
        self.detail.setVisible(not on and not self.safety.isVisibleTo(self))
        self.body.setColumnStretch(0, 4 if on else 5)
        self.body.setColumnStretch(1, 6 if on else 4)

    def add_action_button(self, action: QAction, name: str) -> QToolButton:
        button = ActionButton(action)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(44)
        self.buttons.addWidget(button)
        return button

    def show_snapshot(self, snapshot: Snapshot) -> None:
        text = card_text(snapshot)
        self.exercise.setText(text.exercise)
        self.position.setText(text.position)
        self.phase.setText(text.phase)
        shown = snapshot.state is not State.READY  # before the start the big number stays blank
        self.countdown.setText(str(snapshot.countdown) if shown else "")
        set_name(self.countdown, self._seconds_left(snapshot.countdown) if shown else "")
        self.rep.setText(text.rep)
        self.cue.setText(self.tr("Press Space to start") if snapshot.state is State.READY else text.cue)
        self.detail.setText(text.detail)
        self.next.setText(text.next)
        self.time_left.setText(self.tr("{time} left").format(time=format_clock(snapshot.total_seconds_left)))
        self.progress.setValue(round(snapshot.progress * 1000))
        self._show_side(text.side, text.side_text)
        self.illustration.set_exercise(text.picture, text.side or Side.RIGHT)
        self.illustration.show_frame(snapshot.phase.kind, text.blend)

    def _seconds_left(self, seconds: int) -> str:
        """The countdown as a screen reader says it: "3 seconds left", not a bare "3"."""
        return self.tr("%n second(s) left", "", seconds)

    def _show_side(self, side: Side | None, words: str) -> None:
        # The badge's capitals are the translator's to write (a language may not capitalise the same way);
        # the accessible name is the core's "Right leg": a screen reader may spell out capitals letter by letter.
        badge = self.tr("RIGHT LEG") if side is Side.RIGHT else self.tr("LEFT LEG") if side is Side.LEFT else ""
        self.side.setText(badge)
        set_name(self.side, words)
        self.side.setVisible(bool(words))
        if side is not None:
            palette = self.side.palette()
            palette.setColor(QPalette.ColorRole.Window, SIDE_COLOURS[side])
            palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
            self.side.setPalette(palette)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        """Type sized from the window's height, so a laptop screen reads from two metres away."""
        h = max(self.height(), 400)
        sizes = {
            self.phase: h * 0.06, self.rep: h * 0.05, self.cue: h * 0.042,
            self.side: h * 0.06, self.exercise: h * 0.05, self.position: h * 0.027, self.detail: h * 0.026,
            self.next: h * 0.03, self.time_left: h * 0.03, self.pain_before: h * 0.026,
            self.safety.title: h * 0.04, self.safety.where: h * 0.022, self.safety.got_it: h * 0.026,
        }
        for label, pixels in sizes.items():
            font = label.font()
            font.setPixelSize(max(12, int(pixels)))
            label.setFont(font)
        self.safety.set_type_range(int(h * 0.036), max(12, int(h * 0.026)))  # as large as the room allows
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * DETAIL_LINES)
        for i in range(self.buttons.count()):
            widget = self.buttons.itemAt(i).widget()
            if widget is not None:
                font = widget.font()
                font.setPixelSize(max(14, int(h * 0.026)))
                widget.setFont(font)
