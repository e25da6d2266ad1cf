"""Render every screen of the app in every theme and size into PNGs, to look at after each change to the UI.

Usage: python tools/gallery.py [OUTDIR] [--theme NAME ...] [--size NAME ...] [--language CODE]
(or `make gallery`)

OUTDIR (default shots/gallery) gets one folder per size and theme, e.g. 1366x768-dark/, holding the
screens in the order a user meets them: the first Ready card (the safety points), Ready with a pain score
chosen, get ready, move, hold, release, rest, paused, the summary with pain 6 chosen, the summary once that
check-in is saved (pain rose from 4 to 6: a safety flag), the Settings tab, History empty and with a year of
sessions (pain before and after, and today's session flagged), About and the keyboard shortcuts (each dialog
drawn over the window it opens from). OUTDIR also gets the progress report of that year as report-with-flags.pdf
(and .png pages when pdftoppm is installed). Sizes: a 1366x768 and an 800x600 window,
and full screen on a 1366x768 screen, where the app shows only the card (Settings and History cannot be
reached there, so they are left out). index.html shows them all on one page.

Runs offscreen (even under a display) on a fake clock, in a throwaway config and data folder, so it never
touches your own settings or history, and the same input always gives the same pictures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

THEMES = ["system", "light", "dark", "high-contrast"]
SIZES = {"1366x768": (1366, 768), "800x600": (800, 600), "fullscreen": None}
SCREEN = (1366, 768)  # the laptop screen full screen fills


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", nargs="?", type=Path, default=Path("shots/gallery"))
    parser.add_argument("--theme", action="append", choices=THEMES, help="only this theme (repeatable)")
    parser.add_argument("--size", action="append", choices=list(SIZES), help="only this size (repeatable)")
    parser.add_argument("--language", default="en", help="the app's language: en (default), de, es, fr, en_XA")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="piriformis-gallery-"))
    screen = home / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0,
                                               "width": SCREEN[0], "height": SCREEN[1]}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"  # before anything loads Qt
    os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"] = str(home / "config"), str(home / "data")
    os.environ.pop("PIRIFORMIS_TIME_SCALE", None)

    from piriformis_desktop.ui.app import make_application
    from piriformis_desktop.ui.translation import install_translation

    app = make_application()
    language = install_translation(args.language)
    shots: list[Path] = []
    for size in args.size or list(SIZES):
        for theme in args.theme or THEMES:
            folder = args.outdir / f"{size}-{theme}"
            folder.mkdir(parents=True, exist_ok=True)
            shots += Walk(app, theme, SIZES[size], folder, home / f"{size}-{theme}", language).run()
    write_report(args.outdir, home / "report.sqlite3")
    write_index(args.outdir, shots)
    print(f"{len(shots)} pictures in {args.outdir}/ (open {args.outdir / 'index.html'})")
    sys.exit(0)


class Walk:
    """One window in one theme and size, walked through every screen, a picture taken of each."""

    def __init__(self, app, theme: str, size: tuple[int, int] | None, folder: Path, data: Path,
                 language: str = "en") -> None:
        from piriformis_desktop.core.clock import FakeClock
        from piriformis_desktop.core.history import open_history
        from piriformis_desktop.core.routine import load_routine
        from piriformis_desktop.core.settings import Settings, SettingsStore, Theme
        from piriformis_desktop.ui.look.theme import apply_theme
        from piriformis_desktop.ui.main_window import MainWindow

        apply_theme(app, theme)
        data.mkdir(parents=True)
        self.app, self.folder, self.fullscreen = app, folder, size is None
        self.routine = load_routine(language)
        self.clock = FakeClock(1000.0)
        self.store = open_history(data / "history.sqlite3").store
        self.year = open_history(data / "a-year.sqlite3").store
        settings = replace(Settings.defaults(self.routine), theme=Theme(theme))  # the Colours drop-down says so too
        self.window = MainWindow(SettingsStore(data / "settings.toml", settings, self.routine), self.store, self.clock)
        self.size = size
        self.shots: list[Path] = []
        if size is None:
            self.window.set_fullscreen(True)
        else:
            self.window.resize(*size)
            self.window.show()

    def run(self) -> list[Path]:
        w = self.window
        self.shot("ready-first")  # the safety points, until "Got it"
        w.player.card.safety.got_it.click()
        w.flow.type_pain("4")  # the pain-before scale with a score chosen
        self.shot("ready")
        if not self.fullscreen:
            w.tabs.setCurrentWidget(w.settings_page)
            self.shot("settings")
            w.tabs.setCurrentWidget(w.history_page)
            self.shot("history-empty")
            w.tabs.setCurrentWidget(w.player)
        self.dialog("about", lambda: w.show_dialog("show_about"))
        self.dialog("shortcuts", lambda: w.show_dialog("shortcuts_dialog", w.commands))
        w.flow.toggle()
        self.shot("get-ready")
        self.at("MOVE", rep=2, into=1.0)
        self.shot("move")
        self.at("HOLD", rep=2)
        self.shot("hold")
        self.at("RELEASE", rep=2, into=0.2)
        self.shot("release")
        self.at("REST", number=1, second_side=True)
        self.shot("rest")
        self.at("HOLD", number=2, rep=3)
        w.flow.controller.pause()
        self.shot("paused")
        w.flow.controller.toggle()
        self.clock.advance(100_000)
        w.flow.controller.update_now()
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if w.flow.checkin is not None:
            QTest.keyClick(w.flow.checkin, Qt.Key.Key_6)
        self.shot("summary-pain-6")
        if w.flow.checkin is not None:
            QTest.keyClick(w.flow.checkin, Qt.Key.Key_Return)  # saved: before 4, after 6, a rise of 2
        self.shot("summary-flag")
        if not self.fullscreen:
            fill_a_year(self.year)
            w.history.attach(self.year)
            w.tabs.setCurrentWidget(w.history_page)
            self.shot("history-a-year")
            self.prescribed()
        w.flow.controller.shutdown()
        w.close()
        self.store.close()
        self.year.close()
        return self.shots

    def prescribed(self) -> None:
        """docs/prescription.md's example: the dialog before applying it, Settings under it, the Ready card with its
        note, and the summary offering the next step after three easy sessions at the prescribed dose."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        w, docs = self.window, Path(__file__).resolve().parents[1] / "docs" / "prescription.md"
        path = self.folder / "example.prescription.toml"
        path.write_text(docs.read_text("utf-8").split("```toml\n", 1)[1].split("```", 1)[0], "utf-8")
        asks = w.prescriptions.run_dialog
        self.dialog("prescription-apply", lambda: w.prescriptions.open_file(path))  # closed unapplied
        w.prescriptions.run_dialog = lambda dialog: True  # this time the user applies it
        w.prescriptions.open_file(path)
        w.prescriptions.run_dialog = asks
        self.shot("settings-prescribed")
        w.tabs.setCurrentWidget(w.player)
        for _ in range(3):  # three finished sessions with pain 2 after each: the rule offers a step up
            w.flow.toggle() if w.flow.session.state.over else None
            w.flow.toggle()
            if _ == 0:
                self.shot("ready-prescribed-running")
            self.clock.advance(100_000)
            w.flow.controller.update_now()
            QTest.keyClick(w.flow.checkin, Qt.Key.Key_2)
            QTest.keyClick(w.flow.checkin, Qt.Key.Key_Return)
        self.shot("summary-step-offered")
        w.flow.toggle()
        self.shot("ready-prescribed")

    def at(self, kind: str, number: int = 1, rep: int | None = None, into: float = 0.4,
           second_side: bool = False) -> None:
        """Move the fake clock `into` seconds into a phase, and let the window catch up as its timer would."""
        from piriformis_desktop.core.timeline import PhaseKind

        session = self.window.flow.controller.session
        first = session.timeline.first_side
        phase = next(p for p in session.timeline.phases if p.kind is PhaseKind[kind] and p.exercise_number == number
                     and (rep is None or p.rep == rep) and ((p.side is not first) == second_side))
        self.clock.set(max(self.clock.now(), session.started_at + phase.start + into))
        self.window.flow.controller.update_now()

    def _settle(self) -> None:
        for _ in range(6):
            self.app.processEvents()

    def shot(self, name: str, image=None) -> None:
        self._settle()
        path = self.folder / f"{len(self.shots) + 1:02d}-{name}.png"
        image = image or self.window.grab()
        image.save(str(path))
        self.shots.append(path)
        grew = self.size is not None and (image.width(), image.height()) != self.size
        print(f"{path}  (the window needs {image.width()}x{image.height()})" if grew else path)

    def dialog(self, name: str, open_dialog) -> None:
        """Open a dialog as the user would (it runs its own loop) and draw it over the window, centred."""
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QColor, QPainter
        from PySide6.QtWidgets import QApplication

        def take(tries: int = 100) -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                if tries:  # the dialog's own loop has not shown it yet
                    QTimer.singleShot(20, lambda: take(tries - 1))
                else:
                    print(f"{name}: no dialog opened", file=sys.stderr)
                return
            self._settle()
            picture = self.window.grab()
            painter = QPainter(picture)
            painter.fillRect(picture.rect(), QColor(0, 0, 0, 96))  # the window behind, dimmed
            over = box.grab()
            painter.drawPixmap((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 2, over)
            painter.end()
            self.shot(name, picture)
            box.close()

        QTimer.singleShot(0, take)
        open_dialog()


def fill_a_year(store) -> None:
    """A year of a user's sessions: about three a week, a few missed weeks and stopped sessions, pain
    checked in after most, falling from 7 to 2 with the odd bad day, and a handful of notes."""
    from piriformis_desktop.core.history import SessionRecord
    from piriformis_desktop.core.settings import Settings

    rnd = random.Random(15)
    settings = Settings.defaults().to_dict()
    today = date.today()
    first = today - timedelta(days=364)
    notes = {40: "Sore after a long drive", 120: "Physio says: keep going", 200: "Hip felt loose today",
             300: "Stairs without pain"}
    records = []
    for n in range(365):
        day = first + timedelta(days=n)
        if day.weekday() not in (0, 2, 4, 5) or rnd.random() < 0.25 or 150 <= n < 164:  # two weeks away
            continue
        start = datetime(day.year, day.month, day.day, 18, rnd.randrange(60), tzinfo=UTC)
        completed = rnd.random() > 0.1
        seconds = rnd.uniform(380, 460) if completed else rnd.uniform(90, 200)
        pain = max(0, min(10, round(7 - 5 * n / 365 + rnd.choice((0, 0, 0, 1, -1, 2)))))
        records.append(SessionRecord(
            start, start + timedelta(seconds=seconds), day, seconds, completed, 3 if completed else 1, 3,
            rnd.choice(("right", "left")), settings, pain_before=min(10, pain + 1),
            pain_after=pain if rnd.random() < 0.8 else None, pain_where="buttock" if pain > 3 else "",
            note=notes.get(n, "")))
    start = datetime(today.year, today.month, today.day, 7, 10, tzinfo=UTC)
    records.append(SessionRecord(start, start + timedelta(seconds=420), today, 420.0, True, 3, 3, "right", settings,
                                 pain_before=2, pain_after=7, pain_where="buttock,thigh",
                                 note="Sharp pain down the leg on the crossover"))  # a flagged session today
    store.add_sessions(records)


def write_report(outdir: Path, path: Path) -> None:
    """The progress report of the same year (12 weeks, its flags listed), as a PDF and, with pdftoppm, PNGs."""
    import shutil
    import subprocess

    from piriformis_desktop.core.history import open_history
    from piriformis_desktop.core.routine import load_routine
    from piriformis_desktop.core.settings import Settings
    from piriformis_desktop.ui.documents.report import write_report_pdf

    store = open_history(path).store
    fill_a_year(store)
    routine = load_routine()
    pdf = outdir / "report-with-flags.pdf"
    write_report_pdf(pdf, store.sessions(), Settings.defaults(routine), routine, weeks=12)
    store.close()
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(outdir / "report-with-flags")], check=False)
    print(pdf)


def write_index(outdir: Path, shots: list[Path]) -> None:
    """One page with every picture, a row per size and theme, each captioned with the size it came out."""
    from PySide6.QtGui import QImageReader

    rows: dict[str, list[Path]] = {}
    for shot in shots:
        rows.setdefault(shot.parent.name, []).append(shot)
    parts = ["<!doctype html><meta charset='utf-8'><title>Piriformis Desktop gallery</title>",
             "<style>body{font-family:sans-serif} img{width:420px;border:1px solid #888;margin:4px}"
             " figure{display:inline-block;margin:0} figcaption{font-size:12px}</style>"]
    for folder, pictures in rows.items():
        parts.append(f"<h2>{folder}</h2>")
        for p in pictures:
            size = QImageReader(str(p)).size()
            parts.append(f"<figure><a href='{p.parent.name}/{p.name}'><img src='{p.parent.name}/{p.name}'></a>"
                         f"<figcaption>{p.stem} ({size.width()}x{size.height()})</figcaption></figure>")
    (outdir / "index.html").write_text("\n".join(parts), "utf-8")


if __name__ == "__main__":
    main()
