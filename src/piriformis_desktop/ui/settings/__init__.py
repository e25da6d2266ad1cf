"""The Settings tab: the pane, its fields (ranges from the settings table), reminders and the language row."""
