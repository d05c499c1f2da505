"""The side view: the right side in profile, the upper arm hanging beside the chest, the elbow
bent so that the forearm and hand are held forward, clear of the hip and thigh (whose lateral
patterns a hanging hand would hide), thumb up, the back of the hand towards the viewer. The
arm's regions win where it covers the trunk.

The arm is laid out hanging straight (the tables), tiled, then its forearm and hand turned
about the elbow: one rigid turn, so every region, landmark and line below the elbow keeps its
place on the limb."""

from __future__ import annotations

from shapely import affinity
from shapely.geometry import LineString, MultiLineString, Point, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge, unary_union

from bodymap.atlas.vocabulary import MIDLINE_REGIONS

from . import tables_side as S
from .geometry import (
    above,
    band_along,
    closing,
    ellipse,
    largest,
    polygonal,
    smooth_curve,
    smooth_shape,
)
from .hand import MCP_LINE_Y, WRIST_CENTRE, Hand, attach_hand, build_hand
from .tiling import Zone, assign, finish
from .view import Line, View, free_outline

SHOULDER_BOTTOM = 548.0
ELBOW_Y = 778.0
WRIST_TOP = 1024.0
WRIST_BOTTOM = 1068.0
KNEE_TOP, KNEE_BOTTOM = 1372.0, 1462.0
ANKLE_TOP, ANKLE_BOTTOM = 1812.0, 1874.0
ARM_AXIS = ((500.0, 440.0), (490.0, 775.0))
FOREARM_AXIS = ((490.0, 775.0), (510.0, 1048.0))
THIGH_AXIS = ((495.0, 1000.0), (510.0, 1416.0))
SHANK_AXIS = ((510.0, 1416.0), (500.0, 1830.0))
HEAD_BOTTOM = [(380, 300), (447, 292), (500, 315), (548, 333), (640, 336)]
TRUNK_TOP = [(380, 398), (452, 395), (510, 401), (562, 413), (640, 415)]
TRUNK_THIGH = [(360, 1078), (405, 1077), (445, 1075), (485, 1058), (530, 1040), (640, 1030)]
# The lower edge of the belly seen from the side: along the iliac crest to the front hip bone
# (ASIS), then the inguinal ligament down and forward to the groin crease.
BELLY_BOTTOM = [(300, 852), (440, 856), (470, 858), (530, 872), (585, 898), (640, 985)]
# The side of the hip: below the crest, from behind the greater trochanter to the front of
# tensor fasciae latae, down to where the thigh begins.
HIP_SIDE = [
    (440, 895),
    (470, 884),
    (530, 892),
    (566, 912),
    (572, 955),
    (562, 1000),
    (540, 1032),
    (500, 1046),
    (462, 1040),
    (440, 1010),
    (432, 960),
    (432, 915),
]
MID_DEPTH_X = 500.0
ELBOW: tuple[float, float] = (490.0, 775.0)  # the lateral epicondyle: the turn's centre
ELBOW_BEND_DEG = 58.0  # the forearm held forward and down, clear of the hip
BEND_LINE = [(380.0, 752.0), (600.0, 792.0)]  # the upper arm ends above this line


def _bent(geom: BaseGeometry) -> BaseGeometry:
    """What lies below the elbow, turned forward about it (down becomes forward)."""
    return affinity.rotate(geom, -ELBOW_BEND_DEG, origin=ELBOW)


def bent_point(x: float, y: float) -> tuple[float, float]:
    """Where a point of the hanging forearm or hand is drawn (for the tables' landmarks)."""
    point = _bent(Point(x, y))
    return (round(point.x, 1), round(point.y, 1))


def _split_at_elbow(geom: BaseGeometry) -> tuple[BaseGeometry, BaseGeometry]:
    """(the part above the elbow, the part below it, turned forward)."""
    upper_side = above(BEND_LINE, smooth=False)
    return geom.intersection(upper_side), _bent(geom.difference(upper_side))


def _place_hand(geom: BaseGeometry) -> BaseGeometry:
    g = affinity.scale(geom, -1.0, 1.0, origin=(WRIST_CENTRE[0], 0.0))
    g = affinity.translate(g, S.HAND_WRIST[0] - WRIST_CENTRE[0], S.HAND_WRIST[1] - WRIST_CENTRE[1])
    return affinity.rotate(g, S.HAND_TURN_DEG, origin=S.HAND_WRIST)


