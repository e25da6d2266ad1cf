"""Render the main window at 1366x768 in each state of a session, for looking at (and the README).

Usage: python tools/screenshots.py OUTDIR [--left] [--dark]
Runs on a fake clock in a throwaway config/data folder; under DISPLAY if set, else offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--left", action="store_true", help="start with the left leg")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--fullscreen", action="store_true")
    parser.add_argument("--theme", default="system", choices=["system", "light", "dark", "high-contrast"])
    args = parser.parse_args()
    home = tempfile.mkdtemp()
    os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"] = f"{home}/config", f"{home}/data"

    from piriformis_desktop import paths
    from piriformis_desktop.core.clock import FakeClock
    from piriformis_desktop.core.history import open_history
    from piriformis_desktop.core.routine import Side, load_routine
    from piriformis_desktop.core.settings import Settings, SettingsStore, StartSide
    from piriformis_desktop.core.timeline import PhaseKind
    from piriformis_desktop.ui.app import make_application
    from piriformis_desktop.ui.main_window import MainWindow

    app = make_application()
    routine = load_routine()
    settings = Settings.defaults(routine)
    if args.left:
        settings = replace(settings, start_side=StartSide.LEFT)
    if args.theme != "system":
        from piriformis_desktop.ui.theme import apply_theme

        apply_theme(app, args.theme)
    clock = FakeClock(100.0)
    store = open_history(paths.history_path()).store
    window = MainWindow(SettingsStore(paths.settings_path(), settings, routine), store, clock)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    if args.fullscreen:
        window.set_fullscreen(True)
    else:
        window.show()
    args.outdir.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(args.outdir / f"{name}.png"))
        print(args.outdir / f"{name}.png")

    def at(kind: PhaseKind, number=1, side=None, rep=None, into=0.4) -> None:
        session = window.controller.session
        side = side or session.timeline.first_side
        phase = next(p for p in session.timeline.phases if p.kind is kind and p.exercise_number == number
                     and p.side is side and (rep is None or p.rep == rep))
        clock.set(max(clock.now(), session.started_at + phase.start + into))
        window.controller.update_now()

    shot("ready")
    window.toggle()
    shot("get-ready")
    at(PhaseKind.MOVE, rep=4, into=1.0)
    shot("move")
    at(PhaseKind.HOLD, rep=4)
    shot("hold")
    at(PhaseKind.SWITCH_SIDE, side=(Side.LEFT if not args.left else Side.RIGHT))
    shot("switch-side")
    at(PhaseKind.HOLD, number=2, rep=2, side=(Side.LEFT if not args.left else Side.RIGHT))
    shot("hold-crossover-second-leg")
    at(PhaseKind.REST, number=2, side=(Side.LEFT if not args.left else Side.RIGHT))
    shot("rest")
    at(PhaseKind.HOLD, number=3, rep=1)
    shot("hold-hip-lift")
    window.controller.pause()
    shot("paused")
    window.controller.toggle()
    clock.advance(10_000)
    window.controller.update_now()
    shot("summary")
    window.controller.shutdown()
    store.close()
    sys.exit(0)


if __name__ == "__main__":
    main()
