"""The right hand, palm towards the viewer, thumb outward (as in the front view).

The back view mirrors it (the back of the hand, thumb still outward); the side view mirrors and
moves it so that the back of the hand faces the viewer with the thumb forward.
"""

from __future__ import annotations

from dataclasses import dataclass

from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from .geometry import closing, smooth_shape, tapered_chain

Pt = tuple[float, float]

# fmt: off

PALM: list[Pt] = [
    (221, 1020), (271, 1020), (274, 1045), (279, 1070), (284, 1096), (287, 1118), (286, 1134),
    (274, 1143), (250, 1147), (226, 1146), (211, 1140), (212, 1118), (214, 1090), (216, 1050),
]

# (x, y, radius) joints from the base of each digit to the centre of its tip.
THUMB: list[tuple[float, float, float]] = [
    (228, 1058, 14.0), (210, 1089, 12.0), (197, 1117, 10.6), (190, 1148, 9.4),
]
FINGERS: dict[str, list[tuple[float, float, float]]] = {
    "index": [(219, 1136, 9.8), (217.5, 1176, 9.3), (216.5, 1200, 8.9), (216, 1221, 8.5)],
    "middle": [(239.5, 1138, 10.2), (239, 1182, 9.6), (238.5, 1208, 9.2), (238, 1234, 8.8)],
    "ring": [(260, 1136, 9.8), (261.5, 1176, 9.2), (262.5, 1201, 8.8), (263.5, 1222, 8.4)],
    "little": [(279, 1128, 8.8), (281.5, 1158, 8.3), (283, 1178, 7.9), (284.5, 1196, 7.5)],
}

WRIST_CENTRE: Pt = (245.0, 1048.0)
MCP_LINE_Y = 1146.0  # about where the fingers leave the palm

# fmt: on


@dataclass
class Hand:
    palm: BaseGeometry
    thumb: BaseGeometry
    base: BaseGeometry  # palm and thumb, without the fingers
    fingers: BaseGeometry
    whole: BaseGeometry


def build_hand() -> Hand:
    palm = smooth_shape(PALM)
    thumb = tapered_chain(THUMB)
    base = closing(unary_union([palm, thumb]), 3.0)
    fingers = unary_union([tapered_chain(j) for j in FINGERS.values()])
    whole = closing(unary_union([base, fingers]), 0.7)
    return Hand(palm=palm, thumb=thumb, base=base, fingers=fingers, whole=whole)


def attach_hand(limb: BaseGeometry, hand: Hand) -> BaseGeometry:
    """Join the hand to the forearm: a soft fillet at the wrist, crisp webs between the digits."""
    with_palm = closing(unary_union([limb, hand.palm]), 6.0)
    with_thumb = closing(unary_union([with_palm, hand.thumb]), 2.5)
    return closing(unary_union([with_thumb, hand.fingers]), 0.7)
