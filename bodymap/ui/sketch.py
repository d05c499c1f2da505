"""What the first frame shows, kept so that the next start can draw it before the atlas loads.

A sketch is each view's figure (its outline and interior lines as painter paths) and markers,
and every trigger point's name as the finder lists it: Qt values and plain text, no Shapely.
`sketch_of` makes one from an atlas. The app keeps the last one in the cache folder, under a
key made of the map files' and the code's stamps (`bodymap.atlas.mapfiles`); a start whose
files are unchanged opens its window from it, and loads the atlas after the first paint
(docs/performance.md). A missing, stale or unreadable sketch only means a slower start.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import PySide6
from PySide6.QtCore import QByteArray, QDataStream, QIODevice
from PySide6.QtGui import QPainterPath

from bodymap.atlas import mapfiles
from bodymap.ui.paths import line_path, painter_path

if TYPE_CHECKING:
    from bodymap.atlas import Atlas
    from bodymap.atlas.vocabulary import Side

FORMAT = 2
# How far (canvas units) a drawn interior line may stray from the map's points. The maps
# trace their lines with dense points; within 0.05 units (under half a pixel at the largest
# zoom on a 4K screen) half of them suffice, and the first frame strokes half as many.
LINE_TOLERANCE = 0.05
# The code that decides what a sketch holds: a change to it makes old sketches stale.
_CODE = (Path(__file__), Path(__file__).with_name("paths.py"))
# ... and the code that decides how the figure looks: a change to it makes old rasters stale.
_LOOK = (Path(__file__).with_name("items.py"), Path(__file__).with_name("palette.py"))


# Named tuples, not the atlas's dataclasses: quicker to define and to read back.
class Spot(NamedTuple):
    """Where one side's trigger point is marked in a view."""

    point_id: str
    side: Side
    x: float
    y: float


class ViewSketch(NamedTuple):
    """One view as the first frame draws it, in the view's canvas coordinates."""

    id: str
    name: str
    width: float
    height: float
    outline: QPainterPath
    lines: QPainterPath
    markers: tuple[Spot, ...]


class Raster(NamedTuple):
    """A view's figure (skin, outline, lines) as the last run drew it, in device pixels: the
    next first frame blits it instead of stroking the outline again, when the view comes
    back at the same place and scale (docs/performance.md)."""

    transform: tuple[float, float, float, float]  # the view's m11, m22, dx, dy
    ratio: float        # device pixels per pixel
    width: int          # in device pixels
    height: int
    pixels: bytes       # ARGB32, premultiplied, row after row


class PointEntry(NamedTuple):
    """A trigger point as it is listed and named before the atlas is there."""

    id: str
    name: str
    muscle_name: str
    body_area: str
    symptoms: tuple[str, ...]


class Sketch:
    """Every view's `ViewSketch`, and every trigger point's `PointEntry`."""

    def __init__(self, views: dict[str, ViewSketch], points: dict[str, PointEntry],
                 rasters: dict[str, Raster] | None = None) -> None:
        self.views = views      # in the atlas's order of views
        self.points = points    # in the atlas's order: by muscle, then point
        self.rasters = rasters or {}   # the figures the last run showed, by view

    def name(self, point_id: str) -> str:
        entry = self.points.get(point_id)
        return entry.name if entry else point_id


def sketch_of(atlas: Atlas) -> Sketch:
    import shapely  # loaded with the atlas

    views = {}
    for view_id, view in atlas.views.items():
        lines = QPainterPath()
        for line in view.lines:
            points = shapely.simplify(shapely.LineString(line.points), LINE_TOLERANCE).coords
            lines.addPath(line_path(points, line.closed))
        views[view_id] = ViewSketch(view_id, view.name, view.width, view.height,
                                    painter_path(view.outline), lines,
                                    tuple(Spot(m.trigger_point, m.side, m.x, m.y)
                                          for m in atlas.markers(view_id)))
    points = {}
    for point_id, point in atlas.trigger_points.items():
        muscle = atlas.muscles[point.muscle]
        points[point_id] = PointEntry(point_id, point.name, muscle.name, muscle.body_area,
                                      tuple(point.symptoms))
    return Sketch(views, points)


