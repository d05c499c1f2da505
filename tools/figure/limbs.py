"""Region zones of the right arm, hand and leg in front-view coordinates, shared by the front
view (palmar / anterior names) and the back view (dorsal / posterior names, then mirrored)."""

from __future__ import annotations

from dataclasses import dataclass

from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from .body import FrontalHalf
from .geometry import band_along, ellipse, left_of
from .hand import MCP_LINE_Y
from .tiling import Zone

# Levels (y) where the limb parts meet, front-view coordinates.
SHOULDER_BOTTOM = 548.0
ELBOW_Y = 778.0
WRIST_TOP = 1026.0
WRIST_BOTTOM = 1068.0
THIGH_TOP = 1000.0
KNEE_TOP = 1372.0
KNEE_BOTTOM = 1462.0
ANKLE_TOP = 1810.0
ANKLE_BOTTOM = 1876.0

ARM_AXIS = ((300.0, 440.0), (267.0, 773.0))
FOREARM_AXIS = ((267.0, 775.0), (245.0, 1048.0))
LEG_AXIS = ((410.0, 985.0), (418.0, 1416.0))
SHANK_AXIS = ((418.0, 1416.0), (425.0, 1848.0))

DELTOPECTORAL: list[tuple[float, float]] = [(338, 380), (342, 450), (346, SHOULDER_BOTTOM + 5)]
DELTOID_SPLIT: list[tuple[float, float]] = [(314, 380), (298, 470), (287, SHOULDER_BOTTOM + 5)]


@dataclass(frozen=True)
class LimbNames:
    """Which region ids the shared limb geometry gets in a view (lateral side first)."""

    shoulder: tuple[str, str]
    arm: tuple[str, str, str]
    forearm: str
    wrist: str
    hand: str
    thigh: tuple[str, str, str]
    knee: tuple[str, str, str]
    leg: tuple[str, str]
    leg_cut: float
    ankle_middle: str
    foot: str
    elbow_middle: str | None = None  # the cubital fossa, seen from the front
    achilles: bool = False  # the Achilles tendon, seen from behind


FRONT_NAMES = LimbNames(
    shoulder=("lateral_shoulder", "anterior_shoulder"),
    arm=("lateral_arm", "anterior_arm", "medial_arm"),
    forearm="anterior_forearm",
    wrist="wrist_palmar",
    hand="palm",
    thigh=("lateral_thigh", "anterior_thigh", "medial_thigh"),
    knee=("knee_lateral", "knee_anterior", "knee_medial"),
    leg=("lateral_leg", "shin"),
    leg_cut=0.36,
    ankle_middle="ankle_anterior",
    foot="foot_dorsal",
    elbow_middle="elbow_anterior",
)

BACK_NAMES = LimbNames(
    shoulder=("lateral_shoulder", "posterior_shoulder"),
    arm=("lateral_arm", "posterior_arm", "medial_arm"),
    forearm="posterior_forearm",
    wrist="wrist_dorsal",
    hand="hand_dorsal",
    thigh=("lateral_thigh", "posterior_thigh", "medial_thigh"),
    knee=("knee_lateral", "knee_posterior", "knee_medial"),
    leg=("lateral_leg", "calf"),
    leg_cut=0.36,
    ankle_middle="calf",
    foot="heel",
    achilles=True,
)


def hand_zones(half: FrontalHalf, names: LimbNames) -> list[Zone]:
    h = half.hand
    limb = h.whole.union(half.arm).buffer(3.0)
    zones = [
        Zone(
            "fingers",
            None,
            h.fingers.buffer(2.0)
            .difference(h.palm)
            .intersection(box(0, MCP_LINE_Y - 12, 500, 1300)),
        ),
        Zone("thumb", None, h.thumb.buffer(2.5).intersection(box(0, WRIST_BOTTOM - 4, 500, 1300))),
        Zone(names.wrist, None, box(150, WRIST_TOP, 330, WRIST_BOTTOM)),
        Zone(names.hand, None, box(150, WRIST_BOTTOM, 330, 1300)),
    ]
    return [Zone(z.id, z.side, z.shape.intersection(limb)) for z in zones]


