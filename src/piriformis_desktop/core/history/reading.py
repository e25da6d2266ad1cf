"""Reading a text file a line at a time with limits, so that a file that is not what we expect ends at once.

`file.readline()` with no limit reads /dev/zero (or a video with no line breaks) until memory runs out; here
each line is read with a limit, and the characters are counted, and either limit stops the reading with a
sentence naming the line. The words are the CSV import's (context HistoryCsv), its only reader today.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from piriformis_desktop.core.history.record import HistoryError
from piriformis_desktop.core.words import translate

LINE_LIMIT = 64 * 1024  # characters in one line: a row with its settings and a 500-character note is ~2,000
FILE_LIMIT = 32 * 1024 * 1024  # characters in the file (so at least as many bytes): 30 years of daily rows fit


class Reading:
    """Where a bounded read has got to: lines and characters so far."""

    def __init__(self) -> None:
        self.line = 0
        self.characters = 0


def bounded_lines(file: IO[str], reading: Reading) -> Iterator[str]:
    """The file's lines, stopping with a sentence at a line over LINE_LIMIT or a file over FILE_LIMIT."""
    while True:
        text = file.readline(LINE_LIMIT + 1)
        if not text:
            return
        reading.line += 1
        reading.characters += len(text)
        if len(text.rstrip("\r\n")) > LINE_LIMIT:
            raise HistoryError(translate("HistoryCsv", "line {line} is longer than {limit} characters, so this is "
                                                       "not an export of this app.").format(line=reading.line,
                                                                                            limit=LINE_LIMIT))
        if reading.characters > FILE_LIMIT:
            raise HistoryError(translate("HistoryCsv", "line {line}: the file is larger than {limit} MB, so this is "
                                                       "not an export of this app.").format(
                line=reading.line, limit=FILE_LIMIT // (1024 * 1024)))
        yield text
