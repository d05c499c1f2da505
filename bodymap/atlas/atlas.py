"""The Atlas value and its questions: pick a marker, name a region, find a trigger point."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import shapely

from bodymap.atlas.index import ViewIndex
from bodymap.atlas.model import (
    Complaint,
    Marker,
    Muscle,
    Region,
    Source,
    TriggerPoint,
    View,
)
from bodymap.atlas.patterns import PatternPieces, ViewPatterns, build_pieces
from bodymap.atlas.vocabulary import fold

PICK_TOLERANCE = 14.0  # canvas units (about 1.3 cm on the figure)


@dataclass(frozen=True)
class Atlas:
    """Views, sources, muscles, trigger points and complaints, with the indexes that answer
    questions about them. Made with `Atlas.build`."""

    views: Mapping[str, View]
    sources: Mapping[str, Source]
    muscles: Mapping[str, Muscle]
    trigger_points: Mapping[str, TriggerPoint]
    complaints: Mapping[str, Complaint]
    # per view: an STRtree of the markers and one of the regions
    indexes: Mapping[str, ViewIndex] = field(repr=False, compare=False)
    # per view: the referral patterns cut up for ranking (`bodymap.atlas.rank`)
    patterns: Mapping[str, ViewPatterns] = field(repr=False, compare=False)

    @classmethod
    def build(
        cls,
        views: Mapping[str, View],
        sources: Mapping[str, Source],
        muscles: Mapping[str, Muscle],
        trigger_points: Mapping[str, TriggerPoint],
        complaints: Mapping[str, Complaint],
        pieces: Mapping[str, PatternPieces] | None = None,
    ) -> Atlas:
        """An atlas of these values, indexed; `pieces` are the patterns' pieces per view as
        `build_pieces` makes them (kept in the cache), made here when not given."""
        markers: dict[str, list[Marker]] = {view_id: [] for view_id in views}
        for point in trigger_points.values():
            for marker in point.markers:
                markers[marker.view].append(marker)
        if pieces is None:
            pieces = {
                view_id: build_pieces(view, trigger_points.values())
                for view_id, view in views.items()
            }
        return cls(
            views=views,
            sources=sources,
            muscles=muscles,
            trigger_points=trigger_points,
            complaints=complaints,
            indexes={view_id: ViewIndex(view, markers[view_id]) for view_id, view in views.items()},
            patterns={
                view_id: ViewPatterns.index(view, pieces[view_id])
                for view_id, view in views.items()
            },
        )

    def view(self, view_id: str) -> View:
        return self.views[view_id]

    def markers(self, view_id: str) -> list[Marker]:
        return self.indexes[view_id].markers

    def pick(
        self, view: str, x: float, y: float, tolerance: float = PICK_TOLERANCE
    ) -> Marker | None:
        """The trigger point marker nearest (x, y) within `tolerance`, or None."""
        return self.indexes[view].nearest_marker(x, y, tolerance)

    def region_at(self, view: str, x: float, y: float) -> Region | None:
        """The region under (x, y), or None outside the body."""
        return self.indexes[view].region_at(x, y)

    def inside_body(self, view: str, x: float, y: float) -> bool:
        return bool(self.indexes[view].outline.covers(shapely.points(x, y)))

    def muscle_of(self, point_id: str) -> Muscle:
        return self.muscles[self.trigger_points[point_id].muscle]

    def find(self, name: str) -> TriggerPoint | None:
        """A trigger point by id, alias or name; a muscle's id or name gives its first point."""
        if name in self.trigger_points:
            return self.trigger_points[name]
        wanted = fold(name)
        for point in self.trigger_points.values():
            if wanted in map(fold, point.names):
                return point
        for muscle in self.muscles.values():
            if wanted in map(fold, muscle.names):
                return self.trigger_points[muscle.trigger_points[0]]
        return None

    def search(self, text: str) -> list[TriggerPoint]:
        """Trigger points whose names, aliases, muscle or symptoms contain every word of `text`."""
        words = fold(text).split()
        found = []
        for point in self.trigger_points.values():
            muscle = self.muscles[point.muscle]
            haystack = fold(" ".join((*point.names, *muscle.names[1:], *point.symptoms)))
            if all(word in haystack for word in words):
                found.append(point)
        return found
