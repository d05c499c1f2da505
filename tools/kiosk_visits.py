"""Many simulated kiosk visits in one process, to see that a kiosk running for days does not
grow: each visit explores, searches, marks where it hurts, picks and compares candidates, and
the kiosk starts over as after the idle countdown. Reports the resident memory after the first
`--warmup` visits and at the end (goal: under 5 MB of growth over 10,000 visits).

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python tools/kiosk_visits.py [--visits 10000]
[--warmup 500] [--seed 1]` (outside the ordinary test run: it takes minutes).
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bodymap.atlas.loader import load_atlas
from bodymap.state.app import AppState
from bodymap.state.kiosk import KioskConfig
from bodymap.ui.kiosk import KioskWindow
from bodymap.ui.main_window import MainWindow

WORDS = ["jaw", "headache", "sciatica", "SCM", "trapezius", "knee", "heel", "thumb", ""]


def resident_mb() -> float:
    """The process's resident memory now (not its peak), from /proc."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def visit(kiosk: KioskWindow, rng: random.Random, points: list[str], app: QApplication) -> None:
    state = kiosk.main.state
    kiosk.enter("explore")
    state.explore.search(rng.choice(WORDS))
    state.explore.select(rng.choice(points), rng.choice(("right", "left")))
    kiosk.main.explore.body.zoom_to_focus()
    kiosk.enter("where")
    view = rng.choice(["front", "back", "side"])
    regions = state.atlas.view(view).regions
    for region in rng.sample(list(regions), 2):
        spot = region.geometry.representative_point()
        state.where.tap(view, spot.x, spot.y)
    state.where.say(rng.choice(["headache", "low back pain", "knee pain", "heel pain"]))
    if state.where.candidates:
        state.where.choose(0)
        state.where.compare(list(range(min(3, len(state.where.candidates)))))
    app.processEvents()
    kiosk.start_over()
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--visits", type=int, default=10_000)
    parser.add_argument("--warmup", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    atlas = load_atlas()
    kiosk = KioskWindow(MainWindow(AppState(atlas)), KioskConfig())
    kiosk.resize(1920, 1080)
    kiosk.show()
    rng = random.Random(args.seed)
    points = sorted(atlas.trigger_points)
    start = time.perf_counter()
    warm = 0.0
    for number in range(1, args.visits + 1):
        visit(kiosk, rng, points, app)
        if number == args.warmup:
            gc.collect()
            warm = resident_mb()
        if number % 1000 == 0:
            print(f"{number} visits, {resident_mb():.1f} MB, {time.perf_counter() - start:.0f} s")
    gc.collect()
    end = resident_mb()
    growth = end - warm
    print(
        f"{args.visits} visits in {time.perf_counter() - start:.0f} s; resident memory "
        f"{warm:.1f} MB after {args.warmup}, {end:.1f} MB at the end: growth {growth:.2f} MB "
        f"(goal < 5 MB)"
    )
    kiosk.leave()
    return 0 if growth < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
