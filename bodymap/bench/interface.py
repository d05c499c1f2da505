"""The interface: from selecting a trigger point to the repainted views, and memory over many
selections. Runs the real main window offscreen."""

from __future__ import annotations

import gc
import os
import resource
import time

from bodymap.atlas import Atlas
from bodymap.bench.stats import Figure


def _rss_mb() -> float:
    """The resident set size now (peak size where /proc is missing)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def measure(atlas: Atlas, selections: int, cycles: int, warm_up: int) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bodymap.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(atlas)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    explore = window.explore
    views = [v for v in explore.body.views.values() if v.isVisible()]
    points = sorted(atlas.trigger_points)
    order = [(points[i % len(points)], "right" if (i // len(points)) % 2 == 0 else "left")
             for i in range(selections)]

    select_only: list[float] = []
    repaint: list[float] = []
    for point_id, side in order:
        start = time.perf_counter()
        explore.select(point_id, side)  # type: ignore[arg-type]
        chosen = time.perf_counter()
        for view in views:
            view.grab()
        done = time.perf_counter()
        select_only.append((chosen - start) * 1e3)
        repaint.append((done - start) * 1e3)
        app.processEvents()

    rss: list[float] = []
    for cycle in range(warm_up + cycles):
        point_id, side = order[cycle % len(order)]
        explore.select(point_id, side)  # type: ignore[arg-type]
        explore.clear()
        app.processEvents()
        if cycle + 1 == warm_up or (cycle + 1 - warm_up) % max(1, cycles // 10) == 0:
            gc.collect()
            rss.append(_rss_mb())
    window.close()
    window.deleteLater()
    app.processEvents()
    growth = rss[-1] - rss[0]
    return [
        Figure("repaint.select", "ms", repaint, 16.0,
               f"select a trigger point, then grab the {len(views)} visible views"),
        Figure("repaint.select_only", "ms", select_only, None,
               "the selection alone: paths set on the scenes, panel, list"),
        Figure("memory.growth", "MB", [growth], 2.0,
               f"resident memory after {cycles} select/clear cycles, less after {warm_up} "
               "warm-up cycles", {"rss_mb": [round(v, 2) for v in rss]}),
    ]
