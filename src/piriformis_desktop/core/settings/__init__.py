"""The user's settings: the model and its validation, settings.toml on disk, and the store that owns them."""

from piriformis_desktop.core.settings.file import LoadResult, SettingsError, load_settings
from piriformis_desktop.core.settings.model import (
    CLOSE_CHOICES, RANGES, THEMES, ExerciseSettings, Settings, StartSide, flatten,
)
from piriformis_desktop.core.settings.store import InvalidChange, Saved, SettingsStore

__all__ = [
    "CLOSE_CHOICES", "RANGES", "THEMES", "ExerciseSettings", "InvalidChange", "LoadResult", "Saved", "Settings",
    "SettingsError", "SettingsStore", "StartSide", "flatten", "load_settings",
]
