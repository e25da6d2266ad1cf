"""The one owner of the user's settings: load, update, validate, save, tell listeners.

The window, the settings pane, the tray, the sound and the card hold this store, never a copy of the settings,
and nothing else writes settings.toml. An update names only what it changes; the store re-reads the file first,
so a hand edit made while the app runs is kept (and reported to listeners) instead of being overwritten by an
unrelated change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from piriformis_desktop.core.routine import Routine, load_routine
from piriformis_desktop.core.settings.file import (
    LoadResult,
    SettingsError,
    TooLarge,
    load_settings,
    read_bounded,
    save_settings,
)
from piriformis_desktop.core.settings.model import Settings, apply_changes, flatten

Listener = Callable[[Settings, frozenset[str]], None]


class InvalidChange(ValueError):
    """An update that would make the settings invalid; nothing was changed. The message says why."""


@dataclass(frozen=True)
class Saved:
    """What an update did: the settings now in force, which dotted keys changed, and any problem saving them."""

    settings: Settings
    changed: frozenset[str]
    error: str | None = None  # the file could not be written: the settings apply until the app quits
    edited_by_hand: bool = False  # the file had changed on disk since the store last read or wrote it


class SettingsStore:
    def __init__(self, path: Path, settings: Settings | None = None, routine: Routine | None = None,
                 seen: bytes | None = None) -> None:
        self.path = Path(path)
        self.routine = routine or load_routine()
        self._settings = settings or Settings.defaults(self.routine)
        self._seen = seen  # the file's bytes as last read or written; None: not read (or there was none)
        self._listeners: list[Listener] = []

    @classmethod
    def open(cls, path: Path, routine: Routine | None = None) -> tuple[SettingsStore, LoadResult]:
        """The store for settings.toml at `path`, and what loading it found (problems, a notice)."""
        loaded = load_settings(path, routine)
        return cls(path, loaded.settings, routine, loaded.raw), loaded

    @property
    def settings(self) -> Settings:
        return self._settings

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(settings, changed_keys)` after every change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def update(self, changes: Mapping[str, Any]) -> Saved:
        """Change the dotted keys in `changes` ("weekly_goal", "exercises.leg-crossover.reps"), validate, save.

        Raises InvalidChange (and changes nothing) if the result would not be valid. A file that cannot be
        written does not stop the change: it applies until the app quits, and `Saved.error` says why.
        """
        base, edited = self._reread()
        data = apply_changes(base.to_dict(), changes)
        settings, problems = Settings.from_dict(data, self.routine)
        if problems:
            raise InvalidChange("; ".join(problems))
        return self._commit(settings, edited)

    def replace_all(self, settings: Settings) -> Saved:
        """Make `settings` the settings in force (Restore defaults, undoing it): only what differs is changed."""
        current = flatten(self._settings)
        return self.update({k: v for k, v in flatten(settings).items() if current.get(k) != v})

    def _reread(self) -> tuple[Settings, bool]:
        """The settings to change: the file's, if someone edited it since we last saw it; else ours (also when
        the file is too large to read: saving then says so, and leaves it as it is)."""
        try:
            raw = read_bounded(self.path)
        except (TooLarge, OSError):
            return self._settings, False
        if raw == self._seen:
            return self._settings, False
        loaded = load_settings(self.path, self.routine)  # a damaged edit is copied aside here, as at start-up
        self._seen = loaded.raw
        return loaded.settings, True

    def _commit(self, settings: Settings, edited: bool) -> Saved:
        before = flatten(self._settings)
        changed = frozenset(k for k, v in flatten(settings).items() if before.get(k) != v)
        self._settings = settings
        if not changed and not edited:
            return Saved(settings, changed)
        error = None
        try:
            self._seen = save_settings(self.path, settings, self.routine)
        except SettingsError as problem:
            error = str(problem)
        if changed:
            for listener in list(self._listeners):
                listener(settings, changed)
        return Saved(settings, changed, error, edited)
