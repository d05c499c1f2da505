"""Atlas load: cold (every file read and built) and warm (from the cache), and where the
cold time goes: YAML composing, building values from the nodes, checking them against the map
format, building the geometry, cutting the referral patterns into the ranking's pieces,
indexing."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from benchmarks.stats import Figure, timed
from bodymap.atlas.atlas import Atlas
from bodymap.atlas.build import build_atlas
from bodymap.atlas.layers import map_paths
from bodymap.atlas.loader import load
from bodymap.atlas.map_file import MapFile, display_name, read_map_file
from bodymap.atlas.map_format import FILE_KINDS
from bodymap.atlas.patterns import build_pieces
from bodymap.atlas.problems import Problem
from bodymap.atlas.yamlnodes import Mark, read_yaml
from bodymap.resources import maps_dir

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _texts() -> list[tuple[Path, str]]:
    return [(p, p.read_text(encoding="utf-8")) for p in map_paths(maps_dir())]


def _read_files() -> list[MapFile]:
    folder = maps_dir()
    problems: list[Problem] = []
    files = [
        read_map_file(p, display_name(p, folder, True), 0, problems) for p in map_paths(folder)
    ]
    return [f for f in files if f is not None]


def _check_all(files: list[MapFile]) -> None:
    def ignore(mark: Mark, message: str) -> None:
        pass

    for map_file in files:
        FILE_KINDS[map_file.kind].check(map_file.record, "", map_file.record.mark, ignore)


def _build_pieces(atlas: Atlas) -> Callable[[], object]:
    return lambda: [
        build_pieces(view, atlas.trigger_points.values()) for view in atlas.views.values()
    ]


def _rebuild_index(atlas: Atlas) -> Callable[[], object]:
    """`Atlas.build` given the pieces (as the cache gives them): the indexes alone."""
    pieces = {view_id: patterns.pieces for view_id, patterns in atlas.patterns.items()}
    return lambda: Atlas.build(
        atlas.views, atlas.sources, atlas.muscles, atlas.trigger_points, atlas.complaints, pieces
    )


def measure(runs: int) -> list[Figure]:
    texts = _texts()
    cold = timed(lambda: load(cache=False), runs)
    compose = timed(lambda: [yaml.compose(text, Loader=_Loader) for _, text in texts], runs)
    parse = timed(lambda: [read_yaml(text) for _, text in texts], runs)
    files = _read_files()
    check = timed(lambda: _check_all(files), runs)
    build = timed(lambda: build_atlas(files, []), runs)
    atlas = build_atlas(files, [])
    assert atlas is not None
    patterns = timed(_build_pieces(atlas), runs)
    index = timed(_rebuild_index(atlas), runs)
    previous = os.environ.get("BODYMAP_CACHE_DIR"), os.environ.pop("BODYMAP_NO_CACHE", None)
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-cache-") as cache_dir:
        os.environ["BODYMAP_CACHE_DIR"] = cache_dir
        try:
            load()  # writes the cache
            warm = timed(load, max(runs, 5))
            start = time.perf_counter()
            load()
            warm_once = (time.perf_counter() - start) * 1e3
            size_kib = sum(p.stat().st_size for p in Path(cache_dir).iterdir()) / 1024
        finally:
            _restore("BODYMAP_CACHE_DIR", previous[0])
            _restore("BODYMAP_NO_CACHE", previous[1])

    def median(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    geometry = [max(0.0, b - median(check) - median(patterns) - median(index)) for b in build]
    sizes = sum(len(text.encode()) for _, text in texts) // 1024
    return [
        Figure(
            "load.warm",
            "ms",
            warm,
            150.0,
            f"load() from the cache ({size_kib:.0f} KiB: JSON + WKB, the ranking's pieces "
            "too), in-process: a fresh process also pays the imports",
            {"last": warm_once, "cache_kib": size_kib},
        ),
        Figure(
            "load.cold",
            "ms",
            cold,
            None,
            f"the same with the cache off: {len(texts)} files, {sizes} KiB of YAML",
        ),
        Figure(
            "load.cold.yaml_compose",
            "ms",
            compose,
            None,
            "yaml.compose with the C parser (resolver in Python)",
        ),
        Figure(
            "load.cold.yaml_values",
            "ms",
            [max(0.0, p - c) for p, c in zip(parse, compose, strict=True)],
            None,
            "positioned values built from the nodes (read_yaml minus compose)",
        ),
        Figure(
            "load.cold.validation", "ms", check, None, "every file checked against the map format"
        ),
        Figure(
            "load.cold.geometry",
            "ms",
            geometry,
            None,
            "build_atlas minus validation, patterns and index: shapes, unions, clipping",
        ),
        Figure(
            "load.cold.patterns",
            "ms",
            patterns,
            None,
            "build_pieces for every view: the ranking's pattern pieces",
        ),
        Figure(
            "load.cold.index",
            "ms",
            index,
            None,
            "Atlas.build given the pieces: STRtrees, prepared geometry, pattern trees",
        ),
    ]


def _restore(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
