"""A synthetic atlas ten times the shipped one, built in memory through the real model types:
every region cut into strips, every muscle and trigger point copied with jittered markers and
zones. Only for measuring how the costs grow; it is never shipped or drawn."""

from __future__ import annotations

import random
import time
from dataclasses import replace

from shapely import affinity, box

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.model import Marker, Muscle, Region, TriggerPoint, View, Zone
from bodymap.atlas.patterns import build_pieces

JITTER = 30.0  # canvas units a copy's marker and zones move by, at most


def _strips(region: Region, count: int) -> list[Region]:
    x0, y0, x1, y1 = region.geometry.bounds
    width = (x1 - x0) / count
    strips = []
    for index in range(count):
        piece = region.geometry.intersection(
            box(x0 + index * width, y0, x0 + (index + 1) * width, y1)
        )
        if not piece.is_empty and piece.area > 0:
            strips.append(replace(region, geometry=piece))
    return strips


def _view(view: View, factor: int) -> View:
    regions = tuple(strip for region in view.regions for strip in _strips(region, factor))
    return replace(view, regions=regions)


def _copy(point: TriggerPoint, copy: int, dx: float, dy: float) -> TriggerPoint:
    new_id = f"{point.id}__{copy}"
    markers = tuple(Marker(new_id, m.side, m.view, m.x + dx, m.y + dy) for m in point.markers)
    zones = tuple(
        Zone(z.kind, z.view, z.side, affinity.translate(z.geometry, dx, dy)) for z in point.zones
    )
    return replace(point, id=new_id, markers=markers, zones=zones)


def scaled_atlas(atlas: Atlas, factor: int = 10, seed: int = 6) -> tuple[Atlas, float]:
    """`atlas` with `factor` times the regions, muscles and trigger points, and the time (ms)
    its pattern pieces took to build (`build_pieces` for every view)."""
    rng = random.Random(seed)
    points: dict[str, TriggerPoint] = {}
    muscles: dict[str, Muscle] = {}
    for muscle in atlas.muscles.values():
        for copy in range(factor):
            ids = []
            for point_id in muscle.trigger_points:
                dx, dy = (
                    (0.0, 0.0)
                    if copy == 0
                    else (rng.uniform(-JITTER, JITTER), rng.uniform(-JITTER, JITTER))
                )
                point = _copy(atlas.trigger_points[point_id], copy, dx, dy)
                point = replace(point, muscle=f"{muscle.id}__{copy}")
                points[point.id] = point
                ids.append(point.id)
            muscles[f"{muscle.id}__{copy}"] = replace(
                muscle, id=f"{muscle.id}__{copy}", trigger_points=tuple(ids)
            )
    views = {view_id: _view(view, factor) for view_id, view in atlas.views.items()}
    start = time.perf_counter()
    pieces = {view_id: build_pieces(view, points.values()) for view_id, view in views.items()}
    pieces_ms = (time.perf_counter() - start) * 1e3
    big = Atlas.build(views, atlas.sources, muscles, points, atlas.complaints, pieces)
    return big, pieces_ms
