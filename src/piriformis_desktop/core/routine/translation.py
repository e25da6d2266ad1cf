"""A language's routine text laid over the English routine, checked entry by entry, and the pseudo-locale's.

A `routine.<language>.toml` file holds only text, in the shape `routine_texts` gives (exercise tables keyed
by id, the same number of steps per side as English). A missing or malformed entry keeps its English text
and is named in `Routine.notices`, so a card is never blank, and the test suite insists the shipped
languages have none.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from piriformis_desktop.core.language import LANGUAGES
from piriformis_desktop.core.routine.model import Exercise, Routine, Side, SideText
from piriformis_desktop.core.words import PSEUDO_LANGUAGE, pseudo_localize


def routine_texts(routine: Routine) -> dict[str, Any]:
    """Every translatable text of `routine`, in the shape of a `routine.<language>.toml` file.

    Numbers, ids, the authors' name, the date and the `reconstructed` field names are not text to translate
    and live in routine.toml only. An exercise without a variant has no `variant` key.
    """
    def exercise(e: Exercise) -> dict[str, Any]:
        table: dict[str, Any] = {key: getattr(e, key) for key in _EXERCISE_TEXTS}
        if e.variant:
            table["variant"] = e.variant
        table["sides"] = {side.value: {"steps": list(text.steps), "move_cue": text.move_cue,
                                       "hold_cue": text.hold_cue, "release_cue": text.release_cue}
                          for side, text in e.sides.items()}
        return table

    return {
        "title": routine.title,
        "summary": routine.summary,
        "credit": {"description": routine.credit.description, "source": routine.credit.source},
        "about": {"why": list(routine.why), "story": routine.story,
                  "reconstructed_note": routine.reconstructed_note, "safety": list(routine.safety)},
        "exercises": {e.id: exercise(e) for e in routine.exercises},
    }


_EXERCISE_TEXTS = ("name", "section", "purpose", "start_position", "get_ready_cue", "equipment", "illustration_view")


def with_texts(routine: Routine, texts: dict[str, Any], language: str, notices: tuple[str, ...] = ()) -> Routine:
    """`routine` with its texts replaced by `texts` (the complete shape `routine_texts` returns)."""
    def exercise(e: Exercise) -> Exercise:
        table = texts["exercises"][e.id]
        sides = {side: SideText(tuple(t["steps"]), t["move_cue"], t["hold_cue"], t["release_cue"])
                 for side in Side for t in [table["sides"][side.value]]}
        return replace(e, sides=sides, variant=table.get("variant", ""), **{k: table[k] for k in _EXERCISE_TEXTS})

    about = texts["about"]
    return replace(
        routine, title=texts["title"], summary=texts["summary"],
        credit=replace(routine.credit, **texts["credit"]),
        why=tuple(about["why"]), story=about["story"], reconstructed_note=about["reconstructed_note"],
        safety=tuple(about["safety"]), exercises=tuple(exercise(e) for e in routine.exercises),
        language=language, notices=notices,
    )


def merge_texts(english: Any, translated: Any, where: str, notices: list[str]) -> Any:
    """`translated` checked against the English shape: what is missing or malformed keeps its English text
    and adds a notice naming its dotted key (`where`, "" at the top); keys the English lacks are named and
    ignored."""
    if isinstance(english, dict):
        if not isinstance(translated, dict):
            notices.append(f"{where} is {_missing_or(translated, 'a table')}; English is shown for all of it")
            return english
        inside = f"{where}." if where else ""
        for key in sorted(translated.keys() - english.keys()):
            notices.append(f"{inside}{key} is not a text of the routine; ignored")
        return {key: merge_texts(value, translated.get(key), f"{inside}{key}", notices)
                for key, value in english.items()}
    if isinstance(english, list):
        if not isinstance(translated, list) or not all(isinstance(t, str) and t.strip() for t in translated):
            notices.append(f"{where} is {_missing_or(translated, 'a list of texts')}; English is shown")
            return english
        if len(translated) != len(english):
            notices.append(f"{where} has {len(translated)} entries, English has {len(english)}; English is shown")
            return english
        return translated
    if not isinstance(translated, str) or not translated.strip():
        notices.append(f"{where} is {_missing_or(translated, 'text')}; English is shown")
        return english
    return translated


def _missing_or(value: Any, wanted: str) -> str:
    if value is None:
        return "missing"
    if isinstance(value, str) and not value.strip():
        return "empty"
    return f"not {wanted}"


def translate_routine(english: Routine, language: str, text: str | None, origin: str) -> Routine:
    """`english` with `language`'s text from `text` (None: no such file), checked field by field."""
    notices: list[str] = []
    if text is None:
        return replace(english, language=language, notices=(f"{origin} is missing; the routine is shown in English",))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return replace(english, language=language,
                       notices=(f"{origin}: not valid TOML ({error}); the routine is shown in English",))
    texts = merge_texts(routine_texts(english), data, "", notices)
    return with_texts(english, texts, language, tuple(f"{origin}: {notice}" for notice in notices))


def pseudo_routine(english: Routine) -> Routine:
    """The routine in the pseudo-locale: every text accented and lengthened (see core/words.py)."""
    def pseudo(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: pseudo(v) for k, v in value.items()}
        if isinstance(value, list):
            return [pseudo(v) for v in value]
        return pseudo_localize(value)
    return with_texts(english, pseudo(routine_texts(english)), PSEUDO_LANGUAGE)


def load_translated(english: Routine, language: str, folder: Path) -> Routine:
    """The routine in `language` from `folder`/routine.<language>.toml (the pseudo-locale is made, not read)."""
    if language == PSEUDO_LANGUAGE:
        return pseudo_routine(english)
    if language not in LANGUAGES:
        return replace(english, language=language,
                       notices=(f"no routine text for the language {language!r}; the routine is shown in English",))
    path = folder / f"routine.{language}.toml"
    try:
        text: str | None = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        text = None
    return translate_routine(english, language, text, f"piriformis_desktop/data/{path.name}")
