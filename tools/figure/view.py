"""The generated view (outline, lines, landmarks, regions) and helpers shared by the views:
mirroring the right half of symmetric views and finishing the outline for output."""

from __future__ import annotations

from dataclasses import dataclass, field

from shapely.geometry import box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from .geometry import MID_X, Pt, largest, mirror, mirror_pt, polygonal, smooth_curve, snap
from .tiling import Region, Zone, assign, finish, mirrored

OUTLINE_TOLERANCE = 0.45


@dataclass
class Line:
    id: str
    points: list[Pt]
    closed: bool = False


@dataclass
class View:
    id: str
    name: str
    outline: BaseGeometry
    lines: list[Line] = field(default_factory=list)
    landmarks: dict[str, Pt] = field(default_factory=dict)
    regions: list[Region] = field(default_factory=list)
    size: tuple[int, int] = (1000, 2000)


def symmetric_outline(half: BaseGeometry, low_side: bool = True) -> BaseGeometry:
    """Clip the half figure at the midline, simplify it, and join it with its mirror image."""
    clip = box(-1000, -1000, MID_X, 3000) if low_side else box(MID_X, -1000, 2000, 3000)
    half = polygonal(half.intersection(clip)).simplify(OUTLINE_TOLERANCE)
    half = snap(half, 0.1)
    full = unary_union([half, snap(mirror(half), 0.1)])
    return snap(largest(full), 0.1)


def free_outline(shape: BaseGeometry) -> BaseGeometry:
    return snap(largest(shape).simplify(OUTLINE_TOLERANCE), 0.1)


def symmetric_regions(
    outline: BaseGeometry,
    midline_zones: list[Zone],
    half_zones: list[Zone],
    right_is_low: bool,
) -> list[Region]:
    """Midline regions whole, then the patient's right half tiled and mirrored for the left."""
    symmetric = [Zone(z.id, z.side, unary_union([z.shape, mirror(z.shape)])) for z in midline_zones]
    midline = finish(assign(outline, symmetric, fill=False))
    taken = unary_union([r.geom for r in midline])
    side_box = box(-1000, -1000, MID_X, 3000) if right_is_low else box(MID_X, -1000, 2000, 3000)
    half_area = polygonal(outline.intersection(side_box).difference(taken))
    right = finish(assign(half_area, [Zone(z.id, "right", z.shape) for z in half_zones]))
    left = mirrored(right, "left")
    return [*midline, *right, *left]


def mirrored_lines(table: dict[str, tuple[list[Pt], bool]], flip: bool = False) -> list[Line]:
    """Lines of the right half: a line ending on the midline is joined with its mirror image."""
    out: list[Line] = []
    for name, (pts, closed) in table.items():
        pts = [mirror_pt(p) for p in pts] if flip else list(pts)
        if all(abs(p[0] - MID_X) < 1e-9 for p in pts):
            out.append(Line(name, smooth_curve(pts, closed), closed))
        elif abs(pts[-1][0] - MID_X) < 1e-9:
            full = [*pts, *[mirror_pt(p) for p in reversed(pts[:-1])]]
            out.append(Line(name, smooth_curve(full, closed), closed))
        else:
            curve = smooth_curve(pts, closed)
            out.append(Line(f"{name}_right", curve, closed))
            out.append(Line(f"{name}_left", [mirror_pt(p) for p in curve], closed))
    return out


def mirrored_landmarks(table: dict[str, Pt], flip: bool = False) -> dict[str, Pt]:
    out: dict[str, Pt] = {}
    for name, p in table.items():
        p = mirror_pt(p) if flip else p
        out[name] = p
        if name.endswith("_right"):
            out[name[: -len("_right")] + "_left"] = mirror_pt(p)
    return out
