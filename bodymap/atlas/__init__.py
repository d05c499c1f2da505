"""The atlas layer: map files, their geometry and the questions asked of them. No Qt here.

The names below are imported on first use (PEP 562), so that a light module of this package
(`model`, `mapfiles`, `problems`) can be imported without YAML, NumPy or Shapely: the app
draws its first frame before any of them is loaded (docs/performance.md).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bodymap.atlas.core import Atlas
    from bodymap.atlas.loader import LoadResult, load, load_atlas
    from bodymap.atlas.model import (
        REGION_IDS,
        Marker,
        Muscle,
        Region,
        Side,
        Source,
        Technique,
        TriggerPoint,
        View,
        Zone,
    )
    from bodymap.atlas.problems import AtlasError, Problem

_HOMES = {
    "Atlas": "core",
    "LoadResult": "loader", "load": "loader", "load_atlas": "loader",
    "REGION_IDS": "model", "Marker": "model", "Muscle": "model", "Region": "model",
    "Side": "model", "Source": "model", "Technique": "model", "TriggerPoint": "model",
    "View": "model", "Zone": "model",
    "AtlasError": "problems", "Problem": "problems",
}

__all__ = [
    "REGION_IDS", "Atlas", "AtlasError", "LoadResult", "Marker", "Muscle", "Problem", "Region",
    "Side", "Source", "Technique", "TriggerPoint", "View", "Zone", "load", "load_atlas",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'bodymap.atlas' has no attribute '{name}'")
    value = getattr(import_module(f"bodymap.atlas.{home}"), name)
    globals()[name] = value  # once found, an ordinary attribute
    return value
