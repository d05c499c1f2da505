"""Which map files make an atlas: the built-in maps (or a folder given instead) and the
folders laid over them, each a layer read in order."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from bodymap.atlas.problems import Problem
from bodymap.resources import maps_dir


class Layer(NamedTuple):
    """One folder (or file) of maps, read in this order: 0 is the built-in atlas or the
    folder given instead of it, 1.. are folders laid over it."""

    number: int
    folder: Path
    builtin: bool
    paths: tuple[Path, ...]


def map_paths(folder: Path) -> list[Path]:
    if folder.is_file():
        return [folder]
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def layers_of(
    path: str | Path | None = None, overlays: Sequence[str | Path] = ()
) -> tuple[list[Layer], list[Problem]]:
    """The layers of an atlas: `path` (default: the built-in maps) and `overlays` over it,
    with a problem for each folder that does not exist."""
    folders: list[tuple[Path, bool]] = [(Path(path), False) if path else (maps_dir(), True)]
    folders += [(Path(folder), False) for folder in overlays]
    layers: list[Layer] = []
    problems: list[Problem] = []
    for index, (folder, builtin) in enumerate(folders):
        if not folder.exists():
            problems.append(Problem(str(folder), 0, 0, "no such file or folder"))
            continue
        folder = folder.resolve()  # once here, so that every path below is absolute
        layers.append(Layer(index, folder, builtin, tuple(map_paths(folder))))
    return layers, problems
