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
        NOTE_LIMIT,
        PAIN_PLACES,
        SIDES,
        HistoryError,
        Outcome,
        RecordError,
        SessionRecord,
        check_pain,
        validate_record,
    )
    from piriformis_desktop.core.history.schema import MIGRATIONS, SCHEMA_VERSION
    from piriformis_desktop.core.history.store import HistoryStore

__all__ = [
    "MIGRATIONS", "NOTE_LIMIT", "PAIN_PLACES", "SCHEMA_VERSION", "SIDES", "HistoryError", "HistoryOpening",
    "HistoryStore", "Outcome", "RecordError", "SessionRecord", "check_pain", "open_history", "validate_record",
]

_HOMES = {
    "HistoryOpening": "opening", "open_history": "opening",
    "NOTE_LIMIT": "record", "PAIN_PLACES": "record", "SIDES": "record", "HistoryError": "record",
    "Outcome": "record", "RecordError": "record", "SessionRecord": "record", "check_pain": "record",
    "validate_record": "record",
    "MIGRATIONS": "schema", "SCHEMA_VERSION": "schema",
    "HistoryStore": "store",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
