"""A cache of built atlases, so that a start after the first skips YAML and geometry.

The built atlas (its values, Shapely geometry included) is pickled into one file per set of
map folders, under a key made of the bodymap version, the Python, Shapely and GEOS versions,
the atlas code itself, and the path, size and modification time of every map file. A file
whose key differs, or that cannot be read, is ignored and rewritten. Only atlases loaded
without a problem are written, so problems are always found afresh. Files are written to a
temporary name and renamed, so a reader never sees half a file.

The directory is passed in; `mapfiles.cache_directory` gives the usual one:
``$BODYMAP_CACHE_DIR``, else the platform's cache folder (``$XDG_CACHE_HOME/bodymap`` or
``~/.cache/bodymap`` on Linux). ``BODYMAP_NO_CACHE=1`` turns the cache off. Unpickling runs
whatever the file says, so the folder must be the user's own, as the default one is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

import shapely

from bodymap.atlas import mapfiles
from bodymap.atlas.core import Atlas
from bodymap.atlas.mapfiles import Layer

FORMAT = 2


def cache_key(layers: Iterable[Layer]) -> tuple[str, str]:
    """(file name, key) for the map files of `layers`, in reading order (see
    `mapfiles.cache_key`); the key also holds the Shapely and GEOS versions, whose pickled
    geometry this is. Raises OSError when a file cannot be looked at."""
    where, key = mapfiles.cache_key(
        layers, f"atlas|{FORMAT}|{shapely.__version__}|{shapely.geos_version_string}")
    return f"atlas-{where}.pickle", key


def read(directory: Path, name: str, key: str) -> Atlas | None:
    """The atlas cached under `key`, or None when there is none, it is stale or unreadable."""
    values = mapfiles.read_pickled(directory / name, key)
    try:
        return Atlas(**values) if isinstance(values, dict) else None
    except Exception:  # a broken cache is rebuilt, never fatal
        return None


def write(directory: Path, name: str, key: str, atlas: Atlas) -> bool:
    """Cache `atlas` under `key`, atomically; False when it could not be written."""
    values: dict[str, Any] = {f.name: getattr(atlas, f.name) for f in fields(atlas) if f.init}
    return mapfiles.write_pickled(directory, name, key, values)
