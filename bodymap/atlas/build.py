"""Build an atlas from map files read and checked: views, sources and complaints here,
muscles and trigger points in `muscles`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from shapely import unary_union
from shapely.geometry.base import BaseGeometry

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.geometry import invalid_reason, mirror, points_of, ring_polygon
from bodymap.atlas.map_file import MapFile, reporter
from bodymap.atlas.map_format import VIEW
from bodymap.atlas.model import (
    MIDLINE_REGIONS,
    REGION_IDS,
    Complaint,
    DetailLine,
    Region,
    Side,
    Source,
    View,
)
from bodymap.atlas.muscles import MuscleBuilder, checked_entries, outside_canvas
from bodymap.atlas.problems import Problem
from bodymap.atlas.spec import Report
from bodymap.atlas.vocabulary import ALL_VIEW_IDS, MIRRORED_VIEWS, closest
from bodymap.atlas.yamlnodes import Mark, Record


def build_atlas(files: Iterable[MapFile], problems: list[Problem]) -> Atlas | None:
    files = list(files)
    views = _build_views([f for f in files if f.kind == "view"], problems)
    sources = _build_sources([f for f in files if f.kind == "sources"], problems)
    if not views:
        first = files[0].name if files else "maps"
        problems.append(Problem(first, 0, 0, "the atlas has no view (front, back, side or soles)"))
        return None
    muscle_files = [f for f in files if f.kind == "muscles"]
    muscles, points = MuscleBuilder(views, sources, problems).build(muscle_files)
    complaints = _build_complaints([f for f in files if f.kind == "complaints"], views, problems)
    return Atlas.build(views, sources, muscles, points, complaints)


def _build_complaints(
    files: list[MapFile], views: dict[str, View], problems: list[Problem]
) -> dict[str, Complaint]:
    """Complaints by id; a later layer's complaint replaces one with the same id."""
    drawn = {r.id for view in views.values() for r in view.regions}
    complaints: dict[str, Complaint] = {}
    for map_file in files:
        report = reporter(map_file.name, problems)
        for entry, _mark in checked_entries(map_file, report):
            regions = entry["regions"]
            unknown = [(i, r) for i, r in enumerate(regions) if r not in drawn]
            for index, region_id in unknown:
                report(
                    regions.mark_of(index),
                    f"{entry['id']}.regions: unknown region "
                    f"'{region_id}'{closest(region_id, sorted(drawn))}",
                )
            if not unknown:
                complaints[entry["id"]] = Complaint(
                    entry["id"],
                    entry["name"],
                    tuple(entry["words"]),
                    tuple(regions),
                    tuple(" ".join(flag.split()) for flag in entry.get("red_flags", ())),
                )
    return complaints


def _build_views(files: list[MapFile], problems: list[Problem]) -> dict[str, View]:
    views: dict[str, View] = {}
    layers: dict[str, int] = {}
    for map_file in files:
        report = reporter(map_file.name, problems)
        if not VIEW.check(map_file.record, "", map_file.record.mark, report):
            continue
        body: Record = map_file.body
        view_id = body["id"]
        if view_id in views and layers[view_id] == map_file.layer:
            report(body.mark_of("id"), f"view '{view_id}' is defined twice")
            continue
        view = _build_view(body, report)
        if view is not None:
            views[view_id] = view
            layers[view_id] = map_file.layer
    for mirrored_id, written_id in MIRRORED_VIEWS.items():
        if written_id in views:
            views[mirrored_id] = mirrored_view(views[written_id], mirrored_id)
    return dict(sorted(views.items(), key=lambda item: ALL_VIEW_IDS.index(item[0])))


MIRRORED_NAMES = {"side_left": "Left side"}


