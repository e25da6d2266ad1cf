"""The desktop around the window: sound and voice, tray reminders, keeping the screen awake, start at login."""
