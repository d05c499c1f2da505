"""Where does it hurt? Rank trigger points by how well their referral patterns explain a drawing.

A drawing is Shapely geometry per view. A pattern instance (a trigger point on one side, or on
both) scores by coverage (how much of the drawing its zones cover, essential zones counting
fully and spillover zones by `SPILLOVER_WEIGHT`) times a precision factor (how much of the
pattern was drawn), with a small preference for the side the pain is on. Everything is
summed over the drawing, so one point explaining two separate areas beats two points
explaining one each.

Separate painted areas (the eye and the buttock) are also ranked each on its own, so a small
area is not drowned by a large one: the points explaining more than one area come first, then
each area's best in turn (`Candidate.area_only` says which rows speak for one area).
"""

from __future__ import annotations

import difflib
import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.model import REGION_IDS, Complaint, Side, ZoneKind
from bodymap.atlas.patterns import SIMPLIFY, PatternKey, ViewPatterns, pattern_geometry
from bodymap.atlas.vocabulary import closest, fold

Drawing = Mapping[str, BaseGeometry]
DrawingIssue = Literal["empty", "outside", "small"]

SPILLOVER_WEIGHT = 0.5  # spillover zones explain pain half as well as essential ones
PRECISION_POWER = 0.5  # how hard a pattern is penalised for covering what was not drawn
OTHER_SIDE_FACTOR = 0.85  # a point on the other side than the one given
BOTH_SIDES_FACTOR = 0.92  # both sides' points when one side was given
MIN_DRAWING_AREA = 150.0  # canvas units²: less than this is a tap, not a drawing
REASON_SHARE = 0.35  # a region is named when this much of its drawn part is covered
MIN_SCORE = 0.01  # below this a pattern explains next to nothing of the drawing: not listed
EACH_AREA_SCORE = 0.05  # a pattern explains several areas when it scores this on each alone
JOIN_DISTANCE = 100.0  # canvas units: pieces nearer than a knee's height are one painful area


@dataclass(frozen=True)
class Candidate:
    """One trigger point as an explanation of the drawing, best first in a ranking."""

    trigger_point: str
    side: Side | None  # None: the point on both sides
    score: float  # 0..1
    explained_area: float  # canvas units² of the drawing its zones cover
    unexplained_area: float  # canvas units² of the drawing they do not
    essential_share: float  # share of the drawing its essential zones cover, 0..1
    spillover_share: float  # share covered by the spillover zones only, 0..1
    regions: tuple[str, ...]  # the drawn regions its pattern covers (region ids)
    area_only: bool = False  # scored on one separate area of the drawing, not the whole

    @property
    def side_key(self) -> str:
        """The side as the pattern index names it: "right", "left" or "both"."""
        return self.side or "both"

    def pattern(self, atlas: Atlas, view_id: str, kind: ZoneKind | None = None) -> BaseGeometry:
        """Its referral pattern in one view, as drawn (both kinds when `kind` is None)."""
        return pattern_geometry(
            atlas.trigger_points[self.trigger_point], view_id, self.side_key, kind
        )


# -- drawings ------------------------------------------------------------------------------
def clip_drawing(atlas: Atlas, painted: Drawing) -> dict[str, BaseGeometry]:
    """The drawing inside the body outline, per view; views with nothing left are dropped."""
    clipped = {}
    for view_id, geometry in painted.items():
        if view_id not in atlas.views or geometry is None or geometry.is_empty:
            continue
        if not geometry.is_valid:
            geometry = shapely.make_valid(geometry)
        outline = atlas.view(view_id).outline
        inside = geometry if outline.contains(geometry) else geometry.intersection(outline)
        inside = shapely.simplify(inside, SIMPLIFY)
        if inside.area >= 1.0:
            clipped[view_id] = inside
    return clipped


def drawing_issue(atlas: Atlas, painted: Drawing) -> DrawingIssue | None:
    """Why a drawing cannot be ranked: nothing drawn, all outside the body, or only a dot."""
    return _issue(painted, clip_drawing(atlas, painted))


def _issue(painted: Drawing, clipped: Drawing) -> DrawingIssue | None:
    if not any(g is not None and not g.is_empty for g in painted.values()):
        return "empty"
    if not clipped:
        return "outside"
    if sum(g.area for g in clipped.values()) < MIN_DRAWING_AREA:
        return "small"
    return None


@dataclass(frozen=True)
class Ranking:
    """A drawing's candidates, best first, or why it ranks none."""

    issue: DrawingIssue | None
    candidates: list[Candidate]


