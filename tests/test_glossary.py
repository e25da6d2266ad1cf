"""One word per thing, in English and in every language: translations/GLOSSARY.md names each thing once per
language, and every message whose English source uses a term says it with that language's word (bar the
glossary's reviewed exceptions). English itself never uses the words the glossary rules out."""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "translations" / "GLOSSARY.md"
LANGUAGES = {"de": "German", "es": "Spanish", "fr": "French"}


@dataclass(frozen=True)
class Term:
    english: tuple[str, ...]
    targets: dict[str, tuple[str, ...]]
    never: tuple[str, ...]

    def finds(self, source: str) -> re.Pattern:
        return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in self.english) + r")\b", re.IGNORECASE)


def _table(text: str, heading: str) -> list[dict[str, str]]:
    section = text.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    header = [c.strip() for c in rows[0].strip("|").split("|")]
    return [dict(zip(header, (c.strip() for c in row.strip("|").split("|")), strict=True)) for row in rows[2:]]


def _forms(cell: str) -> tuple[str, ...]:
    return tuple(f.strip() for f in cell.split(" / ") if f.strip())


def glossary() -> tuple[list[Term], set[tuple[str, str, str]]]:
    text = GLOSSARY.read_text("utf-8")
    terms = [Term(_forms(row["English"]), {code: _forms(row[name]) for code, name in LANGUAGES.items()},
                  _forms(row["English never says"])) for row in _table(text, "Terms")]
    terms.sort(key=lambda t: -max(len(f) for f in t.english))  # "routine sheet" before "routine" and "sheet"
    exceptions = {(row["Language"], row["English source begins"], row["Term"]) for row in _table(text, "Exceptions")}
    return terms, exceptions


def plain(text: str) -> str:
    """Words as a reader sees them: no placeholders, tags, mnemonics, file names or options; plain spaces and
    apostrophes."""
    text = re.sub(r"\{\w+\}|%n|%\d|<[^>]+>|\S+\.toml|--[\w-]+", " ", text)  # names of files and options too
    return text.replace("&", "").replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")


def catalogue(language: str) -> Path:
    return ROOT / "translations" / f"piriformis_desktop_{language}.ts"


def messages(path: Path):
    """(source, translation) of every live message of the catalogue at `path`, each plural form on its own."""
    root = ET.parse(path).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms:
            yield message.findtext("source"), form


def misnamed(language: str, path: Path | None = None) -> list[str]:
    terms, exceptions = glossary()
    problems = []
    for source, translation in messages(path or catalogue(language)):
        rest, said = plain(source), plain(translation).lower()
        for term in terms:
            pattern = term.finds(rest)
            if not pattern.search(rest):
                continue
            rest = pattern.sub(" ", rest)
            if any(form.lower() in said for form in term.targets[language]):
                continue
            if any(lang == language and name == term.english[0] and source.startswith(begins)
                   for lang, begins, name in exceptions):
                continue
            problems.append(f"{term.english[0]!r} is not {'/'.join(term.targets[language])!r} in "
                            f"{source!r} -> {translation!r}")
    return problems


def test_the_glossary_names_every_thing_in_every_language():
    """Each row has an English word and a word in each language; no English form is in two rows."""
    terms, exceptions = glossary()
    assert len(terms) >= 25
    for term in terms:
        assert term.english and all(term.targets[code] for code in LANGUAGES), term
    english = [form.lower() for term in terms for form in term.english]
    assert len(english) == len(set(english))
    known = {term.english[0] for term in terms}
    assert all(language in LANGUAGES and name in known for language, _, name in exceptions), exceptions


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_message_uses_the_glossarys_word(language):
    """A message whose English says "session" says "Sitzung" in German, "sesión" in Spanish, "séance" in French;
    and so for each thing of the glossary."""
    problems = misnamed(language)
    assert not problems, f"{len(problems)} in {language}:\n" + "\n".join(problems)


def test_english_says_each_thing_one_way():
    """The card, Settings and the sheet all say "Move back" (never "Release"); a stopped session is "stopped
    early" everywhere (never "not completed", "partial" or plain "Session stopped"); "Restart leg" everywhere."""
    terms, _ = glossary()
    sources = {source for source, _ in messages(catalogue("de"))}
    problems = [(word, source) for term in terms for word in term.never for source in sources
                if re.search(r"\b" + word + r"\b", plain(source), re.IGNORECASE)]
    assert not problems, problems


def test_a_misnamed_message_is_found(tmp_path):
    """The check finds "Verlaufsbericht" where the glossary says "Fortschrittsbericht", and passes the word."""
    def sample(translation):
        ts = tmp_path / "piriformis_desktop_de.ts"
        ts.write_text("<TS><context><name>X</name><message><source>Print progress &amp;report…</source>"
                      f"<translation>{translation}</translation></message></context></TS>", "utf-8")
        return misnamed("de", ts)
    assert len(sample("&amp;Verlaufsbericht drucken…")) == 1
    assert sample("&amp;Fortschrittsbericht drucken…") == []


def _translation(language: str, context: str, source: str) -> str:
    root = ET.parse(catalogue(language)).getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                translation = message.find("translation")
                if message.findtext("source") == source and translation.get("type") not in ("vanished", "obsolete"):
                    return translation.text
    raise KeyError((language, context, source))


PHASES = ["Get ready", "Move", "Hold", "Move back", "Switch legs", "Rest", "Done"]
BUTTONS = [("Actions", "◀ Previous"), ("Actions", "Next ▶"), ("Actions", "Start"), ("Actions", "Restart leg"),
           ("Actions", "Stop"), ("SessionFlow", "Pause"), ("SessionFlow", "Resume"), ("SessionFlow", "Start")]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_phase_shares_a_word_with_a_button_on_the_card(language):
    """The card shows the phase in large type above its buttons: German "Zurück" was both the Release phase and
    the "◀ Zurück" (Previous) button, "Pause" both the rest and the pause button."""
    def head(text):  # the word that says what to do: "Zurück", "Pause", "Revenez" (not "jambe" of two labels)
        return re.findall(r"\w+", plain(text).lower())[0]
    buttons = {head(_translation(language, c, s)) for c, s in BUTTONS}
    for phase in PHASES:
        assert head(_translation(language, "PhaseKind", phase)) not in buttons, phase


def test_the_phase_back_is_a_return_and_the_hold_has_an_object():
    """French "Relâchez" (let go) told a patient to drop the leg the step lowers slowly: the phase is a return
    verb. Spanish "Mantenga" (keep ...) needs what to keep: "Mantenga la posición", spoken and shown."""
    assert "relâch" not in _translation("fr", "PhaseKind", "Move back").lower()
    assert _translation("fr", "PhaseKind", "Move back") == "Revenez"
    for context in ("PhaseKind", "Cues"):
        assert _translation("es", context, "Hold") == "Mantenga la posición"