def arm_zones(half: FrontalHalf, names: LimbNames) -> list[Zone]:
    arm = half.arm
    limb = arm.buffer(3.0)
    lat, mid, med = band_along(arm, *ARM_AXIS, cuts=[0.27, 0.73])
    upper = box(150, SHOULDER_BOTTOM, 400, ELBOW_Y)
    shoulder = left_of(DELTOPECTORAL).intersection(box(150, 300, 400, SHOULDER_BOTTOM))
    lateral_shoulder = shoulder.intersection(left_of(DELTOID_SPLIT))
    zones = [
        Zone("elbow_lateral", None, ellipse((233, 774), 21, 27)),
        Zone("elbow_medial", None, ellipse((302, 772), 19, 27)),
        # the cubital fossa, between the two epicondyles' patches, over the elbow crease
        *(
            [Zone(names.elbow_middle, None, ellipse((268, 789), 15, 24))]
            if names.elbow_middle
            else []
        ),
        Zone(names.forearm, None, box(150, ELBOW_Y, 360, WRIST_TOP)),
        Zone(names.shoulder[0], None, lateral_shoulder),
        Zone(names.shoulder[1], None, shoulder),
        Zone(names.arm[0], None, lat.intersection(upper)),
        Zone(names.arm[1], None, mid.intersection(upper)),
        Zone(names.arm[2], None, med.intersection(upper)),
    ]
    return [Zone(z.id, z.side, z.shape.intersection(limb)) for z in zones]


def leg_zones(
    half: FrontalHalf, names: LimbNames, outline_half: BaseGeometry, thigh_top: BaseGeometry
) -> list[Zone]:
    """Thigh (below `thigh_top`, a shape holding everything above the thigh), knee, leg, ankle."""
    leg = outline_half.intersection(half.trunk_leg.buffer(2.0)).intersection(
        box(0, THIGH_TOP - 130, 500, 2000)
    )
    t_lat, t_mid, t_med = band_along(leg, *LEG_AXIS, cuts=[0.27, 0.73])
    k_lat, k_mid, k_med = band_along(leg, *LEG_AXIS, cuts=[0.28, 0.72])
    s_lat, s_med = band_along(leg, *SHANK_AXIS, cuts=[names.leg_cut])
    thigh = box(0, 800, 500, KNEE_TOP).difference(thigh_top)
    knee = box(0, KNEE_TOP, 500, KNEE_BOTTOM)
    shank = box(0, KNEE_BOTTOM, 500, ANKLE_TOP)
    ankle = box(0, ANKLE_TOP, 500, ANKLE_BOTTOM)
    zones = [
        # the Achilles tendon, from the lower calf to the heel, between the malleoli
        *([Zone("achilles", None, ellipse((426, 1815), 10, 62))] if names.achilles else []),
        Zone(names.thigh[0], None, t_lat.intersection(thigh)),
        Zone(names.thigh[1], None, t_mid.intersection(thigh)),
        Zone(names.thigh[2], None, t_med.intersection(thigh)),
        Zone(names.knee[0], None, k_lat.intersection(knee)),
        Zone(names.knee[1], None, k_mid.intersection(knee)),
        Zone(names.knee[2], None, k_med.intersection(knee)),
        Zone(names.leg[0], None, s_lat.intersection(shank)),
        Zone(names.leg[1], None, s_med.intersection(shank)),
        Zone("ankle_medial", None, ellipse((457, 1840), 17, 23)),
        Zone("ankle_lateral", None, ellipse((390, 1853), 17, 23)),
        Zone(names.ankle_middle, None, ankle),
    ]
    if half.toes:
        zones.append(Zone("big_toe", None, half.toes[0].intersection(box(0, 1899, 500, 2000))))
        for toe in half.toes[1:]:
            zones.append(Zone("toes", None, toe.intersection(box(0, 1899, 500, 2000))))
    zones.append(Zone(names.foot, None, box(0, ANKLE_BOTTOM, 500, 2000)))
    return zones
