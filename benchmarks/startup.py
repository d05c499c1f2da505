"""Start-up as a person feels it: bodymap beside a bare PySide6 program, each start in a fresh
interpreter.

Both programs run under the same probe, which patches `QWidget.show` and watches only the
widgets it is shown (never the whole application: a Python event filter on the application
is a call into Python for every event of every widget, and makes PySide look up the class of
every widget Qt made on its own, which cost the bare program ~70 ms, a third of its start):

- the first widget shown (bodymap's splash, the bare program's window): its first paint
  event; once that paint pass is over, the time (CLOCK_MONOTONIC, shared by all processes)
  and the peak RSS. The bare program quits there.
- bodymap's main window (the widget shown with an `explore` attribute): as soon as it is
  shown, a real mouse press and release are posted to the Explore front view's viewport, on
  the first marker of the front view. "Usable" is when the first paint of that viewport after
  the selection has happened is over: the tap has been answered on the screen. From the
  window shown until 500 ms later, a 1 ms poll timer notes the longest the event loop was
  kept busy (a stall: a tap or a finger that waits). Then the probe closes the window, as a
  person's quit does, so that the picture of the window is saved for the next splash.

`instructions()` counts, with Valgrind when it is installed, the instructions each program
executes to its first frame, and bodymap's to usable: figures this machine's noise does not
move.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

# The offscreen screen, for both programs: 1920 x 1080, so that bodymap's first window gets
# its default 1400 x 900 as the bare program's does (on the offscreen platform's own 800 x 800
# screen bodymap fits its window to the screen, and would paint half as much).
SCREEN = {
    "screens": [
        {
            "name": "bench",
            "x": 0,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1.0,
        }
    ]
}

STALL_WINDOW = 0.5  # seconds after the main window is shown that the stall poll runs
TAP_TIMEOUT = 10.0  # seconds to wait for the tap to be answered before giving up

_PROBE = r'''
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

LEAVE = os.environ.get("BODYMAP_BENCH_LEAVE_AT", "")  # "paint" or "usable": counting instructions


def _now():
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def _say(*words):
    sys.stdout.write(" ".join(str(w) for w in words) + "\n")
    sys.stdout.flush()


def _peak_kib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class FirstPaint(QObject):
    """On the first widget shown: its first paint, noted once that paint pass is over."""

    quit_after = False  # the bare program: quit at the first frame

    def watch(self, widget):
        self.widget = widget
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.done)
        return False

    def done(self):
        _say("FIRST-PAINT", repr(_now()), _peak_kib(), type(self.widget).__name__)
        if LEAVE == "paint":
            os._exit(0)
        self.widget.removeEventFilter(self)
        if self.quit_after:
            QApplication.instance().exit(0)


first_paint = FirstPaint()
main_window_shown = None  # bodymap's probe: called with the main window once it is shown
_show = QWidget.show


def _show_and_watch(widget):
    first = not hasattr(first_paint, "widget")
    if first:
        first_paint.watch(widget)
    _show(widget)
    if main_window_shown is not None and hasattr(widget, "explore"):
        QWidget.show = _show
        main_window_shown(widget)
    elif main_window_shown is None:
        QWidget.show = _show


QWidget.show = _show_and_watch
'''

BARE = (
    _PROBE
    + r"""
from PySide6.QtWidgets import QGraphicsView, QMainWindow

