"""What the atlas commands of `bodymap` print: validate, list, show, schema."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bodymap.atlas.loader import load
from bodymap.atlas.problems import printable
from bodymap.atlas.vocabulary import BODY_AREAS, region_name
from bodymap.places import user_overlays
from bodymap.state import wording
from bodymap.state.wording import ask_a_clinician, clinician_only

if TYPE_CHECKING:
    from bodymap.atlas.atlas import Atlas
    from bodymap.atlas.model import TriggerPoint


def schema() -> int:
    from bodymap.atlas.map_format import json_schema

    print_json(json_schema())
    return 0


def print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _with_user_maps(overlays: Sequence[str]) -> list[str]:
    """The user's own maps folder (see docs/maps.md) under the folders named on the line."""
    return [*(str(folder) for folder in user_overlays()), *overlays]


def load_or_exit(overlays: Sequence[str]) -> Atlas:
    result = load(overlays=_with_user_maps(overlays))
    if result.problems:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(
            f"{len(result.problems)} problem(s) in the maps; run 'bodymap validate' for details",
            file=sys.stderr,
        )
    if result.atlas is None:
        sys.exit(1)
    return result.atlas


def validate(folder: str | None) -> int:
    result = load(overlays=_with_user_maps([folder] if folder else []))
    for problem in result.problems:
        print(problem)
    if result.problems or result.atlas is None:
        count = len(result.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found", file=sys.stderr)
        return 1
    atlas = result.atlas
    regions = sum(len(v.regions) for v in atlas.views.values())
    print(
        f"ok: {len(atlas.views)} views, {regions} regions, {len(atlas.muscles)} muscles, "
        f"{len(atlas.trigger_points)} trigger points"
    )
    return 0


def _summary(atlas: Atlas, point: TriggerPoint) -> dict[str, Any]:
    muscle = atlas.muscles[point.muscle]
    return {
        "id": point.id,
        "muscle": muscle.id,
        "muscle_name": muscle.name,
        "name": point.name,
        "aliases": list(dict.fromkeys((*point.aliases, *muscle.aliases))),
        "body_area": muscle.body_area,
        "side": point.sides,
        "views": list(point.views),
    }


def _details(atlas: Atlas, point: TriggerPoint) -> dict[str, Any]:
    technique = point.technique
    return {
        **_summary(atlas, point),
        "summary": point.summary,
        "red_flag": point.red_flag,
        "location": point.location,
        "referral": point.referral,
        "essential_regions": list(point.essential_regions),
        "spillover_regions": list(point.spillover_regions),
        "symptoms": list(point.symptoms),
        "technique": {
            "name": technique.name,
            "hold_seconds": {"min": technique.hold_min, "max": technique.hold_max},
            "repetitions": technique.repetitions,
            "pressure": technique.pressure,
            "notes": technique.notes,
            "clinician_only": technique.clinician_only,
        },
        "precautions": list(point.precautions),
        "source": {
            "id": point.source.id,
            "section": point.source_section,
            "citation": point.source.cite,
        },
    }


def guidance(as_json: bool) -> int:
    """How to press safely, for every technique."""
    sections = wording.guidance()
    if as_json:
        print_json([{"heading": heading, "points": points} for heading, points in sections])
        return 0
    for heading, points in sections:
        print(heading)
        for point in points:
            print(f"  - {point}")
    print("Educational material, not a diagnosis.")
    return 0


def list_points(atlas: Atlas, as_json: bool) -> int:
    order = {area: index for index, area in enumerate(BODY_AREAS)}
    rows = sorted(
        (_summary(atlas, p) for p in atlas.trigger_points.values()),
        key=lambda row: order.get(row["body_area"], len(order)),
    )
    if as_json:
        print_json(rows)
        return 0
    width = max((len(r["id"]) for r in rows), default=2)
    for row in rows:
        print(
            printable(
                f"{row['id']:<{width}}  {row['name']}  [{row['body_area']}; "
                f"{', '.join(row['views'])}]"
            )
        )
    print(f"{len(rows)} trigger points in {len(atlas.muscles)} muscles")
    return 0


def show_point(atlas: Atlas, name: str, as_json: bool, client: bool = False) -> int:
    """One trigger point in full; with `client`, a clinician-only technique's steps are left
    out (its label says whom to ask)."""
    point = atlas.find(name)
    if point is None:
        matches = atlas.search(name)
        print(printable(f"bodymap: no trigger point called '{name}'"), file=sys.stderr)
        if matches:
            print("did you mean: " + ", ".join(p.id for p in matches[:8]), file=sys.stderr)
        return 2
    data = _details(atlas, point)
    withheld = client and point.technique.clinician_only
    if withheld:
        data["technique"] = {"clinician_only": True, "steps_withheld": True}
    if as_json:
        print_json(data)
        return 0
    t = data["technique"]

    def regions(ids: list[str]) -> str:
        return ", ".join(region_name(r) for r in ids) or "none"

    lines = [f"{point.name}  ({point.id}; muscle: {data['muscle_name']})"]
    if point.summary:
        lines.append(point.summary)
    if point.red_flag:  # before anything about pressing
        lines.append(f"! {point.red_flag}")
    lines += [
        f"Location:   {point.location}",
        f"Refers to:  {point.referral}",
        f"Essential:  {regions(data['essential_regions'])}",
        f"Spillover:  {regions(data['spillover_regions'])}",
        f"Symptoms:   {', '.join(point.symptoms)}",
        "Precautions:",
        *(f"  - {p}" for p in point.precautions),
    ]
    if withheld:
        lines += [f"Technique:  {clinician_only()}", f"            {ask_a_clinician()}"]
    else:
        lines.append(
            f"Technique:  {t['name']}, {t['hold_seconds']['min']}-{t['hold_seconds']['max']} s, "
            f"{t['repetitions']}x, {t['pressure']} pressure"
        )
        if t["clinician_only"]:
            lines.append(f"            {clinician_only()}")
        if t["notes"]:
            lines.append(f"            {t['notes']}")
    lines.append("            How to press safely: bodymap guidance")
    lines.append(f"Source:     {point.citation}")
    print("\n".join(printable(line) for line in lines))
    return 0
