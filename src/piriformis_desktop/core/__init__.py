"""The ground floor: routine, timeline, session, settings, history and statistics. No Qt here."""
