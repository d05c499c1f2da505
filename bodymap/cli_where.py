"""`bodymap where`: which trigger points explain pain in these regions, this polygon or
this complaint. Part of the command-line edge: it prints."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from bodymap.atlas.problems import printable
from bodymap.atlas.vocabulary import ALL_VIEW_IDS
from bodymap.language import Translate, decimal

if TYPE_CHECKING:
    from bodymap.atlas.atlas import Atlas
    from bodymap.atlas.rank import Candidate
    from bodymap.atlas.vocabulary import Side


def _issue(issue: str, translate: Translate) -> str:
    return {
        "empty": translate("Cli", "nothing to rank: the drawing is empty"),
        "outside": translate("Cli", "nothing to rank: the polygon lies outside the body"),
        "small": translate(
            "Cli", "nothing to rank: the polygon is too small to stand for an area of pain"
        ),
    }[issue]


def add_parser(commands: Any) -> None:
    where = commands.add_parser(
        "where",
        help="rank the trigger points that explain pain in an area",
        description="Rank trigger points by how well their referral patterns explain pain in "
        "the given regions, polygon or complaint. Educational, not a diagnosis.",
    )
    where.add_argument(
        "regions",
        nargs="*",
        metavar="REGION",
        help="region ids where it hurts (e.g. temple elbow_lateral)",
    )
    where.add_argument(
        "--side", choices=("left", "right"), help="the side the pain is on (default: both sides)"
    )
    where.add_argument("--view", choices=ALL_VIEW_IDS, help="the view the --polygon is drawn in")
    where.add_argument(
        "--polygon",
        metavar="'x1 y1, x2 y2, ...'",
        help="an area drawn in the --view's canvas (in its own units: "
        "'bodymap show' and docs/maps.md give each view's size)",
    )
    where.add_argument(
        "--symptom",
        metavar="WORDS",
        help="a complaint in words: headache, sciatica, tennis elbow...",
    )
    where.add_argument("--limit", type=int, default=5, help="how many (default 5)")
    where.add_argument("--json", action="store_true", help="print JSON")


def _fail(message: str) -> int:
    print(printable(f"bodymap where: {message}"), file=sys.stderr)
    return 2


def where(
    atlas: Atlas, args: argparse.Namespace, translate: Translate, language: str = "en"
) -> int:
    # Shapely and the ranking only now: the parser above is built for every command.
    from shapely.geometry import Polygon

    from bodymap.atlas.rank import (
        drawing_issue,
        match_complaint,
        rank_complaint,
        rank_pain,
        regions_drawing,
    )
    from bodymap.atlas.spec import parse_ring_text
    from bodymap.state.wording import fill

    side: Side | None = args.side
    given = [bool(args.regions), args.polygon is not None, args.symptom is not None]
    if sum(given) != 1:
        return _fail("give regions, or --view and --polygon, or --symptom (one of them)")
    limit = max(1, args.limit)
    complaint = None
    if args.symptom is not None:
        match = match_complaint(atlas, args.symptom)
        complaint = match.complaint
        if complaint is None:
            if match.considered:
                names = "; ".join(f"{c.words[0]} ({c.name})" for c in match.considered)
                text = translate("Cli", "no complaint called '%1'; did you mean: %2?")
                return _fail(fill(text, args.symptom, names))
            known = ", ".join(sorted(c.words[0] for c in atlas.complaints.values()))
            text = translate("Cli", "no complaint called '%1'; try one of: %2")
            return _fail(fill(text, args.symptom, known))
        ranked = rank_complaint(atlas, complaint, side, limit)
    elif args.polygon is not None:
        if args.view is None:
            return _fail("--polygon needs --view " + ", ".join(ALL_VIEW_IDS))
        points = parse_ring_text(args.polygon)
        if points is None or len(points) < 3:
            return _fail("--polygon: expected at least three points as 'x1 y1, x2 y2, ...'")
        polygon = Polygon(points)
        if not polygon.is_valid or polygon.area <= 0:
            return _fail("--polygon: the points do not make a simple polygon with an area")
        drawing = {args.view: polygon}
        issue = drawing_issue(atlas, drawing)
        if issue is not None:
            return _fail(_issue(issue, translate))
        ranked = rank_pain(atlas, drawing, side, limit)
    else:
        try:
            drawing = regions_drawing(atlas, args.regions, side)
        except ValueError as error:
            return _fail(str(error))
        ranked = rank_pain(atlas, drawing, side, limit)
    flags = list(complaint.red_flags) if complaint is not None else []
    if args.json:
        from bodymap.cli_atlas import print_json

        print_json(
            {
                "complaint": complaint.id if complaint is not None else None,
                "red_flags": flags,
                "candidates": [_row(atlas, c, translate) for c in ranked],
            }
        )
        return 0 if ranked else 1
    if complaint is not None and flags:  # before any ranking: what makes it a doctor's
        text = translate("Cli", "%1: see a doctor rather than a therapist if")
        print(printable(fill(text, complaint.name)))
        for flag in flags:
            print(printable(f"  ! {flag}"))
        print()
    if not ranked:
        return _fail(translate("Cli", "no trigger point in the atlas refers pain there"))
    rows = [_row(atlas, c, translate) for c in ranked]
    width = max(len(r["id"]) for r in rows)
    for row in rows:
        bar = "█" * round(row["score"] * 10)
        print(
            printable(
                f"{decimal(row['score'], 2, language)} {bar:<10} {row['id']:<{width}}  "
                f"{_side(row['side'], translate):<5}  {row['reason']}"
            )
        )
    return 0


def _side(side: str, translate: Translate) -> str:
    """The side column: right, left or both, in the language (the JSON keeps the ids)."""
    return {
        "right": translate("Cli", "right"),
        "left": translate("Cli", "left"),
        "both": translate("Cli", "both"),
    }[side]


def _row(atlas: Atlas, candidate: Candidate, translate: Translate) -> dict[str, Any]:
    from bodymap.state.wording import reason

    point = atlas.trigger_points[candidate.trigger_point]
    return {
        "id": point.id,
        "name": point.name,
        "side": candidate.side or "both",
        "score": round(candidate.score, 3),
        "regions": list(candidate.regions),
        "reason": reason(candidate, translate),
    }
