"""Where the app keeps its files: platformdirs' user config and data folders, created private (0700)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from piriformis_desktop import APP_ID

SETTINGS_FILE = "settings.toml"
HISTORY_FILE = "history.sqlite3"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def history_path() -> Path:
    return data_dir() / HISTORY_FILE


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable only by the user; an existing folder is left as it is."""
    if not path.is_dir():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask
    return path


PRIVATE_UMASK = 0o077  # group and others get nothing: a new folder is 0700, a new file 0600


@contextmanager
def private_files() -> Iterator[None]:
    """While the block runs, every folder and file the process creates is the user's alone.

    A umask rather than a chmod after each creation: SQLite makes the history's -wal and -shm, Qt its
    QSettings file and folder and its lock file, each with the umask's mode, and a chmod afterwards would
    leave a moment when they are readable by others. It only adds to the user's own umask, and restores it.
    """
    before = os.umask(PRIVATE_UMASK)
    os.umask(before | PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(before)
