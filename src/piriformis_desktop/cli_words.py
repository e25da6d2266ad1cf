"""argparse in the user's language: its own words ("usage:", "options", its error messages) through the app's
translation, as the help texts already are.

argparse words its messages with `gettext`, looked up as the module's `_` and `ngettext` each time it speaks.
`TranslatedParser` points those at our catalogue while it is built, parses and formats, and puts them back
after, so no other parser in the process is changed. No Qt here: the core's `Words.tr` is the app's
translation when a language is installed, and the English source otherwise.
"""

from __future__ import annotations

import argparse
from contextlib import contextmanager

from piriformis_desktop.core.words import Words


class Argparse(Words):
    """The context of argparse's own words."""


def argparse_words() -> dict[str, str]:
    """argparse's messages (Python 3.11 to 3.13) that our command line can show, each in the user's language;
    the %-placeholders are argparse's and stay as they are."""
    return {
        "usage: ": Argparse.tr("usage: "),
        "options": Argparse.tr("options", "a heading of --help; a colon follows right after it"),
        "positional arguments": Argparse.tr("positional arguments", "a heading of --help; a colon follows"),
        "show this help message and exit": Argparse.tr("show this help message and exit"),
        "%(prog)s: error: %(message)s\n": Argparse.tr("%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": Argparse.tr("argument %(argument_name)s: %(message)s"),
        "unrecognized arguments: %s": Argparse.tr("unrecognized arguments: %s"),
        "expected one argument": Argparse.tr("expected one argument"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            Argparse.tr("invalid choice: %(value)r (choose from %(choices)s)"),
        "invalid %(type)s value: %(value)r": Argparse.tr("invalid %(type)s value: %(value)r"),
        "ambiguous option: %(option)s could match %(matches)s":
            Argparse.tr("ambiguous option: %(option)s could match %(matches)s"),
        "the following arguments are required: %s": Argparse.tr("the following arguments are required: %s"),
        "ignored explicit argument %r": Argparse.tr("ignored explicit argument %r"),
    }


@contextmanager
def in_our_words():
    """argparse speaks through our translation until the block ends."""
    words = argparse_words()
    before = argparse._, argparse.ngettext
    argparse._ = lambda message: words.get(message, message)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = before


class TranslatedParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (headings, usage, errors) are in the user's language."""

    def __init__(self, *args, **kwargs) -> None:
        with in_our_words():  # the "options" heading is made here
            super().__init__(*args, **kwargs)

    def parse_known_args(self, args=None, namespace=None):
        with in_our_words():  # errors, --help and --version all happen while parsing
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with in_our_words():
            return super().format_usage()

    def format_help(self) -> str:
        with in_our_words():
            return super().format_help()

    def error(self, message: str):
        with in_our_words():
            super().error(message)
