"""The Settings tab's "Goal, sound and look" group: the weekly goal, sound cues and their volume, voice prompts,
the colour theme and the language (with its Restart now row)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSlider

from piriformis_desktop.core.language import LANGUAGE_NAMES
from piriformis_desktop.core.settings import RANGES, Language, Theme
from piriformis_desktop.ui.settings.fields import choices, muted, spin
from piriformis_desktop.ui.settings.language import LanguageRow
from piriformis_desktop.ui.words import setting_words

THEMES = tuple(Theme)  # the drop-down lists the settings table's choices in their order


class GoalGroup(QGroupBox):
    def __init__(self, language_in_use: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Goal, sound and look"))
        form = QFormLayout(self)
        self.weekly_goal = spin("weekly_goal", lambda n: self.tr("%n session(s) a week", "", n),
                                setting_words("weekly_goal"))
        self.sound = QCheckBox(self.tr("Sound cues (ticks in the last seconds of a hold, chimes)"))
        self.sound.setAccessibleName(self.tr("Sound cues"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(*RANGES["volume"])
        self.volume.setAccessibleName(self.tr("Cue volume"))
        self.voice = QCheckBox(self.tr("Voice prompts (\"Hold\", \"Switch to your left leg\")"))
        self.voice.setAccessibleName(self.tr("Voice prompts"))
        self.sound_status = muted(QLabel())
        self.sound_status.setObjectName("sound-status")
        self.sound_status.setAccessibleName(self.tr("Why sound is unavailable"))
        self.sound_status.hide()
        theme_words = {Theme.SYSTEM: self.tr("Follow the system"), Theme.LIGHT: self.tr("Light"),
                       Theme.DARK: self.tr("Dark"), Theme.HIGH_CONTRAST: self.tr("High contrast")}
        self.theme = choices([(theme.value, theme_words[theme]) for theme in THEMES], self.tr("Colour theme"))
        # Each language in its own name (a reader of only that language can find it), after the system's choice.
        others = [(code.value, LANGUAGE_NAMES[code]) for code in Language if code is not Language.SYSTEM]
        self.language = choices([(Language.SYSTEM.value, self.tr("Follow the system")), *others], self.tr("Language"))
        self.language.setObjectName("language")
        self.language_in_use = language_in_use  # what this run speaks: a change applies from the next start
        self.language_row = LanguageRow()  # "applies when you restart", in the language chosen, and Restart now
        form.addRow(setting_words("weekly_goal"), self.weekly_goal)
        form.addRow(self.sound)
        form.addRow(self.tr("Volume"), self.volume)
        form.addRow(self.voice)
        form.addRow(self.sound_status)
        form.addRow(self.tr("Colours"), self.theme)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.language_row)