def build_side() -> View:
    head = smooth_shape(S.HEAD)
    body = smooth_shape(S.BODY)
    arm = smooth_shape(S.ARM)
    hand = build_hand()
    placed = Hand(
        *(_place_hand(g) for g in (hand.palm, hand.thumb, hand.base, hand.fingers, hand.whole))
    )
    palm, thumb, fingers = placed.palm, placed.thumb, placed.fingers
    hanging = attach_hand(arm, placed)
    upper, lower = _split_at_elbow(hanging)
    # The bent elbow: the two segments joined round, the olecranon behind.
    elbow = Point(ELBOW[0] - 6, ELBOW[1] + 2).buffer(35.0, quad_segs=16)
    upper_limb = closing(unary_union([upper, lower, elbow]), 12.0)
    upper_arm, _ = _split_at_elbow(arm)
    shape = closing(unary_union([head, body, upper_arm]), 6.0)
    outline = free_outline(unary_union([shape, upper_limb]))
    limb = polygonal(upper_limb.intersection(outline))
    hanging_limb = polygonal(hanging)

    # The limb is tiled by its own regions alone (it lies over the trunk, and the hand in
    # front of the body), then the rest of the body by the head's, trunk's and leg's.
    body_zones = [
        *_head_zones(head, outline),
        *_trunk_zones(upper_arm, outline),
        *_leg_zones(outline),
    ]
    regions = finish(
        assign(limb, _arm_zones(arm, palm, thumb, fingers, hanging_limb, limb))
        + assign(polygonal(outline.difference(limb)), body_zones)
    )
    lines = [
        Line(name, smooth_curve(pts, closed), closed) for name, (pts, closed) in S.LINES.items()
    ]
    lines.extend(_limb_lines(upper_limb, outline))
    landmarks = {
        name: bent_point(*at) if name in BENT_LANDMARKS else at for name, at in S.LANDMARKS.items()
    }
    return View("side", "Right side", outline, lines, landmarks, regions)


# Landmarks of the tables' hanging forearm and hand, drawn where the bent arm puts them.
BENT_LANDMARKS = {
    "olecranon_right",
    "wrist_right",
    "radial_styloid_right",
    "middle_fingertip_right",
    "thumb_tip_right",
}


def _zone(rid: str, shape: BaseGeometry) -> Zone:
    return Zone(rid, None if rid in MIDLINE_REGIONS else "right", shape)


def _arm_zones(
    arm: BaseGeometry,
    palm: BaseGeometry,
    thumb: BaseGeometry,
    fingers: BaseGeometry,
    hanging: BaseGeometry,
    limb: BaseGeometry,
) -> list[Zone]:
    """The arm's regions, tiled on the hanging arm, then bent at the elbow with it."""
    bent = []
    for zone in _hanging_arm_zones(arm, palm, thumb, fingers, hanging):
        upper, lower = _split_at_elbow(zone.shape)
        shape = upper if zone.id in UPPER_ARM_REGIONS else unary_union([upper, lower])
        if zone.id == "elbow_lateral":
            shape = zone.shape
        bent.append(Zone(zone.id, zone.side, shape.intersection(limb)))
    return bent


UPPER_ARM_REGIONS = {
    "posterior_shoulder",
    "lateral_shoulder",
    "anterior_shoulder",
    "posterior_arm",
    "lateral_arm",
    "anterior_arm",
}


def _hanging_arm_zones(
    arm: BaseGeometry,
    palm: BaseGeometry,
    thumb: BaseGeometry,
    fingers: BaseGeometry,
    limb: BaseGeometry,
) -> list[Zone]:
    mcp_y = MCP_LINE_Y  # the hand hangs nearly straight, so levels stay close to the front's
    sh_post, sh_lat, sh_ant = band_along(arm, *ARM_AXIS, cuts=[0.3, 0.7])
    a_post, a_lat, a_ant = band_along(arm, *ARM_AXIS, cuts=[0.22, 0.78])
    f_post, f_ant = band_along(arm, *FOREARM_AXIS, cuts=[0.72])
    shoulder = box(300, 300, 700, SHOULDER_BOTTOM)
    upper = box(300, SHOULDER_BOTTOM, 700, ELBOW_Y)
    forearm = box(300, ELBOW_Y, 700, WRIST_TOP)
    zones = [
        _zone(
            "fingers",
            fingers.buffer(2.0).difference(palm).intersection(box(0, mcp_y - 14, 1000, 1400)),
        ),
        _zone("thumb", thumb.buffer(2.5).intersection(box(0, WRIST_BOTTOM - 4, 1000, 1400))),
        _zone("wrist_dorsal", box(300, WRIST_TOP, 700, WRIST_BOTTOM)),
        _zone("hand_dorsal", box(300, WRIST_BOTTOM, 700, 1400)),
        _zone("elbow_lateral", ellipse((490, 776), 24, 28)),
        _zone("anterior_forearm", f_ant.intersection(forearm)),
        _zone("posterior_forearm", f_post.intersection(forearm)),
        _zone("posterior_shoulder", sh_post.intersection(shoulder)),
        _zone("lateral_shoulder", sh_lat.intersection(shoulder)),
        _zone("anterior_shoulder", sh_ant.intersection(shoulder)),
        _zone("posterior_arm", a_post.intersection(upper)),
        _zone("lateral_arm", a_lat.intersection(upper)),
        _zone("anterior_arm", a_ant.intersection(upper)),
    ]
    return [Zone(z.id, z.side, z.shape.intersection(limb)) for z in zones]


