"""Atlas load: cold (every file read and built) and warm (from the cache), and where the
cold time goes: YAML composing, building values from the nodes, checking them against the map
format, building the geometry, indexing."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import yaml

from bodymap.atlas import Atlas, load
from bodymap.atlas.files import MapFile, display_name, read_map_file
from bodymap.atlas.formats import FILE_KINDS
from bodymap.atlas.loader import build_atlas
from bodymap.atlas.mapfiles import map_paths
from bodymap.atlas.problems import Problem
from bodymap.atlas.yamlnodes import Mark, read_yaml
from bodymap.bench.stats import Figure, timed
from bodymap.resources import maps_dir

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _texts() -> list[tuple[Path, str]]:
    return [(p, p.read_text(encoding="utf-8")) for p in map_paths(maps_dir())]


def _read_files() -> list[MapFile]:
    folder = maps_dir()
    problems: list[Problem] = []
    files = [read_map_file(p, display_name(p, folder, True), 0, problems)
             for p in map_paths(folder)]
    return [f for f in files if f is not None]


def _check_all(files: list[MapFile]) -> None:
    def ignore(mark: Mark, message: str) -> None:
        pass

    for map_file in files:
        FILE_KINDS[map_file.kind].check(map_file.record, "", map_file.record.mark, ignore)


def _rebuild_index(atlas: Atlas) -> Callable[[], object]:
    values = {f.name: getattr(atlas, f.name) for f in fields(atlas) if f.init}
    return lambda: Atlas(**values)


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
        finally:
            _restore("BODYMAP_CACHE_DIR", previous[0])
            _restore("BODYMAP_NO_CACHE", previous[1])
    median = sorted(check)[len(check) // 2]
    geometry = [max(0.0, b - median - sorted(index)[len(index) // 2]) for b in build]
    sizes = sum(len(text.encode()) for _, text in texts) // 1024
    return [
        Figure("load.warm", "ms", warm, 150.0,
               "parse, validate and index the default atlas, from the cache",
               {"last": warm_once}),
        Figure("load.cold", "ms", cold, None,
               f"the same with the cache off: {len(texts)} files, {sizes} KiB of YAML"),
        Figure("load.cold.yaml_compose", "ms", compose, None,
               "yaml.compose with the C parser (resolver in Python)"),
        Figure("load.cold.yaml_values", "ms",
               [max(0.0, p - c) for p, c in zip(parse, compose, strict=True)], None,
               "positioned values built from the nodes (read_yaml minus compose)"),
        Figure("load.cold.validation", "ms", check, None,
               "every file checked against the map format"),
        Figure("load.cold.geometry", "ms", geometry, None,
               "build_atlas minus validation and index: shapes, unions, clipping, regions"),
        Figure("load.cold.index", "ms", index, None,
               "Atlas(...): STRtrees and prepared geometry per view"),
    ]


def _restore(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
