"""Every session the user played, kept in SQLite: the record, the schema, the store, opening and repair, CSV.

The names below load when first used (PEP 562), so that `core.history.source`, which the window holds from its
first frame, does not bring in sqlite3 before the history is opened after that frame.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from piriformis_desktop.core.history.opening import HistoryOpening, open_history
    from piriformis_desktop.core.history.record import (
        NOTE_LIMIT, PAIN_PLACES, SIDES, HistoryError, Outcome, SessionRecord, check_pain,
    )
    from piriformis_desktop.core.history.schema import MIGRATIONS, SCHEMA_VERSION
    from piriformis_desktop.core.history.store import HistoryStore

_HOMES = {
    "HistoryOpening": "opening", "open_history": "opening",
    "NOTE_LIMIT": "record", "PAIN_PLACES": "record", "SIDES": "record", "HistoryError": "record",
    "Outcome": "record", "SessionRecord": "record", "check_pain": "record",
    "MIGRATIONS": "schema", "SCHEMA_VERSION": "schema",
    "HistoryStore": "store",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
