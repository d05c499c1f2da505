"""The atlas cache: a later load of unchanged maps reads it, anything else builds afresh."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from shapely import to_wkb

from bodymap.atlas import Atlas, load, loader, mapfiles
from bodymap.atlas import cache as atlas_cache

FIXTURES = Path(__file__).parent.parent / "fixtures"


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
    real = loader.read_map_file

    def counting(path: Path, name: str, *args: object) -> object:
        names.append(name)
        return real(path, name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "read_map_file", counting)
    return names


def _same_atlas(a: Atlas, b: Atlas) -> None:
    assert a.trigger_points == b.trigger_points
    assert a.muscles == b.muscles
    assert a.sources == b.sources
    for view_id, view in a.views.items():
        other = b.views[view_id]
        assert to_wkb(view.outline) == to_wkb(other.outline)
        assert [(r.id, r.side, to_wkb(r.geometry)) for r in view.regions] == \
               [(r.id, r.side, to_wkb(r.geometry)) for r in other.regions]
    for point_id, point in a.trigger_points.items():
        assert [to_wkb(z.geometry) for z in point.zones] == \
               [to_wkb(z.geometry) for z in b.trigger_points[point_id].zones]


def test_a_second_load_of_unchanged_maps_reads_no_file(cache_dir: Path,
                                                       files_read: list[str]) -> None:
    first = load(FIXTURES / "mini")
    assert files_read and not first.problems
    files_read.clear()
    second = load(FIXTURES / "mini")
    assert files_read == []
    assert second.atlas is not None and first.atlas is not None
    _same_atlas(first.atlas, second.atlas)
    assert second.atlas.pick("front", *_first_marker(second.atlas)) is not None


def _first_marker(atlas: Atlas) -> tuple[float, float]:
    marker = atlas.markers("front")[0]
    return marker.x, marker.y


def test_the_cached_shipped_atlas_equals_the_one_built_from_the_maps(cache_dir: Path) -> None:
    built = load(cache=False).atlas
    load()
    cached = load().atlas
    assert built is not None and cached is not None
    _same_atlas(built, cached)


def test_a_changed_map_is_read_again(cache_dir: Path,
                                     write_maps: Callable[..., Path],
                                     files_read: list[str]) -> None:
    mini = {p.name: p.read_text(encoding="utf-8") for p in (FIXTURES / "mini").iterdir()}
    folder = write_maps(mini)
    load(folder)
    sources = folder / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    files_read.clear()
    assert not load(folder).problems
    assert len(files_read) == len(mini)


def test_problems_are_found_afresh_and_never_cached(cache_dir: Path,
                                                   write_maps: Callable[..., Path]) -> None:
    folder = write_maps({"front.yaml": "view: {id: front}\n"})
    assert load(folder).problems
    assert load(folder).problems
    assert not cache_dir.exists() or not list(cache_dir.iterdir())


def test_a_corrupt_cache_is_ignored_and_rewritten(cache_dir: Path,
                                                  files_read: list[str]) -> None:
    load(FIXTURES / "mini")
    (cached,) = cache_dir.glob("*.pickle")
    cached.write_bytes(b"not a pickle at all")
    files_read.clear()
    result = load(FIXTURES / "mini")
    assert result.atlas is not None and not result.problems
    assert files_read
    files_read.clear()
    load(FIXTURES / "mini")
    assert files_read == []


def test_a_cache_of_another_key_is_not_used(cache_dir: Path, files_read: list[str]) -> None:
    result = load(FIXTURES / "mini")
    assert result.atlas is not None
    (cached,) = cache_dir.glob("*.pickle")
    assert atlas_cache.write(cache_dir, cached.name, "another key", result.atlas)
    files_read.clear()
    load(FIXTURES / "mini")
    assert files_read


@pytest.mark.parametrize("how", ["parameter", "environment"])
def test_the_cache_can_be_turned_off(cache_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                     files_read: list[str], how: str) -> None:
    if how == "environment":
        monkeypatch.setenv("BODYMAP_NO_CACHE", "1")
    for _ in range(2):
        load(FIXTURES / "mini", cache=how != "parameter")
    assert len(files_read) == 2 * len(list((FIXTURES / "mini").glob("*.yaml")))
    assert not cache_dir.exists()


def test_the_default_directory_follows_xdg(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    monkeypatch.delenv("BODYMAP_CACHE_DIR", raising=False)
    monkeypatch.delenv("BODYMAP_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(mapfiles.sys, "platform", "linux")
    assert mapfiles.cache_directory() == tmp_path / "bodymap"
