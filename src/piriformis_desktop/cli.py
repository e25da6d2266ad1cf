"""Command line: start the app, or run a headless command (export/import history, print the sheet).

A headless command speaks the user's language like the window: before the parser's help or any message is
printed, `speak_the_users_language` installs the translators for the `language` setting (or the system's
language). In English it loads no Qt at all (the source text is English and the core writes its own "(s)"
plurals); otherwise QtCore, or QtGui for the PDF commands, never QtWidgets. The window installs them itself.

No traceback reaches a user: a headless command that meets a problem no one foresaw says so in one sentence
and exits with EX_SOFTWARE (70); a reader that goes away (`| head -1`) ends it quietly with 141, as a Unix
tool killed by SIGPIPE does. Files are private by default: while the app runs, its umask keeps every file
and folder it creates (history, settings, journal, lock, window place, exports) to the user alone.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from piriformis_desktop import APP_NAME, __version__
from piriformis_desktop.cli_words import TranslatedParser
from piriformis_desktop.core.terminal import PROG, log, standard_output_gone
from piriformis_desktop.core.words import Words

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

HEADLESS = ("export_history", "import_history", "print_sheet", "print_report", "apply_prescription",
            "write_prescription")  # commands that never open a window
PDF_COMMANDS = ("print_sheet", "print_report")  # these draw with QtGui, so they need a QGuiApplication

WEEKS = (1, 520)  # a report covers one week to ten years
# The Qt application that holds a headless command's translators, kept for the process.
_application: QCoreApplication | None = None


class Cli(Words):
    """The context of the command line's words."""


class _ProbeError(Exception):
    pass


class _Probe(argparse.ArgumentParser):
    """The parser as a silent look at the arguments: no help printed, no exit on a mistake."""

    def error(self, message: str):
        raise _ProbeError(message)


def _weeks(text: str) -> int:
    """--weeks N, N from WEEKS[0] to WEEKS[1]: a million weeks would be a PDF of thousands of pages, or a crash."""
    try:
        weeks = int(text)
    except ValueError:
        weeks = 0
    if not WEEKS[0] <= weeks <= WEEKS[1]:
        raise argparse.ArgumentTypeError(Cli.tr("expected a whole number from {first} to {last}, got {value}").format(
            first=WEEKS[0], last=WEEKS[1], value=repr(text)))
    return weeks


def _help(text: str) -> str:
    """A translated help text as argparse reads it: a "%" of the translation kept as itself."""
    return text.replace("%", "%%")


def build_parser(probe: bool = False) -> argparse.ArgumentParser:
    """The command line's options, worded in the language installed when it is called."""
    parser = (_Probe if probe else TranslatedParser)(
        prog=PROG,
        add_help=False,
        description=_help(Cli.tr("{app}: a guided home routine for piriformis syndrome.").format(app=APP_NAME)),
        epilog=_help(Cli.tr("Set {variable}=N (N >= 1) to run the session clock N times faster (demos, tests).")
                     .format(variable="PIRIFORMIS_TIME_SCALE")),
    )
    parser.add_argument("-h", "--help", action="store_true" if probe else "help",
                        help=_help(Cli.tr("show this help message and exit")))
    version: dict[str, Any] = ({"action": "store_true"} if probe
                               else {"action": "version", "version": f"%(prog)s {__version__}"})
    parser.add_argument("--version", **version, help=_help(Cli.tr("show program's version number and exit")))
    parser.add_argument("--start", action="store_true", help=_help(Cli.tr("open and start today's session at once")))
    parser.add_argument("--fullscreen", action="store_true", help=_help(Cli.tr("open in full screen with large type")))
    parser.add_argument("--export-history", metavar="FILE",
                        help=_help(Cli.tr("write every session as CSV (- for stdout)")))
    parser.add_argument("--import-history", metavar="FILE",
                        help=_help(Cli.tr("add sessions from a CSV export, skipping duplicates")))
    parser.add_argument("--print-sheet", metavar="FILE.pdf",
                        help=_help(Cli.tr("write the routine sheet as a PDF and exit")))
    parser.add_argument("--print-report", metavar="FILE.pdf",
                        help=_help(Cli.tr("write a progress report for your physiotherapist")))
    parser.add_argument("--apply-prescription", metavar="FILE",
                        help=_help(Cli.tr("apply a physiotherapist's prescription file, print what changed and exit")))
    parser.add_argument("--write-prescription", metavar="FILE",
                        help=_help(Cli.tr("write the current settings and prescription as a prescription file")))
    parser.add_argument("prescription", nargs="?", metavar="FILE.prescription.toml",
                        help=_help(Cli.tr("open the window and show what this prescription would change")))
    if probe:  # a silent look shows no help, so it needs no default to word: core.stats stays out of start-up
        parser.add_argument("--weeks", type=_weeks, metavar="N")
    else:
        from piriformis_desktop.core.stats import RECENT_WEEKS

        parser.add_argument("--weeks", type=_weeks, default=RECENT_WEEKS, metavar="N",
                            help=_help(Cli.tr("weeks the report covers (default {weeks})").format(weeks=RECENT_WEEKS)))
    parser.add_argument("--paper", choices=["a4", "letter"],
                        help=_help(Cli.tr("paper size for the PDFs (default: locale)")))
    return parser


