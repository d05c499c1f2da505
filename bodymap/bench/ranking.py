"""'Where does it hurt?': ranking one painted area against every referral pattern."""

from __future__ import annotations

import time
from functools import partial

from shapely import LineString
from shapely.geometry.base import BaseGeometry

from bodymap.atlas import Atlas, Side
from bodymap.bench.stats import Figure, timed

# (view, region, side): painted as a finger's stroke across the region, as a user would.
PAINTED: list[tuple[str, str, Side]] = [
    ("back", "lumbar", "right"), ("front", "temple", "left"), ("back", "scapula", "right"),
    ("front", "anterior_thigh", "right"), ("side", "lateral_thigh", "right"),
    ("front", "anterior_chest", "left"), ("back", "buttock", "left"), ("front", "jaw", "right"),
]
FINGER = 22.0  # half-width of a stroke, canvas units


def strokes(atlas: Atlas) -> list[tuple[str, BaseGeometry, Side]]:
    """A zigzag stroke over each painted region that the atlas draws."""
    found = []
    for view_id, region_id, side in PAINTED:
        if view_id not in atlas.views:
            continue
        for region in atlas.view(view_id).regions:
            if region.id == region_id and region.side in (side, None):
                x0, y0, x1, y1 = region.geometry.bounds
                path = [(x0 + (x1 - x0) * fx, y0 + (y1 - y0) * fy)
                        for fx, fy in ((0.2, 0.2), (0.8, 0.35), (0.2, 0.55), (0.8, 0.8))]
                found.append((view_id, LineString(path).buffer(FINGER), side))
                break
    return found


def measure(atlas: Atlas, repeat: int, prefix: str = "", target: float = 5.0) -> list[Figure]:
    painted = strokes(atlas)
    start = time.perf_counter()
    for view_id in atlas.views:
        atlas.patterns(view_id)
    first = (time.perf_counter() - start) * 1e3
    samples: list[float] = []
    for view_id, geometry, side in painted:
        samples += timed(partial(atlas.rank_sources, view_id, geometry, side), repeat)
    return [Figure(f"{prefix}rank", "ms", samples, target,
                   f"Atlas.rank_sources for {len(painted)} painted strokes",
                   {"patterns_build_ms": first})]
