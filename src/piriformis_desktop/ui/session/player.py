"""The exercise card: illustration, what to do, a very large countdown, rep, leg, what comes next."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QProgressBar, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from piriformis_desktop.core.card import Lead, card_text, format_clock, leading
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.session import Snapshot, State
from piriformis_desktop.ui.session.illustration import IllustrationView
from piriformis_desktop.ui.session.labels import LEAD_TYPE, ActionButton, CountdownLabel, card_label, fit_line, set_name
from piriformis_desktop.ui.session.pain_scale import PainScale
from piriformis_desktop.ui.session.safety import SafetyPanel

if TYPE_CHECKING:
    from piriformis_desktop.ui.session.stop_question import StopQuestion

SIDE_COLOURS = {Side.RIGHT: QColor("#b4410c"), Side.LEFT: QColor("#1d4fbf")}  # white text reads on both
DETAIL_LINES = 4  # room kept for the steps (three, one may wrap), so the picture above never jumps



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
        self.confirmation = card_label("confirmation", bold=True, wrap=True, align=Qt.AlignmentFlag.AlignCenter)
        self.confirmation.setAutoFillBackground(True)  # the accent and its text: a pair every theme holds to 4.5:1
        self.confirmation.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.confirmation.setForegroundRole(QPalette.ColorRole.HighlightedText)
        self.confirmation.setMargin(8)
        self.confirmation.hide()
        self.countdown = CountdownLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bold = self.countdown.font()
        bold.setBold(True)
        self.countdown.setFont(bold)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rep = card_label("rep", bold=True, align=Qt.AlignmentFlag.AlignCenter)
        for line in (self.phase, self.rep):  # their type steps down to fit the column, never widening the window
            line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        entry = self._pain_column = QVBoxLayout(self.pain_entry)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(4)
        entry.addWidget(self.pain_before)
        entry.addWidget(self.pain_scale)  # the whole width, as the buttons below
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
        self.lead = Lead.COUNTDOWN
        self.toggle_button: ActionButton | None = None  # the toggle: Start, filled while ready
        self.stop_question: StopQuestion | None = None  # made when first asked (ui/session/stop_question.py)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.exercise)
        titles.addWidget(self.position)
        header.addLayout(titles, 1)
        header.addWidget(self.side, 0, Qt.AlignmentFlag.AlignTop)

        clock = self.clock = QVBoxLayout()  # a stretch above and below: what leads sits in the middle
        clock.addStretch(0)
        clock.addWidget(self.confirmation)
        clock.addWidget(self.phase)
        clock.addWidget(self.countdown, 1)
        clock.addWidget(self.rep)
        clock.addWidget(self.cue)
        clock.addStretch(0)

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
        layout.addLayout(self.buttons)  # type is sized on the first resize, which comes before the first show

    def show_state(self, state: State) -> None:
        """What the session's state decides (not each tick): the progress bar only after the start (empty, it
        looks like a field)."""
        self.progress.setVisible(state is not State.READY)
        if self.toggle_button is not None:
            self.toggle_button.set_primary(state is State.READY)  # Start: the one thing to do on the Ready card

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
            self._pain_column.insertWidget(0, self.prescription_note)
        self.prescription_note.setText(words)
        self.prescription_note.setVisible(bool(words))

    def show_safety(self, points: Sequence[str] | None) -> None:
        """The safety points in place of the picture, countdown and steps (None: the card as usual)."""
        shown = points is not None
        if shown == self.safety.isVisibleTo(self) and (points is None or self.safety.shown == tuple(points)):
            return  # called with every snapshot: nothing to redo
        if points is not None:
            self.safety.set_points(points)
        self.safety.setVisible(shown)
        for widget in (self.illustration, self.phase, self.rep, self.cue):
            widget.setVisible(not shown)
        self.countdown.setVisible(not shown and self.lead is not Lead.STATE)
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
        if name == "toggle-button":
            self.toggle_button = button
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(44)
        self.buttons.addWidget(button)
        return button

    def show_snapshot(self, snapshot: Snapshot) -> None:
        text = card_text(snapshot)
        self.exercise.setText(text.exercise)
        self.position.setText(text.position)
        self._set_lead(leading(snapshot))
        # Paused: the word in capitals (the translator's to write, as the leg badge), never a number
        self._set_line(self.phase, self.tr("PAUSED") if snapshot.state is State.PAUSED else text.phase)
        shown = self.lead is not Lead.STATE  # before the start and while paused, no number
        self.countdown.setText(str(snapshot.countdown) if shown else "")
        set_name(self.countdown, self._seconds_left(snapshot.countdown) if shown else "")
        self._set_line(self.rep, text.rep)
        self.cue.setText(self.tr("Press Space to start") if snapshot.state is State.READY else text.cue)
        self.detail.setText(text.detail)
        self.next.setText(text.next)
        self.time_left.setText(self.tr("{time} left").format(time=format_clock(snapshot.total_seconds_left)))
        self.progress.setValue(round(snapshot.progress * 1000))
        self._show_side(text.side, text.side_text)
        self.illustration.set_exercise(text.picture, text.side or Side.RIGHT)
        self.illustration.show_frame(snapshot.phase.kind, text.blend)

    def ask_stop(self, keys: Sequence[QAction], *words: str) -> bool:
        """Ask over the whole card (title, sentence, stop, carry on); True to stop (Enter), False to carry on (Esc).
        The window's `keys` wait meanwhile (Esc is the question's); a hidden window comes forward to ask."""
        window = self.window()
        if not window.isVisible() or window.isMinimized():
            window.showNormal()
        if self.stop_question is None:
            from piriformis_desktop.ui.session.stop_question import StopQuestion  # not at start-up: when first asked

            self.stop_question = StopQuestion(self)
        return self.stop_question.ask(keys, *words)

    def confirm(self, words: str) -> None:
        """Say on the card what a navigation key did ("" hides it): the caller decides for how long."""
        self.confirmation.setText(words)
        self.confirmation.setVisible(bool(words))

    def _set_line(self, label, words: str) -> None:
        if words != label.text():
            label.setText(words)
            self._fit_lines()

    def _set_lead(self, lead: Lead) -> None:
        """Arrange the clock column for what leads: in short phases the rep goes above a small countdown."""
        if lead is self.lead:
            return
        self.lead = lead
        order = [self.phase, self.rep, self.countdown, self.cue] if lead is Lead.REP else \
            [self.phase, self.countdown, self.rep, self.cue]
        for widget in order:
            self.clock.removeWidget(widget)
        for index, widget in enumerate(order, start=2):
            self.clock.insertWidget(index, widget)
        fills = lead is Lead.COUNTDOWN
        self.clock.setStretch(0, 0 if fills else 1)
        self.clock.setStretch(self.clock.count() - 1, 0 if fills else 1)
        self.clock.setStretch(self.clock.indexOf(self.countdown), 1 if fills else 0)
        self.countdown.setVisible(lead is not Lead.STATE and not self.safety.isVisibleTo(self))
        self._fit_lines()

    def _fit_lines(self) -> None:
        """The verb and the rep at their lead's size, stepped down where a long word would not fit the column."""
        h = max(self.height(), 400)
        verb, rep, cap = LEAD_TYPE[self.lead]
        width = self.body.cellRect(0, 1).width() or self.width() * 4 // 9
        fit_line(self.phase, int(h * verb), width)
        fit_line(self.rep, int(h * rep), width)
        self.countdown.setMaximumHeight(int(h * cap * 1.3) if cap else 16777215)
        self.countdown.set_cap(int(h * cap) if cap else None)

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
            self.confirmation: h * 0.04, self.cue: h * 0.042,
            self.side: h * 0.06, self.exercise: h * 0.05, self.position: h * 0.027, self.detail: h * 0.026,
            self.next: h * 0.03, self.time_left: h * 0.03, self.pain_before: h * 0.026,
            self.safety.title: h * 0.04, self.safety.where: h * 0.022, self.safety.got_it: h * 0.026,
        }
        for label, pixels in sizes.items():
            font = label.font()
            font.setPixelSize(max(12, int(pixels)))
            label.setFont(font)
        self._fit_lines()
        self.safety.set_type_range(int(h * 0.036), max(12, int(h * 0.026)))  # as large as the room allows
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * DETAIL_LINES)
        for i in range(self.buttons.count()):
            if (item := self.buttons.itemAt(i)) is not None and (widget := item.widget()) is not None:
                font = widget.font()
                font.setPixelSize(max(14, int(h * 0.026)))
                widget.setFont(font)
