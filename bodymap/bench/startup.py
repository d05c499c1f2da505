"""Start-up: process start to the first painted frame, bodymap beside a bare PySide6 program.

Each program runs in a fresh interpreter with the same first-paint probe: an event filter on
the first widget the program shows (its window) that notes the window's first paint event
and, once that paint pass is over, writes the time (CLOCK_MONOTONIC, shared by all
processes) and the peak RSS. The probe watches that one window, not the whole application: a
Python filter on the application is a call into Python for every event of every widget, and
makes PySide look up the class of every widget Qt made on its own (the viewport of a
QGraphicsView, a scroll bar...), which cost the bare program ~70 ms, a third of its start,
and bodymap as much. The bare program quits there;
bodymap goes on until its window has the atlas (it draws the first frame from a sketch and
loads the atlas after it) and writes that time too, and, once it has done what it does while
idle after its start, the longest the event loop was busy since the first frame (a stall:
a tap or a finger that waits), then quits.

`instructions()` counts, with Valgrind when it is installed, the instructions each program
executes to its first frame: a figure this machine's noise does not move.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

_PROBE = r'''
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    seen = False
    window = None  # the first widget shown: its paint event is the first of the frame
    ready = None  # a function telling when the program is ready, if it gets ready later
    settled = None  # ... and when it has done all it does while idle after its start
    was_ready = False
    last = None  # when the event loop last ran the poll, which asks to run every 1 ms
    longest = 0.0  # the longest the event loop was kept from it: the longest stall

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
        if os.environ.get("BODYMAP_BENCH_LEAVE_AT_PAINT"):  # counting instructions: stop here
            os._exit(0)
        self.window.removeEventFilter(self)
        self.poll()

    def poll(self):
        now = time.clock_gettime(time.CLOCK_MONOTONIC)
        if self.last is not None:
            self.longest = max(self.longest, now - self.last)
        self.last = now
        if not self.was_ready and (self.ready is None or self.ready()):
            self.was_ready = True
            sys.stdout.write(f"READY {now!r}\n")
        if self.was_ready and (self.settled is None or self.settled()):
            sys.stdout.write(f"SETTLED {now!r} {self.longest!r}\n")
            sys.stdout.flush()
            QApplication.instance().exit(0)
        else:
            QTimer.singleShot(1, self.poll)


probe = FirstPaint()
_show = QWidget.show


def _show_and_watch(widget):
    probe.window = widget
    widget.installEventFilter(probe)
    QWidget.show = _show
    _show(widget)


QWidget.show = _show_and_watch
'''

BARE = _PROBE + r'''
from PySide6.QtWidgets import QGraphicsView, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QGraphicsView())
window.resize(1400, 900)
window.show()
app.exec()
'''

# The real front door (`bodymap gui`), ready when the main window has its atlas.
BODYMAP = _PROBE + r'''
import bodymap.cli
from bodymap.ui import app as ui_app

app = ui_app._application()
# Ready: every mode of the window answers ("Where does it hurt?" comes last). Settled: the
# pattern index of "Where does it hurt?", built while idle, is built.
probe.ready = lambda: any(type(getattr(widget, "where", None)).__name__ == "WhereMode"
                          for widget in app.topLevelWidgets())
probe.settled = lambda: any(getattr(getattr(widget, "where", None), "prepared", False)
                            for widget in app.topLevelWidgets())
bodymap.cli.main(["gui"])
'''


@dataclass
class StartRun:
    seconds: float          # to the first painted frame
    peak_mb: float          # peak resident memory then
    ready_seconds: float    # to ready: every mode answers (bodymap: the atlas attached)
    settled_seconds: float  # to the end of what the program does while idle after its start
    longest_stall: float    # seconds: the longest the event loop was busy after the frame


def run_once(code: str, env: dict[str, str]) -> StartRun:
    """One fresh process: seconds from spawn to first paint and to ready, and its peak RSS in
    MB at the first paint."""
    # No settings: every start opens its window at its default 1400 x 900, as the bare
    # program does. (A start after one that saved its window's place would restore it, cut
    # to the offscreen screen's 800 x 600, and paint much less.)
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-settings-") as settings:
        env = {**env, "XDG_CONFIG_HOME": settings}
        start = time.clock_gettime(time.CLOCK_MONOTONIC)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env=env, timeout=120, check=False)
    painted = ready = settled = None
    for line in out.stdout.splitlines():
        if line.startswith("FIRST-PAINT "):
            _, at, peak_kib = line.split()
            painted = (float(at) - start, int(peak_kib) / 1024.0)
        elif line.startswith("READY "):
            ready = float(line.split()[1]) - start
        elif line.startswith("SETTLED "):
            _, at, longest = line.split()
            settled = (float(at) - start, float(longest))
    if painted is None or ready is None or settled is None:
        raise RuntimeError(f"no first paint (exit {out.returncode}): {out.stderr[-2000:]}")
    return StartRun(painted[0], painted[1], ready, *settled)


def environment(cache_dir: str) -> dict[str, str]:
    """The programs' environment: offscreen, and bodymap's caches and maps folder in
    `cache_dir` (so it starts as a new user's would, and the user's own files are never read
    or written); `run_once` gives each start an empty settings folder of its own."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[variable] = os.path.join(cache_dir, variable.lower())
    # Bytecode cached as an installed program has it (pip compiles at install time); a
    # machine that sets PYTHONDONTWRITEBYTECODE would otherwise recompile bodymap's modules
    # on every start, which no user's start does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("BODYMAP_NO_CACHE", None)
    env["BODYMAP_CACHE_DIR"] = cache_dir
    return env


