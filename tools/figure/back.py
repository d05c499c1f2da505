"""The back view: the frontal silhouette mirrored (patient's right on the viewer's right) with a
heel instead of toes, and the regions of the back (scapula, interscapular, lumbar, buttock, ...).

Tiling is done in front-view coordinates, where the limb zones are shared with the front view,
and the finished view is mirrored at the end.
"""

from __future__ import annotations

from shapely.geometry import Polygon, box
from shapely.ops import unary_union

from . import tables_back as B
from .body import build_frontal_half
from .front import AXILLA, NECK_SIDE_X
from .geometry import above, ellipse, left_of, mirror, right_of
from .limbs import BACK_NAMES, arm_zones, hand_zones, leg_zones
from .tiling import Region, Zone
from .view import View, mirrored_landmarks, mirrored_lines, symmetric_outline, symmetric_regions

# The base of the neck, back coordinates: above it is neck, below it trunk (the trapezius ridge
# belongs to the trunk).
NECK_BASE = [(500, 395), (522, 388), (545, 372), (560, 362), (620, 370), (700, 372), (750, 370)]
NECK_SPLIT_X = 543.0  # posterior_neck medial to it, the thin lateral_neck strip lateral to it
HAIRLINE_Y = 285.0


def build_back() -> View:
    half = build_frontal_half("back")
    outline_f = symmetric_outline(half.body)  # front frame; symmetric, so also the back outline
    head = unary_union([half.head, half.ear.buffer(3)])

    sacrum = Polygon(B.SACRUM)
    midline = [
        Zone("vertex", None, box(0, 0, 1000, 98)),
        Zone("coccyx", None, sacrum.intersection(box(0, B.COCCYX_FROM_Y, 1000, 2000))),
        Zone("sacrum", None, sacrum),
        # between the buttocks below the coccyx, where they meet the thighs
        Zone("perineum", None, ellipse((500, 1048), 17, 13)),
    ]
    neck = above(NECK_BASE)
    beside_spine = right_of(B.SCAPULA_MEDIAL, smooth=False).intersection(
        above(B.BELOW_SCAPULA, smooth=False)
    )
    blade = beside_spine.intersection(left_of(B.SCAPULA_LATERAL, smooth=False))
    back_zones = [
        Zone("posterior_neck", None, neck.intersection(box(500, 0, NECK_SPLIT_X, 500))),
        Zone("lateral_neck", None, neck),
        # the trapezius ridge from the neck to the acromion, above the spine of the scapula
        Zone("shoulder_top", None, box(1000 - NECK_SIDE_X - 19, 0, 730, 402)),
        Zone("scapula", None, blade),
        Zone(
            "lateral_chest",
            None,
            right_of([(627, 515), (628, 640), (621, 767)]).intersection(box(500, 515, 1000, 767)),
        ),
        Zone("scapula", None, beside_spine),  # teres and latissimus, below the lateral border
        Zone("interscapular", None, above(B.BELOW_SCAPULA, smooth=False)),
        Zone("thoracolumbar", None, box(500, 0, 1000, 767)),
        Zone("hip_lateral", None, ellipse((664, 960), 34, 58)),
        Zone("lumbar", None, above(B.ILIAC_CREST_BOUNDARY)),
        Zone("buttock", None, above(B.GLUTEAL_FOLD)),
    ]
    head_zones = [
        Zone("ear", None, ellipse((412, 216), 13, 34).intersection(head)),
        Zone("occiput", None, box(0, 0, 500, HAIRLINE_Y).intersection(head)),
    ]
    outline_half_f = outline_f.intersection(box(0, 0, 500, 2000))
    zones = [
        *hand_zones(half, BACK_NAMES),
        AXILLA,
        *arm_zones(half, BACK_NAMES),
        *head_zones,
        *[Zone(z.id, z.side, mirror(z.shape)) for z in back_zones],
        *leg_zones(half, BACK_NAMES, outline_half_f, mirror(above(B.GLUTEAL_FOLD))),
    ]
    midline_f = [Zone(z.id, z.side, mirror(z.shape)) for z in midline]
    regions_f = symmetric_regions(outline_f, midline_f, zones, right_is_low=True)
    regions = [Region(r.id, r.side, mirror(r.geom)) for r in regions_f]
    return View(
        "back",
        "Back",
        mirror(outline_f),
        mirrored_lines(B.LINES),
        mirrored_landmarks(B.LANDMARKS),
        regions,
    )
