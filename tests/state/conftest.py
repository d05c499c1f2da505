"""Places on the shipped atlas's figure, found from the atlas itself (never hard-coded)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bodymap.atlas.atlas import PICK_TOLERANCE, Atlas
from bodymap.atlas.model import Marker, Region, Side

TOLERANCE = PICK_TOLERANCE


@dataclass(frozen=True)
class Places:
    """Where to tap and paint on the shipped figure."""

    atlas: Atlas

    def region(self, view_id: str, region_id: str, side: Side | None) -> Region:
        """The one region `region_id` on `side` in a view."""
        (region,) = [
            r for r in self.atlas.view(view_id).regions if r.id == region_id and r.side == side
        ]
        return region

    def inside(self, region: Region) -> tuple[float, float]:
        """A point well inside a region."""
        point = region.geometry.representative_point()
        return point.x, point.y

    def marker(self, view_id: str, side: Side) -> Marker:
        """A marker on `side` that a tap right on it picks (no other marker is nearer)."""
        for marker in self.atlas.markers(view_id):
            if marker.side == side and self.atlas.pick(view_id, marker.x, marker.y) == marker:
                return marker
        raise AssertionError(f"no pickable {side} marker in {view_id}")

    def away_from_markers(self, view_id: str) -> tuple[Region, float, float]:
        """A region and a point inside it with no marker within the pick tolerance."""
        for region in self.atlas.view(view_id).regions:
            x, y = self.inside(region)
            if self.atlas.pick(view_id, x, y, TOLERANCE) is None:
                return region, x, y
        raise AssertionError(f"every region of {view_id} is under a marker")

    def outside(self, view_id: str) -> tuple[float, float]:
        """A point on the canvas but off the body: left of the figure, half-way down."""
        view = self.atlas.view(view_id)
        left, _, _, _ = view.outline.bounds
        x, y = left / 2, view.height / 2
        assert left > 0 and not self.atlas.inside_body(view_id, x, y)
        return x, y

    def stroke_in(self, region: Region, reach: float = 6.0) -> list[tuple[float, float]]:
        """A short sideways stroke through the middle of a region, inside it all along."""
        x, y = self.inside(region)
        points = [(x - reach, y), (x, y), (x + reach, y)]
        assert all(self.atlas.region_at(region.view, px, py) == region for px, py in points)
        return points


@pytest.fixture(scope="session")
def places(atlas: Atlas) -> Places:
    return Places(atlas)


class Heard:
    """A listener that remembers the aspects it was told about."""

    def __init__(self) -> None:
        self.aspects: list[str] = []

    def __call__(self, aspect: str) -> None:
        self.aspects.append(aspect)


@pytest.fixture
def heard() -> Heard:
    return Heard()
