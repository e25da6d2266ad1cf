"""Writing a file so that a crash, a full disk or a kill leaves the old file or the new one, never half of one.

The one way the app replaces a file: a temporary file in the same folder (so the rename stays on one file
system), flushed and synced, then moved over the target with os.replace. Settings, the session journal, the
CSV export and the PDFs all go through here.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PRIVATE = 0o600  # the user's own data: settings, journal
SHARED = None  # a document to hand on (CSV, PDF): the permissions the umask gives a new file


def _umask_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def replacing(path: Path, mode: int | None = SHARED, make_folder: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `path`; when the block ends without error, sync it and move it into place.

    Whatever the block writes to the temporary path (by name, as QPdfWriter does, or through `open`) becomes
    `path` at once or not at all. On an error the temporary file is removed and the error propagates (OSError
    for a folder that cannot be written or a full disk). `mode` is the new file's permissions: PRIVATE, or
    SHARED for what a new file would get from the umask.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if make_folder:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as file:
            os.fsync(file.fileno())
        os.chmod(temporary, _umask_mode() if mode is None else mode)
        os.replace(temporary, path)
    finally:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass


def write_atomically(path: Path, data: str | bytes, mode: int | None = SHARED, make_folder: bool = False) -> None:
    """Replace `path` with `data` (text is written as UTF-8) in one step; OSError when it cannot be done."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with replacing(path, mode, make_folder) as temporary:
        temporary.write_bytes(payload)


def write_through_spare(spare: Path, path: Path, data: str) -> None:
    """Replace `path` with `data` using `spare`, a file made earlier at least as long, when no new room is left.

    For a full disk: the spare's blocks are overwritten in place (padded with spaces, so it must be text that
    ignores trailing blanks, such as JSON), synced, and the spare is renamed over `path`. A crash before the
    rename leaves `path` as it was. OSError when there is no spare or `data` does not fit in it.
    """
    payload = data.encode("utf-8")
    with open(spare, "r+b") as file:
        room = os.fstat(file.fileno()).st_size
        if len(payload) > room:
            raise OSError(f"{spare} has room for {room} bytes, not {len(payload)}")
        file.write(payload + b" " * (room - len(payload)))
        file.flush()
        os.fsync(file.fileno())
    os.replace(spare, path)
