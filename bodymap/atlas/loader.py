"""Load an atlas: from its cache when the maps are unchanged, else from the map files
(`build`), collecting every problem as a `Problem(file, line, col, message)`. `load` returns
what is sound together with the problems, `load_atlas` raises one `AtlasError` carrying
them all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bodymap.atlas import cache as atlas_cache
from bodymap.atlas.atlas import Atlas
from bodymap.atlas.layers import Layer, layers_of
from bodymap.atlas.problems import AtlasError, Problem
from bodymap.places import cache_dir


@dataclass
class LoadResult:
    atlas: Atlas | None
    problems: list[Problem]


def load_atlas(
    path: str | Path | None = None, overlays: Sequence[str | Path] = (), language: str = "en"
) -> Atlas:
    """The atlas in `path` (default: the built-in maps) with `overlays` laid over it, its
    text in `language` where translated.

    Raises AtlasError listing every problem found.
    """
    result = load(path, overlays, language=language)
    if result.problems or result.atlas is None:
        raise AtlasError(result.problems)
    return result.atlas


def load(
    path: str | Path | None = None,
    overlays: Sequence[str | Path] = (),
    cache: bool = True,
    language: str = "en",
) -> LoadResult:
    """Load leniently: everything sound, plus the problems with the rest.

    A load without problems is cached (`bodymap.atlas.cache`) and read back while the files
    stay unchanged; `cache=False` or BODYMAP_NO_CACHE=1 read the files every time. The text
    of another `language` is laid over the English after (`bodymap.atlas.translation`).
    """
    layers, problems = layers_of(path, overlays)
    result = _load_english(layers, problems, cache)
    if language != "en" and result.atlas is not None:
        from bodymap.atlas.translation import translated

        found: list[Problem] = []
        atlas = translated(result.atlas, layers, language, found)
        return LoadResult(atlas, sorted({*result.problems, *found}))
    return result


def _load_english(layers: list[Layer], problems: list[Problem], cache: bool) -> LoadResult:
    directory = cache_dir() if cache else None
    stored: tuple[str, str] | None = None
    if directory is not None and not problems:
        try:
            stored = atlas_cache.cache_key(layers)
        except OSError:
            stored = None
        cached = atlas_cache.read(directory, *stored) if stored else None
        if cached is not None:
            return LoadResult(cached, [])
    # The reading stack (YAML, the map format's checks) only when the cache cannot answer.
    from bodymap.atlas.build import build_atlas
    from bodymap.atlas.map_file import MapFile, display_name, read_map_file

    files: list[MapFile] = []
    for layer in layers:
        folder = layer.folder if layer.folder.is_dir() else layer.folder.parent
        for file_path in layer.paths:
            name = display_name(file_path, folder, layer.builtin)
            map_file = read_map_file(file_path, name, layer.number, problems)
            if map_file is not None:
                files.append(map_file)
    atlas = build_atlas(files, problems)
    if directory is not None and stored is not None and atlas is not None and not problems:
        atlas_cache.write(directory, *stored, atlas)
    return LoadResult(atlas, sorted(set(problems)))


__all__ = ["AtlasError", "LoadResult", "load", "load_atlas"]
