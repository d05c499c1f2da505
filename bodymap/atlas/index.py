"""Spatial indexes of one view: an STRtree of trigger point markers and one of regions.

A pointer's question is one tree query (the tree tests its candidates against prepared
regions itself) and, for markers, a NumPy distance over the few in reach, so the cost grows
with the log of the atlas, not its size.
"""

from __future__ import annotations

import numpy as np
from shapely import STRtree, box, points, prepare
from shapely.geometry import Point

from bodymap.atlas.model import Marker, Region, View


class ViewIndex:
    """Answers "which marker is near (x, y)" and "which region holds (x, y)" for one view."""

    def __init__(self, view: View, markers: list[Marker]) -> None:
        self.markers = markers
        self._marker_xy = np.array([(m.x, m.y) for m in markers], dtype=float).reshape(-1, 2)
        self._marker_tree = STRtree(points(self._marker_xy)) if markers else None
        self.regions = view.regions
        for region in self.regions:
            prepare(region.geometry)
        self._region_tree = STRtree([r.geometry for r in self.regions])
        self.outline = view.outline
        prepare(self.outline)

    def nearest_marker(self, x: float, y: float, tolerance: float) -> Marker | None:
        """The nearest marker within `tolerance`; ties go to the first marker."""
        if self._marker_tree is None:
            return None
        near = self._marker_tree.query(
            box(x - tolerance, y - tolerance, x + tolerance, y + tolerance)
        )
        if not len(near):
            return None
        near = np.sort(near)
        d2 = ((self._marker_xy[near] - (x, y)) ** 2).sum(axis=1)
        best = int(np.argmin(d2))
        return self.markers[int(near[best])] if d2[best] <= tolerance * tolerance else None

    def region_at(self, x: float, y: float) -> Region | None:
        """The region under (x, y); regions tile the body, so at most one is expected."""
        hits = self._region_tree.query(Point(x, y), predicate="intersects")
        return self.regions[int(hits.min())] if len(hits) else None