def mirrored_view(view: View, view_id: str) -> View:
    """`view` seen in a mirror: the right side view becomes the left side view. The patient's
    sides swap (a region or landmark of the right is one of the left); midline regions stay."""

    def swapped(name: str) -> str:
        return name[: -len("_right")] + "_left" if name.endswith("_right") else name

    def flip(points: Sequence[tuple[float, float]]) -> tuple[tuple[float, float], ...]:
        return tuple((view.mirror_x(x), y) for x, y in points)

    other: dict[Side | None, Side | None] = {"right": "left", "left": "right", None: None}
    return View(
        view_id,
        MIRRORED_NAMES.get(view_id, view_id),
        view.width,
        view.height,
        mirror(view.outline, view.width),
        tuple(DetailLine(swapped(d.id), flip(d.points), d.closed) for d in view.lines),
        {swapped(name): (view.mirror_x(x), y) for name, (x, y) in view.landmarks.items()},
        tuple(
            Region(r.id, other[r.side], view_id, mirror(r.geometry, view.width))
            for r in view.regions
        ),
    )


def _polygon_from(
    ring: Sequence[Sequence[float]] | str, where: str, mark: Mark, report: Report
) -> BaseGeometry | None:
    polygon = ring_polygon(ring)
    reason = invalid_reason(polygon)
    if reason is not None:
        report(mark, f"{where}: the polygon is not valid ({reason})")
        return None
    if polygon.area <= 0:
        report(mark, f"{where}: the polygon has no area")
        return None
    return polygon


def _build_view(body: Record, report: Report) -> View | None:
    width, height = (float(v) for v in body["size"])
    parts = []
    for index, ring in enumerate(body["outline"]):
        polygon = _polygon_from(
            ring, f"view.outline[{index}]", body["outline"].mark_of(index), report
        )
        if polygon is not None:
            parts.append(polygon)
    if not parts:
        return None
    outline = unary_union(parts)
    if outside_canvas(outline, width, height):
        report(
            body.mark_of("outline"),
            f"view.outline: reaches outside the {width:g} x {height:g} canvas",
        )
    regions: list[Region] = []
    seen: dict[tuple[str, str | None], int] = {}
    for index, entry in enumerate(body["regions"]):
        mark = body["regions"].mark_of(index)
        where = f"view.regions[{index}]"
        region_id: str = entry["id"]
        side: Side | None = entry.get("side")
        if region_id not in REGION_IDS:
            report(
                mark, f"{where}.id: unknown region '{region_id}'{closest(region_id, REGION_IDS)}"
            )
            continue
        if (side is None) != (region_id in MIDLINE_REGIONS):
            expected = "no side (it is on the midline)" if side else "a side: right or left"
            report(mark, f"{where}: region '{region_id}' takes {expected}")
            continue
        if (region_id, side) in seen:
            report(
                mark,
                f"{where}: region '{region_id}' ({side or 'midline'}) is drawn twice "
                f"(first at line {seen[(region_id, side)]})",
            )
            continue
        seen[(region_id, side)] = mark.line
        rings = [entry["polygon"]] if "polygon" in entry else entry["polygons"]
        polygons = [_polygon_from(ring, where, mark, report) for ring in rings]
        if any(p is None for p in polygons):
            continue
        geometry = unary_union(polygons)
        if outside_canvas(geometry, width, height):
            report(mark, f"{where}: region '{region_id}' reaches outside the canvas")
            continue
        regions.append(Region(region_id, side, body["id"], geometry))
    lines = tuple(
        DetailLine(line["id"], tuple(points_of(line["points"])), bool(line.get("closed", False)))
        for line in body.get("lines", [])
    )
    landmarks = {name: (float(p[0]), float(p[1])) for name, p in body.get("landmarks", {}).items()}
    return View(body["id"], body["name"], width, height, outline, lines, landmarks, tuple(regions))


def _build_sources(files: list[MapFile], problems: list[Problem]) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    origin: dict[str, tuple[int, str, int]] = {}  # id -> (layer, file, line)
    for map_file in files:
        report = reporter(map_file.name, problems)
        entries = checked_entries(map_file, report)
        for entry, mark in entries:
            source_id = entry["id"]
            if source_id in origin and origin[source_id][0] == map_file.layer:
                _layer, name, line = origin[source_id]
                report(
                    entry.mark_of("id"), f"source id '{source_id}' is already used at {name}:{line}"
                )
                continue
            origin[source_id] = (map_file.layer, map_file.name, mark.line)
            sources[source_id] = Source(source_id, " ".join(entry["cite"].split()), entry["short"])
    return sources
