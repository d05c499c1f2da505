"""The interface, in the real main window offscreen at 1400 x 900 with the app's stylesheet:
from selecting a trigger point to the repainted views, memory over many selections, and in
"Where does it hurt?" from a painted stroke to the window repainted."""

from __future__ import annotations

import gc
import os
import resource
import time
from typing import TYPE_CHECKING

from benchmarks.ranking import FINGER, stroke_paths
from benchmarks.stats import Figure
from bodymap.atlas.atlas import Atlas
from bodymap.atlas.model import Side

if TYPE_CHECKING:  # Qt is imported when measuring
    from PySide6.QtWidgets import QApplication

    from bodymap.ui.main_window import MainWindow

FRAME_MS = 1000.0 / 60.0  # one frame at 60 Hz


def _rss_mb() -> float:
    """The resident set size now (peak size where /proc is missing)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def measure(
    atlas: Atlas, selections: int, cycles: int, warm_up: int, stroke_rounds: int
) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bodymap.state.app import AppState
    from bodymap.ui.app import _application
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.theme import Look

    app = _application()
    window = MainWindow(AppState(atlas))
    window.set_look(Look(contrast="normal"))  # as the app gives it: once the window is built
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    try:
        figures = _explore(app, window, atlas, selections, cycles, warm_up)
        figures += _where(app, window, atlas, stroke_rounds)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return figures


def _explore(
    app: QApplication, window: MainWindow, atlas: Atlas, selections: int, cycles: int, warm_up: int
) -> list[Figure]:
    explore = window.state.explore
    views = window.explore.body.views
    points = sorted(atlas.trigger_points)
    order: list[tuple[str, Side]] = [
        (points[i % len(points)], "right" if (i // len(points)) % 2 == 0 else "left")
        for i in range(selections)
    ]

    select_only: list[float] = []
    repaint: list[float] = []
    grabbed: set[int] = set()
    for point_id, side in order:
        start = time.perf_counter()
        explore.select(point_id, side)
        chosen = time.perf_counter()
        visible = [view for view in views.values() if view.isVisible()]
        for view in visible:
            view.grab()
        done = time.perf_counter()
        grabbed.add(len(visible))
        select_only.append((chosen - start) * 1e3)
        repaint.append((done - start) * 1e3)
        app.processEvents()

    rss: list[float] = []
    for cycle in range(warm_up + cycles):
        point_id, side = order[cycle % len(order)]
        explore.select(point_id, side)
        explore.clear()
        app.processEvents()
        if cycle + 1 == warm_up or (cycle + 1 - warm_up) % max(1, cycles // 10) == 0:
            gc.collect()
            rss.append(_rss_mb())
    explore.reset()
    app.processEvents()
    growth = rss[-1] - rss[0]
    counts = " or ".join(str(n) for n in sorted(grabbed))
    return [
        Figure(
            "repaint.select",
            "ms",
            repaint,
            16.0,
            f"state.explore.select, then grab the {counts} visible views",
        ),
        Figure(
            "repaint.select_only",
            "ms",
            select_only,
            None,
            "the selection alone: paths set on the scenes, details, list",
        ),
        Figure(
            "memory.growth",
            "MB",
            [growth],
            2.0,
            f"resident memory after {cycles} select/clear cycles, less after {warm_up} "
            "warm-up cycles",
            {"rss_mb": [round(v, 2) for v in rss]},
        ),
    ]


def _where(app: QApplication, window: MainWindow, atlas: Atlas, rounds: int) -> list[Figure]:
    """Each round starts from an empty drawing and adds the painted strokes one by one, each
    on top of the ones before, as a person paints: the time from `WhereState.stroke` (the
    drawing, its ranking, the layers and the list brought up to date) to the window repainted
    (`window.repaint()`, synchronously)."""
    state = window.state
    state.set_mode("where")
    app.processEvents()
    where = state.where
    paths = stroke_paths(atlas)
    to_screen: list[float] = []
    stroke_only: list[float] = []
    outcomes: dict[str, int] = {}
    ranked: list[int] = []
    for _ in range(rounds):
        where.reset()
        window.repaint()
        app.processEvents()
        for view_id, points, _side in paths:
            start = time.perf_counter()
            outcome = where.stroke(view_id, points, 2 * FINGER)
            stroked = time.perf_counter()
            window.repaint()
            done = time.perf_counter()
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            ranked.append(len(where.candidates))
            stroke_only.append((stroked - start) * 1e3)
            to_screen.append((done - start) * 1e3)
            app.processEvents()
    where.reset()
    state.set_mode("explore")
    app.processEvents()
    extra = {"outcomes": outcomes, "candidates_listed": sorted(set(ranked))}
    return [
        Figure(
            "where.stroke_to_screen",
            "ms",
            to_screen,
            round(FRAME_MS, 1),
            f"Where: {len(paths)} strokes painted one on another, each from "
            "WhereState.stroke to window.repaint() done",
            extra,
        ),
        Figure(
            "where.stroke_only",
            "ms",
            stroke_only,
            None,
            "WhereState.stroke alone: the drawing ranked, layers and list filled",
        ),
    ]