# -- kept between starts ------------------------------------------------------------------------
def _key(overlays: Sequence[str | Path]) -> tuple[Path, str] | None:
    """Where the sketch of the built-in maps with `overlays` is kept, and its key; None when
    caching is off or the files cannot be looked at."""
    directory = mapfiles.cache_directory()
    if directory is None:
        return None
    layers, problems = mapfiles.layers_of(None, overlays)
    salt = f"sketch|{FORMAT}|{PySide6.__version__}|{[str(p) for p in problems]}"
    try:
        where, key = mapfiles.cache_key(layers, salt, _CODE)
    except OSError:
        return None
    return directory / f"sketch-{where}.marshal", key


def read(overlays: Sequence[str | Path]) -> Sketch | None:
    """The sketch kept for these maps, with the figures the last run showed, or None when
    there is none or it is stale."""
    found = _key(overlays)
    if found is None:
        return None
    stored = mapfiles.read_marshalled(*found)
    try:
        sketch = _thawed(stored) if stored is not None else None
    except Exception:  # a broken sketch only means a slower start
        return None
    if sketch is not None:
        sketch.rasters = _read_rasters(*found)
    return sketch


def _rasters_place(path: Path, key: str) -> tuple[Path, str]:
    # Beside the sketch, under its key and the stamps of the code that draws the figure.
    look = "\n".join(mapfiles.stamp(code) for code in _LOOK)
    return path.with_name(path.name.replace("sketch-", "figures-", 1)), f"{key}\n{look}"


def _read_rasters(path: Path, key: str) -> dict[str, Raster]:
    try:
        stored = mapfiles.read_marshalled(*_rasters_place(path, key))
        return {view_id: Raster(tuple(value[0]), *value[1:])
                for view_id, value in (stored or {}).items()}
    except Exception:  # a broken file only means the figures are stroked again
        return {}


def write_rasters(overlays: Sequence[str | Path], rasters: dict[str, Raster]) -> bool:
    """Keep the figures a run showed last, for the next start's first frame."""
    found = _key(overlays)
    if found is None:
        return False
    path, key = _rasters_place(*found)
    return mapfiles.write_marshalled(path.parent, path.name, key,
                                     {view_id: tuple(raster) for view_id, raster in
                                      rasters.items()})


def write(overlays: Sequence[str | Path], sketch: Sketch) -> bool:
    """Keep `sketch` for the next start with these maps; False when it could not be."""
    found = _key(overlays)
    if found is None:
        return False
    path, key = found
    return mapfiles.write_marshalled(path.parent, path.name, key, _frozen(sketch))


def _frozen(sketch: Sketch) -> dict[str, Any]:
    # Plain values only: painter paths as the bytes Qt streams them to.
    return {
        "views": [(v.id, v.name, v.width, v.height, _path_bytes(v.outline),
                   _path_bytes(v.lines), [tuple(spot) for spot in v.markers])
                  for v in sketch.views.values()],
        "points": [tuple(point) for point in sketch.points.values()],
    }


def _thawed(stored: dict[str, Any]) -> Sketch:
    views = {}
    for view_id, name, width, height, outline, lines, markers in stored["views"]:
        views[view_id] = ViewSketch(
            view_id, name, width, height, _path_from(outline), _path_from(lines),
            tuple(Spot(*spot) for spot in markers))
    points = {entry[0]: PointEntry(*entry) for entry in stored["points"]}
    return Sketch(views, points)


def _path_bytes(path: QPainterPath) -> bytes:
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream << path
    return bytes(data.data())


def _path_from(data: bytes) -> QPainterPath:
    path = QPainterPath()
    buffer = QByteArray(data)  # held here: the stream does not keep it alive
    stream = QDataStream(buffer, QIODevice.OpenModeFlag.ReadOnly)
    stream >> path
    if stream.status() != QDataStream.Status.Ok:
        raise ValueError("a painter path in the sketch cannot be read")
    return path