def rank_drawing(
    atlas: Atlas, painted: Drawing, side: Side | None = None, limit: int = 10
) -> Ranking:
    """`drawing_issue` and `rank_pain` in one: the drawing is clipped to the body once."""
    clipped = clip_drawing(atlas, painted)
    issue = _issue(painted, clipped)
    return Ranking(issue, _rank_clipped(atlas, clipped, side, limit) if issue is None else [])


def regions_drawing(
    atlas: Atlas, region_ids: Iterable[str], side: Side | None = None
) -> dict[str, BaseGeometry]:
    """Whole regions as a drawing: on `side` (both sides when None), in every view drawing them.

    Raises ValueError naming an unknown region id, with the closest known one.
    """
    wanted = list(dict.fromkeys(region_ids))
    for region_id in wanted:
        if region_id not in REGION_IDS:
            raise ValueError(f"unknown region '{region_id}'{closest(region_id, REGION_IDS)}")
    parts: dict[str, list[BaseGeometry]] = defaultdict(list)
    for view_id, view in atlas.views.items():
        for region in view.regions:
            if region.id in wanted and (side is None or region.side in (None, side)):
                parts[view_id].append(region.geometry)
    return {view_id: shapely.unary_union(geoms) for view_id, geoms in parts.items()}


# -- ranking -------------------------------------------------------------------------------
@dataclass
class _Tally:
    essential: float = 0.0
    spillover: float = 0.0


@dataclass(frozen=True)
class _Overlap:
    """What the drawing in one view overlaps: each pattern instance's essential and spillover
    pieces, and each region (slivers along the borders left out), by area."""

    patterns: Mapping[PatternKey, tuple[float, float]]
    regions: Mapping[tuple[str, Side | None], float]


@functools.lru_cache(maxsize=64)
def _overlap(patterns: ViewPatterns, geometry: BaseGeometry) -> _Overlap:
    # Kept for the views a new stroke leaves as they were: a stroke changes one view, and
    # its ranking then costs that view's intersections, not every view's.
    found: dict[PatternKey, list[float]] = defaultdict(lambda: [0.0, 0.0])
    hits = patterns.tree.query(geometry, predicate="intersects")
    if len(hits):
        areas = shapely.area(shapely.intersection(patterns.geometries[hits], geometry))
        for index, area in zip(hits, areas, strict=True):
            found[patterns.pieces.keys[int(index)]][0 if patterns.essential[int(index)] else 1] += (
                float(area)
            )
    hits = patterns.region_tree.query(geometry, predicate="intersects")
    regions = [patterns.regions[int(i)] for i in hits]
    shapes = np.array([patterns.region_geometries[(r.id, r.side)] for r in regions], dtype=object)
    areas = shapely.area(shapely.intersection(shapes, geometry)) if regions else []
    least = max(20.0, 0.02 * geometry.area)
    return _Overlap(
        {key: (value[0], value[1]) for key, value in found.items()},
        {(r.id, r.side): float(a) for r, a in zip(regions, areas, strict=True) if a >= least},
    )


def rank_pain(
    atlas: Atlas,
    painted: Drawing,
    side: Side | None = None,
    limit: int = 10,
    one_per_muscle: bool = True,
) -> list[Candidate]:
    """The trigger points that best explain `painted` (geometry per view), best first.

    `side` is the side the pain is on, when known. With `one_per_muscle`, each muscle is
    represented by its best point. An empty drawing, or one outside the body, ranks nothing.
    """
    return _rank_clipped(atlas, clip_drawing(atlas, painted), side, limit, one_per_muscle)


def _rank_clipped(
    atlas: Atlas,
    drawing: Drawing,
    side: Side | None = None,
    limit: int = 10,
    one_per_muscle: bool = True,
) -> list[Candidate]:
    if not drawing:
        return []
    together = _scored(atlas, drawing, side, one_per_muscle)
    areas = separate_areas(atlas, drawing)
    if len(areas) < 2:
        chosen = [(key, candidate, drawing) for key, candidate in together[:limit]]
    else:
        alone = [_scored(atlas, area, side, one_per_muscle) for area in areas]
        # the area with the strongest explanation leads each round
        order = sorted(range(len(areas)), key=lambda i: -(alone[i][0][1].score if alone[i] else 0))
        alone, areas = [alone[i] for i in order], [areas[i] for i in order]
        chosen = _by_area(atlas, drawing, together, alone, areas, one_per_muscle)[:limit]
    return [_with_regions(atlas, key, candidate, shown) for key, candidate, shown in chosen]


