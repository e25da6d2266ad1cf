"""The command line: version, help, and headless history export that never needs a display."""

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTranslator

from piriformis_desktop import __version__, paths
from piriformis_desktop.cli import main
from piriformis_desktop.core.history import SessionRecord, open_history


def run_cli(*args, env_extra=None):
    """Run the real command as a new process with no display at all."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "piriformis_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=60)


def record_one(completed=True, day=20):
    store = open_history(paths.history_path()).store
    start = datetime(2026, 11, day, 7, 30, tzinfo=UTC)
    store.record(SessionRecord(started_at=start, ended_at=start + timedelta(seconds=385),
                               local_date=date(2026, 11, day), duration_seconds=385.0, completed=completed,
                               exercises_done=3 if completed else 1, exercises_total=3, first_side="right",
                               settings={"weekly_goal": 3}))
    store.close()


def test_version(capsys):
    """--version prints the program name and version."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"piriformis-desktop {__version__}"


def test_help_lists_every_command(capsys):
    """--help names the start, export, import and sheet commands and the time-scale variable."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for option in ("--start", "--fullscreen", "--export-history", "--import-history", "--print-sheet",
                   "--paper", "PIRIFORMIS_TIME_SCALE"):
        assert option in out


def test_export_history_to_stdout_lists_sessions(capsys):
    """--export-history - writes a CSV with a header and one row per session."""
    record_one(completed=True, day=20)
    record_one(completed=False, day=21)
    assert main(["--export-history", "-"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["completed"] for r in rows] == ["true", "false"]
    assert rows[0]["started_at"].startswith("2026-11-20T07:30:00")
    assert float(rows[0]["duration_seconds"]) == 385.0


def test_export_history_to_a_file_then_import_on_a_new_machine(tmp_path, capsys, monkeypatch):
    """Export to a file, point the app at an empty data folder, import: the same sessions, no duplicates."""
    record_one()
    target = tmp_path / "export.csv"
    assert main(["--export-history", str(target)]) == 0
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "new-laptop"))
    assert main(["--import-history", str(target)]) == 0
    assert main(["--import-history", str(target)]) == 0  # again: duplicates skipped
    capsys.readouterr()
    assert main(["--export-history", "-"]) == 0
    assert len(list(csv.DictReader(io.StringIO(capsys.readouterr().out)))) == 1


def test_export_to_an_unwritable_place_fails_clearly(tmp_path, capsys):
    """A folder that does not exist gives exit code 1 and a plain message."""
    assert main(["--export-history", str(tmp_path / "missing" / "x.csv")]) == 1
    assert "Could not write" in capsys.readouterr().err


def test_export_history_needs_no_display_and_no_qt_widgets():
    """The export runs as a process with no display, and never loads Qt at all."""
    record_one()
    code = ("import sys; from piriformis_desktop.cli import main; rc = main(['--export-history', '-']); "
            "print('qt-loaded' if any(m.startswith('PySide6') for m in sys.modules) else 'no-qt', file=sys.stderr); "
            "sys.exit(rc)")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "no-qt" in result.stderr
    assert result.stdout.splitlines()[0].startswith("started_at,")


def test_startup_does_not_import_pyqtgraph_or_printing():
    """Building the main window loads neither pyqtgraph nor Qt's printing support."""
    code = ("import sys; from piriformis_desktop.ui.app import make_application, build_main_window; "
            "app = make_application(); window, _ = build_main_window(); window.show(); app.processEvents(); "
            "print(sorted(m for m in sys.modules if m.startswith(('pyqtgraph', 'PySide6.QtPrintSupport'))))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_export_and_import_count_sessions_in_english(tmp_path, capsys, monkeypatch):
    """One session reads "1 session", two "2 sessions", in what the commands print."""
    record_one(day=20)
    target = tmp_path / "export.csv"
    assert main(["--export-history", str(target)]) == 0
    assert capsys.readouterr().err == f"Exported 1 session to {target}\n"
    record_one(day=21)
    assert main(["--export-history", str(target)]) == 0
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "new-laptop"))
    assert main(["--import-history", str(target)]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == f"Imported 2 sessions from {target} (0 already there)."


class Marked(QTranslator):
    """A translation of the command line's and the history's words that marks each one «…»."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt name)
        if context not in ("Cli", "HistoryCommands", "HistoryCsv"):
            return None
        return "«" + source_text.replace("(s)", "" if n == 1 else "s") + "»"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


@pytest.fixture
def in_german(qapp):
    """The settings ask for German; a translation marks the command line's words so they can be told apart."""
    from piriformis_desktop.ui.translation import remove_translation

    paths.settings_path().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_path().write_text('language = "de"\n')
    marked = Marked(qapp)
    qapp.installTranslator(marked)  # before the command installs German's: asked after it, as a fallback
    yield
    remove_translation()
    qapp.removeTranslator(marked)


def test_help_is_in_the_language_of_the_settings(in_german, capsys):
    """--help is in German when the settings ask for German, options and variables kept."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--start öffnen und die heutige Sitzung sofort starten" in out
    assert ("Mit PIRIFORMIS_TIME_SCALE=N (N >= 1) läuft die Sitzungsuhr N-mal schneller (für Vorführungen und "
            "Tests).") in out


def test_history_commands_speak_the_language_of_the_settings(in_german, tmp_path, capsys):
    """The export's count and an import's line-numbered error are the translation's sentences."""
    record_one()
    target = tmp_path / "export.csv"
    assert main(["--export-history", str(target)]) == 0
    assert capsys.readouterr().err == f"1 Sitzung nach {target} exportiert\n"
    broken = tmp_path / "broken.csv"
    broken.write_text(target.read_text().replace(",true,", ",maybe,"))
    assert main(["--import-history", str(broken)]) == 1
    assert capsys.readouterr().err == (f"piriformis-desktop: {broken}: Zeile 2: completed: erwartet wurde true oder "
                                       "false, gefunden: 'maybe'.\n")


@pytest.mark.slow
def test_a_translated_export_loads_no_widgets_and_a_translated_sheet_is_translated(tmp_path):
    """In another language the export loads QtCore for the translators, never QtGui or widgets, and writes the
    same CSV; the sheet's PDF comes out in that language (here the pseudo-locale, made from the sources)."""
    record_one()
    code = ("import sys; from piriformis_desktop.cli import main; rc = main(['--export-history', '-']); "
            "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('PySide6.Qt')}), file=sys.stderr); "
            "sys.exit(rc)")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["LANGUAGE"] = "en_XA"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "['QtCore']"
    assert result.stdout.splitlines()[0].startswith("started_at,")
    target = tmp_path / "sheet.pdf"
    result = run_cli("--print-sheet", str(target), env_extra={"LANGUAGE": "en_XA"})
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(target)).pages)
    assert "[Ýöûŕ ŕöûţíñé" in text and "Your routine" not in text
