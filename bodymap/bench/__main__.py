"""`python -m bodymap.bench [--quick] [--json FILE]`: measure, print a table, write JSON."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bodymap.bench.report import figures_json, table
from bodymap.bench.stats import Figure, machine


def _startup(runs: int, count_instructions: bool) -> list[Figure]:
    from bodymap.bench import startup

    results = startup.measure(runs)
    bare = [r.seconds * 1e3 for r in results["bare"]]
    warm = [r.seconds * 1e3 for r in results["bodymap"]]
    cold = [r.seconds * 1e3 for r in results["bodymap_cold"]]
    ratios = [w / b for w, b in zip(warm, bare, strict=True)]
    ratio = Figure("startup.ratio", "x", ratios, 1.6, "bodymap / bare, run by run")
    ratio.extra["ratio_of_medians"] = Figure("", "", warm).median / Figure("", "", bare).median
    ready = [r.ready_seconds * 1e3 for r in results["bodymap"]]
    return [
        Figure("startup.bodymap", "ms", warm, None,
               "process start to first painted frame, caches warm"),
        Figure("startup.bare", "ms", bare, None,
               "a QMainWindow holding an empty QGraphicsView"),
        ratio,
        Figure("startup.bodymap_ready", "ms", ready, None,
               "process start to the atlas attached: every mode answers, caches warm"),
        Figure("startup.bodymap_settled", "ms",
               [r.settled_seconds * 1e3 for r in results["bodymap"]], None,
               "process start to the idle work done (the ranking's pattern index)"),
        Figure("startup.longest_stall", "ms",
               [r.longest_stall * 1e3 for r in results["bodymap"]], None,
               "the longest the window was kept from answering, first frame to settled"),
        Figure("startup.bodymap_cold", "ms", cold, None,
               "bodymap's first start: the caches empty"),
        Figure("startup.bodymap_peak", "MB", [r.peak_mb for r in results["bodymap"]], 150.0,
               "peak resident memory at the first frame"),
        Figure("startup.bare_peak", "MB", [r.peak_mb for r in results["bare"]], None),
        *(_instructions() if count_instructions else []),
    ]


def _instructions() -> list[Figure]:
    from bodymap.bench import startup

    counts = startup.instructions()
    if counts is None:  # no Valgrind here: the timings stand alone
        return []
    return [
        Figure("startup.instructions_bodymap", "M", [counts["bodymap"]], None,
               "instructions to the first frame (callgrind), caches warm"),
        Figure("startup.instructions_bare", "M", [counts["bare"]], None,
               "instructions to the first frame (callgrind)"),
        Figure("startup.instructions_ratio", "x", [counts["bodymap"] / counts["bare"]], 1.6,
               "bodymap / bare, in instructions: a count, not moved by the machine's noise"),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bodymap.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="a few repetitions of everything (seconds, for the smoke test)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--skip-startup", action="store_true",
                        help="leave out the start-up figures (they spawn fresh processes)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quick = args.quick

    from bodymap.atlas import load
    from bodymap.bench import interface, loading, picking, ranking
    from bodymap.bench.synthetic import scaled_atlas

    started = time.perf_counter()
    figures: list[Figure] = []
    if not args.skip_startup:
        figures += _startup(1 if quick else 25, count_instructions=not quick)
    figures += loading.measure(1 if quick else 7)
    result = load()
    if result.atlas is None:
        print("bodymap.bench: the atlas does not load", file=sys.stderr)  # noqa: T201
        return 1
    atlas = result.atlas
    figures += picking.measure(atlas, 100 if quick else 2000)
    figures += ranking.measure(atlas, 1 if quick else 15)
    # --quick builds a 3x atlas under the same names: the smoke test checks the code runs.
    factor = 3 if quick else 10
    big = scaled_atlas(atlas, factor)
    figures += picking.measure(big, 100 if quick else 1000, prefix="10x.", pick_target=100.0,
                               naive=False)
    figures += ranking.measure(big, 1 if quick else 5, prefix="10x.", target=16.0)
    figures += interface.measure(atlas, selections=20 if quick else 300,
                                 cycles=100 if quick else 2000, warm_up=20 if quick else 200)
    info = machine()
    info["big_atlas"] = {"factor": factor, "trigger_points": len(big.trigger_points),
                         "regions": sum(len(v.regions) for v in big.views.values())}
    print(table(figures, info, quick))  # noqa: T201
    print(f"({time.perf_counter() - started:.0f} s)")  # noqa: T201
    if args.json:
        document = {"quick": quick, "machine": info, "figures": figures_json(figures)}
        Path(args.json).write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
