"""History speed with ten years of daily sessions (3,650 rows), all figures from the same run.

1. Open the history (integrity check, WAL, migrations) and compute the weekly series and the summary the
   History tab shows; also the full-record read the week detail and the export use. Target: stats < 10 ms.
2. First render of the History view offscreen, in a fresh process each time (so it really is the first):
   the pyqtgraph import (paid once, when the tab is first opened) and then building the view with its
   chart and painting it at 1300x700. Target: chart first render < 100 ms.
Medians; prints numbers only, asserts nothing.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

RUNS = 15
RENDER_RUNS = 7
TODAY = date(2026, 11, 25)

RENDER = r"""
import sys, time
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication
from piriformis_desktop.core.history import open_history
from piriformis_desktop.ui.history.view import HistoryView
app = QApplication([])
store = open_history(Path(sys.argv[1])).store
start = time.perf_counter()
import pyqtgraph  # what opening the History tab pays once
imported = time.perf_counter()
view = HistoryView(store, 3, today=lambda: date(2026, 11, 25))
view.resize(1300, 700)
view.show()
app.processEvents()
view.grab()  # paints everything, the chart included
shown = time.perf_counter()
view.show_all_weeks()
view.grab()
whole = time.perf_counter()
assert view.chart is not None
print(imported - start, shown - imported, whole - shown)
"""


def ten_years(path: Path) -> int:
    from piriformis_desktop.core.history import SessionRecord, open_history
    from piriformis_desktop.core.settings import Settings

    settings = Settings.defaults().to_dict()
    rnd = random.Random(10)
    first = TODAY - timedelta(days=3649)
    records = []
    for n in range(3650):
        day = first + timedelta(days=n)
        start = datetime(day.year, day.month, day.day, 7, rnd.randrange(60), tzinfo=UTC)
        completed = rnd.random() > 0.1
        seconds = rnd.uniform(300, 520) if completed else rnd.uniform(60, 200)
        records.append(SessionRecord(start, start + timedelta(seconds=seconds), day, seconds, completed,
                                     3 if completed else 1, 3, rnd.choice(("right", "left")), settings))
    with open_history(path).store as store:
        return store.add_sessions(records)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> None:
    from piriformis_desktop.core.history import open_history
    from piriformis_desktop.core.stats import summary, weekly_counts

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        started = time.perf_counter()
        rows = ten_years(path)
        print(f"history of {rows} daily sessions written in {ms(time.perf_counter() - started).strip()} "
              f"({path.stat().st_size // 1024} KiB)")

        opens, stats, records = [], [], []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            store = open_history(path).store
            t1 = time.perf_counter()
            outcomes = store.outcomes()
            result = summary(outcomes, 3, 0, TODAY)
            weeks = weekly_counts(outcomes, 0, TODAY)
            t2 = time.perf_counter()
            store.sessions()
            t3 = time.perf_counter()
            store.close()
            opens.append(t1 - t0)
            stats.append(t2 - t1)
            records.append(t3 - t2)
        print(f"\nmedian of {RUNS} runs ({len(weeks)} weeks, {result.total_sessions} finished, "
              f"best streak {result.best_streak} weeks)")
        both = [o + s for o, s in zip(opens, stats, strict=True)]
        print(f"  open (integrity check, WAL, schema):        {ms(statistics.median(opens))}")
        print(f"  weekly stats (read + series + summary):     {ms(statistics.median(stats))}  (target < 10 ms)")
        print(f"  open + weekly stats:                        {ms(statistics.median(both))}")
        print(f"  every full record (week detail, export):    {ms(statistics.median(records))}")

        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        renders = []
        for _ in range(RENDER_RUNS):
            out = subprocess.run([sys.executable, "-c", RENDER, str(path)], capture_output=True, text=True,
                                 env=env, timeout=120)
            if out.returncode != 0 and not out.stdout.strip():
                raise RuntimeError(out.stderr)
            renders.append([float(x) for x in out.stdout.split()])
        imports, firsts, wholes = zip(*renders, strict=True)
        print(f"\nfirst render offscreen at 1300x700, median of {RENDER_RUNS} fresh processes "
              f"({env['QT_QPA_PLATFORM']})")
        print(f"  import pyqtgraph (once, on first opening):  {ms(statistics.median(imports))}")
        print(f"  build view + chart + first paint:           {ms(statistics.median(firsts))}  (target < 100 ms)")
        print(f"  {f'zoom out to all {len(weeks)} weeks + paint:':44}{ms(statistics.median(wholes))}")


if __name__ == "__main__":
    main()
