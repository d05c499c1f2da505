"""The atlas layer: map files, their geometry and the questions asked of them. No Qt here."""

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

__all__ = [
    "REGION_IDS", "Atlas", "AtlasError", "LoadResult", "Marker", "Muscle", "Problem", "Region",
    "Side", "Source", "Technique", "TriggerPoint", "View", "Zone", "load", "load_atlas",
]
