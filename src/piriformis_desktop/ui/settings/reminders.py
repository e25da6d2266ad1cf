"""The Reminders group of the Settings tab: the days and time of a tray reminder, and starting at login.

The days are the locale's short day names, starting on the locale's first day of the week, and the time is
shown as the locale writes it; settings.toml keeps its own keys ("mon") and 24-hour "HH:mm" whatever is shown.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from piriformis_desktop.core.reminders import DAY_KEYS
from piriformis_desktop.core.settings import Settings
from piriformis_desktop.ui.settings.fields import muted


class RemindersGroup(QGroupBox):
    edited = Signal()  # the user changed one of the fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self.reminders = QCheckBox(self.tr("Remind me on these days, unless I have already done the routine"))
        self.reminders.setAccessibleName(self.tr("Reminders"))
        days = QHBoxLayout()
        self.days: dict[str, QCheckBox] = {}
        locale = QLocale()
        first = locale.firstDayOfWeek().value - 1  # Qt counts Monday = 1; DAY_KEYS start on Monday
        for index in (i % 7 for i in range(first, first + 7)):
            box = QCheckBox(locale.dayName(index + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(self.tr("Remind on {day}").format(
                day=locale.dayName(index + 1, QLocale.FormatType.LongFormat)))
            self.days[DAY_KEYS[index]] = box
            days.addWidget(box)
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat(minutes_format(locale))
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        days.addWidget(QLabel(self.tr("at", "between the reminder days and the reminder time")))
        days.addWidget(self.reminder_time)
        days.addStretch()
        self.autostart = QCheckBox(self.tr("Start Piriformis Desktop when I log in (so reminders can come)"))
        self.autostart.setAccessibleName(self.tr("Start at login"))
        self.tray_status = muted(QLabel())
        self.tray_status.setObjectName("tray-status")
        self.tray_status.setAccessibleName(self.tr("Why reminders are unavailable"))
        self.tray_status.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminders)
        layout.addLayout(days)
        layout.addWidget(self.autostart)
        layout.addWidget(self.tray_status)
        for box in (self.reminders, self.autostart, *self.days.values()):
            box.toggled.connect(self.edited)
        self.reminder_time.timeChanged.connect(self.edited)

    def show_settings(self, settings: Settings) -> None:
        self.reminders.setChecked(settings.reminders)
        for key, box in self.days.items():
            box.setChecked(key in settings.reminder_days)
        self.reminder_time.setTime(QTime.fromString(settings.reminder_time, "HH:mm"))
        self.autostart.setChecked(settings.autostart)

    def values(self) -> dict:
        """The group's fields under the settings store's names."""
        return {"reminders": self.reminders.isChecked(),
                "reminder_days": [key for key in DAY_KEYS if self.days[key].isChecked()],
                "reminder_time": self.reminder_time.time().toString("HH:mm"), "autostart": self.autostart.isChecked()}

    def set_tray_status(self, text: str | None) -> None:
        """Why reminders cannot be shown here (no system tray), or None. Without a tray the fields cannot work:
        they are disabled, with the reason beside them."""
        self.tray_status.setText(text or "")
        self.tray_status.setVisible(bool(text))
        for widget in (self.reminders, self.reminder_time, *self.days.values()):
            widget.setEnabled(not text)


def minutes_format(locale: QLocale) -> str:
    """The locale's short time format without seconds ("HH:mm", "h:mm AP"): a reminder is set to the minute."""
    return re.sub(r"[.:]?s+", "", locale.timeFormat(QLocale.FormatType.ShortFormat)).strip() or "HH:mm"