def measure(runs: int) -> dict[str, list[StartRun]]:
    """`runs` rounds of: bodymap's first start (empty caches, which it fills), then a start
    after that (the caches warm, as on every later start) and the bare program, in turns
    first: interleaved, so that the noise of a shared machine falls on both alike, and neither
    always runs just after the heavy first start. One unmeasured start of each first, so
    that every module's bytecode is cached."""
    results: dict[str, list[StartRun]] = {"bare": [], "bodymap": [], "bodymap_cold": []}
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-cache-") as cache_dir:
        env = environment(cache_dir)
        run_once(BODYMAP, env)
        run_once(BARE, env)
    for round_ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bodymap-bench-cache-") as cache_dir:
            env = environment(cache_dir)
            results["bodymap_cold"].append(run_once(BODYMAP, env))
            pair = [("bodymap", BODYMAP), ("bare", BARE)]
            for name, code in pair if round_ % 2 == 0 else reversed(pair):
                results[name].append(run_once(code, env))
    return results


def instructions() -> dict[str, float] | None:
    """Instructions each program executes up to its first painted frame (millions), counted
    by Valgrind's callgrind, or None without Valgrind. A count, not a time: the same from run
    to run (within 0.1%) and unmoved by the other programs on a shared machine, so it shows
    a change of a few percent that the timings' noise hides. Python's hash seed is fixed."""
    import re
    import shutil

    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    counts: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-cache-") as cache_dir:
        env = {**environment(cache_dir), "PYTHONHASHSEED": "0"}
        run_once(BODYMAP, env)   # the caches and the sketch, as for a later start
        env["BODYMAP_BENCH_LEAVE_AT_PAINT"] = "1"
        env["XDG_CONFIG_HOME"] = os.path.join(cache_dir, "no-settings")  # as in run_once
        for name, code in (("bodymap", BODYMAP), ("bare", BARE)):
            out = subprocess.run(
                [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null",
                 sys.executable, "-c", code],
                capture_output=True, text=True, env=env, timeout=600, check=False)
            found = re.search(r"Collected : (\d+)", out.stderr)
            if found is None:
                return None
            counts[name] = int(found.group(1)) / 1e6
    return counts
