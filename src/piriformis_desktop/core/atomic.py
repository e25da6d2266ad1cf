"""Writing a file so that a crash, a full disk or a kill leaves the old file or the new one, never half of one.

The one way the app writes a file: a temporary file in the target's folder (so the rename stays on one file
system), flushed and synced, then moved over the target with os.replace. Settings, the session journal, the
autostart entry, the CSV export and the PDFs all go through here, and it treats the target as a careful Unix
tool does:

- a symbolic link is written through: its target gets the new contents and the link stays a link;
- a read-only file is refused with a sentence, never silently replaced by a writable one;
- only a regular file (or a new name) is replaced. A document (mode SHARED: an export, a PDF) may also go to
  a stream: `-` and /dev/stdout mean standard output, and a named pipe or a character device (/dev/null, a
  terminal) is written into, not replaced. The app's own files (PRIVATE) go only to regular files;
- a replaced file keeps its permissions; a new one gets PRIVATE or what the umask gives (SHARED).
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from piriformis_desktop.core.words import translate

PRIVATE = 0o600  # the user's own data: settings, journal
SHARED = None  # a document to hand on (CSV, PDF): the permissions the umask gives a new file
STANDARD_OUTPUT = ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")  # names that mean this process's stdout


class TargetRefused(OSError):
    """The target exists and must not be replaced (read-only, a folder, a device); `strerror` says why, as the
    second half of a sentence that names the file: "Could not write {path}: {reason}."."""

    def __init__(self, sentence: str) -> None:
        super().__init__(0, sentence)

    def __str__(self) -> str:
        return self.strerror or ""  # always the sentence given above


def current_umask() -> int:
    """The process's umask, read without changing it (os.umask would, for a moment, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o077)  # no /proc (not Linux): the brief change is at its most private
    os.umask(umask)
    return umask


def _umask_mode() -> int:
    return 0o666 & ~current_umask()


def _is_standard_output(path: Path | str) -> bool:
    return str(path) in STANDARD_OUTPUT


def _examine(path: Path, document: bool) -> tuple[Path, os.stat_result | None, bool]:
    """(the file to write, its status if it exists, True when it is a stream to write into rather than replace).

    Raises TargetRefused for a target that must not be replaced."""
    target = Path(os.path.realpath(path))  # through any symbolic links, to the file they name
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return target, None, False  # a new name (or a link to one): created
    kind = status.st_mode
    if stat.S_ISREG(kind):
        if not os.access(target, os.W_OK) or not kind & 0o222:  # root may write anything; the mode still says no
            raise TargetRefused(translate("AtomicWrite", "it is read-only, so it was not replaced"))
        return target, status, False
    if stat.S_ISDIR(kind):
        raise TargetRefused(translate("AtomicWrite", "it is a folder, not a file"))
    if document and (stat.S_ISFIFO(kind) or stat.S_ISCHR(kind)):
        return target, status, True
    raise TargetRefused(translate("AtomicWrite", "it is not a regular file, so it was not replaced"))


@contextmanager
def replacing(path: Path | str, mode: int | None = SHARED, make_folder: bool = False) -> Iterator[Path]:
    """Yield a temporary path; when the block ends without error, its contents become `path` whole.

    Whatever the block writes to the temporary path (by name, as QPdfWriter does, or through `open`) becomes
    `path` at once or not at all. On an error the temporary file is removed and the error propagates: OSError
    for a folder that cannot be written or a full disk, TargetRefused (an OSError whose text is a sentence)
    for a target that must not be replaced. `mode` is a new file's permissions: PRIVATE, or SHARED for what
    the umask gives; SHARED also lets the document go to standard output, a pipe or a device (see above).
    """
    document = mode is SHARED
    if document and _is_standard_output(path):
        target, status, stream = None, None, True
    else:
        path = Path(path)
        if make_folder:
            folder = Path(os.path.realpath(path)).parent
            if not folder.is_dir():
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
        target, status, stream = _examine(path, document)
    # A stream has no folder of its own to hold the temporary file: the system's temporary folder does.
    handle, name = tempfile.mkstemp(prefix=f".{Path(path).name}.", suffix=".part",
                                    dir=None if stream or target is None else target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if stream:
            _pour(temporary, target)
            return
        assert target is not None  # only standard output (a stream, poured above) has no file to replace
        with open(temporary, "rb+") as file:
            os.fsync(file.fileno())
        if status is not None and document:
            os.chmod(temporary, stat.S_IMODE(status.st_mode))  # a replaced document keeps its permissions
        else:
            os.chmod(temporary, _umask_mode() if mode is None else mode)
        os.replace(temporary, target)
    finally:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)


def _pour(temporary: Path, target: Path | None) -> None:
    """Copy the finished temporary file into a stream: standard output (target None), a pipe or a device."""
    with open(temporary, "rb") as source:
        if target is None:
            sys.stdout.flush()  # whatever Python already holds for stdout goes first
            shutil.copyfileobj(source, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            with open(target, "wb") as out:  # a pipe or a device: written into, never replaced
                shutil.copyfileobj(source, out)


def write_atomically(path: Path | str, data: str | bytes, mode: int | None = SHARED,
                     make_folder: bool = False) -> None:
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
