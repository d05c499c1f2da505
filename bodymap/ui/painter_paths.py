"""Shapely geometry as Qt painter paths: the one place the two meet."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry


def _ring(coords: Iterable[tuple[float, ...]]) -> QPolygonF:
    return QPolygonF([QPointF(c[0], c[1]) for c in coords])


def polygons_of(geometry: BaseGeometry) -> list[Polygon]:
    if isinstance(geometry, Polygon):
        return [geometry]
    if hasattr(geometry, "geoms"):  # multi-part geometry or a collection
        return [p for g in geometry.geoms for p in polygons_of(g)]
    return []


def painter_path(geometry: BaseGeometry | None) -> QPainterPath:
    """A filled path for a polygon or multipolygon, holes included; empty for None."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    if geometry is None:
        return path
    for polygon in polygons_of(geometry):
        path.addPolygon(_ring(polygon.exterior.coords))
        path.closeSubpath()
        for hole in polygon.interiors:
            path.addPolygon(_ring(hole.coords))
            path.closeSubpath()
    return path


def line_path(points: Iterable[tuple[float, float]], closed: bool = False) -> QPainterPath:
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
