"""What the app says on the terminal: a problem after the command's name, what a command did as it is."""

from pathlib import Path

from piriformis_desktop.core.terminal import PROG, log


def test_a_problem_is_said_after_the_commands_name_and_a_report_as_it_is(capsys):
    log.warning("The history is read-only.")
    log.info("Wrote the routine sheet to sheet.pdf (A4).")
    assert capsys.readouterr().err == ("piriformis-desktop: The history is read-only.\n"
                                       "Wrote the routine sheet to sheet.pdf (A4).\n")


def test_the_commands_name_is_written_in_one_place():
    """No module types the name before a message again: they say it through core.terminal."""
    package = Path(__file__).resolve().parents[1] / "src" / "piriformis_desktop"
    typed = [str(path.relative_to(package)) for path in package.rglob("*.py")
             if path.name != "resources_rc.py" and f'"{PROG}: ' in path.read_text("utf-8")]
    assert typed == []
