"""'Where does it hurt?': ranking painted strokes against every referral pattern
(`rank_pain`), and building the pattern pieces the ranking works on."""

from __future__ import annotations

import time
from functools import partial

from shapely import LineString
from shapely.geometry.base import BaseGeometry

from benchmarks.stats import Figure, timed
from bodymap.atlas.atlas import Atlas
from bodymap.atlas.model import Side
from bodymap.atlas.patterns import build_pieces
from bodymap.atlas.rank import rank_pain

# (view, region, side): painted as a finger's stroke across the region, as a user would.
PAINTED: list[tuple[str, str, Side]] = [
    ("back", "lumbar", "right"),
    ("front", "temple", "left"),
    ("back", "scapula", "right"),
    ("front", "anterior_thigh", "right"),
    ("side", "lateral_thigh", "right"),
    ("front", "anterior_chest", "left"),
    ("back", "buttock", "left"),
    ("front", "jaw", "right"),
]
FINGER = 22.0  # half-width of a stroke, canvas units


def stroke_paths(atlas: Atlas) -> list[tuple[str, list[tuple[float, float]], Side]]:
    """A zigzag path over each painted region that the atlas draws: (view, points, side)."""
    found = []
    for view_id, region_id, side in PAINTED:
        if view_id not in atlas.views:
            continue
        for region in atlas.view(view_id).regions:
            if region.id == region_id and region.side in (side, None):
                x0, y0, x1, y1 = region.geometry.bounds
                path = [
                    (x0 + (x1 - x0) * fx, y0 + (y1 - y0) * fy)
                    for fx, fy in ((0.2, 0.2), (0.8, 0.35), (0.2, 0.55), (0.8, 0.8))
                ]
                found.append((view_id, path, side))
                break
    return found


def strokes(atlas: Atlas) -> list[tuple[str, BaseGeometry, Side]]:
    """Each of `stroke_paths` as the band a finger paints, FINGER either side of the path."""
    return [
        (view_id, LineString(path).buffer(FINGER), side)
        for view_id, path, side in stroke_paths(atlas)
    ]


def pieces_ms(atlas: Atlas) -> float:
    """The time (ms) to build the pattern pieces of every view, as `Atlas.build` does."""
    start = time.perf_counter()
    for view in atlas.views.values():
        build_pieces(view, atlas.trigger_points.values())
    return (time.perf_counter() - start) * 1e3


def measure(
    atlas: Atlas,
    repeat: int,
    prefix: str = "",
    target: float = 5.0,
    patterns_build_ms: float | None = None,
) -> list[Figure]:
    painted = strokes(atlas)
    if patterns_build_ms is None:
        patterns_build_ms = pieces_ms(atlas)
    samples: list[float] = []
    for view_id, geometry, side in painted:
        samples += timed(partial(rank_pain, atlas, {view_id: geometry}, side), repeat)
    return [
        Figure(
            f"{prefix}rank",
            "ms",
            samples,
            target,
            f"rank_pain for {len(painted)} painted strokes",
            {"patterns_build_ms": patterns_build_ms},
        )
    ]