def separate_areas(atlas: Atlas, drawing: Drawing) -> list[dict[str, BaseGeometry]]:
    """The separately painted areas of a drawing: its pieces, joined when they lie within
    `JOIN_DISTANCE` of each other in a view (the back of the thigh and the calf, either side
    of the knee, are one pain) or mark the same region on the same side in two views (one
    pain seen from the front and the side)."""
    pieces: list[tuple[str, BaseGeometry, set[tuple[str, Side | None]]]] = []
    for view_id, geometry in drawing.items():
        for piece in getattr(geometry, "geoms", [geometry]):
            if piece.area >= 1.0:
                atoms = set(_overlap(atlas.patterns[view_id], piece).regions)
                pieces.append((view_id, piece, atoms))

    def near(a: int, b: int) -> bool:
        (view_a, shape_a, atoms_a), (view_b, shape_b, atoms_b) = pieces[a], pieces[b]
        if view_a == view_b:
            return bool(shape_a.distance(shape_b) < JOIN_DISTANCE)
        return bool(atoms_a & atoms_b)

    groups: list[list[int]] = []
    for index in range(len(pieces)):
        joined = [g for g, group in enumerate(groups) if any(near(index, i) for i in group)]
        merged = [index] + [i for g in joined for i in groups[g]]
        groups = [group for g, group in enumerate(groups) if g not in joined] + [merged]
    areas = []
    for group in groups:
        parts: dict[str, list[BaseGeometry]] = defaultdict(list)
        for index in sorted(group):
            parts[pieces[index][0]].append(pieces[index][1])
        areas.append({v: shapely.unary_union(g) for v, g in parts.items()})
    return areas


_Scored = list[tuple[PatternKey, Candidate]]


def _scored(atlas: Atlas, drawing: Drawing, side: Side | None, one_per_muscle: bool) -> _Scored:
    """Every pattern that explains something of `drawing`, best first (one per muscle when
    asked), without the regions named (see `_with_regions`)."""
    overlaps = {view_id: _overlap(atlas.patterns[view_id], g) for view_id, g in drawing.items()}
    tallies: dict[PatternKey, dict[str, _Tally]] = defaultdict(lambda: defaultdict(_Tally))
    for view_id, overlap in overlaps.items():
        for key, (essential, spillover) in overlap.patterns.items():
            tallies[key][view_id] = _Tally(essential, spillover)
    pieces = {view_id: overlap.regions for view_id, overlap in overlaps.items()}
    atom_size: dict[tuple[str, Side | None], float] = defaultdict(float)
    for view_pieces in pieces.values():
        for atom, area in view_pieces.items():
            atom_size[atom] = max(atom_size[atom], area)
    atoms_total = sum(atom_size.values()) or 1.0

    scored: list[tuple[float, PatternKey, Candidate]] = []
    for key, per_view in tallies.items():
        candidate = _score(atlas, key, per_view, drawing, pieces, atom_size, atoms_total, side)
        if candidate.score >= MIN_SCORE:
            scored.append((candidate.score, key, candidate))
    best: dict[str, tuple[float, PatternKey, Candidate]] = {}
    for entry in sorted(scored, key=lambda e: (-e[0], _side_order(e[1].side, side), e[1].point)):
        best.setdefault(_group(atlas, entry[1], one_per_muscle), entry)
    ordered = sorted(best.values(), key=lambda e: (-e[0], _side_order(e[1].side, side), e[1].point))
    return [(key, candidate) for _, key, candidate in ordered]


def _group(atlas: Atlas, key: PatternKey, one_per_muscle: bool) -> str:
    return atlas.trigger_points[key.point].muscle if one_per_muscle else key.point


