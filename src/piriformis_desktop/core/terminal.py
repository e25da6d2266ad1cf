"""What the app says on the terminal: one logger whose format names the command once, and a quiet end when the
reader of standard output goes away.

Every message for stderr goes through `log`, never through `print(..., file=sys.stderr)` with the name typed again:
`log.warning` for a problem or a notice, said after the command's name as Unix tools do; `log.info` for what a
command did ("Wrote the routine sheet to …"), said as it is. The handler writes to whatever `sys.stderr` is when
the message is said, so a test's capture sees it too.
"""

from __future__ import annotations

import logging
import os
import sys

PROG = "piriformis-desktop"  # the command's name: in --help, and before each message on stderr
log = logging.getLogger("piriformis_desktop")


class _Named(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        return f"{PROG}: {message}" if record.levelno >= logging.WARNING else message


class _Stderr(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
            sys.stderr.flush()
        except (OSError, ValueError):  # stderr closed or full: there is nowhere left to say it
            pass


def _set_up() -> None:
    if not any(isinstance(handler, _Stderr) for handler in log.handlers):
        handler = _Stderr()
        handler.setFormatter(_Named())
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False  # said once, here, whatever the root logger does


_set_up()


def standard_output_gone() -> int:
    """After the reader of stdout went away (or it failed): send what Python still holds for it nowhere, so its
    flush at exit says nothing; 141 is what a shell reports for a tool ended by SIGPIPE."""
    try:
        nowhere = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nowhere, sys.stdout.fileno())
        os.close(nowhere)
    except (OSError, ValueError, AttributeError):  # no real stdout (a test's capture): nothing to silence
        pass
    return 141
