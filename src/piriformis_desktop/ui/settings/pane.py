"""The Settings tab: dose, timing, goal, sound and language, saved on every change, errors beside fields."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from piriformis_desktop.core.durations import format_duration
from piriformis_desktop.core.routine import Routine
from piriformis_desktop.core.settings import FIELDS, InvalidChange, Section, Settings, SettingsStore, StartSide, flatten
from piriformis_desktop.core.timeline import session_length_seconds
from piriformis_desktop.ui.settings.fields import (
    TwoColumns,
    choices,
    error_label,
    guard_wheel,
    muted,
    notice_label,
    show_in_file_manager,
    spin,
)
from piriformis_desktop.ui.settings.goal import THEMES, GoalGroup
from piriformis_desktop.ui.settings.reminders import RemindersGroup
from piriformis_desktop.ui.words import setting_words

START_SIDES = tuple(StartSide)  # the drop-downs list the settings table's choices in their order
TIMING = tuple(f.key for f in FIELDS if f.section is Section.TIMING)


class SettingsPane(QWidget):
    settings_changed = Signal(object)  # the store's new Settings, whoever changed them

    @property
    def routine(self) -> Routine:
        return self.store.routine  # the store's, in the user's language (never kept here)

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.path = store, store.path
        routine, settings = store.routine, store.settings
        self._loading = False
        self._undo: Settings | None = None
        self.confirm_change = lambda changes: True  # a prescription's limits ask first (ui/prescription)
        self._sound_works = True

        self.notice = notice_label(self.tr("Settings notice"))
        self.notice.setObjectName("settings-notice")

        self.start_side = choices(list(zip(START_SIDES, (
            self.tr("Right leg first"), self.tr("Left leg first"), self.tr("Alternate each session")), strict=True)),
            self.tr("Which leg starts"))
        start = QGroupBox(self.tr("Start"))
        QFormLayout(start).addRow(setting_words("start_side"), self.start_side)

        exercises = QGroupBox(self.tr("Exercises (each leg gets the same)"))
        grid = QGridLayout(exercises)
        grid.addWidget(muted(QLabel(self.tr("Include"))), 0, 0)
        grid.addWidget(muted(QLabel(self.tr("Reps each leg"))), 0, 1)
        grid.addWidget(muted(QLabel(self.tr("Hold (0: none)"))), 0, 2)
        self.enabled: dict[str, QCheckBox] = {}
        self.reps: dict[str, QSpinBox] = {}
        self.holds: dict[str, QSpinBox] = {}
        for row, exercise in enumerate(routine.exercises, start=1):
            box = QCheckBox(exercise.name)
            box.setAccessibleName(self.tr("Include {exercise}").format(exercise=exercise.name))
            self.enabled[exercise.id] = box
            self.reps[exercise.id] = spin("reps", lambda n: self.tr("%n rep(s)", "", n),
                                          self.tr("{exercise}: repetitions each leg").format(exercise=exercise.name))
            self.holds[exercise.id] = spin("hold_seconds", self._seconds_words,
                                           self.tr("{exercise}: hold seconds").format(exercise=exercise.name))
            grid.addWidget(box, row, 0)
            grid.addWidget(self.reps[exercise.id], row, 1)
            grid.addWidget(self.holds[exercise.id], row, 2)
        self.exercise_error = error_label(self.tr("Exercise error"))
        self.exercise_error.setObjectName("exercise-error")
        grid.addWidget(self.exercise_error, len(routine.exercises) + 1, 0, 1, 3)

        timing = QGroupBox(self.tr("Timing"))
        timing_form = QFormLayout(timing)
        self.timing: dict[str, QSpinBox] = {}
        for key in TIMING:  # the rows of the table in Section.TIMING, each named by ui.words
            self.timing[key] = spin(key, self._seconds_words, setting_words(key))
            timing_form.addRow(setting_words(key), self.timing[key])

        goal = self.goal_group = GoalGroup(settings.language)
        self.weekly_goal, self.sound, self.volume, self.voice = goal.weekly_goal, goal.sound, goal.volume, goal.voice
        self.sound_status, self.theme, self.language = goal.sound_status, goal.theme, goal.language
        self._language_in_use, self.language_row = goal.language_in_use, goal.language_row

        reminders = self.reminders_group = RemindersGroup()
        self.reminders, self.days = reminders.reminders, reminders.days
        self.reminder_time, self.autostart, self.tray_status = reminders.reminder_time, reminders.autostart, \
            reminders.tray_status

        self.length = QLabel()
        self.length.setObjectName("session-length")
        self.length.setAccessibleName(self.tr("Session length"))
        font = self.length.font()
        font.setBold(True)
        font.setPixelSize(int(font.pixelSize() * 1.25) if font.pixelSize() > 0 else 20)
        self.length.setFont(font)
        self.running_note = muted(QLabel(self.tr("A session is running: changes apply to your next session.")))
        self.running_note.setObjectName("running-note")
        self.running_note.hide()
        self.status = muted(QLabel())
        self.status.setObjectName("save-status")
        self.status.setAccessibleName(self.tr("Save status"))
        self.restore = QPushButton(self.tr("Restore defaults"))
        self.restore.clicked.connect(self.restore_defaults)
        self.undo = QPushButton(self.tr("Undo"))
        self.undo.setObjectName("undo-restore")
        self.undo.setAccessibleName(self.tr("Undo restore defaults"))
        self.undo.clicked.connect(self.undo_restore)
        self.undo.hide()
        self.show_file = QPushButton(self.tr("Show the settings file"))
        self.show_file.setObjectName("show-settings-file")
        self.show_file.clicked.connect(lambda: show_in_file_manager(self.path))  # no raw path on the page

        self.columns = TwoColumns([start, exercises, reminders], [timing, goal])
        footer = QHBoxLayout()
        footer.addWidget(self.length, 1)
        footer.addWidget(self.restore)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.notice)
        layout.addWidget(self.columns)
        layout.addWidget(self.running_note)
        layout.addLayout(footer)
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.undo)
        status.addWidget(self.show_file)
        layout.addLayout(status)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        guard_wheel(self)  # every field on the page: the wheel scrolls past it until it is clicked into
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
        self.language.currentIndexChanged.connect(self._changed)
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
        self._sound_works = sound
        self.sound.setEnabled(sound)
        self.voice.setEnabled(voice)
        self.volume.setEnabled(sound and self.sound.isChecked())

    def restore_defaults(self) -> None:
        """Every value back to the article's defaults, with a way back from the status line."""
        previous = self.store.settings
        self._save(lambda: self.store.replace_all(previous.restored(self.routine)), self.tr("Defaults restored."))
        self._undo = previous
        self.undo.show()

    def undo_restore(self) -> None:
        if self._undo is not None:
            self._save(lambda: self.store.replace_all(self._undo), self.tr("Your settings are back as they were."))

    # -- form <-> settings ---------------------------------------------------------------------
    def _show(self, settings: Settings) -> None:
        self._loading = True
        try:
            self.start_side.setCurrentIndex(START_SIDES.index(settings.start_side))
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
            self.theme.setCurrentIndex(THEMES.index(settings.theme))
            self.language.setCurrentIndex(self.language.findData(settings.language))
            self.language_row.show_for(settings.language, self._language_in_use)
            self.reminders_group.show_settings(settings)
        finally:
            self._loading = False
        self._show_length(settings)

    def _read(self) -> dict:
        """The form's values under the store's dotted names."""
        values = {"start_side": self.start_side.currentData().value, "weekly_goal": self.weekly_goal.value(),
                  "sound": self.sound.isChecked(), "voice": self.voice.isChecked(), "volume": self.volume.value(),
                  "theme": self.theme.currentData(), "language": self.language.currentData(),
                  **self.reminders_group.values(), **{key: field.value() for key, field in self.timing.items()}}
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
            self.exercise_error.setText(self.tr("Keep at least one exercise in your routine."))
            sender = self.sender()
            if isinstance(sender, QCheckBox):
                self._loading = True
                sender.setChecked(True)
                self._loading = False
            return
        self.exercise_error.clear()
        if changes and not self.confirm_change(changes):
            self._show(self.store.settings)
            return
        if changes:
            self._save(lambda: self.store.update(changes), self.tr("Saved."))

    def _save(self, change, done: str) -> None:
        """Hand the change to the store (the one writer); the form follows through the store's listener. `done` is
        the sentence for success (no path: "Show the settings file" shows where it is)."""
        try:
            saved = change()
        except InvalidChange as error:
            self.status.setText(self.tr("Not changed: {reason}.").format(reason=error))
            self._show(self.store.settings)
            return
        self.undo.hide()
        if saved.error:
            self.status.setText(self.tr("{problem} They apply until you quit.").format(problem=saved.error))
        else:
            self.status.setText(done)

    def _store_changed(self, settings: Settings, changed: frozenset[str]) -> None:
        self._show(settings)
        self.settings_changed.emit(settings)

    def _show_length(self, settings: Settings) -> None:
        seconds = session_length_seconds(self.routine, settings)
        self.length.setText(self.tr("A session takes {length}").format(length=format_duration(seconds)))

    def _seconds_words(self, seconds: int) -> str:
        """A number of seconds in a field: "2 s"."""
        return self.tr("%n s", "", seconds)
