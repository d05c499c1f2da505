"""The Atlas value and its questions: pick a marker, name a region, find a trigger point."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from shapely.geometry.base import BaseGeometry

from bodymap.atlas.index import ViewIndex
from bodymap.atlas.model import (
    Complaint,
    Marker,
    Muscle,
    Region,
    Side,
    Source,
    TriggerPoint,
    View,
)
from bodymap.atlas.patterns import ViewPatterns, build_view_patterns, view_patterns_in_steps

if TYPE_CHECKING:
    from bodymap.atlas.rank import Candidate

PICK_TOLERANCE = 14.0  # canvas units (about 1.3 cm on the figure)


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").replace("_", " ").split())


@dataclass(frozen=True)
class Atlas:
    views: Mapping[str, View]
    sources: Mapping[str, Source]
    muscles: Mapping[str, Muscle]
    trigger_points: Mapping[str, TriggerPoint]
    complaints: Mapping[str, Complaint] = field(default_factory=dict)
    _index: dict[str, ViewIndex] = field(init=False, repr=False, compare=False)
    # The referral patterns cut up for ranking, per view: built on the first ranking.
    _patterns: dict[str, ViewPatterns] = field(default_factory=dict, init=False, repr=False,
                                               compare=False)
    # Views whose patterns are being built a step at a time (`prepare_patterns`).
    _building: dict[str, Iterator[ViewPatterns | None]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_view: dict[str, list[Marker]] = {view_id: [] for view_id in self.views}
        for point in self.trigger_points.values():
            for marker in point.markers:
                by_view[marker.view].append(marker)
        object.__setattr__(self, "_index", {
            view_id: ViewIndex(view, by_view[view_id]) for view_id, view in self.views.items()
        })

    def view(self, view_id: str) -> View:
        return self.views[view_id]

    def markers(self, view_id: str) -> list[Marker]:
        return self._index[view_id].markers

    def patterns(self, view_id: str) -> ViewPatterns:
        """Every referral pattern drawn in one view, indexed for ranking."""
        if view_id not in self._patterns:
            steps = self._building.pop(view_id, None)
            if steps is None:
                self._patterns[view_id] = build_view_patterns(self.views[view_id],
                                                              self.trigger_points)
            else:   # finish what `prepare_patterns` began
                *_, patterns = steps
                assert patterns is not None
                self._patterns[view_id] = patterns
        return self._patterns[view_id]

    def prepare_patterns(self, view_id: str, seconds: float) -> bool:
        """Build some of one view's pattern index ahead of the first ranking: steps of a few
        milliseconds until `seconds` have passed (one step at least). True once it is built.
        For a caller that builds while idle, a little at a time, without stalling."""
        if view_id in self._patterns:
            return True
        steps = self._building.get(view_id)
        if steps is None:
            steps = self._building[view_id] = view_patterns_in_steps(self.views[view_id],
                                                                     self.trigger_points)
        until = time.perf_counter() + seconds
        for step in steps:
            if step is not None:
                self._patterns[view_id] = step
                del self._building[view_id]
                return True
            if time.perf_counter() >= until:
                return False
        raise AssertionError("view_patterns_in_steps ends with the patterns")

    def rank_sources(self, view: str, geometry: BaseGeometry,
                     side: Side | None = None) -> list[Candidate]:
        """The trigger points whose referral best explains pain drawn as `geometry` in `view`,
        best first (see `bodymap.atlas.rank`)."""
        from bodymap.atlas.rank import rank_pain

        return rank_pain(self, {view: geometry}, side)

    def pick(self, view: str, x: float, y: float,
             tolerance: float = PICK_TOLERANCE) -> Marker | None:
        """The trigger point marker nearest (x, y) within `tolerance`, or None."""
        return self._index[view].nearest_marker(x, y, tolerance)

    def region_at(self, view: str, x: float, y: float) -> Region | None:
        """The region under (x, y), or None outside the body."""
        return self._index[view].region_at(x, y)

    def inside_body(self, view: str, x: float, y: float) -> bool:
        from shapely import points

        return bool(self._index[view].outline.covers(points(x, y)))

    def muscle_of(self, point_id: str) -> Muscle:
        return self.muscles[self.trigger_points[point_id].muscle]

    def find(self, name: str) -> TriggerPoint | None:
        """A trigger point by id, alias or name; a muscle's id or name gives its first point."""
        if name in self.trigger_points:
            return self.trigger_points[name]
        wanted = _fold(name)
        for point in self.trigger_points.values():
            if wanted in (_fold(point.id), _fold(point.name), *map(_fold, point.aliases)):
                return point
        for muscle in self.muscles.values():
            if wanted in (_fold(muscle.id), _fold(muscle.name), *map(_fold, muscle.aliases)):
                return self.trigger_points[muscle.trigger_points[0]]
        return None

    def search(self, text: str) -> list[TriggerPoint]:
        """Trigger points whose names, aliases, muscle or symptoms contain every word of `text`."""
        words = _fold(text).split()
        found = []
        for point in self.trigger_points.values():
            muscle = self.muscles[point.muscle]
            haystack = _fold(" ".join((point.id, point.name, *point.aliases, muscle.name,
                                       *muscle.aliases, *point.symptoms)))
            if all(word in haystack for word in words):
                found.append(point)
        return found
