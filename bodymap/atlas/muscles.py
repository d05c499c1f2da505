"""Muscles and their trigger points, built from checked map entries: shapes written for the
patient's right are mirrored for the left, zones are clipped to the outline, and the regions
each zone covers are worked out from the overlap."""

from __future__ import annotations

from collections.abc import Iterable

from shapely import STRtree, unary_union
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.prepared import prep as prepared

from bodymap.atlas.geometry import (
    band,
    curve,
    ellipse,
    invalid_reason,
    mirror,
    repaired,
    ring_polygon,
)
from bodymap.atlas.map_file import MapFile, reporter
from bodymap.atlas.map_format import ENTRY_SPECS, MAX_ENTRIES
from bodymap.atlas.model import (
    MIDLINE_REGIONS,
    REGION_IDS,
    SIDES,
    Marker,
    Muscle,
    Side,
    Source,
    Technique,
    TriggerPoint,
    View,
    Zone,
    ZoneKind,
)
from bodymap.atlas.problems import Problem
from bodymap.atlas.spec import Report
from bodymap.atlas.vocabulary import MIRRORED_VIEWS, closest
from bodymap.atlas.yamlnodes import Items, Mark, Record

# A region is named as covered by a zone (in the panel, `bodymap show` and docs/atlas.md) only
# where a person looking at the figure sees the zone in it: the zone covers a fair share of
# the region, or a good part of the zone lies in the region and that part is itself visible,
# a patch of some size or a noticeable share of a small region (a finger, a tooth row).
# Slivers along a shared border, and the corner of a zone that dips into a big region, do not
# count. Areas are in canvas units squared (the figure is 1000 x 2000).
REGION_SHARE = 0.12  # of the region: covered in its own right
ZONE_SHARE = 0.25  # of the zone: where the zone lies, if what lies there is visible ...
VISIBLE_AREA = 800.0  # ... a patch about 28 units across (a fingertip on the figure) ...
VISIBLE_SHARE = 0.03  # ... or this share of the region
MIN_OVERLAP = 40.0
MARKER_TOLERANCE = 6.0  # how far (canvas units) a marker may sit outside its muscle's outline


def outside_canvas(geometry: BaseGeometry, width: float, height: float) -> bool:
    x0, y0, x1, y1 = geometry.bounds
    return bool(x0 < 0 or y0 < 0 or x1 > width or y1 > height)


def checked_entries(map_file: MapFile, report: Report) -> list[tuple[Record, Mark]]:
    body = map_file.body
    key = map_file.kind
    if not isinstance(body, list) or not body:
        report(map_file.record.mark_of(key), f"{key}: expected a non-empty list")
        return []
    if len(body) > MAX_ENTRIES:
        report(
            map_file.record.mark_of(key),
            f"{key}: {len(body)} entries, more than the "
            f"{MAX_ENTRIES} one file may hold; split it into several files",
        )
        return []
    spec = ENTRY_SPECS[key]
    entries = []
    for index, entry in enumerate(body):
        mark = body.mark_of(index) if isinstance(body, Items) else map_file.record.mark
        if spec.check(entry, f"{key}[{index}]", mark, report):
            entries.append((entry, mark))
    return entries


