"""The `bodymap` command: the app, and thin command-line calls into the atlas."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bodymap import __version__, cli_where
from bodymap.atlas.vocabulary import VIEW_IDS, region_name

if TYPE_CHECKING:
    from bodymap.atlas import Atlas, TriggerPoint

# The atlas (YAML, Shapely) and JSON are imported by the commands that use them, not to parse
# the line: `bodymap gui` draws its first frame before loading them (docs/performance.md).

VIEWS = VIEW_IDS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bodymap",
        description="An educational atlas of myofascial trigger points and their referred pain.",
        epilog="Educational material, not a diagnosis. See a doctor for pain that is severe, "
               "new, unexplained or comes with other symptoms.",
    )
    parser.add_argument("--version", action="version", version=f"bodymap {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the app (the default)")
    _add_gui_arguments(gui)

    validate = commands.add_parser("validate", help="check map files; one line per problem")
    validate.add_argument("folder", nargs="?", help="a folder of maps laid over the built-in ones")

    listing = commands.add_parser("list", help="list every trigger point")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--maps", action="append", default=[], metavar="DIR",
                         help="a folder of maps laid over the built-in ones")

    show = commands.add_parser("show", help="one trigger point in full")
    show.add_argument("id", help="a trigger point id, name or alias (e.g. upper_trapezius_1, SCM)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.add_argument("--maps", action="append", default=[], metavar="DIR",
                      help="a folder of maps laid over the built-in ones")

    cli_where.add_parser(commands)
    commands.add_parser("schema", help="print the JSON Schema of the map format")
    return parser


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line, parsed. A plain `bodymap` or `bodymap gui`, the usual start, is
    answered without building the parser (~4 ms of the first frame); the parser gives the
    same answer (tests/test_cli.py)."""
    words = sys.argv[1:] if argv is None else list(argv)
    if words in ([], ["gui"]):
        return argparse.Namespace(command="gui", maps=[], view=None, select=None,
                                  screenshot=None)
    return _parser().parse_args(words)


def _print_json(data: object) -> None:
    import json

    print(json.dumps(data, indent=2, ensure_ascii=False))


def _add_gui_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--maps", action="append", default=[], metavar="DIR",
                        help="a folder of maps laid over the built-in ones")
    parser.add_argument("--view", choices=VIEWS, help="the view to show first")
    parser.add_argument("--select", metavar="ID", help="a trigger point to select at start")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the window offscreen to a PNG and exit")


def _with_user_maps(overlays: Sequence[str]) -> list[str]:
    """The user's own maps folder (see docs/maps.md) under the folders named on the line."""
    from bodymap.ui.places import user_overlays

    return [*(str(folder) for folder in user_overlays()), *overlays]


def _load_or_exit(overlays: Sequence[str]) -> Atlas:
    from bodymap.atlas import load

    result = load(overlays=_with_user_maps(overlays))
    if result.problems:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(f"{len(result.problems)} problem(s) in the maps; run 'bodymap validate' for "
              "details", file=sys.stderr)
    if result.atlas is None:
        sys.exit(1)
    return result.atlas


def _validate(folder: str | None) -> int:
    from bodymap.atlas import load

    result = load(overlays=_with_user_maps([folder] if folder else []))
    for problem in result.problems:
        print(problem)
    if result.problems or result.atlas is None:
        count = len(result.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found", file=sys.stderr)
        return 1
    atlas = result.atlas
    regions = sum(len(v.regions) for v in atlas.views.values())
    print(f"ok: {len(atlas.views)} views, {regions} regions, {len(atlas.muscles)} muscles, "
          f"{len(atlas.trigger_points)} trigger points")
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
        },
        "precautions": list(point.precautions),
        "source": {"id": point.source.id, "section": point.source_section,
                   "citation": point.source.cite},
    }


def _list(atlas: Atlas, as_json: bool) -> int:
    from bodymap.atlas.formats import BODY_AREAS

    order = {area: index for index, area in enumerate(BODY_AREAS)}
    rows = sorted((_summary(atlas, p) for p in atlas.trigger_points.values()),
                  key=lambda row: order.get(row["body_area"], len(order)))
    if as_json:
        _print_json(rows)
        return 0
    width = max((len(r["id"]) for r in rows), default=2)
    for row in rows:
        print(f"{row['id']:<{width}}  {row['name']}  [{row['body_area']}; "
              f"{', '.join(row['views'])}]")
    print(f"{len(rows)} trigger points in {len(atlas.muscles)} muscles")
    return 0


def _show(atlas: Atlas, name: str, as_json: bool) -> int:
    point = atlas.find(name)
    if point is None:
        matches = atlas.search(name)
        print(f"bodymap: no trigger point called '{name}'", file=sys.stderr)
        if matches:
            print("did you mean: " + ", ".join(p.id for p in matches[:8]), file=sys.stderr)
        return 2
    data = _details(atlas, point)
    if as_json:
        _print_json(data)
        return 0
    t = data["technique"]

    def regions(ids: list[str]) -> str:
        return ", ".join(region_name(r) for r in ids) or "none"

    lines = [
        f"{point.name}  ({point.id}; muscle: {data['muscle_name']})",
        f"Location:   {point.location}",
        f"Refers to:  {point.referral}",
        f"Essential:  {regions(data['essential_regions'])}",
        f"Spillover:  {regions(data['spillover_regions'])}",
        f"Symptoms:   {', '.join(point.symptoms)}",
        f"Technique:  {t['name']}, {t['hold_seconds']['min']}-{t['hold_seconds']['max']} s, "
        f"{t['repetitions']}x, {t['pressure']} pressure",
    ]
    if t["notes"]:
        lines.append(f"            {t['notes']}")
    lines.append("Precautions:")
    lines += [f"  - {p}" for p in point.precautions]
    lines.append(f"Source:     {point.citation}")
    print("\n".join(lines))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    command = args.command or "gui"
    try:
        if command == "validate":
            return _validate(args.folder)
        if command == "schema":
            from bodymap.atlas.formats import json_schema

            _print_json(json_schema())
            return 0
        if command == "list":
            return _list(_load_or_exit(args.maps), args.json)
        if command == "show":
            return _show(_load_or_exit(args.maps), args.id, args.json)
        if command == "where":
            return cli_where.where(_load_or_exit(args.maps), args)
        from bodymap.ui.app import run

        return run(maps=getattr(args, "maps", []), view=getattr(args, "view", None),
                   select=getattr(args, "select", None),
                   screenshot=getattr(args, "screenshot", None))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug of ours, not the user's input: say so in one line
        if os.environ.get("BODYMAP_DEBUG"):
            raise
        print(f"bodymap: internal error ({type(error).__name__}: {error}); this is a bug in "
              "bodymap. Run again with BODYMAP_DEBUG=1 to see the details, and report it.",
              file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
