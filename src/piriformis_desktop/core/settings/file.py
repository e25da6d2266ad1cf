"""settings.toml on disk: read leniently (a damaged file is always kept), written atomically and by hand-edit rules.

Writing keeps what a person put in the file: comments, blank lines, key order and keys this version does not
know stay where they are; only the values that differ from what the file says are rewritten, and a key at
its default that the file never had is not added. The style-preserving writer (tomlkit) loads only when
something is saved; reading uses the standard library's tomllib.

A file far larger than any settings (MAX_BYTES) is neither read nor written: the app starts with the defaults
and says so, and the file stays as it is. So no start-up and no settings change ever waits on a huge file.
"""

from __future__ import annotations

import shutil
import tomllib
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from piriformis_desktop.core.atomic import PRIVATE, write_atomically
from piriformis_desktop.core.routine import Routine, load_routine
from piriformis_desktop.core.settings.model import EXERCISE_KEYS, TOP_LEVEL_KEYS, Settings, unused_keys
from piriformis_desktop.core.words import Words, translate

# A file with every key and generous comments is 2 KB. At this size a save (tomlkit) takes 0.3 s at worst (a file
# of nothing but keys), 50 MB took a minute: so no save ever stalls the window for long.
MAX_BYTES = 16 * 1024
SHOWN = 5  # at most this many unknown keys or problems are named in a notice; the rest are counted


class SettingsError(Exception):
    """Settings could not be saved (read-only folder, full disk); the message says so plainly."""


class TooLarge(OSError):
    """The file is larger than MAX_BYTES: it is not read, nor written over."""


class SettingsFile(Words):
    """The words about settings.toml that need a count (the context of the file's other sentences too)."""


@dataclass(frozen=True)
class LoadResult:
    settings: Settings
    problems: list[str]
    backup: Path | None = None  # where a damaged original was copied, byte for byte
    notice: str | None = None  # one plain sentence for the window and stderr
    unused: list[str] = field(default_factory=list)  # keys kept in the file that this version does not use
    raw: bytes | None = None  # the file as read (None: there was none, or it could not be read)


