"""The atlas as frozen values: views and their regions, muscles, trigger points and zones.

Geometry is Shapely, in each view's own coordinates (y down). Nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

# The shared words, re-exported: the model is where the atlas's code looks for them.
from bodymap.atlas.vocabulary import MIDLINE_REGIONS as MIDLINE_REGIONS
from bodymap.atlas.vocabulary import REGION_IDS as REGION_IDS
from bodymap.atlas.vocabulary import SIDES as SIDES
from bodymap.atlas.vocabulary import VIEW_IDS as VIEW_IDS
from bodymap.atlas.vocabulary import Side as Side
from bodymap.atlas.vocabulary import ZoneKind as ZoneKind
from bodymap.atlas.vocabulary import region_name as region_name
from bodymap.atlas.vocabulary import side_label as side_label

if TYPE_CHECKING:  # annotations only: the model imports without Shapely
    from shapely.geometry.base import BaseGeometry


@dataclass(frozen=True)
class Region:
    """A named area of one view's outline, on one side or on the midline."""

    id: str
    side: Side | None
    view: str
    geometry: BaseGeometry = field(compare=False, repr=False)

    @property
    def name(self) -> str:
        return region_name(self.id)

    @property
    def label(self) -> str:
        """The region in plain words, e.g. "Temple (patient's left)"."""
        return f"{self.name} ({side_label(self.side)})" if self.side else self.name


@dataclass(frozen=True)
class DetailLine:
    """A thin interior line drawn for orientation (clavicle, navel, knee cap...)."""

    id: str
    points: tuple[tuple[float, float], ...]
    closed: bool


@dataclass(frozen=True)
class View:
    """One drawing of the figure: front, back, the right side, or the soles from below."""

    id: str
    name: str
    width: float
    height: float
    outline: BaseGeometry = field(compare=False, repr=False)
    lines: tuple[DetailLine, ...] = field(repr=False)
    landmarks: Mapping[str, tuple[float, float]] = field(repr=False)
    regions: tuple[Region, ...] = field(repr=False)

    @property
    def sides(self) -> tuple[Side, ...]:
        """The patient's sides drawn: both, but only the right in the right side view and only
        the left in the left side view."""
        one: dict[str, tuple[Side, ...]] = {"side": ("right",), "side_left": ("left",)}
        return one.get(self.id, SIDES)

    @property
    def lateral(self) -> bool:
        """A view of one side of the patient, which shows that side alone."""
        return len(self.sides) == 1

    def mirror_x(self, x: float) -> float:
        return self.width - x

    def side_at(self, x: float) -> Side | None:
        """The patient's side drawn at `x`, or None on the midline (within 2% of the width).

        Facing the viewer (front), the patient's right is on the viewer's left; from behind
        (back) and from below (soles), on the viewer's right; a side view shows its side.
        """
        if self.lateral:
            return self.sides[0]
        if abs(x - self.width / 2) <= self.width * 0.02:
            return None
        right_on_viewers_left = self.id == "front"
        return "right" if (x < self.width / 2) == right_on_viewers_left else "left"


@dataclass(frozen=True)
class Source:
    id: str
    cite: str
    short: str


@dataclass(frozen=True)
class Technique:
    name: str
    hold_min: int
    hold_max: int
    repetitions: int
    pressure: str
    notes: str
    clinician_only: bool = False  # never offered as self-care; the kiosk shows none of it


@dataclass(frozen=True)
class Marker:
    """Where one side's trigger point is drawn in one view."""

    trigger_point: str
    side: Side
    view: str
    x: float
    y: float


@dataclass(frozen=True)
class Zone:
    """Referred pain of one side's trigger point in one view: essential or spillover."""

    kind: ZoneKind
    view: str
    side: Side
    geometry: BaseGeometry = field(compare=False, repr=False)


@dataclass(frozen=True)
class TriggerPoint:
    id: str
    muscle: str
    name: str
    aliases: tuple[str, ...]
    sides: Literal["bilateral", "midline"]
    location: str
    referral: str
    symptoms: tuple[str, ...]
    technique: Technique
    precautions: tuple[str, ...]
    source: Source
    source_section: str
    markers: tuple[Marker, ...] = field(repr=False)
    zones: tuple[Zone, ...] = field(repr=False)
    essential_regions: tuple[str, ...]
    spillover_regions: tuple[str, ...]
    summary: str = ""  # one plain sentence for a client
    red_flag: str = ""  # when to see a doctor rather than press, shown before the technique
    # Its names in the atlas's other language (the English, under a translation): found by
    # a search, not shown.
    search_names: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name it is found by: id, name, aliases and the other language's names."""
        return (self.id, self.name, *self.aliases, *self.search_names)

    @property
    def views(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.view for m in self.markers))

    def views_for(self, side: Side) -> tuple[str, ...]:
        """The views that show this point on one side of the patient (the left side view
        shows only the left, the right side view only the right)."""
        return tuple(dict.fromkeys(m.view for m in self.markers if m.side == side))

    @property
    def citation(self) -> str:
        return f"{self.source.short}, {self.source_section}"

    def zones_for(self, side: Side, view: str | None = None) -> tuple[Zone, ...]:
        return tuple(z for z in self.zones if z.side == side and (view is None or z.view == view))


@dataclass(frozen=True)
class Complaint:
    """An everyday complaint ("tension headache", "sciatica") and the regions it stands for."""

    id: str
    name: str
    words: tuple[str, ...]  # what people type: "headache", "tension headache"
    regions: tuple[str, ...]  # region ids, taken on the side asked for (or both)
    red_flags: tuple[str, ...] = ()  # signs that it needs a doctor, shown before any ranking


@dataclass(frozen=True)
class Muscle:
    id: str
    name: str
    aliases: tuple[str, ...]
    body_area: str
    trigger_points: tuple[str, ...]
    # (view, side) -> the muscle's outline, for drawing it faintly when one of its points is picked
    shapes: Mapping[tuple[str, Side], BaseGeometry] = field(compare=False, repr=False)
    search_names: tuple[str, ...] = ()  # as TriggerPoint.search_names

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, self.name, *self.aliases, *self.search_names)