def silent_look(argv: list[str]) -> argparse.Namespace | None:
    """`argv` as the silent parser reads it; None for a mistake (the worded parser reports it)."""
    try:
        return build_parser(probe=True).parse_args(argv)
    except _ProbeError:
        return None


def prints_and_exits(args: argparse.Namespace | None) -> str | None:
    """What the silent look at the arguments asks for without opening the window: "pdf" (a PDF command),
    "text" (another command, help, the version or a mistake the parser will report), or None when it starts
    the app."""
    if args is None:
        return "text"
    if any(getattr(args, command) for command in PDF_COMMANDS):
        return "pdf"
    if args.help or args.version or any(getattr(args, command) for command in HEADLESS):
        return "text"
    return None


def speak_the_users_language(pdf: bool = False) -> str:
    """Install the translators for the user's language before a headless command prints; returns the language.

    Nothing to do in English. Otherwise a QCoreApplication (a QGuiApplication for the PDF commands) holds
    Qt's translators for the rest of the process, as the window's application does.
    """
    from piriformis_desktop import paths  # only a headless command needs the settings this early
    from piriformis_desktop.core.language import SOURCE_LANGUAGE, resolve_language
    from piriformis_desktop.core.settings import load_settings

    setting = load_settings(paths.settings_path()).settings.language
    language = resolve_language(setting, os.environ)
    if language == SOURCE_LANGUAGE:
        return language
    global _application
    if pdf:
        from piriformis_desktop.ui.documents.pages import headless_application  # QtGui, never widgets

        _application = headless_application()
    else:
        from PySide6.QtCore import QCoreApplication  # translators need an application; QtCore is enough

        _application = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    from piriformis_desktop.ui.translation import install_translation  # QtCore only

    return install_translation(setting)


def main(argv: list[str] | None = None) -> int:
    from piriformis_desktop.paths import private_files  # folders and files the user's alone, while the app runs

    with private_files():
        argv = sys.argv[1:] if argv is None else list(argv)
        if not argv:  # the usual launch, from the desktop's menu: the window, with no parser to build
            return _open_window()
        looked = silent_look(argv)
        headless = prints_and_exits(looked)
        if looked is not None and not headless:  # the window: the silent look is all it needs (no help to word)
            return _run(looked)
        try:
            speak_the_users_language(pdf=headless == "pdf")
            args = build_parser().parse_args(argv)
            return _run(args)
        except BrokenPipeError:
            return standard_output_gone()
        except KeyboardInterrupt:
            return 130
        except Exception as error:  # noqa: BLE001 (the last line of defence: a sentence, never a traceback)
            log.error(Cli.tr("stopped by an unexpected problem ({kind}: {reason}); nothing more was done.").format(
                kind=type(error).__name__, reason=error))
            return 70


def _run(args: argparse.Namespace) -> int:
    if args.apply_prescription or args.write_prescription:
        from piriformis_desktop.prescription_commands import apply_command, write_command  # headless, no widgets

        code = apply_command(args.apply_prescription) if args.apply_prescription else 0
        if code or not args.write_prescription:
            return code
        return write_command(args.write_prescription)
    if args.export_history or args.import_history:
        from piriformis_desktop.history_commands import export_command, import_command  # headless, no widgets

        if args.import_history:
            code = import_command(args.import_history)
            if code or not args.export_history:
                return code
        return export_command(args.export_history)
    if args.print_report:
        from piriformis_desktop.ui.documents.report import print_report_command  # QtGui for the PDF, not widgets

        return print_report_command(args.print_report, args.weeks, args.paper)
    if args.print_sheet:
        from piriformis_desktop.ui.documents.sheet import print_sheet_command  # needs QtGui for the PDF, not widgets

        return print_sheet_command(args.print_sheet, args.paper)
    return _open_window(start=args.start, fullscreen=args.fullscreen, prescription=args.prescription)


def _open_window(*, start: bool = False, fullscreen: bool = False, prescription: str | None = None) -> int:
    from piriformis_desktop import startup

    startup.before_first_frame()
    from piriformis_desktop.ui.app import run_gui  # the GUI path is the only one that loads widgets

    return run_gui(start=start, fullscreen=fullscreen, prescription=prescription)
