"""Cache files, kept so that they cannot be planted or tampered with unnoticed.

A cache file is plain data (never code: no pickle, see `cache.py` for what it holds) under a
key that changes with everything it was made from: the maps' contents, the atlas code, the
versions. It is read only from a folder that belongs to the user and that no one else can
write, only if it is a regular file of the user's, and only up to a size limit; anything
doubtful is ignored, and the caller builds afresh and writes it anew, atomically.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from bodymap.atlas.layers import Layer

ATLAS_CODE = Path(__file__).resolve().parent
MAX_CACHE_BYTES = 64 * 1024 * 1024
STALE_TEMPORARY_SECONDS = 3600.0  # a temporary file this old was left by a killed writer


def cache_key(layers: Iterable[Layer], salt: str) -> tuple[str, str]:
    """(name, key) for the map files of `layers`: `name` tells sets of files apart (one cache
    file per set), `key` is a digest of the caller's `salt`, the bodymap and Python versions,
    the atlas code and every map file's path and contents. Raises OSError when a file cannot
    be read."""
    from bodymap import __version__

    files: list[str] = []
    digest = hashlib.sha256(f"{__version__}|{sys.version}|{salt}".encode())
    for source in sorted(ATLAS_CODE.glob("*.py")):
        digest.update(source.read_bytes())
    for layer in layers:
        for path in layer.paths:
            files.append(f"{layer.number}|{os.fsencode(path).hex()}")
            digest.update(b"\0%d|%s\0" % (layer.number, os.fsencode(path)))
            digest.update(path.read_bytes())
    name = hashlib.sha256("\n".join(files).encode()).hexdigest()[:16]
    return name, digest.hexdigest()


def _private_folder(directory: Path) -> bool:
    """Whether `directory` is a folder of this user's that no one else can write."""
    try:
        info = os.stat(directory)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    if hasattr(os, "getuid"):
        return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    return True


def read(path: Path) -> bytes | None:
    """The bytes of the cache file `path`, or None when it is missing or doubtful: not in a
    private folder, not a regular file of the user's, writable by others, or too large."""
    if not _private_folder(path.parent):
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)  # Windows: os.open is in text mode without it
    try:
        handle = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(handle, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CACHE_BYTES:
            return None
        if hasattr(os, "getuid") and (
            info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        ):
            return None
        data = file.read(MAX_CACHE_BYTES + 1)
    return data if len(data) <= MAX_CACHE_BYTES else None


def _make_private(directory: Path) -> bool:
    """Make `directory` (and its parents) if need be, private to the user; a folder of the
    user's that others could write (an older bodymap made it under the umask) is closed to
    them first. False for a folder that belongs to someone else."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    if _private_folder(directory):
        return True
    info = os.stat(directory)
    if hasattr(os, "getuid") and info.st_uid == os.getuid() and stat.S_ISDIR(info.st_mode):
        directory.chmod(0o700)
        return _private_folder(directory)
    return False


def write(directory: Path, name: str, data: bytes) -> bool:
    """Write `directory/name` through a temporary file renamed over it, so that a reader never
    sees half a file; the folder is made private to the user first. False when it could not
    be written (a slower next start, nothing worse)."""
    temporary = None
    try:
        if not _make_private(directory):
            return False
        _remove_stale_temporaries(directory)
        handle, temporary = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=directory)
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, directory / name)
        return True
    except OSError:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        return False


def _remove_stale_temporaries(directory: Path) -> None:
    now = time.time()
    for leftover in directory.glob(".*.tmp"):
        try:
            if now - leftover.lstat().st_mtime > STALE_TEMPORARY_SECONDS:
                leftover.unlink()
        except OSError:
            pass