def load_settings(path: Path, routine: Routine | None = None) -> LoadResult:
    """Read settings.toml: valid keys are used, the rest take defaults; a damaged file is copied aside first.

    Never raises: a missing file gives the defaults, an unreadable or broken one gives defaults plus a notice.
    """
    routine = routine or load_routine()
    try:
        raw = read_bounded(path)
    except FileNotFoundError:
        return LoadResult(Settings.defaults(routine), [])
    except TooLarge:
        problem = translate("SettingsFile", "the file is larger than {limit} KB").format(limit=MAX_BYTES // 1024)
        return LoadResult(Settings.defaults(routine), [problem], notice=translate(
            "SettingsFile", "Your settings file {path} is larger than {limit} KB, far more than settings need, so it "
                            "was not read and is kept as it is. The defaults are used for now, and changes you make "
                            "apply only until you quit. Shorten or remove the file to have your settings saved "
                            "again.").format(
            path=path, limit=MAX_BYTES // 1024))
    except OSError as error:
        problem = translate("SettingsFile", "could not read {path}: {reason}").format(
            path=path, reason=error.strerror or error)
        return LoadResult(Settings.defaults(routine), [problem], notice=translate(
            "SettingsFile", "Your settings could not be read ({problem}); the defaults are used for now.").format(
            problem=problem))
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        data, problems = {}, [translate("SettingsFile", "the file is not text (UTF-8)")]
    except tomllib.TOMLDecodeError as error:
        data, problems = {}, [translate("SettingsFile", "the file is not valid TOML ({reason})").format(reason=error)]
    else:
        problems = []
    settings, key_problems = Settings.from_dict(data, routine)
    problems += key_problems
    unused = unused_keys(data)
    unused_words = None
    if unused:
        unused_words = translate("SettingsFile", "Your settings file has keys this version does not use ({keys}); "
                                                 "they are kept in the file as they are.").format(
            keys=_some(unused, ", "))
    if not problems:
        return LoadResult(settings, [], notice=unused_words, unused=unused, raw=raw)
    backup = _keep_damaged_copy(path)
    if backup:
        notice = translate("SettingsFile", "Your settings file had problems ({problems}); those settings use their "
                                           "defaults. The original is kept at {path}.").format(
            problems=_some(problems, "; "), path=backup)
    else:
        notice = translate("SettingsFile", "Your settings file had problems ({problems}); those settings use their "
                                           "defaults. The original file was left as it was.").format(
            problems=_some(problems, "; "))
    if unused_words:
        notice = " ".join((notice, unused_words))  # two whole sentences, one after the other
    return LoadResult(settings, problems, backup, notice, unused, raw)


def read_bounded(path: Path) -> bytes:
    """The file's bytes; TooLarge (read no further) past MAX_BYTES, whatever the file says its size is."""
    with path.open("rb") as file:
        raw = file.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise TooLarge(f"{path} is larger than {MAX_BYTES} bytes")
    return raw


def _some(items: list[str], separator: str) -> str:
    """The first SHOWN items, then how many more: a notice names a few, never a million."""
    if len(items) <= SHOWN:
        return separator.join(items)
    return SettingsFile.tr("{first} and %n more", "", len(items) - SHOWN).format(
        first=separator.join(items[:SHOWN]))


def _keep_damaged_copy(path: Path) -> Path | None:
    """Copy `path` to settings.toml.bad-<time> (never over an earlier copy); None if that is impossible."""
    try:
        original = read_bounded(path)
        for earlier in sorted(path.parent.glob(f"{path.name}.bad-*")):
            if earlier.stat().st_size == len(original) and earlier.read_bytes() == original:
                return earlier  # the same damage seen at an earlier start: one copy is enough
    except OSError:
        pass
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bad-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.bad-{stamp}-{counter}")
    try:
        shutil.copy2(path, target)
    except OSError:
        return None
    return target


def save_settings(path: Path, settings: Settings, routine: Routine | None = None) -> bytes:
    """Write `settings` into settings.toml atomically, changing only the values that differ from the file's.

    Returns the bytes written. Only the settings store calls this: it is the one writer of settings.toml.
    A file that does not parse was copied aside when it was read (load_settings); it is then written afresh.
    """
    routine = routine or load_routine()
    try:
        raw: bytes | None = read_bounded(path)
    except TooLarge as error:
        raise SettingsError(translate("SettingsFile", "Your settings were not saved: {path} is larger than {limit} "
                                                      "KB, so it is kept as it is.").format(
            path=path, limit=MAX_BYTES // 1024)) from error
    except OSError:  # none yet, or unreadable: written afresh
        raw = None
    import tomlkit  # the style-preserving writer: only when something is saved

    try:
        document = tomlkit.parse(raw.decode("utf-8")) if raw is not None else tomlkit.document()
    except (UnicodeDecodeError, tomlkit.exceptions.ParseError):
        document = tomlkit.document()
    _merge(document, settings, Settings.defaults(routine), tomlkit)
    text = tomlkit.dumps(document)
    if len(text.encode("utf-8")) > MAX_BYTES:  # never write a file the next start would refuse to read
        raise SettingsError(translate("SettingsFile", "Your settings were not saved: with them, {path} would be "
                                                      "larger than {limit} KB.").format(path=path,
                                                                                        limit=MAX_BYTES // 1024))
    try:
        write_atomically(path, text, mode=PRIVATE, make_folder=True)
    except OSError as error:
        raise SettingsError(translate("SettingsFile", "Your settings could not be saved to {path}: {reason}.").format(
            path=path, reason=error.strerror or error)) from error
    return text.encode("utf-8")


def _merge(document: MutableMapping[str, Any], settings: Settings, defaults: Settings, tomlkit: ModuleType) -> None:
    """Write into `document` each value of `settings` that the document does not already say."""
    data, default_data = settings.to_dict(), defaults.to_dict()
    for key in TOP_LEVEL_KEYS:
        _set(document, key, data[key], default_data[key])
    if "exercises" in document and not hasattr(document["exercises"], "keys"):
        del document["exercises"]  # a damaged value (reported at load); the tables below replace it
    for exercise_id, values in data["exercises"].items():
        if exercise_id not in default_data["exercises"]:
            continue  # a table for an exercise this version does not know: left as the user wrote it
        wanted = {k: values[k] for k in EXERCISE_KEYS}
        defaults_for = default_data["exercises"][exercise_id]
        table = document.get("exercises", {}).get(exercise_id)
        if table is None or not hasattr(table, "keys"):
            if all(wanted[k] == defaults_for[k] for k in EXERCISE_KEYS):
                continue
            if "exercises" not in document:
                document["exercises"] = tomlkit.table(is_super_table=True)
            table = tomlkit.table()
            document["exercises"][exercise_id] = table
        for key in EXERCISE_KEYS:
            _set(table, key, wanted[key], defaults_for[key])


def _set(container: MutableMapping[str, Any], key: str, value: Any, default: Any) -> None:
    if key in container:
        if _plain(container[key]) != value:
            container[key] = value
    elif value != default:
        container[key] = value


def _plain(item: Any) -> Any:
    return item.unwrap() if hasattr(item, "unwrap") else item
