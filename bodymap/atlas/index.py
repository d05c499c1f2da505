"""Spatial indexes of one view: an STRtree of trigger point markers and one of regions."""

from __future__ import annotations

import numpy as np
from shapely import STRtree, points, prepare

from bodymap.atlas.model import Marker, Region, View


class ViewIndex:
    """Answers "which marker is near (x, y)" and "which region holds (x, y)" for one view."""

    def __init__(self, view: View, markers: list[Marker]) -> None:
        self.markers = markers
        self._marker_tree = STRtree(points([(m.x, m.y) for m in markers])) if markers else None
        self.regions = view.regions
        for region in self.regions:
            prepare(region.geometry)
        self._region_tree = STRtree([r.geometry for r in self.regions])
        self.outline = view.outline
        prepare(self.outline)

    def nearest_marker(self, x: float, y: float, tolerance: float) -> Marker | None:
        if self._marker_tree is None:
            return None
        hits = self._marker_tree.query_nearest(points(x, y), max_distance=tolerance)
        return self.markers[int(hits[0])] if len(hits) else None

    def region_at(self, x: float, y: float) -> Region | None:
        hits = self._region_tree.query(points(x, y), predicate="intersects")
        if len(hits):
            return self.regions[int(np.min(hits))]
        return None
