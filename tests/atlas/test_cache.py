"""The atlas cache: a later load of unchanged maps reads it, anything else builds afresh."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import stat
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from shapely import to_wkb
from shapely.geometry.base import BaseGeometry

from bodymap import places
from bodymap.atlas import cache as atlas_cache
from bodymap.atlas import map_file, storage
from bodymap.atlas.atlas import Atlas
from bodymap.atlas.loader import LoadResult, load
from bodymap.atlas.map_file import read_map_file
from bodymap.atlas.rank import find_complaint, rank_complaint

MINI = Path(__file__).parent.parent / "fixtures" / "mini"
PRECAUTION, PLANTED = "None in particular.", "PLANTED: press as hard as you can."
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BODYMAP_CACHE_DIR", str(folder))
    monkeypatch.delenv("BODYMAP_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def files_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the map files the loader reads from here on."""
    names: list[str] = []

    def counting(path: Path, name: str, *args: object) -> object:
        names.append(Path(name).name)
        return read_map_file(path, name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(map_file, "read_map_file", counting)
    return names


@pytest.fixture
def cached(cache_dir: Path, files_read: list[str]) -> Path:
    """The cache file of the mini atlas, just written; the files read so far are forgotten."""
    assert load(MINI).atlas is not None and files_read
    (path,) = cache_dir.glob("atlas-*.bin")
    files_read.clear()
    return path


def _geometries(atlas: Atlas) -> dict[str, list[bytes]]:
    """Every geometry of `atlas` as WKB, by view and by trigger point, pattern pieces included."""
    found: dict[str, list[BaseGeometry]] = {}
    for view_id, view in atlas.views.items():
        found[view_id] = [view.outline, *(region.geometry for region in view.regions)]
        found[f"{view_id} patterns"] = list(atlas.patterns[view_id].pieces.geometries)
    for point_id, point in atlas.trigger_points.items():
        found[point_id] = [zone.geometry for zone in point.zones]
    return {where: [to_wkb(shape) for shape in shapes] for where, shapes in found.items()}


def _same_atlas(a: Atlas, b: Atlas) -> None:
    """Equal values, every geometry equal to the bit, and the same pattern pieces for ranking."""

    def contents(atlas: Atlas) -> tuple[object, ...]:
        pieces = {v: (p.pieces.keys, p.pieces.essential) for v, p in atlas.patterns.items()}
        values = (atlas.views, atlas.trigger_points, atlas.muscles, atlas.sources)
        return (*values, atlas.complaints, pieces, _geometries(atlas))

    assert contents(a) == contents(b)


def _precautions(result: LoadResult) -> tuple[str, ...]:
    assert result.atlas is not None and not result.problems
    return result.atlas.trigger_points["test_muscle"].precautions


def _planted(data: bytes, key: str | None = None, digest: bool = True) -> bytes:
    """The cache file `data` with a planted precaution (and `key`), its length and, unless
    `digest` is False, its SHA-256 made right again."""
    start = len(atlas_cache.MAGIC) + 32
    length = int.from_bytes(data[start : start + 8], "big")
    document = json.loads(data[start + 8 : start + 8 + length])
    document["key"] = key or document["key"]
    text = json.dumps(document, ensure_ascii=False).replace(PRECAUTION, PLANTED).encode()
    body = len(text).to_bytes(8, "big") + text + data[start + 8 + length :]
    sha = hashlib.sha256(body).digest() if digest else data[len(atlas_cache.MAGIC) : start]
    return atlas_cache.MAGIC + sha + body


def test_a_second_load_of_unchanged_maps_reads_no_file(
    cache_dir: Path, files_read: list[str]
) -> None:
    first = load(MINI)
    assert files_read and not first.problems and first.atlas is not None
    files_read.clear()
    second = load(MINI)
    assert files_read == [] and not second.problems and second.atlas is not None
    _same_atlas(first.atlas, second.atlas)
    marker = second.atlas.markers("front")[0]
    assert second.atlas.pick("front", marker.x, marker.y) == marker
    for region in second.atlas.views["front"].regions:
        inside = region.geometry.representative_point()
        found = second.atlas.region_at("front", inside.x, inside.y)
        assert found is not None and (found.id, found.side) == (region.id, region.side)


def test_the_cached_shipped_atlas_equals_the_one_built_from_the_maps(
    cache_dir: Path, files_read: list[str]
) -> None:
    built = load(cache=False).atlas
    load()
    files_read.clear()
    cached = load().atlas
    assert files_read == [] and built is not None and cached is not None
    _same_atlas(built, cached)
    sciatica = find_complaint(built, "sciatica")
    assert sciatica is not None
    ranked = rank_complaint(built, sciatica)
    assert ranked and rank_complaint(cached, sciatica) == ranked


@pytest.mark.parametrize("change", ["appended", "same size and modification time"])
def test_a_changed_map_is_read_again(
    cache_dir: Path, write_maps: Callable[..., Path], files_read: list[str], change: str
) -> None:
    folder = write_maps({p.name: p.read_text(encoding="utf-8") for p in MINI.iterdir()})
    load(folder)
    sources = folder / "sources.yaml"
    before, text = sources.stat(), sources.read_text(encoding="utf-8")
    if change == "appended":
        sources.write_text(text + "\n# edited\n", encoding="utf-8")
    else:
        sources.write_text(text.replace("1992.", "1993."), encoding="utf-8")
        os.utime(sources, ns=(before.st_atime_ns, before.st_mtime_ns))
        after = sources.stat()
        assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    files_read.clear()
    result = load(folder)
    assert result.atlas is not None and not result.problems
    assert sorted(files_read) == sorted(p.name for p in MINI.iterdir())
    assert result.atlas.sources["ts2"].cite.endswith("1992." if change == "appended" else "1993.")


def test_problems_are_found_afresh_and_never_cached(
    cache_dir: Path, write_maps: Callable[..., Path], files_read: list[str]
) -> None:
    names = ["front.yaml", "muscles.yaml"]
    folder = write_maps({name: (MINI / name).read_text(encoding="utf-8") for name in names})
    first = load(folder)  # an atlas, but the muscle's source is missing
    assert first.atlas is not None and first.problems
    files_read.clear()
    assert load(folder).problems == first.problems
    assert sorted(files_read) == names
    assert not cache_dir.exists() or not list(cache_dir.iterdir())


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"not an atlas cache at all",
        lambda data: data[: len(data) // 2],
        lambda data: bytes(b ^ 0xFF if i == len(data) // 2 else b for i, b in enumerate(data)),
        lambda data: _planted(data, digest=False),
        lambda data: _planted(data, key="0" * 64),
    ],
    ids=["garbage", "truncated", "a flipped byte", "edited", "edited under another key"],
)
def test_a_corrupt_cache_is_ignored_and_rewritten(
    cached: Path, files_read: list[str], damage: Callable[[bytes], bytes]
) -> None:
    cached.write_bytes(damage(cached.read_bytes()))
    assert _precautions(load(MINI)) == (PRECAUTION,) and files_read
    files_read.clear()
    assert _precautions(load(MINI)) == (PRECAUTION,)
    assert files_read == []


@posix_only
@pytest.mark.parametrize("writable", ["folder", "file"])
def test_a_cache_others_can_write_is_not_used(
    cached: Path, files_read: list[str], writable: str
) -> None:
    """The cache is no boundary against the user: their own file under the right key, digest
    made right, is served. What keeps anyone else from planting one is that no one else may
    write the folder or the file, so a cache they could have written is refused."""
    planted = _planted(cached.read_bytes())
    cached.write_bytes(planted)
    (cached.parent if writable == "folder" else cached).chmod(0o777)
    assert _precautions(load(MINI)) == (PRECAUTION,) and files_read
    cached.parent.chmod(0o700)
    cached.write_bytes(planted)
    cached.chmod(0o600)
    assert _precautions(load(MINI)) == (PLANTED,)


class _Armed(str):
    """A pickle that makes the folder it names when loaded."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (str(self),)


def test_a_pickle_under_the_cache_name_runs_nothing(
    cached: Path, files_read: list[str], tmp_path: Path
) -> None:
    pickle.loads(pickle.dumps(_Armed(tmp_path / "armed")))
    assert (tmp_path / "armed").is_dir()  # the pickle does what it says when unpickled
    cached.write_bytes(pickle.dumps(_Armed(tmp_path / "ran")))
    assert _precautions(load(MINI)) == (PRECAUTION,) and files_read
    assert not (tmp_path / "ran").exists()


def test_a_cache_of_another_key_is_not_used(cached: Path, files_read: list[str]) -> None:
    atlas = load(MINI, cache=False).atlas
    assert atlas is not None and atlas_cache.write(cached.parent, cached.name, "other key", atlas)
    files_read.clear()
    assert _precautions(load(MINI)) == (PRECAUTION,) and files_read


@pytest.mark.parametrize("how", ["parameter", "environment"])
def test_the_cache_can_be_turned_off(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, files_read: list[str], how: str
) -> None:
    if how == "environment":
        monkeypatch.setenv("BODYMAP_NO_CACHE", "1")
    for _ in range(2):
        assert load(MINI, cache=how != "parameter").atlas is not None
    assert len(files_read) == 2 * len(list(MINI.glob("*.yaml")))
    assert not cache_dir.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG is for Linux")
def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("BODYMAP_CACHE_DIR", raising=False)
    monkeypatch.delenv("BODYMAP_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert places.cache_dir() == tmp_path / "bodymap"


def _fifo(cached: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cached.unlink()
    os.mkfifo(cached)  # opened for reading without O_NONBLOCK, it waits for a writer


def _symlink(cached: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cached.symlink_to(cached.rename(cached.with_name("elsewhere.bin")))
    assert storage.read(cached.with_name("elsewhere.bin"))  # a good cache, but linked to


def _too_large(cached: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage, "MAX_CACHE_BYTES", cached.stat().st_size - 1)


@pytest.mark.parametrize(
    "make",
    [pytest.param(_fifo, marks=posix_only), pytest.param(_symlink, marks=posix_only), _too_large],
    ids=["a FIFO", "a symlink", "larger than the limit"],
)
def test_a_cache_path_that_is_not_a_small_regular_file_is_not_read(
    cached: Path, files_read: list[str], monkeypatch: pytest.MonkeyPatch, make: Callable[..., None]
) -> None:
    make(cached, monkeypatch)
    results: list[tuple[bytes | None, LoadResult]] = []
    reading = threading.Thread(
        target=lambda: results.append((storage.read(cached), load(MINI))), daemon=True
    )
    reading.start()
    reading.join(timeout=10)
    assert not reading.is_alive(), "reading the cache hangs"
    refused, result = results[0]
    assert refused is None and _precautions(result) == (PRECAUTION,) and files_read
    assert stat.S_ISREG(cached.lstat().st_mode)  # a cache file of its own took the place


def test_a_cache_file_is_read_back_byte_for_byte(tmp_path: Path) -> None:
    data = b"\r\n\x1a\n" + bytes(range(256)) * 4  # no line-end translation, no Ctrl-Z end
    assert storage.write(tmp_path / "cache", "atlas.bin", data)
    assert storage.read(tmp_path / "cache" / "atlas.bin") == data


@posix_only
def test_write_makes_a_folder_only_the_user_can_open(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "cache"
    assert storage.write(folder, "atlas.bin", b"data")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / "atlas.bin").read_bytes() == b"data"
    assert not stat.S_IMODE((folder / "atlas.bin").stat().st_mode) & 0o077
    folder.chmod(0o777)  # a folder of the user's that others could write is closed first
    assert storage.write(folder, "other.bin", b"data")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_write_removes_stale_temporaries_and_keeps_fresh_ones(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    assert storage.write(folder, "atlas.bin", b"first")
    stale, fresh = folder / ".x.tmp", folder / ".y.tmp"
    now = time.time()
    for path, age in ((stale, 60.0), (fresh, -60.0)):
        path.write_bytes(b"half a file")
        os.utime(path, (now - storage.STALE_TEMPORARY_SECONDS - age,) * 2)
    assert storage.write(folder, "atlas.bin", b"second")
    assert list(folder.glob(".*.tmp")) == [fresh]
    assert (folder / "atlas.bin").read_bytes() == b"second"
