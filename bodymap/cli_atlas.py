"""What the atlas commands of `bodymap` print: validate, list, show, schema."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bodymap.atlas.loader import load
from bodymap.atlas.problems import Problem, printable
from bodymap.atlas.vocabulary import AREA_TITLES, BODY_AREAS
from bodymap.language import ENGLISH, LANGUAGES
from bodymap.places import user_overlays
from bodymap.state import wording
from bodymap.state.wording import Translate, ask_a_clinician, clinician_only, english, fill

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


def load_or_exit(overlays: Sequence[str], language: str = ENGLISH) -> Atlas:
    result = load(overlays=_with_user_maps(overlays), language=language)
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


def validate(folder: str | None, language: str | None = None) -> int:
    """The maps and their translations; with `language`, also every text that language
    leaves out or leaves in English."""
    from bodymap.atlas.layers import layers_of
    from bodymap.atlas.translation import missing, translated

    overlays = _with_user_maps([folder] if folder else [])
    result = load(overlays=overlays)
    problems: list[Problem] = list(result.problems)
    if result.atlas is not None:
        layers, _ = layers_of(None, overlays)
        for code in LANGUAGES:
            if code != ENGLISH:
                translated(result.atlas, layers, code, problems)
        if language is not None and language != ENGLISH:
            problems += missing(result.atlas, layers, language)
    problems = sorted(set(problems))
    for problem in problems:
        print(problem)
    if problems or result.atlas is None:
        count = len(problems)
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


def guidance(as_json: bool, translate: Translate = english) -> int:
    """How to press safely, for every technique."""
    sections = wording.guidance(translate)
    if as_json:
        print_json([{"heading": heading, "points": points} for heading, points in sections])
        return 0
    for heading, points in sections:
        print(heading)
        for point in points:
            print(f"  - {point}")
    print(translate("Cli", "Educational material, not a diagnosis."))
    return 0


def list_points(atlas: Atlas, as_json: bool, translate: Translate = english) -> int:
    order = {area: index for index, area in enumerate(BODY_AREAS)}
    rows = sorted(
        (_summary(atlas, p) for p in atlas.trigger_points.values()),
        key=lambda row: order.get(row["body_area"], len(order)),
    )
    if as_json:
        print_json(rows)
        return 0
    width = max((len(r["id"]) for r in rows), default=2)
    areas = {area: translate("BodyAreas", title) for area, title in AREA_TITLES.items()}
    views = {view_id: translate("Views", view.name) for view_id, view in atlas.views.items()}
    for row in rows:
        print(
            printable(
                f"{row['id']:<{width}}  {row['name']}  [{areas[row['body_area']]}; "
                f"{', '.join(views[v] for v in row['views'])}]"
            )
        )
    print(fill(translate("Cli", "%1 trigger points in %2 muscles"), len(rows), len(atlas.muscles)))
    return 0


def show_point(
    atlas: Atlas, name: str, as_json: bool, client: bool = False, translate: Translate = english
) -> int:
    """One trigger point in full; with `client`, a clinician-only technique's steps are left
    out (its label says whom to ask)."""
    point = atlas.find(name)
    if point is None:
        matches = atlas.search(name)
        print(
            printable("bodymap: " + fill(translate("Cli", "no trigger point called '%1'"), name)),
            file=sys.stderr,
        )
        if matches:
            print(
                fill(translate("Cli", "did you mean: %1"), ", ".join(p.id for p in matches[:8])),
                file=sys.stderr,
            )
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
        return ", ".join(wording.region_words(ids, translate)) or translate("Cli", "none")

    labels = {
        "location": translate("Cli", "Location:"),
        "refers": translate("Cli", "Refers to:"),
        "essential": translate("Cli", "Essential:"),
        "spillover": translate("Cli", "Spillover:"),
        "symptoms": translate("Cli", "Symptoms:"),
        "precautions": translate("Cli", "Precautions:"),
        "technique": translate("Cli", "Technique:"),
        "source": translate("Cli", "Source:"),
    }
    width = max(len(label) for label in labels.values()) + 2
    indent = " " * width

    def line(key: str, text: str) -> str:
        return f"{labels[key]:<{width}}{text}"

    lines = [
        fill(translate("Cli", "%1  (%2; muscle: %3)"), point.name, point.id, data["muscle_name"])
    ]
    if point.summary:
        lines.append(point.summary)
    if point.red_flag:  # before anything about pressing
        lines.append(f"! {point.red_flag}")
    lines += [
        line("location", point.location),
        line("refers", point.referral),
        line("essential", regions(data["essential_regions"])),
        line("spillover", regions(data["spillover_regions"])),
        line("symptoms", ", ".join(point.symptoms)),
        labels["precautions"],
        *(f"  - {p}" for p in point.precautions),
    ]
    if withheld:
        lines += [
            line("technique", clinician_only(translate)),
            indent + ask_a_clinician(translate),
        ]
    else:
        lines.append(
            line(
                "technique",
                fill(
                    translate("Cli", "%1, %2-%3 s, %4x, %5 pressure"),
                    t["name"],
                    t["hold_seconds"]["min"],
                    t["hold_seconds"]["max"],
                    t["repetitions"],
                    wording.pressure_word(t["pressure"], translate),
                ),
            )
        )
        if t["clinician_only"]:
            lines.append(indent + clinician_only(translate))
        if t["notes"]:
            lines.append(indent + t["notes"])
    lines.append(indent + translate("Cli", "How to press safely: bodymap guidance"))
    lines.append(line("source", point.citation))
    print("\n".join(printable(line) for line in lines))
    return 0