def _by_area(
    atlas: Atlas,
    drawing: Drawing,
    together: _Scored,
    alone: Sequence[_Scored],
    areas: Sequence[Drawing],
    one_per_muscle: bool,
) -> list[tuple[PatternKey, Candidate, Drawing]]:
    """The points explaining more than one area (best together first), then each area's best
    in turn (`alone` and `areas` strongest first), each scored on its area alone."""
    strong = [
        {_group(atlas, k, one_per_muscle) for k, c in ranked if c.score >= EACH_AREA_SCORE}
        for ranked in alone
    ]
    chosen: list[tuple[PatternKey, Candidate, Drawing]] = []
    seen: set[str] = set()
    for key, candidate in together:
        group = _group(atlas, key, one_per_muscle)
        if sum(group in found for found in strong) >= 2:
            chosen.append((key, candidate, drawing))
            seen.add(group)
    for place in range(max(len(ranked) for ranked in alone)):
        for ranked, area in zip(alone, areas, strict=True):
            if place < len(ranked):
                key, candidate = ranked[place]
                group = _group(atlas, key, one_per_muscle)
                if group not in seen:
                    seen.add(group)
                    chosen.append((key, replace(candidate, area_only=True), area))
    return chosen


def _side_order(key_side: str, side: Side | None) -> int:
    preferred = [side or "right", "left" if (side or "right") == "right" else "right", "both"]
    return preferred.index(key_side)


def _score(
    atlas: Atlas,
    key: PatternKey,
    per_view: Mapping[str, _Tally],
    drawing: Drawing,
    pieces: Mapping[str, Mapping[tuple[str, Side | None], float]],
    atom_size: Mapping[tuple[str, Side | None], float],
    atoms_total: float,
    side: Side | None,
) -> Candidate:
    # Only the drawn views where the pattern is drawn at all count: a view that shows nothing
    # of a pattern says nothing about it. The regions drawn only in other views stay
    # unexplained, through `seen`.
    views = [v for v in drawing if key in atlas.patterns[v].totals]
    drawn = sum(drawing[v].area for v in views)
    essential = sum(per_view[v].essential for v in views if v in per_view)
    spillover = sum(per_view[v].spillover for v in views if v in per_view)
    pattern = sum(
        atlas.patterns[v].totals[key][0] + SPILLOVER_WEIGHT * atlas.patterns[v].totals[key][1]
        for v in views
    )
    seen_atoms = {atom for v in views for atom in pieces[v]}
    seen = sum(atom_size[a] for a in seen_atoms) / atoms_total
    matched = essential + SPILLOVER_WEIGHT * spillover
    coverage = matched / drawn * seen if drawn else 0.0
    precision = matched / pattern if pattern else 0.0
    factor = 1.0
    if side is not None and key.side != side:
        factor = BOTH_SIDES_FACTOR if key.side == "both" else OTHER_SIDE_FACTOR
    score = min(1.0, coverage * precision**PRECISION_POWER * factor)
    explained = essential + spillover
    total = sum(g.area for g in drawing.values())
    return Candidate(
        trigger_point=key.point,
        side=None if key.side == "both" else key.side,  # type: ignore[arg-type]
        score=score,
        explained_area=explained,
        unexplained_area=max(0.0, total - explained),
        essential_share=min(1.0, essential / drawn * seen) if drawn else 0.0,
        spillover_share=min(1.0, spillover / drawn * seen) if drawn else 0.0,
        regions=(),
    )


def _with_regions(
    atlas: Atlas, key: PatternKey, candidate: Candidate, drawing: Drawing
) -> Candidate:
    """The candidate with the drawn regions its pattern covers (for its reason)."""
    pieces = {v: _overlap(atlas.patterns[v], g).regions for v, g in drawing.items()}
    shares: dict[str, float] = defaultdict(float)
    for view_id, geometry in drawing.items():
        patterns = atlas.patterns[view_id]
        if key not in patterns.totals:
            continue
        overlap = geometry.intersection(patterns.union(key))
        if overlap.is_empty:
            continue
        atoms = list(pieces[view_id])
        covered = shapely.area(
            shapely.intersection(
                np.array([patterns.region_geometries[a] for a in atoms], dtype=object), overlap
            )
        )
        for atom, area in zip(atoms, covered, strict=True):
            shares[atom[0]] = max(shares[atom[0]], float(area) / pieces[view_id][atom])
    named = {r for r, share in shares.items() if share >= REASON_SHARE}
    if not named and shares:
        named = {max(shares, key=lambda r: shares[r])}
    ordered = tuple(r for r in REGION_IDS if r in named and shares[r] > 0.01)
    return replace(candidate, regions=ordered)


def rank_regions(
    atlas: Atlas, region_ids: Iterable[str], side: Side | None = None, limit: int = 10
) -> list[Candidate]:
    """Rank for whole regions (on `side`, or both sides): what tapping them ranks."""
    return rank_pain(atlas, regions_drawing(atlas, region_ids, side), side, limit)


