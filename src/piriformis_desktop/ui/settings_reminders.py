"""The Reminders group of the Settings tab: the days and time of a tray reminder, and starting at login."""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from piriformis_desktop.core.reminders import DAY_KEYS
from piriformis_desktop.core.settings import Settings
from piriformis_desktop.ui.settings_fields import muted


class RemindersGroup(QGroupBox):
    edited = Signal()  # the user changed one of the fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Reminders", parent)
        self.reminders = QCheckBox("Remind me on these days, unless I have already done the routine")
        self.reminders.setAccessibleName("Reminders")
        days = QHBoxLayout()
        self.days: dict[str, QCheckBox] = {}
        for key in DAY_KEYS:
            box = QCheckBox(key.capitalize())
            box.setAccessibleName(f"Remind on {key.capitalize()}")
            self.days[key] = box
            days.addWidget(box)
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName("Reminder time")
        days.addWidget(QLabel("at"))
        days.addWidget(self.reminder_time)
        days.addStretch()
        self.autostart = QCheckBox("Start Piriformis Desktop when I log in (so reminders can come)")
        self.autostart.setAccessibleName("Start at login")
        self.tray_status = muted(QLabel())
        self.tray_status.setObjectName("tray-status")
        self.tray_status.setAccessibleName("Why reminders are unavailable")
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
                "reminder_days": [key for key, box in self.days.items() if box.isChecked()],
                "reminder_time": self.reminder_time.time().toString("HH:mm"), "autostart": self.autostart.isChecked()}

    def set_tray_status(self, text: str | None) -> None:
        """Why reminders cannot be shown here (no system tray), or None. Without a tray the fields cannot work:
        they are disabled, with the reason beside them."""
        self.tray_status.setText(text or "")
        self.tray_status.setVisible(bool(text))
        for widget in (self.reminders, self.reminder_time, *self.days.values()):
            widget.setEnabled(not text)
