"""Every session the user played, kept in SQLite: the record, the schema, the store, opening and repair, CSV."""

from piriformis_desktop.core.history.opening import HistoryOpening, open_history
from piriformis_desktop.core.history.record import (
    NOTE_LIMIT, PAIN_PLACES, SIDES, HistoryError, Outcome, RecordError, SessionRecord, check_pain, validate_record,
)
from piriformis_desktop.core.history.schema import MIGRATIONS, SCHEMA_VERSION
from piriformis_desktop.core.history.store import HistoryStore

__all__ = [
    "MIGRATIONS", "NOTE_LIMIT", "PAIN_PLACES", "SCHEMA_VERSION", "SIDES", "HistoryError", "HistoryOpening",
    "HistoryStore", "Outcome", "RecordError", "SessionRecord", "check_pain", "open_history", "validate_record",
]
