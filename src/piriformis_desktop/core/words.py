"""The core's one translation function: English until the ui points it at Qt's translators.

The core may not import Qt, yet some of its words reach the screen (which leg, say). It words them through
`translate`, which has `QCoreApplication.translate`'s signature; `ui/translation.py` installs that function
at start-up, so the core's strings come from the same `.qm` files as the widgets'. Without Qt (the core's
tests, a headless command) the source English is returned, with `%n` filled in as Qt would.

How pyside6-lupdate sees these calls (6.11; checked on samples, see README "How to add a language"):
- `translate("Context", "Text")` and `words.translate("Context", "Text", "disambiguation")` are extracted:
  lupdate takes any call named `translate` whose first two arguments are string literals.
- A plural needs the `tr` form. lupdate reads a variable count in `translate(ctx, text, None, count)` as
  Qt 4's old encoding argument and drops the plural forms (only a literal number survives). `X.tr(text,
  disambiguation, count)` is always read as a plural, with the context `X`. So a core class that words
  things inherits `Words` (Qt's Q_DECLARE_TR_FUNCTIONS for plain Python) and calls `self.tr(...)` or
  `ClassName.tr("%n sessions", "", count)`; the context is the class's name, as lupdate records it.
- Never an f-string or a variable as the text: lupdate records the braces, or nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

Translate = Callable[[str, str, "str | None", int], str]


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text, `%n` replaced by `n` when a count is given (Qt does the same when nothing matches),
    and "(s)" made English's plural for `n`, as ui.words.EnglishPlurals does under Qt: "1 rep", "2 reps"."""
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


_translate: Translate = english


def install(function: Translate | None) -> None:
    """Route every core translation through `function` (QCoreApplication.translate); None: back to English."""
    global _translate
    _translate = function or english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language, looked up under `context` (and `disambiguation`); `%n` takes `n`."""
    return _translate(context, text, disambiguation, n)


class Words:
    """A core class's `tr()`, as Qt gives a QObject's: the context is the class's name.

    Call it as `self.tr("Right leg")` inside the class, or `Card.tr("%n reps", "", reps)` outside it: lupdate
    names the context after the enclosing class or the name before `.tr`, and that is `cls.__name__` here.
    Pass a count positionally (third argument): lupdate reads `n=count` as no plural at all.
    """

    __slots__ = ()

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(cls.__name__, text, disambiguation, n)


# --- The pseudo-locale -------------------------------------------------------------------------------------
# A test language made by machine from the English source: every letter accented, every text 30-40 % longer
# and fenced in brackets, so an untranslated string (plain ASCII) and a clipped one (no closing bracket) show
# on screen at a glance. The en_XA .ts file and the en_XA routine text are both made by `pseudo_localize`.

PSEUDO_LANGUAGE = "en_XA"
_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒğĥíĵķĺɱñöþǫŕšţûṽŵẋýžÁƁÇĐÉƑĞĤÍĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept exactly as written: Qt's %1 / %L1 / %n, Python's {name}, HTML tags and entities, and a mnemonic's
# letter after "&" (so Alt+letter stays on the same key).
_KEEP = re.compile(r"%L?\d|%n|\{[^{}]*\}|<[^<>]*>|&[#\w]+;|&&|&.")
_PADDING = " ẋẋẋ ẋẋ ẋẋẋẋ ẋ"  # words, not one long run, so padded text wraps where real text would
PSEUDO_GROWTH = 0.35  # the share of the source's length added; translations into German run about this long


def pseudo_localize(text: str) -> str:
    """`text` in the pseudo-locale: "Hold on" -> "[Ĥöĺđ öñ ẋ]"; placeholders, tags and mnemonics kept as they are."""
    if not text.strip():
        return text
    parts, last = [], 0
    for kept in _KEEP.finditer(text):
        parts.append(text[last:kept.start()].translate(_ACCENTS))
        parts.append(kept.group())
        last = kept.end()
    parts.append(text[last:].translate(_ACCENTS))
    visible = len(_KEEP.sub("x", text))
    extra = math.ceil(visible * PSEUDO_GROWTH) - 2  # the two brackets count toward the growth
    padding = (_PADDING * (extra // len(_PADDING) + 1))[:extra] if extra > 0 else ""
    if padding.endswith(" "):
        padding = padding[:-1] + "ẋ"  # a trailing space would hide the end of the padding
    return "[" + "".join(parts) + padding + "]"
