"""The routine's content: exercises, their steps per side, credit and safety text, loaded and validated.

`routine.toml` holds the English text and every number (parsed by `model`); `routine.<language>.toml` holds only
a language's text (`translation` lays it over the English). `load_routine(language)` gives either, once per
process.
"""

from __future__ import annotations

from piriformis_desktop.core.language import SOURCE_LANGUAGE
from piriformis_desktop.core.routine.model import (
    DATA_FOLDER,
    ROUTINE_RESOURCE,
    Credit,
    Exercise,
    Routine,
    RoutineError,
    Side,
    SideText,
    parse_routine,
)
from piriformis_desktop.core.routine.translation import load_translated

__all__ = [
    "DATA_FOLDER", "ROUTINE_RESOURCE", "Credit", "Exercise", "Routine", "RoutineError", "Side", "SideText",
    "load_routine", "parse_routine",
]

_ROUTINES: dict[str, Routine] = {}


def load_routine(language: str = "en") -> Routine:
    """The packaged routine in `language` (one of core.language.LANGUAGES, or the pseudo-locale), parsed once
    per process.

    A language without a file, or a file with gaps, falls back to English where needed and says so in
    `notices`; only the English file's own errors raise RoutineError.
    """
    if language in _ROUTINES:
        return _ROUTINES[language]
    if language == SOURCE_LANGUAGE:
        # A plain file beside the package (setuptools package-data): cheaper at start-up than importlib.resources.
        text = (DATA_FOLDER / ROUTINE_RESOURCE).read_text("utf-8")
        routine = parse_routine(text, f"piriformis_desktop/data/{ROUTINE_RESOURCE}")
    else:
        routine = load_translated(load_routine(), language, DATA_FOLDER)
    _ROUTINES[language] = routine
    return routine
