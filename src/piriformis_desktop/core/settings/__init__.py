"""The user's settings: the table of what they are, validation, settings.toml on disk, and the store that owns them."""

from piriformis_desktop.core.settings.file import LoadResult, SettingsError, load_settings
from piriformis_desktop.core.settings.model import (
    CLOSE_CHOICES,
    EXERCISE_FIELDS,
    FIELDS,
    RANGES,
    THEMES,
    ExerciseSettings,
    Settings,
    StartSide,
    field_of,
    flatten,
)
from piriformis_desktop.core.settings.schema import CloseChoice, Field, Language, Section, Theme
from piriformis_desktop.core.settings.store import InvalidChange, Saved, SettingsStore

__all__ = [
    "CLOSE_CHOICES", "EXERCISE_FIELDS", "FIELDS", "RANGES", "THEMES", "CloseChoice", "ExerciseSettings", "Field",
    "InvalidChange", "Language", "LoadResult", "Saved", "Section", "Settings", "SettingsError", "SettingsStore",
    "StartSide", "Theme", "field_of", "flatten", "load_settings",
]
