"""The front view: the frontal silhouette and its regions (face, neck, chest, abdomen, limbs)."""

from __future__ import annotations

from shapely.geometry import LineString, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from . import tables_front as F
from .body import build_frontal_half
from .geometry import above, ellipse, left_of, mirror, smooth_curve
from .limbs import FRONT_NAMES, arm_zones, hand_zones, leg_zones
from .tiling import Zone
from .view import (
    Line,
    View,
    mirrored_landmarks,
    mirrored_lines,
    symmetric_outline,
    symmetric_regions,
)

CLAVICLE_LINE = [
    (250, 402),
    (302, 402),
    (335, 398),
    (370, 398),
    (405, 404),
    (440, 400),
    (470, 399),
    (490, 405),
    (500, 409),
]
COSTAL_LINE = [(250, 768), (376, 767), (412, 731), (447, 701), (478, 673), (500, 652)]
INGUINAL = [(392, 902), (415, 940), (445, 978), (472, 1008), (492, 1032), (505, 1046)]
NECK_SIDE_X = 425  # where the side of the neck turns into the top of the shoulder
# The armpit: the hollow where the inner arm meets the side of the chest (front and back alike).
AXILLA = Zone("axilla", None, ellipse((338, 584), 13, 38))
TRUNK_THIGH = [(250, 935), (330, 932), (375, 912), (392, 902), (445, 978), (500, 1052)]


def head_zones(head: BaseGeometry) -> list[Zone]:
    zones = [
        Zone("ear", None, Polygon(ellipse((412, 216), 13, 34))),
        Zone("orbit", None, ellipse((463, 195), 25, 19)),
        Zone("tmj", None, ellipse((428, 228), 13, 18)),
        Zone("teeth_upper", None, box(467, 236, 500, 271)),
        Zone("teeth_lower", None, box(469, 271, 500, 297)),
        Zone("forehead", None, box(437, 90, 500, 178)),
        Zone("temple", None, box(380, 90, 437, 213)),
        Zone("jaw", None, box(380, 257, 500, 340)),
        Zone("cheek", None, box(380, 170, 500, 257)),
    ]
    return [Zone(z.id, z.side, z.shape.intersection(head)) for z in zones]


def build_front() -> View:
    half = build_frontal_half("front")
    outline = symmetric_outline(half.body)
    head = unary_union([half.head, half.ear.buffer(3)])
    head_full = unary_union([head, mirror(head)])
    midline = [
        Zone("vertex", None, box(0, 0, 1000, 98)),
        Zone("chin", None, box(471, 297, 529, 340).intersection(head_full)),
        Zone(
            "anterior_neck",
            None,
            box(464, 280, 536, 420)
            .intersection(above([*CLAVICLE_LINE, (510, 405), (530, 399)]))
            .difference(head_full),
        ),
    ]
    trunk_top = above(CLAVICLE_LINE)
    thigh_top = above(TRUNK_THIGH, smooth=False)
    zones = [
        *hand_zones(half, FRONT_NAMES),
        AXILLA,  # before the arm and the chest, between which it lies
        *arm_zones(half, FRONT_NAMES),
        *head_zones(head),
        # above the clavicle, lateral to the neck: the top of the shoulder
        Zone("shoulder_top", None, trunk_top.intersection(box(0, 0, NECK_SIDE_X, 500))),
        Zone("lateral_neck", None, trunk_top),
        Zone("groin", None, LineString(smooth_curve(INGUINAL)).buffer(17, cap_style="flat")),
        Zone("hip_lateral", None, ellipse((336, 960), 34, 58)),
        Zone(
            "lateral_chest",
            None,
            left_of([(373, 520), (372, 640), (379, 767)]).intersection(box(0, 515, 500, 767)),
        ),
        Zone("anterior_chest", None, above(COSTAL_LINE, smooth=False)),
        Zone("upper_abdomen", None, box(0, 0, 500, 815)),
        Zone("lower_abdomen", None, thigh_top),
        *leg_zones(half, FRONT_NAMES, outline.intersection(box(0, 0, 500, 2000)), thigh_top),
    ]
    regions = symmetric_regions(outline, midline, zones, right_is_low=True)
    lines = mirrored_lines(F.LINES)
    lines.append(Line("navel", smooth_curve(F.NAVEL, closed=True), True))
    return View("front", "Front", outline, lines, mirrored_landmarks(F.LANDMARKS), regions)