first_paint.quit_after = True
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QGraphicsView())
window.resize(1400, 900)
window.show()
app.exec()
"""
)

# The real front door (`bodymap gui`), with the tap and the stall poll on the main window.
BODYMAP = (
    _PROBE
    + r'''
STALL_WINDOW = float(os.environ.get("BODYMAP_BENCH_STALL_WINDOW", "0.5"))
TAP_TIMEOUT = float(os.environ.get("BODYMAP_BENCH_TAP_TIMEOUT", "10"))


class Usable(QObject):
    """Taps the first front marker as soon as the main window is shown; notes when the
    front view has painted the selection, and the longest stall of the event loop."""

    def __init__(self, window):
        super().__init__()
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QMouseEvent

        self.window = window
        self.shown = _now()
        self.tapped = self.usable = None
        self.paint_seen = self.stall_done = self.closing = False
        self.last = self.shown
        self.longest = 0.0
        state = window.state.explore
        view = window.explore.body.views["front"]
        self.viewport = view.viewport()
        self.marker = state.atlas.markers("front")[0]
        at = QPointF(view.mapFromScene(QPointF(self.marker.x, self.marker.y)))
        where = QPointF(self.viewport.mapToGlobal(at.toPoint()))
        _say("SHOWN", repr(self.shown), window.width(), window.height(),
             view.isVisible(), view.width(), view.height(), at.x(), at.y())
        self.viewport.installEventFilter(self)
        state.subscribe(self.changed)
        left = Qt.MouseButton.LeftButton
        for kind, buttons in ((QEvent.Type.MouseButtonPress, left),
                              (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
            QApplication.postEvent(self.viewport, QMouseEvent(
                kind, at, where, left, buttons, Qt.KeyboardModifier.NoModifier))
        QTimer.singleShot(1, self.poll)
        QTimer.singleShot(int(TAP_TIMEOUT * 1000), self.give_up)

    def changed(self, aspect):
        if aspect == "selection" and self.tapped is None:
            self.tapped = _now()
            selection = self.window.state.explore.selection
            _say("TAPPED", repr(self.tapped), selection.point if selection else "-",
                 self.marker.trigger_point)

    def eventFilter(self, watched, event):
        if (self.tapped is not None and not self.paint_seen
                and event.type() == QEvent.Type.Paint):
            self.paint_seen = True
            QTimer.singleShot(0, self.painted)
        return False

    def painted(self):
        self.usable = _now()
        _say("USABLE", repr(self.usable), _peak_kib())
        if LEAVE == "usable":
            os._exit(0)
        self.viewport.removeEventFilter(self)
        self.finish()

    def poll(self):
        now = _now()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        if now - self.shown < STALL_WINDOW:
            QTimer.singleShot(1, self.poll)
        else:
            self.stall_done = True
            _say("STALL", repr(self.longest))
            self.finish()

    def give_up(self):
        if self.usable is None:
            _say("NOT-ANSWERED")
            self.finish(force=True)

    def finish(self, force=False):
        if not self.closing and (force or (self.usable is not None and self.stall_done)):
            self.closing = True
            _say("CLOSING")
            self.window.close()  # as a person's quit: the splash picture is saved
            QTimer.singleShot(5000, self.linger)

    def linger(self):
        _say("LINGERED")  # closing the window did not end the program
        QApplication.instance().exit(0)


def _main_window_shown(window):
    global usable
    usable = Usable(window)


main_window_shown = _main_window_shown
import bodymap.cli

code = bodymap.cli.main(["gui"])
_say("EXIT", code)
sys.exit(code)
'''
)


@dataclass
class StartRun:
    first_frame: float  # seconds from spawn to the first painted frame
    first_peak_mb: float  # peak resident memory then
    shown: float | None = None  # seconds to the main window shown (bodymap)
    usable: float | None = None  # seconds to the tap's answer painted (bodymap)
    usable_peak_mb: float | None = None
    longest_stall: float | None = None  # seconds: the event loop busy, in the 500 ms after
    notes: tuple[str, ...] = ()  # anything odd seen: the tap not answered, another point...


def screen_config(directory: str) -> str:
    """A QT_QPA_PLATFORM value: offscreen, with the 1920 x 1080 screen of SCREEN."""
    path = os.path.join(directory, "offscreen-screen.json")
    with open(path, "w", encoding="utf-8") as config:
        json.dump(SCREEN, config)
    return f"offscreen:configfile={path}"


def run_once(code: str, env: dict[str, str], bodymap: bool) -> StartRun:
    """One fresh process, with an empty settings folder of its own: every start opens its
    window at its default size, as a new user's does."""
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-settings-") as settings:
        env = {**env, "XDG_CONFIG_HOME": settings}
        start = time.clock_gettime(time.CLOCK_MONOTONIC)
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    lines = {}
    for line in out.stdout.splitlines():
        word, _, rest = line.partition(" ")
        lines.setdefault(word, rest.split())
    if "FIRST-PAINT" not in lines:
        raise RuntimeError(
            f"no first paint (exit {out.returncode}): {out.stdout[-1000:]}{out.stderr[-2000:]}"
        )
    first = lines["FIRST-PAINT"]
    run = StartRun(float(first[0]) - start, int(first[1]) / 1024.0)
    notes = []
    if out.returncode != 0:  # after what was measured: noted, not fatal
        last = out.stdout.splitlines()[-1:] or ["nothing"]
        notes.append(
            f"{'bodymap' if bodymap else 'bare'} exited with {out.returncode} "
            f"after {last[0].split()[0]}"
        )
    if not bodymap:
        run.notes = tuple(notes)
        return run
    if first[2] != "Splash":
        notes.append(f"first frame painted by {first[2]}, not the splash")
    if "SHOWN" in lines:
        run.shown = float(lines["SHOWN"][0]) - start
    if "USABLE" in lines:
        run.usable = float(lines["USABLE"][0]) - start
        run.usable_peak_mb = int(lines["USABLE"][1]) / 1024.0
    if "STALL" in lines:
        run.longest_stall = float(lines["STALL"][0])
    shown = lines.get("SHOWN", [])
    if shown and shown[1:3] != ["1400", "900"]:
        notes.append(f"main window {shown[1]}x{shown[2]}, not 1400x900")
    tapped = lines.get("TAPPED")
    if tapped and tapped[1] != tapped[2]:
        notes.append(f"the tap on {tapped[2]} selected {tapped[1]}")
    for word, note in (
        ("NOT-ANSWERED", "the tap was not answered"),
        ("LINGERED", "closing the window did not end the program"),
    ):
        if word in lines:
            notes.append(note)
    run.notes = tuple(notes)
    if run.usable is None or run.longest_stall is None:
        raise RuntimeError(
            f"no usable moment (exit {out.returncode}): {out.stdout[-1000:]}{out.stderr[-2000:]}"
        )
    return run


