"""Optional capabilities (sound, voice): which of the user's choices cannot work here, in one sentence."""

from __future__ import annotations


def unavailable_words(*wanted: tuple[bool, str | None]) -> str | None:
    """Join the reasons of the capabilities the user switched on but cannot have, each ending in a full stop.

    `wanted` holds (switched on, reason it is unavailable or None) pairs; None when nothing is missing.
    """
    reasons = [reason for on, reason in wanted if on and reason]
    return " ".join(r if r.endswith(".") else f"{r}." for r in reasons) or None


def as_clause(reason: str) -> str:
    """A reason as it goes inside a sentence that puts its own full stop after it: "failure." gives "failure",
    so a notice never reads "failure.."."""
    return reason.strip().rstrip(".").rstrip()
