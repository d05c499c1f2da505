"""The right half of the frontal silhouette (used by the front view, and mirrored by the back
view), built from the spline tables and smoothed where the parts meet."""

from __future__ import annotations

from dataclasses import dataclass

from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from . import tables_back as B
from . import tables_front as F
from .geometry import closing, ellipse, half_shape, smooth_shape
from .hand import Hand, attach_hand, build_hand

FILLET = 6.0  # closing radius where trunk, neck, head and arm meet


@dataclass
class FrontalHalf:
    """Patient's right half in front-view coordinates (x < 500)."""

    body: BaseGeometry
    head: BaseGeometry
    ear: BaseGeometry
    trunk_leg: BaseGeometry
    arm: BaseGeometry
    hand: Hand
    toes: list[BaseGeometry]


def build_frontal_half(feet: str = "front") -> FrontalHalf:
    head = half_shape(F.HEAD)
    ear = smooth_shape(F.EAR)
    trunk_leg = half_shape(F.TRUNK_LEG)
    arm = smooth_shape(F.ARM)
    core = closing(unary_union([head, trunk_leg, arm]), FILLET)
    with_ear = closing(unary_union([core, ear]), 2.0)
    hand = build_hand()
    body = attach_hand(with_ear, hand)
    toes: list[BaseGeometry] = []
    if feet == "front":
        toes = [ellipse(c, rx, ry) for c, rx, ry in F.TOES]
        body = unary_union([body, *toes])
    else:
        heel = smooth_shape(B.HEEL_FRONT_FRAME)
        body = closing(unary_union([body, heel]), 3.0)
    return FrontalHalf(
        body=body, head=head, ear=ear, trunk_leg=trunk_leg, arm=arm, hand=hand, toes=toes
    )
