"""`python -m benchmarks [--quick] [--json FILE] [--skip-startup]`: measure, print a table,
write JSON. Run it from the repository root."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from benchmarks.report import figures_json, table
from benchmarks.stats import Figure, machine

USABLE_RATIO_TARGET = 2.5  # usable over the bare program's first frame
COLD_USABLE_TARGET = 1000.0  # ms: usable on a first start, the cache empty
PEAK_TARGET = 150.0  # MB at usable


def _ratio(
    name: str, numerators: list[float], denominators: list[float], target: float | None, note: str
) -> Figure:
    """numerator / denominator run by run, with the ratio of the medians beside it."""
    ratios = [n / d for n, d in zip(numerators, denominators, strict=True)]
    figure = Figure(name, "x", ratios, target, note)
    figure.extra["ratio_of_medians"] = (
        Figure("", "", numerators).median / Figure("", "", denominators).median
    )
    return figure


def _startup(runs: int, count_instructions: bool) -> tuple[list[Figure], list[str]]:
    from benchmarks import startup

    results = startup.measure(runs)
    bare = [r.first_frame * 1e3 for r in results["bare"]]
    warm = results["bodymap"]
    cold = results["bodymap_cold"]
    first = [r.first_frame * 1e3 for r in warm]
    usable = [(r.usable or 0.0) * 1e3 for r in warm]
    peak = Figure(
        "startup.peak",
        "MB",
        [r.usable_peak_mb or 0.0 for r in warm],
        PEAK_TARGET,
        "peak resident memory at usable",
    )
    bare_peak = Figure(
        "startup.bare_peak",
        "MB",
        [r.first_peak_mb for r in results["bare"]],
        None,
        "the bare program's, at its first frame",
    )
    peak.extra["ratio_to_bare"] = peak.median / bare_peak.median
    figures = [
        Figure(
            "startup.bare",
            "ms",
            bare,
            None,
            "a QMainWindow holding an empty QGraphicsView, 1400x900: its first frame",
        ),
        Figure(
            "startup.first_frame",
            "ms",
            first,
            None,
            "process start to bodymap's first painted frame (the splash), cache warm",
        ),
        _ratio("startup.first_frame_ratio", first, bare, None, "first frame / bare, run by run"),
        Figure(
            "startup.window_shown",
            "ms",
            [(r.shown or 0.0) * 1e3 for r in warm],
            None,
            "process start to the main window shown (the atlas loaded, the window built)",
        ),
        Figure(
            "startup.usable",
            "ms",
            usable,
            None,
            "process start to a tap on a front marker answered on the screen (the view "
            "painted with the selection), the tap posted as the window is shown",
        ),
        _ratio(
            "startup.usable_ratio",
            usable,
            bare,
            USABLE_RATIO_TARGET,
            "usable / bare first frame, run by run",
        ),
        Figure(
            "startup.longest_stall",
            "ms",
            [(r.longest_stall or 0.0) * 1e3 for r in warm],
            None,
            "the longest the event loop was busy (1 ms poll), from the window shown "
            "to 500 ms later (the tap's answer included)",
        ),
        Figure(
            "startup.cold_first_frame",
            "ms",
            [r.first_frame * 1e3 for r in cold],
            None,
            "first frame on a first start (an empty cache folder: the title card)",
        ),
        Figure(
            "startup.cold_usable",
            "ms",
            [(r.usable or 0.0) * 1e3 for r in cold],
            COLD_USABLE_TARGET,
            "usable on a first start, the cache empty (the atlas built "
            "from the maps and the cache written)",
        ),
        peak,
        bare_peak,
    ]
    if count_instructions:
        figures += _instructions()
    notes = [
        note
        for name in ("bodymap", "bodymap_cold", "bare")
        for run in results[name]
        for note in (f"{name}: {n}" for n in run.notes)
    ]
    return figures, notes


def _instructions() -> list[Figure]:
    from benchmarks import startup

    counts = startup.instructions()
    if counts is None:  # no Valgrind here: the timings stand alone
        return []
    return [
        Figure(
            "startup.instructions_first_frame",
            "M",
            [counts["first_frame"]],
            None,
            "instructions to bodymap's first frame (callgrind), cache warm",
        ),
        Figure(
            "startup.instructions_usable",
            "M",
            [counts["usable"]],
            None,
            "instructions to usable (callgrind), cache warm",
        ),
        Figure(
            "startup.instructions_bare",
            "M",
            [counts["bare"]],
            None,
            "instructions to the bare program's first frame (callgrind)",
        ),
        Figure(
            "startup.instructions_first_frame_ratio",
            "x",
            [counts["first_frame"] / counts["bare"]],
            None,
            "first frame / bare, in instructions: a count the machine's noise does not move",
        ),
        Figure(
            "startup.instructions_usable_ratio",
            "x",
            [counts["usable"] / counts["bare"]],
            USABLE_RATIO_TARGET,
            "usable / bare first frame, in instructions",
        ),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a few repetitions of everything (seconds, for the smoke test)",
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument(
        "--skip-startup",
        action="store_true",
        help="leave out the start-up and command-line figures (they spawn fresh processes)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # This process's atlas cache and data folders: temporary, never the user's.
    home = tempfile.TemporaryDirectory(prefix="bodymap-bench-self-")
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = os.path.join(home.name, variable.lower())
    os.environ["BODYMAP_CACHE_DIR"] = os.path.join(home.name, "cache")
    os.environ.pop("BODYMAP_NO_CACHE", None)
    try:
        return _measure(args.quick, args.json, args.skip_startup)
    finally:
        home.cleanup()


def _stamps() -> dict[str, float]:
    """The modification time of every file of bodymap and its maps: a change while measuring
    (another checkout's edit) makes the atlas cache stale and the figures doubtful."""
    root = Path(__file__).resolve().parent.parent
    return {
        str(path.relative_to(root)): path.stat().st_mtime
        for folder in ("bodymap", "maps")
        for path in (root / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def _measure(quick: bool, json_file: str | None, skip_startup: bool) -> int:
    from benchmarks import commands, interface, loading, picking, ranking
    from benchmarks.synthetic import scaled_atlas
    from bodymap.atlas.loader import load

    started = time.perf_counter()
    figures: list[Figure] = []
    notes: list[str] = []
    stamps = _stamps()
    if not skip_startup:
        found, notes = _startup(1 if quick else 25, count_instructions=not quick)
        figures += found
        figures += commands.measure(1 if quick else 15)
    figures += loading.measure(1 if quick else 7)
    result = load()
    if result.atlas is None:
        print("benchmarks: the atlas does not load", file=sys.stderr)  # noqa: T201
        return 1
    atlas = result.atlas
    figures += picking.measure(atlas, 100 if quick else 2000)
    figures += ranking.measure(atlas, 1 if quick else 15)
    # --quick builds a 3x atlas under the same names: the smoke test checks the code runs.
    factor = 3 if quick else 10
    big, big_pieces_ms = scaled_atlas(atlas, factor)
    figures += picking.measure(
        big, 100 if quick else 1000, prefix="10x.", pick_target=100.0, naive=False
    )
    figures += ranking.measure(
        big, 1 if quick else 5, prefix="10x.", target=16.0, patterns_build_ms=big_pieces_ms
    )
    figures += interface.measure(
        atlas,
        selections=20 if quick else 300,
        cycles=100 if quick else 2000,
        warm_up=20 if quick else 200,
        stroke_rounds=2 if quick else 15,
    )
    info = machine()
    info["big_atlas"] = {
        "factor": factor,
        "trigger_points": len(big.trigger_points),
        "regions": sum(len(v.regions) for v in big.views.values()),
    }
    now = _stamps()
    changed = sorted(
        name for name in stamps.keys() | now.keys() if stamps.get(name) != now.get(name)
    )
    if changed:
        more = f" and {len(changed) - 8} more" if len(changed) > 8 else ""
        notes.append(
            f"bodymap's files changed while measuring (the figures are doubtful): "
            f"{', '.join(changed[:8])}{more}"
        )
    seen = [f"{note} ({count}x)" if count > 1 else note for note, count in Counter(notes).items()]
    print(table(figures, info, quick, seen))  # noqa: T201
    print(f"({time.perf_counter() - started:.0f} s)")  # noqa: T201
    if json_file:
        document = {"quick": quick, "machine": info, "figures": figures_json(figures), "seen": seen}
        Path(json_file).write_text(
            json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
