"""Start-up: process start to the first painted frame, bodymap beside a bare PySide6 program.

Each program runs in a fresh interpreter with the same first-paint probe: an application event
filter that notes the first paint event and, once that paint pass is over, writes the time
(CLOCK_MONOTONIC, shared by all processes) and the peak RSS, then quits.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

_PROBE = r'''
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.done)
        return False

    def done(self):
        now = time.clock_gettime(time.CLOCK_MONOTONIC)
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        sys.stdout.write(f"FIRST-PAINT {now!r} {peak_kib}\n")
        sys.stdout.flush()
        QApplication.instance().exit(0)


probe = FirstPaint()
'''

BARE = _PROBE + r'''
from PySide6.QtWidgets import QGraphicsView, QMainWindow

app = QApplication(sys.argv[:1])
app.installEventFilter(probe)
window = QMainWindow()
window.setCentralWidget(QGraphicsView())
window.resize(1400, 900)
window.show()
app.exec()
'''

# The floor for any program drawing with Shapely: the bare one that also imports it (and
# numpy), as bodymap must before it can draw its atlas.
BARE_SHAPELY = _PROBE + "import shapely\n" + BARE[len(_PROBE):]

# The real front door (`bodymap gui`), with the probe on the application it creates.
BODYMAP = _PROBE + r'''
import bodymap.cli
from bodymap.ui import app as ui_app

app = ui_app._application()
app.installEventFilter(probe)
bodymap.cli.main(["gui"])
'''


@dataclass
class StartRun:
    seconds: float
    peak_mb: float


def run_once(code: str, env: dict[str, str]) -> StartRun:
    """One fresh process: seconds from spawn to first paint, and its peak RSS in MB."""
    start = time.clock_gettime(time.CLOCK_MONOTONIC)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=120, check=False)
    for line in out.stdout.splitlines():
        if line.startswith("FIRST-PAINT "):
            _, painted, peak_kib = line.split()
            return StartRun(float(painted) - start, int(peak_kib) / 1024.0)
    raise RuntimeError(f"no first paint (exit {out.returncode}): {out.stderr[-2000:]}")


def environment(cache_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("BODYMAP_NO_CACHE", None)
    env["BODYMAP_CACHE_DIR"] = cache_dir
    return env


def measure(runs: int) -> dict[str, list[StartRun]]:
    """`runs` rounds of: bodymap's first start (empty atlas cache, which it fills), a start
    after that (the cache warm, as on every later start) and the bare program. Interleaved,
    so that the noise of a shared machine falls on all three alike."""
    results: dict[str, list[StartRun]] = {"bare": [], "bodymap": [], "bodymap_cold": [],
                                           "bare_shapely": []}
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bodymap-bench-cache-") as cache_dir:
            env = environment(cache_dir)
            results["bodymap_cold"].append(run_once(BODYMAP, env))
            results["bodymap"].append(run_once(BODYMAP, env))
            results["bare"].append(run_once(BARE, env))
            results["bare_shapely"].append(run_once(BARE_SHAPELY, env))
    return results
