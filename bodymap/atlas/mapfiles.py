"""Which map files make an atlas, where caches of it live, and a key that changes with them.

Light on purpose (no YAML, NumPy or Shapely): the app checks its start-up cache with this
before it imports any of them. The key is made of a caller's `salt` (versions, format), the
path, size and modification time of every file of the atlas code and of every map file.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any, NamedTuple

from bodymap.atlas.problems import Problem

ATLAS_CODE = Path(__file__).resolve().parent


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


def layers_of(path: str | Path | None = None, overlays: Sequence[str | Path] = ()
              ) -> tuple[list[Layer], list[Problem]]:
    """The layers of an atlas: `path` (default: the built-in maps) and `overlays` over it,
    with a problem for each folder that does not exist."""
    from bodymap.resources import maps_dir

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


def cache_directory() -> Path | None:
    """The cache directory the environment asks for, or None when caching is turned off:
    ``$BODYMAP_CACHE_DIR``, else the platform's cache folder (``$XDG_CACHE_HOME/bodymap`` or
    ``~/.cache/bodymap`` on Linux); ``BODYMAP_NO_CACHE=1`` turns it off."""
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


def stamp(path: Path) -> str:
    """The path (absolute, as `layers_of` and ATLAS_CODE give them), size and mtime."""
    info = path.stat()
    return f"{path}|{info.st_size}|{info.st_mtime_ns}"


def cache_key(layers: Iterable[Layer], salt: str, code: Iterable[Path] = ()
              ) -> tuple[str, str]:
    """(where, key) for the map files of `layers`: `where` names the set of files read (a
    cache file per set), `key` also covers their stamps, the atlas code, the extra `code`
    files and `salt`. Raises OSError when a file cannot be looked at.

    The key is kept whole and compared whole, so `where` only has to tell sets of files
    apart (a CRC, already loaded, rather than hashlib: this runs before the first frame).
    """
    from bodymap import __version__

    read: list[str] = []
    key = [f"{__version__}|{sys.version}|{salt}"]
    key += [stamp(source) for source in (*sorted(ATLAS_CODE.glob("*.py")), *code)]
    for layer in layers:
        for path in layer.paths:
            read.append(f"{layer.number}|{path}")
            key.append(f"{layer.number}|{stamp(path)}")
    where = zlib.crc32("\n".join(read).encode())
    return f"{where:08x}", "\n".join(key)


def read_pickled(path: Path, key: str) -> Any:
    """What `write_pickled` stored in `path` under `key`; None when the file is missing,
    was stored under another key, or cannot be read. Unpickling runs whatever the file says,
    so the folder must be the user's own, as the default one is."""
    import pickle  # not on the way to the first frame, which reads a marshalled sketch

    try:
        with open(path, "rb") as file:
            if pickle.load(file) != {"key": key}:
                return None
            return pickle.load(file)
    except Exception:  # a broken cache is rebuilt, never fatal
        return None


def write_pickled(directory: Path, name: str, key: str, value: Any) -> bool:
    """Store `value` under `key` as `directory/name`, atomically; False when it could not
    be written."""
    import pickle

    def dump(file: IO[bytes]) -> None:
        pickle.dump({"key": key}, file, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)

    return _write_atomically(directory, name, dump)


def read_marshalled(path: Path, key: str) -> Any:
    """What `write_marshalled` stored in `path` under `key`; None when the file is missing,
    was stored under another key, or cannot be read."""
    try:
        stored_key, value = marshal.loads(path.read_bytes())
    except Exception:  # a broken cache is rebuilt, never fatal
        return None
    return value if stored_key == key else None


def write_marshalled(directory: Path, name: str, key: str, value: Any) -> bool:
    """`write_pickled` for plain values (numbers, text, bytes, tuples, lists, dicts) in
    Python's own code-file format: read back without importing `pickle` (part of the first
    frame's cost, docs/performance.md). The format belongs to this Python version, which
    `cache_key` holds."""
    return _write_atomically(directory, name,
                             lambda file: file.write(marshal.dumps((key, value))))


def _write_atomically(directory: Path, name: str, dump: Callable[[IO[bytes]], object]) -> bool:
    """Write `directory/name` through a temporary file renamed over it, so that a reader
    never sees half a file; False when it could not be written."""
    import tempfile  # only when writing: not on the way to the first frame

    temporary = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=directory)
        with os.fdopen(handle, "wb") as file:
            dump(file)
        os.replace(temporary, directory / name)
        return True
    except Exception:  # unwritable, or a value the format cannot hold: a slower next start
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        return False
