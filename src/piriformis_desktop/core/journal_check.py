"""What a session journal may hold, checked field by field, and whether the copy that writes one still runs.

Nothing read from disk is trusted: a journal that does not parse, or whose fields have the wrong type or a
value out of range, raises JournalDamaged naming the field, so recovery can move that one file aside and go
on. The checks the history already makes on a session (which leg, pain 0-10, done <= total, a finite time)
are made once more by `SessionRecord` when the entry becomes a row; here are the ones it cannot make.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from piriformis_desktop.core.words import translate

MAX_EXERCISES = 100  # far above any routine; a bigger count is damage, not a session
MAX_SECONDS = 24 * 3600.0  # nobody exercises for a day on end
BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


class JournalDamaged(ValueError):
    """A journal that does not parse or does not make sense; the message names the field, in the user's words."""


@dataclass(frozen=True)
class Owner:
    """The copy of the app that plays a session: its process id, and when that process started (Linux's
    boot id and start tick), so a process id reused by another program after a crash is not taken for it."""

    pid: int
    started: str | None = None

    @classmethod
    def this_process(cls) -> Owner:
        return cls(os.getpid(), process_start(os.getpid()))

    def running(self) -> bool:
        if self.pid <= 0:
            return False
        try:
            os.kill(self.pid, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return False
        except PermissionError:
            pass  # it exists, as another user's process
        except OSError:
            return False
        if self.started is None:
            return True
        now = process_start(self.pid)
        return now is None or now == self.started


def process_start(pid: int) -> str | None:
    """'<boot id>:<start tick>' for a running process, None where /proc cannot tell."""
    try:
        boot = BOOT_ID.read_text().strip()
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()  # after the command's name, which may hold spaces
    return f"{boot}:{fields[19]}" if len(fields) > 19 else None  # field 22 of proc(5): starttime


def running_lock_holder(lock: Path | None) -> int | None:
    """The process id in QLockFile's `running.lock` (its first line) if that process is running, else None."""
    if lock is None:
        return None
    try:
        pid = int(lock.read_text("utf-8", errors="replace").splitlines()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pid if Owner(pid).running() else None


def parse_entry(text: str) -> dict[str, Any]:
    """The fields of a JournalEntry from its JSON text; JournalDamaged on the first field that is wrong."""
    try:
        data = json.loads(text)  # NaN and Infinity parse, and are refused by field below
    except (ValueError, RecursionError) as error:
        raise JournalDamaged(translate("SessionJournal", "it is not readable as a record ({reason})").format(
            reason=error)) from None
    if not isinstance(data, dict):
        raise JournalDamaged(translate("SessionJournal", "it is not readable as a record ({reason})").format(
            reason=type(data).__name__))
    fields = {
        "started_at": _moment(data, "started_at"),
        "local_date": _day(data, "local_date"),
        "first_side": _field(data, "first_side", str, translate(
            "SessionRecord", "{column}: expected \"right\" or \"left\", got {value}")),
        "exercises_total": _whole(data, "exercises_total", MAX_EXERCISES),
        "exercises_done": _whole(data, "exercises_done", MAX_EXERCISES),
        "elapsed_seconds": _seconds(data, "elapsed_seconds"),
        "settings": _field(data, "settings", dict, translate(
            "SessionRecord", "{column}: expected a table of settings, got {value}")),
        "updated_at": _moment(data, "updated_at"),
        "ended": _flag(data, "ended"),
        "completed": _flag(data, "completed"),
        "pain_before": None if data.get("pain_before") is None else _whole(data, "pain_before", 10),
        "owner": _owner(data.get("owner")),
    }
    if fields["updated_at"] < fields["started_at"]:
        raise JournalDamaged(translate("SessionJournal", "{column}: {value} is before the start").format(
            column="updated_at", value=data["updated_at"]))
    return fields


def _get(data: dict[str, Any], key: str) -> Any:
    if key not in data:
        raise JournalDamaged(translate("SessionJournal", "{column}: missing").format(column=key))
    return data[key]


def _field(data: dict[str, Any], key: str, kind: type, message: str) -> Any:
    value = _get(data, key)
    if not isinstance(value, kind):
        raise JournalDamaged(message.format(column=key, value=repr(value)))
    return value


def _moment(data: dict[str, Any], key: str) -> datetime:
    value = _get(data, key)
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise JournalDamaged(translate("SessionRecord", "{column}: expected a date and time with a time zone, "
                                                        "got {value}").format(column=key, value=repr(value)))
    return moment


def _day(data: dict[str, Any], key: str) -> date:
    value = _get(data, key)
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise JournalDamaged(translate("SessionRecord", "{column}: expected a calendar date, got {value}").format(
            column=key, value=repr(value))) from None


def _whole(data: dict[str, Any], key: str, limit: int) -> int:
    value = _get(data, key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise JournalDamaged(translate("SessionRecord", "{column}: expected a whole number, 0 or more, got "
                                                        "{value}").format(column=key, value=repr(value)))
    if value > limit:
        raise JournalDamaged(translate("SessionJournal", "{column}: {value} is more than {limit}").format(
            column=key, value=value, limit=limit))
    return value


def _seconds(data: dict[str, Any], key: str) -> float:
    value = _get(data, key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise JournalDamaged(translate("SessionRecord", "{column}: expected a number of seconds, 0 or more, got "
                                                        "{value}").format(column=key, value=repr(value)))
    if value > MAX_SECONDS:
        raise JournalDamaged(translate("SessionJournal", "{column}: {value} is more than {limit}").format(
            column=key, value=value, limit=int(MAX_SECONDS)))
    return float(value)


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise JournalDamaged(translate("SessionRecord", "{column}: expected true or false, got {value}").format(
            column=key, value=repr(value)))
    return value


def _owner(value: Any) -> Owner | None:
    if value is None:
        return None  # a file of an older version: no owner recorded
    pid = value.get("pid") if isinstance(value, dict) else None
    started = value.get("started") if isinstance(value, dict) else None
    if isinstance(pid, bool) or not isinstance(pid, int) or pid <= 0 or not isinstance(started, (str, type(None))):
        raise JournalDamaged(translate("SessionJournal", "{column}: expected the process that plays the session, "
                                                         "got {value}").format(column="owner", value=repr(value)))
    return Owner(pid, started)
