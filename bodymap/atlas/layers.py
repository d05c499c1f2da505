"""Which map files make an atlas: the built-in maps (or a folder given instead) and the
folders laid over them, each a layer read in order."""

from __future__ import annotations

import os
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


MAP_SUFFIXES = (".yaml", ".yml")  # in any case: clinic.YAML is a map file too
MAX_WALKED = 20_000  # files and folders looked at below one folder of maps
# A folder of maps keeps its text in other languages here (`bodymap.atlas.translation`):
# the twins of its map files, not map files themselves.
TRANSLATIONS = "translations"


def map_paths(folder: Path, skipped: list[Problem] | None = None) -> list[Path]:
    """The map files in `folder`, in path order (or `folder` itself, a file). What could not
    be looked into or read goes to `skipped`, so that nothing is left out without a word:
    an unreadable folder, a link to nothing, links that loop."""
    if folder.is_file():
        return [folder]
    found: list[Path] = []

    def unreadable(error: OSError) -> None:
        if skipped is not None:
            where = error.filename or str(folder)
            skipped.append(
                Problem(
                    str(where),
                    0,
                    0,
                    f"cannot read the folder: {error.strerror or error}; its maps are left out",
                )
            )

    looked_at = 0
    for parent, folders, names in os.walk(folder, onerror=unreadable):
        folders[:] = sorted(f for f in folders if f != TRANSLATIONS)
        looked_at += len(names) + len(folders)
        if looked_at > MAX_WALKED:
            if skipped is not None:
                skipped.append(
                    Problem(
                        str(folder),
                        0,
                        0,
                        f"more than {MAX_WALKED} files and folders below it (is it a "
                        "folder of maps?); the rest was not looked at",
                    )
                )
            break
        for name in names:
            path = Path(parent) / name
            if path.suffix.lower() not in MAP_SUFFIXES:
                continue
            try:
                path.stat()
            except OSError as error:
                if skipped is not None:
                    why = (
                        "a link that leads to nothing"
                        if path.is_symlink()
                        else (error.strerror or str(error))
                    )
                    skipped.append(Problem(str(path), 0, 0, f"{why}; skipped"))
                continue
            if path.is_file():
                found.append(path)
    return sorted(found)


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
        layers.append(Layer(index, folder, builtin, tuple(map_paths(folder, problems))))
    return layers, problems
