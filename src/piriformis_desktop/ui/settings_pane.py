"""The Settings tab: the routine's dose, timing, goal and sound, saved on every change, errors beside fields."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSlider, QSpinBox, QVBoxLayout, QWidget,
)

from piriformis_desktop.core.durations import format_duration
from piriformis_desktop.core.settings import RANGES, InvalidChange, Settings, SettingsStore, StartSide, flatten
from piriformis_desktop.core.timeline import session_length_seconds
from piriformis_desktop.ui.settings_fields import choices, muted, spin
from piriformis_desktop.ui.settings_reminders import RemindersGroup

START_SIDES = [(StartSide.RIGHT, "Right leg first"), (StartSide.LEFT, "Left leg first"),
               (StartSide.ALTERNATE, "Alternate each session")]
THEME_NAMES = [("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"),
               ("high-contrast", "High contrast")]
TIMING = [("get_ready_seconds", "Get ready before each exercise"), ("move_seconds", "Move into position"),
          ("release_seconds", "Move back"), ("rest_seconds", "Rest between exercises and legs")]


class SettingsPane(QWidget):
    settings_changed = Signal(object)  # the store's new Settings, whoever changed them

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.routine, self.path = store, store.routine, store.path
        routine, settings = store.routine, store.settings
        self._loading = False
        self._undo: Settings | None = None
        self._sound_works = self._voice_works = True

        self.notice = QLabel()
        self.notice.setObjectName("settings-notice")
        self.notice.setWordWrap(True)
        self.notice.setAutoFillBackground(True)
        self.notice.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.notice.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.notice.setMargin(10)
        self.notice.setAccessibleName("Settings notice")
        self.notice.hide()

        self.start_side = choices(START_SIDES, "Which leg starts")
        start = QGroupBox("Start")
        QFormLayout(start).addRow("Which leg goes first", self.start_side)

        exercises = QGroupBox("Exercises (each leg gets the same)")
        grid = QGridLayout(exercises)
        grid.addWidget(muted(QLabel("Include")), 0, 0)
        grid.addWidget(muted(QLabel("Reps each leg")), 0, 1)
        grid.addWidget(muted(QLabel("Hold (0: no pause)")), 0, 2)
        self.enabled: dict[str, QCheckBox] = {}
        self.reps: dict[str, QSpinBox] = {}
        self.holds: dict[str, QSpinBox] = {}
        for row, exercise in enumerate(routine.exercises, start=1):
            box = QCheckBox(exercise.name)
            box.setAccessibleName(f"Include {exercise.name}")
            self.enabled[exercise.id] = box
            self.reps[exercise.id] = spin("reps", " reps", f"{exercise.name}: repetitions each leg")
            self.holds[exercise.id] = spin("hold_seconds", " s", f"{exercise.name}: hold seconds")
            grid.addWidget(box, row, 0)
            grid.addWidget(self.reps[exercise.id], row, 1)
            grid.addWidget(self.holds[exercise.id], row, 2)
        self.exercise_error = QLabel()
        self.exercise_error.setObjectName("exercise-error")
        self.exercise_error.setAccessibleName("Exercise error")
        palette = self.exercise_error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Highlight))
        self.exercise_error.setPalette(palette)
        grid.addWidget(self.exercise_error, len(routine.exercises) + 1, 0, 1, 3)

        timing = QGroupBox("Timing")
        timing_form = QFormLayout(timing)
        self.timing: dict[str, QSpinBox] = {}
        for key, text in TIMING:
            self.timing[key] = spin(key, " s", text)
            timing_form.addRow(text, self.timing[key])

        goal = QGroupBox("Goal, sound and look")
        goal_form = QFormLayout(goal)
        self.weekly_goal = spin("weekly_goal", " sessions a week", "Weekly goal")
        self.sound = QCheckBox("Sound cues (ticks in the last seconds of a hold, chimes)")
        self.sound.setAccessibleName("Sound cues")
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(*RANGES["volume"])
        self.volume.setAccessibleName("Cue volume")
        self.voice = QCheckBox("Voice prompts (\"Hold\", \"Switch to your left leg\")")
        self.voice.setAccessibleName("Voice prompts")
        self.sound_status = muted(QLabel())
        self.sound_status.setObjectName("sound-status")
        self.sound_status.setAccessibleName("Why sound is unavailable")
        self.sound_status.hide()
        self.theme = choices(THEME_NAMES, "Colour theme")
        goal_form.addRow("Weekly goal", self.weekly_goal)
        goal_form.addRow(self.sound)
        goal_form.addRow("Volume", self.volume)
        goal_form.addRow(self.voice)
        goal_form.addRow(self.sound_status)
        goal_form.addRow("Colours", self.theme)

        reminders = self.reminders_group = RemindersGroup()
        self.reminders, self.days = reminders.reminders, reminders.days
        self.reminder_time, self.autostart, self.tray_status = reminders.reminder_time, reminders.autostart, \
            reminders.tray_status

        self.length = QLabel()
        self.length.setObjectName("session-length")
        self.length.setAccessibleName("Session length")
        font = self.length.font()
        font.setBold(True)
        font.setPixelSize(int(font.pixelSize() * 1.25) if font.pixelSize() > 0 else 20)
        self.length.setFont(font)
        self.running_note = muted(QLabel("A session is running: changes apply to your next session."))
        self.running_note.setObjectName("running-note")
        self.running_note.hide()
        self.status = muted(QLabel())
        self.status.setObjectName("save-status")
        self.status.setAccessibleName("Save status")
        self.restore = QPushButton("Restore defaults")
        self.restore.clicked.connect(self.restore_defaults)
        self.undo = QPushButton("Undo")
        self.undo.setObjectName("undo-restore")
        self.undo.setAccessibleName("Undo restore defaults")
        self.undo.clicked.connect(self.undo_restore)
        self.undo.hide()

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(start)
        left.addWidget(exercises)
        left.addStretch()
        right.addWidget(timing)
        right.addWidget(goal)
        left.insertWidget(2, reminders)
        right.addStretch()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.length, 1)
        footer.addWidget(self.restore)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.notice)
        layout.addLayout(columns)
        layout.addWidget(self.running_note)
        layout.addLayout(footer)
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.undo)
        layout.addLayout(status)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._show(settings)
        for box in self.enabled.values():
            box.toggled.connect(self._changed)
        for number in [*self.reps.values(), *self.holds.values(), *self.timing.values(), self.weekly_goal]:
            number.valueChanged.connect(self._changed)
        for box in (self.sound, self.voice):
            box.toggled.connect(self._changed)
        self.volume.valueChanged.connect(self._changed)
        self.start_side.currentIndexChanged.connect(self._changed)
        self.theme.currentIndexChanged.connect(self._changed)
        reminders.edited.connect(self._changed)
        store.subscribe(self._store_changed)
        self.destroyed.connect(lambda: store.unsubscribe(self._store_changed))

    # -- the window's calls --------------------------------------------------------------------
    def settings(self) -> Settings:
        return self.store.settings

    def set_session_running(self, running: bool) -> None:
        self.running_note.setVisible(running)

    def show_notice(self, text: str | None) -> None:
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))

    def set_tray_status(self, text: str | None) -> None:
        """Why reminders cannot be shown here (no system tray), or None."""
        self.reminders_group.set_tray_status(text)

    def set_sound_status(self, text: str | None, *, sound: bool = True, voice: bool = True) -> None:
        """Why sound or voice cannot work here, or None; a half that cannot work is disabled beside the reason."""
        self.sound_status.setText(text or "")
        self.sound_status.setVisible(bool(text))
        self._sound_works, self._voice_works = sound, voice
        self.sound.setEnabled(sound)
        self.voice.setEnabled(voice)
        self.volume.setEnabled(sound and self.sound.isChecked())

    def restore_defaults(self) -> None:
        """Every value back to the article's defaults, with a way back from the status line."""
        previous = self.store.settings
        self._save(lambda: self.store.replace_all(Settings.defaults(self.routine)), "Defaults restored")
        self._undo = previous
        self.undo.show()

    def undo_restore(self) -> None:
        if self._undo is not None:
            self._save(lambda: self.store.replace_all(self._undo), "Your settings are back")

    # -- form <-> settings ---------------------------------------------------------------------
    def _show(self, settings: Settings) -> None:
        self._loading = True
        try:
            self.start_side.setCurrentIndex([v for v, _ in START_SIDES].index(settings.start_side))
            for exercise_id, box in self.enabled.items():
                dose = settings.exercise(exercise_id)
                box.setChecked(dose.enabled)
                self.reps[exercise_id].setValue(dose.reps)
                self.holds[exercise_id].setValue(dose.hold_seconds)
            for key, field in self.timing.items():
                field.setValue(getattr(settings, key))
            self.weekly_goal.setValue(settings.weekly_goal)
            self.sound.setChecked(settings.sound)
            self.voice.setChecked(settings.voice)
            self.volume.setValue(settings.volume)
            self.volume.setEnabled(settings.sound and self._sound_works)
            self.theme.setCurrentIndex([v for v, _ in THEME_NAMES].index(settings.theme))
            self.reminders_group.show_settings(settings)
        finally:
            self._loading = False
        self._show_length(settings)

    def _read(self) -> dict:
        """The form's values under the store's dotted names."""
        values = {"start_side": self.start_side.currentData().value, "weekly_goal": self.weekly_goal.value(),
                  "sound": self.sound.isChecked(), "voice": self.voice.isChecked(), "volume": self.volume.value(),
                  "theme": self.theme.currentData(), **self.reminders_group.values(),
                  **{key: field.value() for key, field in self.timing.items()}}
        for exercise_id in self.enabled:
            values[f"exercises.{exercise_id}.enabled"] = self.enabled[exercise_id].isChecked()
            values[f"exercises.{exercise_id}.reps"] = self.reps[exercise_id].value()
            values[f"exercises.{exercise_id}.hold_seconds"] = self.holds[exercise_id].value()
        return values

    def _changed(self, *_) -> None:
        if self._loading:
            return
        current = flatten(self.store.settings)
        changes = {key: value for key, value in self._read().items() if current[key] != value}
        if not any(self.enabled[i].isChecked() for i in self.enabled):
            self.exercise_error.setText("Keep at least one exercise in your routine.")
            sender = self.sender()
            if isinstance(sender, QCheckBox):
                self._loading = True
                sender.setChecked(True)
                self._loading = False
            return
        self.exercise_error.clear()
        if changes:
            self._save(lambda: self.store.update(changes), "Saved")

    def _save(self, change, done: str) -> None:
        """Hand the change to the store (the one writer); the form follows through the store's listener."""
        try:
            saved = change()
        except InvalidChange as error:
            self.status.setText(f"Not changed: {error}.")
            self._show(self.store.settings)
            return
        self.undo.hide()
        if saved.error:
            self.status.setText(f"{saved.error} They apply until you quit.")
        else:
            self.status.setText(f"{done} to {self.path}.")

    def _store_changed(self, settings: Settings, changed: frozenset[str]) -> None:
        self._show(settings)
        self.settings_changed.emit(settings)

    def _show_length(self, settings: Settings) -> None:
        seconds = session_length_seconds(self.routine, settings)
        self.length.setText(f"A session takes {format_duration(seconds)}")
