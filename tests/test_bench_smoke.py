"""The benchmark still runs and reports every figure (its timings are not judged here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent  # `benchmarks` is run from the repository root

FIGURES = [
    "startup.bare",
    "startup.first_frame",
    "startup.first_frame_ratio",
    "startup.window_shown",
    "startup.usable",
    "startup.usable_ratio",
    "startup.longest_stall",
    "startup.cold_first_frame",
    "startup.cold_usable",
    "startup.peak",
    "startup.bare_peak",
    "cli.baseline",
    "cli.list",
    "cli.list_ratio",
    "cli.where_symptom",
    "cli.where_symptom_ratio",
    "load.warm",
    "load.cold",
    "load.cold.yaml_compose",
    "load.cold.yaml_values",
    "load.cold.validation",
    "load.cold.geometry",
    "load.cold.patterns",
    "load.cold.index",
    *(
        f"{name}.{view}"
        for name in ("pick", "region_at")
        for view in ("front", "back", "side", "all_views")
    ),
    "pick.naive_loop",
    "region_at.naive_loop",
    "rank",
    "10x.pick.all_views",
    "10x.region_at.all_views",
    "10x.rank",
    "repaint.select",
    "repaint.select_only",
    "memory.growth",
    "where.stroke_to_screen",
    "where.stroke_only",
]
TARGETS = [
    "startup.usable_ratio",
    "startup.cold_usable",
    "startup.peak",
    "load.warm",
    "pick.all_views",
    "region_at.all_views",
    "rank",
    "10x.pick.all_views",
    "10x.rank",
    "repaint.select",
    "memory.growth",
    "where.stroke_to_screen",
]


@pytest.mark.slow
def test_the_quick_benchmark_reports_every_figure(tmp_path: Path) -> None:
    output = tmp_path / "bench.json"
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(output)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(output.read_text(encoding="utf-8"))
    assert report["quick"] is True
    assert {"cpu", "cores", "python", "pyside6", "shapely"} <= set(report["machine"])
    figures = report["figures"]
    missing = [name for name in FIGURES if name not in figures]
    assert missing == []
    for name in FIGURES:
        figure = figures[name]
        assert figure["runs"] >= 1, name
        assert figure["p95"] >= figure["median"], name
        assert figure["median"] >= 0 or name == "memory.growth", name  # memory may shrink
    assert figures["pick.naive_loop"]["ratio_to_index"] > 0
    assert figures["rank"]["patterns_build_ms"] > 0
    for name in TARGETS:
        assert figures[name]["target"] is not None, name
    assert "startup.usable_ratio" in run.stdout and "where.stroke_to_screen" in run.stdout
