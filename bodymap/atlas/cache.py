"""A cache of built atlases, so that a start after the first skips YAML and geometry.

The built atlas (its values, Shapely geometry included) is pickled into one file per set of
map folders, under a key made of the bodymap version, the Python, Shapely and GEOS versions,
the atlas code itself, and the path, size and modification time of every map file. A file
whose key differs, or that cannot be read, is ignored and rewritten. Only atlases loaded
without a problem are written, so problems are always found afresh. Files are written to a
temporary name and renamed, so a reader never sees half a file.

The directory is passed in; `directory_from_environment` gives the usual one:
``$BODYMAP_CACHE_DIR``, else the platform's cache folder (``$XDG_CACHE_HOME/bodymap`` or
``~/.cache/bodymap`` on Linux). ``BODYMAP_NO_CACHE=1`` turns the cache off. Unpickling runs
whatever the file says, so the folder must be the user's own, as the default one is.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

import shapely

from bodymap.atlas.core import Atlas

FORMAT = 1
_ATLAS_CODE = Path(__file__).resolve().parent


def directory_from_environment() -> Path | None:
    """The cache directory the environment asks for, or None when the cache is turned off."""
    if os.environ.get("BODYMAP_NO_CACHE", "").strip() not in ("", "0"):
        return None
    explicit = os.environ.get("BODYMAP_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "bodymap" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "bodymap"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "bodymap"


def _stamp(path: Path) -> str:
    info = path.stat()
    return f"{path.resolve()}|{info.st_size}|{info.st_mtime_ns}"


def cache_key(layers: Iterable[tuple[int, Iterable[Path]]]) -> tuple[str, str]:
    """(file name, key) for the map files of each layer, in reading order.

    The file name depends on which files are read, the key also on their contents' stamps.
    Raises OSError when a file cannot be looked at (the loader then reads without a cache).
    """
    from bodymap import __version__

    where = hashlib.sha256()
    key = hashlib.sha256(f"{FORMAT}|{__version__}|{sys.version}|{shapely.__version__}|"
                         f"{shapely.geos_version_string}".encode())
    for code in sorted(_ATLAS_CODE.glob("*.py")):
        key.update(_stamp(code).encode())
    for layer, paths in layers:
        for path in paths:
            where.update(f"{layer}|{path.resolve()}\n".encode())
            key.update(f"{layer}|{_stamp(path)}\n".encode())
    return f"atlas-{where.hexdigest()[:20]}.pickle", key.hexdigest()


def read(directory: Path, name: str, key: str) -> Atlas | None:
    """The atlas cached under `key`, or None when there is none, it is stale or unreadable."""
    try:
        with open(directory / name, "rb") as file:
            header = pickle.load(file)
            if header != {"format": FORMAT, "key": key}:
                return None
            values = pickle.load(file)
        return Atlas(**values)
    except Exception:  # a broken cache is rebuilt, never fatal
        return None


def write(directory: Path, name: str, key: str, atlas: Atlas) -> bool:
    """Cache `atlas` under `key`, atomically; False when it could not be written."""
    values: dict[str, Any] = {f.name: getattr(atlas, f.name) for f in fields(atlas) if f.init}
    temporary = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".atlas-", suffix=".tmp", dir=directory)
        with os.fdopen(handle, "wb") as file:
            pickle.dump({"format": FORMAT, "key": key}, file, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(values, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, directory / name)
        return True
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        return False
