"""The soles view: both soles from below, toes up, the patient's right sole on the viewer's right
(big toe towards the midline) and the left sole its mirror image, with a gap between the feet.

The right sole is built and tiled (heel, sole, big_toe, toes); the left is the mirror image.
"""

from __future__ import annotations

import itertools

from shapely.geometry import LineString
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring, unary_union

from . import tables_soles as T
from .geometry import (
    Pt,
    above,
    below,
    closing,
    largest,
    left_of,
    mirror,
    smooth_curve,
    smooth_shape,
    snap,
    tapered_chain,
)
from .tiling import Zone, assign, finish, mirrored
from .view import OUTLINE_TOLERANCE, View, mirrored_landmarks, mirrored_lines


def right_sole() -> BaseGeometry:
    """The right sole with its toes: the ball, arch and heel, then the big toe and the four lesser
    toes, each standing free above its web."""
    sole = smooth_shape(T.SOLE)
    big_toe = tapered_chain(T.BIG_TOE)
    toes = unary_union([tapered_chain(j) for j in T.TOES.values()])
    with_big_toe = closing(unary_union([sole, big_toe]), 3.0)
    # Round enough to give each cleft a U-shaped floor; the clefts are wider than 2 × 3.2.
    foot = closing(unary_union([with_big_toe, toes]), 3.2)
    return snap(largest(foot).simplify(OUTLINE_TOLERANCE), 0.1)


def toe_creases() -> list[list[Pt]]:
    """Each toe's crease, from web to web, sagging a little towards the heel (big toe first)."""
    creases = []
    for (x0, y0), (x1, y1) in itertools.pairwise(T.WEBS):
        middle = ((x0 + x1) / 2, (y0 + y1) / 2 + T.CREASE_SAG)
        creases.append(smooth_curve([(x0, y0), middle, (x1, y1)]))
    return creases


def build_soles() -> View:
    foot = right_sole()
    creases = toe_creases()
    # The toes' region reaches a little below the webs, so that the toes are one piece.
    crease_line = [
        T.CREASE_ENDS[0],
        *[(x, y + 2.0) for c in creases for x, y in c],
        T.CREASE_ENDS[1],
    ]
    toes = above(crease_line, smooth=False)
    zones = [
        Zone("heel", "right", below(T.HEEL_PAD)),
        Zone(
            "big_toe",
            "right",
            toes.intersection(left_of([(T.BIG_TOE_SPLIT_X, 0), (T.BIG_TOE_SPLIT_X, 1000)])),
        ),
        Zone("toes", "right", toes),
        Zone("sole", "right", foot.envelope),
    ]
    right = finish(assign(foot, zones))
    left = mirrored(right, "left")
    outline = unary_union([foot, snap(mirror(foot), 0.1)])
    names = ["big", "second", "third", "fourth", "fifth"]
    crease_lines = {
        f"{name}_toe_crease": (_inset(crease, 2.5), False)
        for name, crease in zip(names, creases, strict=True)
    }
    return View(
        "soles",
        "Soles",
        outline,
        mirrored_lines({**crease_lines, **T.LINES}),
        mirrored_landmarks(T.LANDMARKS),
        [*right, *left],
        size=T.SIZE,
    )


def _inset(curve: list[Pt], by: float) -> list[Pt]:
    """The curve without its ends (a crease stops short of the webs, as a drawn crease does)."""
    line = LineString(curve)
    return list(substring(line, by, line.length - by).coords)
