"""The atlas as frozen values: views and their regions, muscles, trigger points and zones.

Geometry is Shapely, in each view's own coordinates (y down). Nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from shapely.geometry.base import BaseGeometry

Side = Literal["right", "left"]
ZoneKind = Literal["essential", "spillover"]
SIDES: tuple[Side, Side] = ("right", "left")
# front and back: the patient facing towards and away from the viewer; side: the right side;
# soles: both soles seen from below, toes up, the patient's right on the viewer's right.
VIEW_IDS = ("front", "back", "side", "soles")

# Regions on the midline are drawn once and belong to no side.
MIDLINE_REGIONS = frozenset({"vertex", "chin", "anterior_neck", "sacrum", "coccyx"})

# The body-region vocabulary of shared/REGIONS.md, head to foot.
REGION_IDS: tuple[str, ...] = (
    "forehead", "temple", "vertex", "occiput", "orbit", "ear", "cheek", "jaw", "tmj",
    "teeth_upper", "teeth_lower", "chin", "posterior_neck", "lateral_neck", "anterior_neck",
    "anterior_chest", "lateral_chest", "interscapular", "scapula", "upper_abdomen",
    "lower_abdomen", "groin", "thoracolumbar", "lumbar", "sacrum", "coccyx", "buttock",
    "anterior_shoulder", "lateral_shoulder", "posterior_shoulder", "anterior_arm",
    "lateral_arm", "posterior_arm", "medial_arm", "elbow_lateral", "elbow_medial",
    "anterior_forearm", "posterior_forearm", "wrist_dorsal", "wrist_palmar", "hand_dorsal",
    "palm", "thumb", "fingers", "hip_lateral", "anterior_thigh", "lateral_thigh",
    "medial_thigh", "posterior_thigh", "knee_anterior", "knee_medial", "knee_lateral",
    "knee_posterior", "shin", "lateral_leg", "calf", "ankle_anterior", "ankle_lateral",
    "ankle_medial", "heel", "foot_dorsal", "sole", "big_toe", "toes",
)


def side_label(side: Side | None) -> str:
    return "" if side is None else f"patient’s {side}"


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


_REGION_NAMES = {
    "tmj": "Jaw joint (TMJ)",
    "teeth_upper": "Upper teeth",
    "teeth_lower": "Lower teeth",
    "elbow_lateral": "Outer elbow",
    "elbow_medial": "Inner elbow",
    "wrist_dorsal": "Back of the wrist",
    "wrist_palmar": "Palm side of the wrist",
    "hand_dorsal": "Back of the hand",
    "knee_anterior": "Front of the knee",
    "knee_medial": "Inner knee",
    "knee_lateral": "Outer knee",
    "knee_posterior": "Back of the knee",
    "ankle_anterior": "Front of the ankle",
    "ankle_lateral": "Outer ankle",
    "ankle_medial": "Inner ankle",
    "foot_dorsal": "Top of the foot",
    "sole": "Sole of the foot",
    "big_toe": "Big toe",
    "toes": "Toes",
    "hip_lateral": "Side of the hip",
    "posterior_neck": "Back of the neck",
    "lateral_neck": "Side of the neck",
    "anterior_neck": "Front of the neck",
    "anterior_chest": "Chest",
    "lateral_chest": "Side of the chest",
    "interscapular": "Between the shoulder blades",
    "scapula": "Shoulder blade",
    "thoracolumbar": "Mid back",
    "lumbar": "Low back",
    "anterior_shoulder": "Front of the shoulder",
    "lateral_shoulder": "Outer shoulder",
    "posterior_shoulder": "Back of the shoulder",
    "anterior_arm": "Front of the upper arm",
    "lateral_arm": "Outer upper arm",
    "posterior_arm": "Back of the upper arm",
    "medial_arm": "Inner upper arm",
    "anterior_forearm": "Front of the forearm",
    "posterior_forearm": "Back of the forearm",
    "anterior_thigh": "Front of the thigh",
    "lateral_thigh": "Outer thigh",
    "medial_thigh": "Inner thigh",
    "posterior_thigh": "Back of the thigh",
    "lateral_leg": "Outer lower leg",
    "upper_abdomen": "Upper abdomen",
    "lower_abdomen": "Lower abdomen",
    "orbit": "Eye",
}


def region_name(region_id: str) -> str:
    """A region id in plain words."""
    return _REGION_NAMES.get(region_id, region_id.replace("_", " ").capitalize())


@dataclass(frozen=True)
class DetailLine:
    """A thin interior line drawn for orientation (clavicle, navel, knee cap...)."""

    id: str
    points: tuple[tuple[float, float], ...]
    closed: bool


@dataclass(frozen=True)
class View:
    """One drawing of the figure: front, back or the right side."""

    id: str
    name: str
    width: float
    height: float
    outline: BaseGeometry = field(compare=False, repr=False)
    lines: tuple[DetailLine, ...] = field(repr=False)
    landmarks: Mapping[str, tuple[float, float]] = field(repr=False)
    regions: tuple[Region, ...] = field(repr=False)

    @property
    def shows_left(self) -> bool:
        """The side view shows only the patient's right."""
        return self.id != "side"

    def mirror_x(self, x: float) -> float:
        return self.width - x


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

    @property
    def views(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.view for m in self.markers))

    @property
    def citation(self) -> str:
        return f"{self.source.short}, {self.source_section}"

    def zones_for(self, side: Side, view: str | None = None) -> tuple[Zone, ...]:
        return tuple(
            z for z in self.zones if z.side == side and (view is None or z.view == view)
        )


@dataclass(frozen=True)
class Complaint:
    """An everyday complaint ("tension headache", "sciatica") and the regions it stands for."""

    id: str
    name: str
    words: tuple[str, ...]     # what people type: "headache", "tension headache"
    regions: tuple[str, ...]   # region ids, taken on the side asked for (or both)


@dataclass(frozen=True)
class Muscle:
    id: str
    name: str
    aliases: tuple[str, ...]
    body_area: str
    trigger_points: tuple[str, ...]
    # (view, side) -> the muscle's outline, for drawing it faintly when one of its points is picked
    shapes: Mapping[tuple[str, Side], BaseGeometry] = field(compare=False, repr=False)