class MuscleBuilder:
    """Builds muscles and trigger points, resolving regions, sources and views."""

    def __init__(
        self, views: dict[str, View], sources: dict[str, Source], problems: list[Problem]
    ) -> None:
        self.views = views
        self.sources = sources
        self.problems = problems
        self.region_index = {
            view_id: {(r.id, r.side): r for r in view.regions} for view_id, view in views.items()
        }
        self.outlines = {view_id: prepared(view.outline) for view_id, view in views.items()}
        # a shape as written -> its geometry, drawn once for both sides (the records live as
        # long as the build, so their ids stay theirs)
        self._drawn: dict[int, BaseGeometry | None] = {}
        # A written view that shows one side only -> the view that shows the other side, as
        # its mirror image (the right side view -> the left side view).
        self.mirrors = {
            written: views[mirrored]
            for mirrored, written in MIRRORED_VIEWS.items()
            if mirrored in views and written in views
        }
        self.region_trees = {
            view_id: (STRtree([r.geometry for r in view.regions]), view.regions)
            for view_id, view in views.items()
        }

    def build(self, files: list[MapFile]) -> tuple[dict[str, Muscle], dict[str, TriggerPoint]]:
        muscles: dict[str, Muscle] = {}
        points: dict[str, TriggerPoint] = {}
        origin: dict[str, tuple[int, str, int]] = {}  # id -> (layer, file, line)
        for map_file in files:
            report = reporter(map_file.name, self.problems)
            for entry, mark in checked_entries(map_file, report):
                muscle_id = entry["id"]
                if muscle_id in origin:
                    layer, name, line = origin[muscle_id]
                    if layer == map_file.layer:
                        report(
                            entry.mark_of("id"),
                            f"muscle id '{muscle_id}' is already used at {name}:{line}",
                        )
                        continue
                    for old in muscles.pop(muscle_id).trigger_points:  # overlay replaces
                        points.pop(old, None)
                built = self._muscle(entry, report, points)
                if built is None:
                    continue
                muscle, new_points = built
                muscles[muscle_id] = muscle
                origin[muscle_id] = (map_file.layer, map_file.name, mark.line)
                for point in new_points:
                    points[point.id] = point
        return muscles, points

    def _shapes(
        self, per_view: Record, where: str, report: Report, side: Side, what: str
    ) -> dict[str, BaseGeometry]:
        """Shapes per view for one side's point, clipped to each view's outline. Callers pass
        `_once(report, side)`: the left side mirrors the right, and so do its problems."""
        result: dict[str, BaseGeometry] = {}
        for view_id, shapes in per_view.items():
            mark = per_view.mark_of(view_id)
            written = self.views.get(view_id)
            if written is None:
                report(mark, f"{where}.{view_id}: the atlas has no '{view_id}' view")
                continue
            view = self.view_showing(written, side)
            if view is None:
                continue
            shape_list = shapes if isinstance(shapes, list) else [shapes]
            parts = []
            for index, shape in enumerate(shape_list):
                shape_mark = shapes.mark_of(index) if isinstance(shapes, Items) else mark
                geometry = self._shape(
                    shape, f"{where}.{view_id}[{index}]", shape_mark, report, view, side
                )
                if geometry is not None:
                    parts.append(geometry)
            if not parts:
                continue
            geometry = repaired(unary_union(parts))
            if not self.outlines[view.id].contains(geometry):
                geometry = geometry.intersection(view.outline)
            if geometry.is_empty or geometry.area < 1.0:
                report(mark, f"{where}.{view_id}: the {what} lies outside the body outline")
                continue
            result[view.id] = geometry
        return result

    def view_showing(self, written: View, side: Side) -> View | None:
        """Where what is written in `written` for the patient's `side` is drawn: that view, or
        its mirror image where only the mirror shows that side (the left side view), or
        nowhere."""
        if side in written.sides:
            return written
        mirrored = self.mirrors.get(written.id)
        return mirrored if mirrored is not None and side in mirrored.sides else None

    def _shape(
        self, shape: Record, where: str, mark: Mark, report: Report, view: View, side: Side
    ) -> BaseGeometry | None:
        relation = shape.get("side", "same")
        wanted = {"same": (side,), "opposite": (_other(side),), "both": SIDES}[relation]
        wanted = tuple(s for s in wanted if s in view.sides)
        if not wanted:
            return None
        if "regions" in shape:
            parts = []
            for region_id in shape["regions"]:
                if region_id not in REGION_IDS:
                    report(
                        mark,
                        f"{where}.regions: unknown region '{region_id}'"
                        f"{closest(region_id, REGION_IDS)}",
                    )
                    continue
                sides: tuple[Side | None, ...] = (None,) if region_id in MIDLINE_REGIONS else wanted
                found = [self.region_index[view.id].get((region_id, s)) for s in sides]
                if not any(found):
                    report(
                        mark,
                        f"{where}.regions: region '{region_id}' is not drawn in the {view.id} view",
                    )
                parts += [r.geometry for r in found if r is not None]
            return unary_union(parts) if parts else None
        # Drawn once, for the right; each side then takes it or its mirror image.
        if id(shape) not in self._drawn:
            self._drawn[id(shape)] = self._draw(shape, where, mark, report)
        geometry = self._drawn[id(shape)]
        if geometry is None:
            return None
        if outside_canvas(geometry, view.width, view.height):
            report(
                mark,
                f"{where}: the shape reaches outside the {view.width:g} x "
                f"{view.height:g} canvas of the {view.id} view",
            )
        # Shapes are written for a point on the patient's right; whatever lands on the left
        # is the mirror image.
        return unary_union(
            [geometry if s == "right" else mirror(geometry, view.width) for s in wanted]
        )

    def _draw(self, shape: Record, where: str, mark: Mark, report: Report) -> BaseGeometry | None:
        """An ellipse, band, polygon or curve as written (for the patient's right)."""
        if "ellipse" in shape:
            spec = shape["ellipse"]
            return ellipse(spec["center"], spec["radii"], float(spec.get("angle", 0)))
        if "path" in shape:
            if "width" not in shape:
                report(mark, f"{where}: a path needs a 'width'")
                return None
            return band(shape["path"], float(shape["width"]))
        kind = "curve" if "curve" in shape else "polygon"
        points = shape[kind]
        geometry = curve(points) if kind == "curve" else ring_polygon(points)
        reason = invalid_reason(geometry)
        if reason is not None:
            report(mark, f"{where}.{kind}: the {kind} is not valid ({reason})")
            return None
        return geometry

    def _muscle(
        self, entry: Record, report: Report, points: dict[str, TriggerPoint]
    ) -> tuple[Muscle, list[TriggerPoint]] | None:
        muscle_id = entry["id"]
        shapes: dict[tuple[str, Side], BaseGeometry] = {}
        if "shape" in entry:
            for side in SIDES:
                for view_id, geometry in self._shapes(
                    entry["shape"], f"{muscle_id}.shape", _once(report, side), side, "muscle shape"
                ).items():
                    shapes[(view_id, side)] = geometry
        new_points: list[TriggerPoint] = []
        for index, tp in enumerate(entry["trigger_points"]):
            mark = entry["trigger_points"].mark_of(index)
            if any(p.id == tp["id"] for p in new_points):
                report(
                    tp.mark_of("id"),
                    f"trigger point id '{tp['id']}' is used twice in muscle '{muscle_id}'",
                )
                continue
            if tp["id"] in points:
                # A trigger point belongs to its muscle: an overlay changes it by laying the
                # whole muscle over the old one (same muscle id), never from another muscle.
                owner = points[tp["id"]].muscle
                report(
                    tp.mark_of("id"),
                    f"trigger point id '{tp['id']}' already belongs to "
                    f"muscle '{owner}'; to change it, lay a muscle with id '{owner}' over "
                    "that one",
                )
                continue
            point = self._trigger_point(muscle_id, tp, mark, report, shapes)
            if point is not None:
                new_points.append(point)
        if not new_points:
            return None
        muscle = Muscle(
            muscle_id,
            entry["name"],
            tuple(entry.get("aliases", ())),
            entry["body_area"],
            tuple(p.id for p in new_points),
            shapes,
        )
        return muscle, new_points

    def _trigger_point(
        self,
        muscle_id: str,
        tp: Record,
        mark: Mark,
        report: Report,
        muscle_shapes: dict[tuple[str, Side], BaseGeometry],
    ) -> TriggerPoint | None:
        tp_id = tp["id"]
        ok = True
        source = self.sources.get(tp["source"]["ref"])
        if source is None:
            report(
                tp["source"].mark_of("ref"),
                f"{tp_id}.source.ref: unknown source "
                f"'{tp['source']['ref']}'{closest(tp['source']['ref'], list(self.sources))}",
            )
            ok = False
        hold = tp["technique"]["hold_seconds"]
        if hold["min"] > hold["max"]:
            report(
                tp["technique"].mark_of("hold_seconds"),
                f"{tp_id}.technique.hold_seconds: "
                f"min ({hold['min']}) is greater than max ({hold['max']})",
            )
            ok = False
        sides: tuple[Side, ...] = ("right",) if tp.get("sides") == "midline" else SIDES
        markers: list[Marker] = []
        for view_id, (x, y) in tp["at"].items():
            at_mark = tp["at"].mark_of(view_id)
            view = self.views.get(view_id)
            if view is None:
                report(at_mark, f"{tp_id}.at.{view_id}: the atlas has no '{view_id}' view")
                ok = False
                continue
            if not (0 <= x <= view.width and 0 <= y <= view.height):
                report(
                    at_mark,
                    f"{tp_id}.at.{view_id}: the marker ({x:g}, {y:g}) lies outside "
                    f"the {view.width:g} x {view.height:g} canvas of the {view_id} view",
                )
                ok = False
                continue
            if not view.outline.contains(Point(x, y)):
                report(
                    at_mark,
                    f"{tp_id}.at.{view_id}: the marker ({x:g}, {y:g}) lies outside "
                    "the body outline",
                )
                ok = False
                continue
            shape = muscle_shapes.get((view_id, "right"))
            if shape is not None and shape.distance(Point(x, y)) > MARKER_TOLERANCE:
                report(
                    at_mark,
                    f"{tp_id}.at.{view_id}: the marker ({x:g}, {y:g}) lies outside "
                    f"the shape of its muscle '{muscle_id}' in the {view_id} view",
                )
                ok = False
            for side in sides:
                shown_in = self.view_showing(view, side)
                if shown_in is None:
                    continue
                mx = x if side == "right" else view.mirror_x(x)
                markers.append(Marker(tp_id, side, shown_in.id, float(mx), float(y)))
        zones: list[Zone] = []
        covered: dict[ZoneKind, list[str]] = {"essential": [], "spillover": []}
        # the region holding most of each kind's zone: named when no region is covered enough
        largest: dict[ZoneKind, tuple[float, str]] = {}
        for kind in ("essential", "spillover"):
            if kind not in tp["zones"]:
                continue
            for side in sides:
                for view_id, geometry in self._shapes(
                    tp["zones"][kind],
                    f"{tp_id}.zones.{kind}",
                    _once(report, side),
                    side,
                    f"{kind} zone",
                ).items():
                    zones.append(Zone(kind, view_id, side, geometry))
                    if side == "right":
                        found, most = self._regions_under(view_id, geometry)
                        covered[kind] += found
                        largest[kind] = max(largest.get(kind, most), most)
        for kind, (_, region_id) in largest.items():
            if not covered[kind] and region_id:  # a small zone is still somewhere: say where
                covered[kind].append(region_id)
        if not ok or not markers:
            if ok:
                report(tp.mark_of("at"), f"{tp_id}.at: no marker in any view")
            return None
        if not any(z.kind == "essential" for z in zones):
            report(tp["zones"].mark_of("essential"), f"{tp_id}.zones.essential: no zone drawn")
            return None
        essential = _in_vocabulary_order(covered["essential"])
        spillover = tuple(
            r for r in _in_vocabulary_order(covered["spillover"]) if r not in essential
        )
        technique = tp["technique"]
        assert source is not None
        return TriggerPoint(
            id=tp_id,
            muscle=muscle_id,
            name=tp["name"],
            aliases=tuple(tp.get("aliases", ())),
            sides="midline" if tp.get("sides") == "midline" else "bilateral",
            location=_prose(tp["location"]),
            referral=_prose(tp["referral"]),
            symptoms=tuple(tp["symptoms"]),
            technique=Technique(
                technique["name"],
                hold["min"],
                hold["max"],
                technique["repetitions"],
                technique["pressure"],
                _prose(technique.get("notes", "")),
                bool(technique.get("clinician_only", False)),
            ),
            precautions=tuple(_prose(p) for p in tp["precautions"]),
            source=source,
            source_section=tp["source"]["section"],
            markers=tuple(markers),
            zones=tuple(zones),
            essential_regions=essential,
            spillover_regions=spillover,
            summary=_prose(tp.get("summary", "")),
            red_flag=_prose(tp.get("red_flag", "")),
        )

    def _regions_under(
        self, view_id: str, geometry: BaseGeometry
    ) -> tuple[list[str], tuple[float, str]]:
        """The regions the zone is seen to cover, and (overlap, id) of the one holding most."""
        tree, regions = self.region_trees[view_id]
        found = []
        most = (0.0, "")
        zone_area = geometry.area
        for index in tree.query(geometry, predicate="intersects"):
            region = regions[int(index)]
            overlap = region.geometry.intersection(geometry).area
            most = max(most, (overlap, region.id))
            if overlap >= MIN_OVERLAP and (
                overlap >= REGION_SHARE * region.geometry.area
                or (
                    overlap >= ZONE_SHARE * zone_area
                    and (overlap >= VISIBLE_AREA or overlap >= VISIBLE_SHARE * region.geometry.area)
                )
            ):
                found.append(region.id)
        return found, most


def _silent(mark: Mark, message: str) -> None:
    pass


def _once(report: Report, side: Side) -> Report:
    """`report` for the patient's right; nothing for the left, whose shapes mirror the right's:
    a problem with them is reported once."""
    return report if side == "right" else _silent


def _other(side: Side) -> Side:
    return "left" if side == "right" else "right"


def _prose(text: str) -> str:
    return " ".join(text.split())


def _in_vocabulary_order(ids: Iterable[str]) -> tuple[str, ...]:
    wanted = set(ids)
    return tuple(r for r in REGION_IDS if r in wanted)
