"""The command line wholly in the user's language: argparse's own words ("usage:", "options:", its error
messages) come through the app's translation as the help texts do; English stays argparse's English."""

import os
import subprocess
import sys

import pytest

ENGLISH = ["usage:", "options:", "show this help message", "error:", "invalid choice", "choose from", "argument "]
SAID = {
    "de": ["Aufruf: piriformis-desktop", "Optionen:", "diese Hilfe anzeigen und beenden",
           "piriformis-desktop: Fehler: Argument --paper: ungültige Auswahl: 'a3' (möglich sind 'a4', 'letter')"],
    "es": ["uso: piriformis-desktop", "opciones:", "mostrar este mensaje de ayuda y salir",
           "piriformis-desktop: error: argumento --paper: opción no válida: 'a3' (elija entre 'a4', 'letter')"],
    "fr": ["utilisation\u00a0: piriformis-desktop", "options\u00a0:", "afficher ce message d'aide et quitter",
           "piriformis-desktop\u00a0: erreur\u00a0: argument --paper\u00a0: choix non valide\u00a0: 'a3' "
           "(choisissez parmi 'a4', 'letter')"],
}


def run(language: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    env["LANGUAGE"] = language
    return subprocess.run([sys.executable, "-m", "piriformis_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=60)


@pytest.mark.parametrize("language", sorted(SAID))
def test_help_and_errors_are_in_the_language(language):
    """--help's headings and an unknown paper size's error, word for word in the language; no argparse English
    left (but "error:" in Spanish and "argument" in French, which are their words too)."""
    shown = run(language, "--help").stdout + run(language, "--paper", "a3").stderr
    for words in SAID[language]:
        assert words in shown, (words, shown)
    same = {"es": {"error:"}, "fr": {"argument "}}.get(language, set())  # the same word in the language
    left = [w for w in ENGLISH if w in shown and w not in same]
    assert not left, (left, shown)


def test_english_is_argparses_own():
    """In English the words are argparse's, unchanged, and other parsers in the process are left alone."""
    import argparse

    from piriformis_desktop.cli import build_parser
    from piriformis_desktop.cli_words import in_our_words

    assert build_parser().format_help().startswith("usage: piriformis-desktop")
    before = argparse._
    with in_our_words():
        assert argparse._("options") == "options"
    assert argparse._ is before
    shown = run("en", "--paper", "a3").stderr
    assert "piriformis-desktop: error: argument --paper: invalid choice: 'a3' (choose from 'a4', 'letter')" in shown