# Words a person may put around a complaint without changing what it means. Any other word
# left over (a body part, "outer", "inner", "back") makes it another complaint.
_FILLER = frozenset(
    "a an the my i i'm im have has got get it its is are am of in on at to and with my "
    "pain pains painful ache aches aching achy sore soreness hurts hurt hurting bad severe "
    "mild chronic sharp dull constant left right both sides side's "
    # Spanish, folded as `fold` folds it (no accents): "me duele la espalda" is back pain
    "me mi mis tengo tiene el la lo los las un una unos unas de del en al y e con por "
    "dolor dolores duele duelen doloroso dolorosa molestia molestias fuerte leve cronico "
    "cronica agudo sordo constante lado lados derecho derecha izquierdo izquierda ambos".split()
)


@dataclass(frozen=True)
class ComplaintMatch:
    """What a text names: the complaint (None when not sure), and the complaints considered
    (to offer as "did you mean")."""

    complaint: Complaint | None
    considered: tuple[Complaint, ...] = ()


def match_complaint(atlas: Atlas, text: str) -> ComplaintMatch:
    """The complaint `text` names. Text and phrases are compared by their cores, the words
    left when filler ("my", "pain", "left", "hurts") is set aside, and must be the same: "my
    left knee hurts" is "knee pain", but "outer knee pain" is not, and neither is "knee
    bursitis". The longest phrase wins. A typo close to one complaint's phrase only is taken
    for it ("trapezus", "sholder pain"); other near misses (a shared body word, a looser typo)
    are considered, not taken."""
    core = _core(text)
    if not core:
        return ComplaintMatch(None)
    best: tuple[int, Complaint] | None = None
    considered: dict[str, Complaint] = {}
    cores: dict[str, Complaint] = {}
    for complaint in atlas.complaints.values():
        for phrase in (complaint.id, complaint.name, *complaint.words):
            phrase_core = _core(phrase)
            if not phrase_core:
                continue
            cores.setdefault(" ".join(phrase_core), complaint)
            if phrase_core == core:
                if best is None or len(phrase) > best[0]:
                    best = (len(phrase), complaint)
            elif set(phrase_core) & set(core):
                considered.setdefault(complaint.id, complaint)
    if best is not None:
        return ComplaintMatch(best[1])
    text_core = " ".join(core)
    typos = {cores[near].id: cores[near] for near in _near(text_core, cores, _TYPO)}
    if len(typos) == 1 and not considered:  # one phrase, a letter or two off: "trapezus"
        return ComplaintMatch(next(iter(typos.values())))
    for near in _near(text_core, cores, 0.75):
        considered.setdefault(cores[near].id, cores[near])
    return ComplaintMatch(None, tuple(considered.values()))


_TYPO = 0.85  # closeness (difflib ratio) at which a single near phrase is taken as meant


def _near(text: str, cores: dict[str, Complaint], cutoff: float) -> list[str]:
    return difflib.get_close_matches(text, list(cores), n=4, cutoff=cutoff)


def _core(text: str) -> list[str]:
    return [word for word in fold(text).split() if word not in _FILLER]


def find_complaint(atlas: Atlas, text: str) -> Complaint | None:
    """The complaint `text` names ("sciatica", "tension headache"), or None (`match_complaint`
    says what was considered)."""
    return match_complaint(atlas, text).complaint


def rank_complaint(
    atlas: Atlas, complaint: Complaint, side: Side | None = None, limit: int = 10
) -> list[Candidate]:
    """Rank for a complaint's regions, as if they had been tapped."""
    return rank_regions(atlas, complaint.regions, side, limit)


# -- comparing -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Comparison:
    """One compared candidate's pattern in one view, and the part of it no other compared
    candidate covers (what tells them apart)."""

    pattern: BaseGeometry
    only_this: BaseGeometry


def compare(atlas: Atlas, candidates: Sequence[Candidate]) -> dict[str, list[Comparison]]:
    """Per view, the compared candidates' patterns in their order, each with what only it
    covers; views that draw none of them are left out."""
    compared: dict[str, list[Comparison]] = {}
    for view_id in atlas.views:
        patterns = [c.pattern(atlas, view_id) for c in candidates]
        if all(p.is_empty for p in patterns):
            continue
        compared[view_id] = [
            Comparison(
                pattern,
                pattern.difference(
                    shapely.union_all([other for i, other in enumerate(patterns) if i != index])
                ),
            )
            for index, pattern in enumerate(patterns)
        ]
    return compared
