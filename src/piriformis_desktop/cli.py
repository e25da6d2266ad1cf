"""Command line: start the app, or run a headless command (export/import history, print the sheet)."""

from __future__ import annotations

import argparse

from piriformis_desktop import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="piriformis-desktop",
        description=f"{APP_NAME}: a guided home routine for piriformis syndrome.",
        epilog="Set PIRIFORMIS_TIME_SCALE=N (N >= 1) to run the session clock N times faster (demos, tests).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--start", action="store_true", help="open and start today's session at once")
    parser.add_argument("--fullscreen", action="store_true", help="open in full screen with large type")
    parser.add_argument("--export-history", metavar="FILE", help="write every session as CSV (- for stdout)")
    parser.add_argument("--import-history", metavar="FILE", help="add sessions from a CSV export, skipping duplicates")
    parser.add_argument("--print-sheet", metavar="FILE.pdf", help="write the routine sheet as a PDF and exit")
    parser.add_argument("--print-report", metavar="FILE.pdf", help="write a progress report for your physiotherapist")
    parser.add_argument("--weeks", type=int, default=12, metavar="N", help="weeks the report covers (default 12)")
    parser.add_argument("--paper", choices=["a4", "letter"], help="paper size for the PDFs (default: locale)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.export_history or args.import_history:
        from piriformis_desktop.history_commands import export_command, import_command  # headless, no Qt

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
    from piriformis_desktop.ui.app import run_gui  # the GUI path is the only one that loads widgets

    return run_gui(start=args.start, fullscreen=args.fullscreen)
