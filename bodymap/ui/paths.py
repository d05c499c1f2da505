"""Shapely geometry as Qt painter paths (the only place the two meet).

Shapely is not imported here: geometries are read through their own attributes, so the
first frame, drawn from cached paths, does not load it (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

from bodymap.ui.lazy_qt import Qt

if TYPE_CHECKING:
    from shapely.geometry import Polygon
    from shapely.geometry.base import BaseGeometry


def _ring(coords: Iterable[tuple[float, ...]]) -> QPolygonF:
    return QPolygonF([QPointF(c[0], c[1]) for c in coords])


def polygons_of(geometry: BaseGeometry) -> list[Polygon]:
    kind = geometry.geom_type
    if kind == "Polygon":
        return [geometry]
    if kind in ("MultiPolygon", "GeometryCollection"):
        return [p for g in geometry.geoms for p in polygons_of(g)]
    return []


def painter_path(geometry: BaseGeometry) -> QPainterPath:
    """A filled path for a polygon or multipolygon, holes included."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in polygons_of(geometry):
        path.addPolygon(_ring(polygon.exterior.coords))
        path.closeSubpath()
        for hole in polygon.interiors:
            path.addPolygon(_ring(hole.coords))
            path.closeSubpath()
    return path


def line_path(points: Iterable[tuple[float, float]], closed: bool) -> QPainterPath:
    pts = list(points)
    path = QPainterPath()
    if not pts:
        return path
    path.moveTo(*pts[0])
    for x, y in pts[1:]:
        path.lineTo(x, y)
    if closed:
        path.closeSubpath()
    return path
