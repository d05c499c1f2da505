"""Pick and hover: `Atlas.pick` and `Atlas.region_at` for random points in every view, beside a
naive loop over every marker and every (unprepared) polygon on the same points."""

from __future__ import annotations

import math
import random
from functools import partial

from shapely import Point, from_wkb, to_wkb

from benchmarks.stats import Figure, per_call
from bodymap.atlas.atlas import PICK_TOLERANCE, Atlas
from bodymap.atlas.model import Marker, Region


def sample_points(
    atlas: Atlas, view_id: str, count: int, seed: int = 6
) -> list[tuple[float, float]]:
    """Half uniform over the canvas, half within a finger's reach of a marker."""
    rng = random.Random(seed)
    view = atlas.view(view_id)
    markers = atlas.markers(view_id)
    found = []
    for index in range(count):
        if index % 2 and markers:
            marker = rng.choice(markers)
            found.append((marker.x + rng.uniform(-20, 20), marker.y + rng.uniform(-20, 20)))
        else:
            found.append((rng.uniform(0, view.width), rng.uniform(0, view.height)))
    return found


class NaiveView:
    """What the index saves: every marker's distance and every polygon's `contains`."""

    def __init__(self, atlas: Atlas, view_id: str) -> None:
        self.markers = atlas.markers(view_id)
        # Fresh, unprepared copies: the atlas prepares its own geometry in place.
        self.regions = [
            (region, from_wkb(to_wkb(region.geometry))) for region in atlas.view(view_id).regions
        ]

    def pick(self, x: float, y: float) -> Marker | None:
        best, best_distance = None, PICK_TOLERANCE
        for marker in self.markers:
            distance = math.hypot(marker.x - x, marker.y - y)
            if distance <= best_distance:
                best, best_distance = marker, distance
        return best

    def region_at(self, x: float, y: float) -> Region | None:
        point = Point(x, y)
        for region, polygon in self.regions:
            if polygon.contains(point):
                return region
        return None


def measure(
    atlas: Atlas, count: int, prefix: str = "", pick_target: float = 50.0, naive: bool = True
) -> list[Figure]:
    figures = []
    pick_all: list[float] = []
    region_all: list[float] = []
    naive_pick_all: list[float] = []
    naive_region_all: list[float] = []
    for view_id in atlas.views:
        points = sample_points(atlas, view_id, count)
        pick = per_call(partial(atlas.pick, view_id), points)
        region = per_call(partial(atlas.region_at, view_id), points)
        pick_all += pick
        region_all += region
        figures.append(Figure(f"{prefix}pick.{view_id}", "µs", pick, pick_target))
        figures.append(Figure(f"{prefix}region_at.{view_id}", "µs", region, pick_target))
        if naive:
            slow = NaiveView(atlas, view_id)
            naive_pick_all += per_call(slow.pick, points, rounds=1)
            naive_region_all += per_call(slow.region_at, points, rounds=1)
    figures.append(Figure(f"{prefix}pick.all_views", "µs", pick_all, pick_target))
    figures.append(Figure(f"{prefix}region_at.all_views", "µs", region_all, pick_target))
    if naive:
        pick_fig = Figure(
            f"{prefix}pick.naive_loop",
            "µs",
            naive_pick_all,
            None,
            "every marker's distance, in Python",
        )
        region_fig = Figure(
            f"{prefix}region_at.naive_loop",
            "µs",
            naive_region_all,
            None,
            "polygon.contains over every region, unprepared",
        )
        pick_fig.extra["ratio_to_index"] = pick_fig.median / max(figures[-2].median, 1e-9)
        region_fig.extra["ratio_to_index"] = region_fig.median / max(figures[-1].median, 1e-9)
        figures += [pick_fig, region_fig]
    return figures
