"""The built atlas kept between starts, so that a start after the first reads no YAML and
builds no geometry.

One file per set of map folders holds everything an atlas is made of, the pattern pieces for
ranking included, as plain data: the values as JSON and every geometry as WKB. It cannot run
code when read (unlike a pickle), and anything that does not decode into exactly the shapes
expected is ignored and rebuilt. The file starts with a line naming the format, then the
length and SHA-256 of the rest; the JSON carries the key (`storage.cache_key`), so a file made
from other maps, other code or another version is never used. Only atlases loaded without a
problem are written. Where the folder is and who may write it: `storage`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from bodymap.atlas import storage
from bodymap.atlas.atlas import Atlas
from bodymap.atlas.layers import Layer
from bodymap.atlas.model import (
    Complaint,
    DetailLine,
    Marker,
    Muscle,
    Region,
    Source,
    Technique,
    TriggerPoint,
    View,
    Zone,
)
from bodymap.atlas.patterns import PatternKey, PatternPieces

FORMAT = 4
MAGIC = b"bodymap atlas cache\n"


def cache_key(layers: Iterable[Layer]) -> tuple[str, str]:
    """(file name, key) for the map files of `layers`. Raises OSError when a file cannot be
    read."""
    name, key = storage.cache_key(
        layers, f"atlas|{FORMAT}|{shapely.__version__}|{shapely.geos_version_string}"
    )
    return f"atlas-{name}.bin", key


class _Geometries:
    """Geometry written as numbers into the JSON, the shapes themselves kept aside as WKB."""

    def __init__(self) -> None:
        self.shapes: list[BaseGeometry] = []

    def __call__(self, geometry: BaseGeometry) -> int:
        self.shapes.append(geometry)
        return len(self.shapes) - 1


def write(directory: Path, name: str, key: str, atlas: Atlas) -> bool:
    """Keep `atlas` under `key` as `directory/name`; False when it could not be written."""
    geometries = _Geometries()
    values = _encode(atlas, geometries)
    wkb = shapely.to_wkb(np.array(geometries.shapes, dtype=object))
    document = json.dumps(
        {"format": FORMAT, "key": key, "sizes": [len(w) for w in wkb], "atlas": values},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    body = len(document).to_bytes(8, "big") + document + b"".join(wkb)
    header = MAGIC + hashlib.sha256(body).digest()
    return storage.write(directory, name, header + body)


def read(directory: Path, name: str, key: str) -> Atlas | None:
    """The atlas kept under `key`, or None when there is none, or it is stale, damaged or
    doubtful in any way (it is then rebuilt from the maps)."""
    data = storage.read(directory / name)
    if data is None or not data.startswith(MAGIC):
        return None
    digest, body = data[len(MAGIC) : len(MAGIC) + 32], data[len(MAGIC) + 32 :]
    if hashlib.sha256(body).digest() != digest or len(body) < 8:
        return None
    try:
        length = int.from_bytes(body[:8], "big")
        document = json.loads(body[8 : 8 + length].decode("utf-8"))
        if document.get("format") != FORMAT or document.get("key") != key:
            return None
        blob = body[8 + length :]
        offsets = np.cumsum([0, *document["sizes"]])
        if offsets[-1] != len(blob):
            return None
        wkb = [blob[start:end] for start, end in pairwise(offsets)]
        shapes = list(shapely.from_wkb(wkb)) if wkb else []
        return _decode(document["atlas"], shapes)
    except (
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
        shapely.errors.ShapelyError,
    ):
        return None


# -- atlas <-> plain values ----------------------------------------------------------------------
def _encode(atlas: Atlas, geometry: _Geometries) -> dict[str, Any]:
    return {
        "views": [_view(view, geometry) for view in atlas.views.values()],
        "sources": [[s.id, s.cite, s.short] for s in atlas.sources.values()],
        "muscles": [
            [
                m.id,
                m.name,
                list(m.aliases),
                m.body_area,
                list(m.trigger_points),
                [[view, side, geometry(shape)] for (view, side), shape in m.shapes.items()],
            ]
            for m in atlas.muscles.values()
        ],
        "trigger_points": [_point(p, geometry) for p in atlas.trigger_points.values()],
        "complaints": [
            [c.id, c.name, list(c.words), list(c.regions), list(c.red_flags)]
            for c in atlas.complaints.values()
        ],
        "patterns": {
            view_id: [
                [[k.point, k.side] for k in patterns.pieces.keys],
                list(patterns.pieces.essential),
                [geometry(g) for g in patterns.pieces.geometries],
            ]
            for view_id, patterns in atlas.patterns.items()
        },
    }


def _view(view: View, geometry: _Geometries) -> list[Any]:
    return [
        view.id,
        view.name,
        view.width,
        view.height,
        geometry(view.outline),
        [[line.id, [list(p) for p in line.points], line.closed] for line in view.lines],
        {name: list(point) for name, point in view.landmarks.items()},
        [[r.id, r.side, geometry(r.geometry)] for r in view.regions],
    ]


def _point(point: TriggerPoint, geometry: _Geometries) -> list[Any]:
    t = point.technique
    return [
        point.id,
        point.muscle,
        point.name,
        list(point.aliases),
        point.sides,
        point.location,
        point.referral,
        list(point.symptoms),
        [t.name, t.hold_min, t.hold_max, t.repetitions, t.pressure, t.notes, t.clinician_only],
        list(point.precautions),
        point.source.id,
        point.source_section,
        [[m.side, m.view, m.x, m.y] for m in point.markers],
        [[z.kind, z.view, z.side, geometry(z.geometry)] for z in point.zones],
        list(point.essential_regions),
        list(point.spillover_regions),
        point.summary,
        point.red_flag,
    ]


def _decode(values: Mapping[str, Any], shapes: list[BaseGeometry]) -> Atlas:
    def shape(index: int) -> BaseGeometry:
        found = shapes[index]
        if not isinstance(found, BaseGeometry):
            raise ValueError("not a geometry")
        return found

    views: dict[str, View] = {}
    for view_id, name, width, height, outline, lines, landmarks, regions in values["views"]:
        views[view_id] = View(
            view_id,
            name,
            float(width),
            float(height),
            shape(outline),
            tuple(
                DetailLine(line_id, tuple((float(x), float(y)) for x, y in points), closed)
                for line_id, points, closed in lines
            ),
            {key: (float(x), float(y)) for key, (x, y) in landmarks.items()},
            tuple(
                Region(region_id, side, view_id, shape(index)) for region_id, side, index in regions
            ),
        )
    sources = {s[0]: Source(*s) for s in values["sources"]}
    muscles = {
        m[0]: Muscle(
            m[0],
            m[1],
            tuple(m[2]),
            m[3],
            tuple(m[4]),
            {(view, side): shape(index) for view, side, index in m[5]},
        )
        for m in values["muscles"]
    }
    points: dict[str, TriggerPoint] = {}
    for (
        point_id,
        muscle,
        name,
        aliases,
        sides,
        location,
        referral,
        symptoms,
        technique,
        precautions,
        source,
        section,
        markers,
        zones,
        essential,
        spillover,
        summary,
        red_flag,
    ) in values["trigger_points"]:
        points[point_id] = TriggerPoint(
            id=point_id,
            muscle=muscle,
            name=name,
            aliases=tuple(aliases),
            sides=sides,
            location=location,
            referral=referral,
            symptoms=tuple(symptoms),
            technique=Technique(*technique),
            precautions=tuple(precautions),
            source=sources[source],
            source_section=section,
            markers=tuple(
                Marker(point_id, side, view, float(x), float(y)) for side, view, x, y in markers
            ),
            zones=tuple(Zone(kind, view, side, shape(index)) for kind, view, side, index in zones),
            essential_regions=tuple(essential),
            spillover_regions=tuple(spillover),
            summary=summary,
            red_flag=red_flag,
        )
    complaints = {
        c[0]: Complaint(c[0], c[1], tuple(c[2]), tuple(c[3]), tuple(c[4]))
        for c in values["complaints"]
    }
    pieces = {
        view_id: PatternPieces(
            tuple(PatternKey(point, side) for point, side in keys),
            tuple(bool(e) for e in essential),
            tuple(shape(index) for index in geometries),
        )
        for view_id, (keys, essential, geometries) in values["patterns"].items()
    }
    if set(pieces) != set(views):
        raise ValueError("patterns for other views")
    return Atlas.build(views, sources, muscles, points, complaints, pieces)
