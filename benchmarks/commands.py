"""The command line: the wall time of `python -m bodymap list` and `python -m bodymap where
--symptom headache` (the atlas cache warm), each beside `python -c "import yaml, shapely"`,
the least a command reading the maps could cost, measured in the same rounds."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from benchmarks.startup import environment
from benchmarks.stats import Figure

COMMANDS: dict[str, list[str]] = {
    "baseline": ["-c", "import yaml, shapely"],
    "list": ["-m", "bodymap", "list"],
    "where_symptom": ["-m", "bodymap", "where", "--symptom", "headache"],
}


def _run(arguments: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to exit; the command must succeed."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, *arguments], capture_output=True, env=env, timeout=120, check=False
    )
    seconds = time.perf_counter() - start
    if out.returncode != 0:
        raise RuntimeError(
            f"{' '.join(arguments)} exited with {out.returncode}: "
            f"{out.stderr.decode(errors='replace')[-2000:]}"
        )
    return seconds


def measure(runs: int) -> list[Figure]:
    """`runs` rounds of the three, in an order that turns round by round; one unmeasured
    run of each first (the cache written, bytecode compiled)."""
    names = list(COMMANDS)
    times: dict[str, list[float]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-home-") as home:
        env = environment(home, os.path.join(home, "cache"))
        for name in names:
            _run(COMMANDS[name], env)
        for round_ in range(runs):
            turn = round_ % len(names)
            for name in names[turn:] + names[:turn]:
                times[name].append(_run(COMMANDS[name], env) * 1e3)
    baseline = times["baseline"]
    figures = [
        Figure(
            "cli.baseline",
            "ms",
            baseline,
            None,
            'python -c "import yaml, shapely": the floor of a command that reads maps',
        )
    ]
    for name in ("list", "where_symptom"):
        ratios = [t / b for t, b in zip(times[name], baseline, strict=True)]
        figure = Figure(
            f"cli.{name}", "ms", times[name], None, f"python {' '.join(COMMANDS[name])}, cache warm"
        )
        figure.extra["ratio_to_baseline"] = Figure("", "", ratios).median
        figures += [
            figure,
            Figure(
                f"cli.{name}_ratio", "x", ratios, None, f"cli.{name} / cli.baseline, run by run"
            ),
        ]
    return figures