def environment(home: str, cache_dir: str) -> dict[str, str]:
    """The programs' environment: offscreen on a 1920 x 1080 screen, bodymap's data folders
    in `home` and its cache in `cache_dir` (so it starts as a new user's would, and the
    user's own files are never read or written); `run_once` gives each start an empty
    settings folder of its own."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = screen_config(home)
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = os.path.join(home, variable.lower())
    # Bytecode cached as an installed program has it (pip compiles at install time); a
    # machine that sets PYTHONDONTWRITEBYTECODE would otherwise recompile bodymap's modules
    # on every start, which no user's start does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("BODYMAP_NO_CACHE", None)
    env.pop("BODYMAP_BENCH_LEAVE_AT", None)
    env["BODYMAP_CACHE_DIR"] = cache_dir
    env["BODYMAP_BENCH_STALL_WINDOW"] = str(STALL_WINDOW)
    env["BODYMAP_BENCH_TAP_TIMEOUT"] = str(TAP_TIMEOUT)
    return env


def measure(runs: int) -> dict[str, list[StartRun]]:
    """`runs` rounds of: bodymap's first start (an empty cache folder of its own, which it
    fills), then a warm start and the bare program, in turns first: interleaved, so that the
    noise of a shared machine falls on both alike, and neither always runs just after the
    heavy first start. The warm starts share one cache folder, as a person's starts do: each
    reads the atlas and the splash picture that the one before left. One unmeasured start of
    each first, which fills that folder and caches every module's bytecode."""
    results: dict[str, list[StartRun]] = {"bare": [], "bodymap": [], "bodymap_cold": []}
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-home-") as home:
        warm_cache = os.path.join(home, "warm-cache")
        warm = environment(home, warm_cache)
        run_once(BODYMAP, warm, bodymap=True)
        run_once(BARE, warm, bodymap=False)
        for round_ in range(runs):
            with tempfile.TemporaryDirectory(prefix="bodymap-bench-cache-") as cold_cache:
                cold = environment(home, cold_cache)
                results["bodymap_cold"].append(run_once(BODYMAP, cold, bodymap=True))
            pair = [("bodymap", BODYMAP), ("bare", BARE)]
            for name, code in pair if round_ % 2 == 0 else reversed(pair):
                results[name].append(run_once(code, warm, bodymap=name == "bodymap"))
    return results


def instructions() -> dict[str, float] | None:
    """Instructions (millions) the bare program executes to its first painted frame, and
    bodymap (caches warm) to its first frame and to usable, counted by Valgrind's callgrind;
    None without Valgrind. A count, not a time: the same from run to run (within 0.1%) and
    unmoved by the other programs on a shared machine, so it shows a change of a few percent
    that the timings' noise hides. Python's hash seed is fixed."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    counts: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-home-") as home:
        env = {**environment(home, os.path.join(home, "cache")), "PYTHONHASHSEED": "0"}
        run_once(BODYMAP, env, bodymap=True)  # the caches and the splash picture
        env["XDG_CONFIG_HOME"] = os.path.join(home, "no-settings")  # as in run_once
        # The stall poll would only add the probe's own instructions to the count.
        env["BODYMAP_BENCH_STALL_WINDOW"] = "0"
        env["BODYMAP_BENCH_TAP_TIMEOUT"] = "600"  # callgrind runs some 50 times slower
        for name, code, leave in (
            ("first_frame", BODYMAP, "paint"),
            ("usable", BODYMAP, "usable"),
            ("bare", BARE, "paint"),
        ):
            out = subprocess.run(
                [
                    valgrind,
                    "--tool=callgrind",
                    "--callgrind-out-file=/dev/null",
                    sys.executable,
                    "-c",
                    code,
                ],
                capture_output=True,
                text=True,
                env={**env, "BODYMAP_BENCH_LEAVE_AT": leave},
                timeout=900,
                check=False,
            )
            found = re.search(r"Collected : (\d+)", out.stderr)
            if (
                found is None
                or f"{'USABLE' if leave == 'usable' else 'FIRST-PAINT'} " not in out.stdout
            ):
                return None
            counts[name] = int(found.group(1)) / 1e6
    return counts