def _head_zones(head: BaseGeometry, outline: BaseGeometry) -> list[Zone]:
    part = head.intersection(above(HEAD_BOTTOM)).buffer(2.0)
    zones = [
        _zone("vertex", box(0, 0, 1000, 98)),
        _zone("ear", ellipse((502, 212), 19, 35)),
        _zone("orbit", ellipse((574, 197), 17, 17)),
        _zone("tmj", ellipse((532, 224), 14, 17)),
        _zone("teeth_upper", box(566, 236, 640, 272)),
        _zone("teeth_lower", box(563, 272, 640, 297)),
        _zone("chin", box(550, 297, 640, 345)),
        _zone("forehead", box(546, 90, 640, 180)),
        _zone("occiput", box(380, 90, 473, 345)),
        _zone("temple", box(473, 90, 546, 214)),
        _zone("jaw", box(473, 258, 640, 345)),
        _zone("cheek", box(473, 170, 640, 258)),
    ]
    return [Zone(z.id, z.side, z.shape.intersection(part)) for z in zones]


def _trunk_zones(arm: BaseGeometry, outline: BaseGeometry) -> list[Zone]:
    neck = above(TRUNK_TOP)
    trunk = above(TRUNK_THIGH, smooth=False)
    back_edge = box(300, 900, MID_DEPTH_X, 995).difference(outline.buffer(-16.0))
    return [
        _zone("posterior_neck", neck.intersection(box(300, 0, 482, 500))),
        _zone("anterior_neck", neck.intersection(box(530, 0, 700, 500))),
        _zone("lateral_neck", neck),
        _zone(
            "lateral_chest",
            arm.buffer(24.0).difference(arm).intersection(box(MID_DEPTH_X, 520, 700, 768)),
        ),
        _zone("anterior_chest", box(MID_DEPTH_X, 300, 700, 650)),
        _zone("upper_abdomen", box(MID_DEPTH_X, 650, 700, 815)),
        _zone("hip_lateral", smooth_shape(HIP_SIDE)),
        _zone("lower_abdomen", box(MID_DEPTH_X, 815, 700, 1100).intersection(above(BELLY_BOTTOM))),
        _zone("groin", box(560, 895, 700, 1045).intersection(trunk)),
        _zone("scapula", box(300, 300, MID_DEPTH_X, 650)),
        _zone("thoracolumbar", box(300, 650, MID_DEPTH_X, 768)),
        _zone("lumbar", box(300, 768, MID_DEPTH_X, 900)),
        _zone("sacrum", back_edge),
        _zone("buttock", box(300, 900, MID_DEPTH_X, 1100).intersection(trunk)),
    ]


def _leg_zones(outline: BaseGeometry) -> list[Zone]:
    leg = outline.intersection(box(0, 940, 1000, 2000))
    t_post, t_lat, t_ant = band_along(leg, *THIGH_AXIS, cuts=[0.33, 0.67])
    k_post, k_lat, k_ant = band_along(leg, *THIGH_AXIS, cuts=[0.3, 0.66])
    s_post, s_lat, s_ant = band_along(leg, *SHANK_AXIS, cuts=[0.4, 0.74])
    thigh = box(0, 900, 1000, KNEE_TOP)
    knee = box(0, KNEE_TOP, 1000, KNEE_BOTTOM)
    shank = box(0, KNEE_BOTTOM, 1000, ANKLE_TOP)
    return [
        # behind the ankle, from the lower calf to the heel
        _zone("achilles", box(300, ANKLE_TOP - 82, 478, ANKLE_TOP + 6)),
        _zone("posterior_thigh", t_post.intersection(thigh)),
        _zone("lateral_thigh", t_lat.intersection(thigh)),
        _zone("anterior_thigh", t_ant.intersection(thigh)),
        _zone("knee_posterior", k_post.intersection(knee)),
        _zone("knee_lateral", k_lat.intersection(knee)),
        _zone("knee_anterior", k_ant.intersection(knee)),
        _zone("calf", s_post.intersection(shank)),
        _zone("lateral_leg", s_lat.intersection(shank)),
        _zone("shin", s_ant.intersection(shank)),
        _zone("ankle_lateral", ellipse((480, 1854), 20, 22)),
        _zone("ankle_anterior", box(505, ANKLE_TOP, 700, ANKLE_BOTTOM)),
        _zone("calf", box(300, ANKLE_TOP, 505, ANKLE_BOTTOM)),
        _zone("heel", box(300, ANKLE_BOTTOM, 484, 2000)),
        _zone("toes", box(612, 1880, 700, 2000)),
        _zone("sole", box(484, 1906, 612, 2000)),
        _zone("foot_dorsal", box(300, ANKLE_BOTTOM, 700, 2000)),
    ]


def _limb_lines(limb: BaseGeometry, outline: BaseGeometry) -> list[Line]:
    """The arm is drawn over the trunk: its contour inside the silhouette is an interior line."""
    edge = largest(limb).exterior.difference(outline.exterior.buffer(1.5))
    if isinstance(edge, MultiLineString):
        edge = linemerge(edge)
    parts = list(edge.geoms) if isinstance(edge, MultiLineString) else [edge]
    lines = []
    for i, part in enumerate(p for p in parts if isinstance(p, LineString) and p.length > 8):
        lines.append(Line(f"arm_contour_right_{i + 1}", list(part.simplify(0.4).coords), False))
    return lines
