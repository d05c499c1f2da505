"""The map format, written once: the loader checks files against it and `bodymap schema`
prints it as JSON Schema (see docs/maps.md)."""

from __future__ import annotations

import re
from typing import Any

from bodymap.atlas.spec import (
    Choice,
    Field,
    Fields,
    Flag,
    ListOf,
    Number,
    PointsText,
    Spec,
    Text,
)
from bodymap.atlas.vocabulary import BODY_AREAS, VIEW_IDS

MAX_CANVAS = 100_000.0
MAX_ID = 64  # characters of an id
MAX_POINTS = 5_000  # points of one ring, line or path
MAX_ITEMS = 64  # regions, shapes, aliases, symptoms ... of one entry
MAX_ENTRIES = 500  # muscles, sources or complaints in one file
_SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def identifier(description: str) -> Text:
    return Text(
        description=description,
        pattern=_SNAKE,
        max_length=MAX_ID,
        pattern_hint="a snake_case id (lower-case letters, digits and underscores)",
    )


COORD = Number(minimum=-MAX_CANVAS, maximum=MAX_CANVAS, description="a coordinate")
POINT = ListOf(COORD, min_items=2, max_items=2, description="[x, y] in the view's canvas")
RING = PointsText(
    ListOf(POINT, min_items=3, max_items=MAX_POINTS),
    description="a closed ring: a list of [x, y], or text 'x y, x y, ...'",
)

SHAPE = Fields(
    {
        "regions": Field(
            ListOf(identifier("a region id"), min_items=1, max_items=MAX_ITEMS), required=False
        ),
        "ellipse": Field(
            Fields(
                {
                    "center": Field(POINT),
                    "radii": Field(
                        ListOf(
                            Number(minimum=0, exclusive_minimum=True, maximum=MAX_CANVAS),
                            min_items=2,
                            max_items=2,
                        )
                    ),
                    "angle": Field(Number(minimum=-360, maximum=360), required=False),
                }
            ),
            required=False,
        ),
        "path": Field(ListOf(POINT, min_items=2, max_items=MAX_POINTS), required=False),
        "width": Field(Number(minimum=0, exclusive_minimum=True, maximum=2000), required=False),
        "polygon": Field(RING, required=False),
        "curve": Field(RING, required=False),
        "side": Field(Choice(("same", "opposite", "both")), required=False),
    },
    one_of=("regions", "ellipse", "path", "polygon", "curve"),
    description=(
        "whole regions, an ellipse, a band along a path (with width), a polygon or a curve "
        "(a smooth closed outline through its points)"
    ),
)
SHAPES = ListOf(SHAPE, min_items=1, max_items=MAX_ITEMS, single_allowed=True)
PER_VIEW_SHAPES = Fields(
    {},
    extra=SHAPES,
    key_choices=VIEW_IDS,
    key_name="view",
    description="shapes per view (front, back, side, soles)",
)

VIEW = Fields(
    {
        "view": Field(
            Fields(
                {
                    "id": Field(Choice(VIEW_IDS)),
                    "name": Field(Text()),
                    "size": Field(
                        ListOf(Number(minimum=1, maximum=MAX_CANVAS), min_items=2, max_items=2)
                    ),
                    "outline": Field(ListOf(RING, min_items=1)),
                    "lines": Field(
                        ListOf(
                            Fields(
                                {
                                    "id": Field(identifier("a line id")),
                                    "points": Field(
                                        PointsText(ListOf(POINT, min_items=2, max_items=MAX_POINTS))
                                    ),
                                    "closed": Field(Flag(), required=False),
                                }
                            )
                        ),
                        required=False,
                    ),
                    "landmarks": Field(Fields({}, extra=POINT), required=False),
                    "regions": Field(
                        ListOf(
                            Fields(
                                {
                                    "id": Field(identifier("a region id from docs/regions.md")),
                                    "side": Field(Choice(("right", "left")), required=False),
                                    "polygon": Field(RING, required=False),
                                    "polygons": Field(ListOf(RING, min_items=1), required=False),
                                },
                                one_of=("polygon", "polygons"),
                            ),
                            min_items=1,
                        )
                    ),
                }
            )
        ),
    }
)

SOURCE = Fields(
    {
        "id": Field(identifier("a source id")),
        "cite": Field(Text(description="the full reference")),
        "short": Field(Text(description="a short form shown in the app")),
    }
)
SOURCES = Fields({"sources": Field(ListOf(SOURCE, min_items=1, max_items=MAX_ENTRIES))})

TECHNIQUE = Fields(
    {
        "name": Field(Text()),
        "hold_seconds": Field(
            Fields(
                {
                    "min": Field(Number(minimum=1, maximum=600, integer=True)),
                    "max": Field(Number(minimum=1, maximum=600, integer=True)),
                }
            )
        ),
        "repetitions": Field(Number(minimum=1, maximum=20, integer=True)),
        "pressure": Field(Choice(("light", "moderate", "firm"))),
        "notes": Field(Text(), required=False),
        "clinician_only": Field(
            Flag(
                description="true for a technique only a trained clinician should use (inside "
                "the mouth or the abdomen, near the great vessels): never offered as self-care, "
                "and the public kiosk shows none of it"
            ),
            required=False,
        ),
    }
)

TRIGGER_POINT = Fields(
    {
        "id": Field(identifier("a trigger point id")),
        "name": Field(Text()),
        "aliases": Field(ListOf(Text(), max_items=MAX_ITEMS), required=False),
        "sides": Field(Choice(("bilateral", "midline")), required=False),
        "location": Field(Text()),
        "at": Field(Fields({}, extra=POINT, key_choices=VIEW_IDS, key_name="view")),
        "summary": Field(
            Text(description="one plain sentence for a client: where it is and where it hurts"),
            required=False,
        ),
        "referral": Field(Text()),
        "symptoms": Field(ListOf(Text(), min_items=1, max_items=MAX_ITEMS)),
        "zones": Field(
            Fields(
                {
                    "essential": Field(PER_VIEW_SHAPES),
                    "spillover": Field(PER_VIEW_SHAPES, required=False),
                }
            )
        ),
        "technique": Field(TECHNIQUE),
        "red_flag": Field(
            Text(
                description="one line shown before the technique: when to see a doctor rather "
                "than press"
            ),
            required=False,
        ),
        "precautions": Field(ListOf(Text(), min_items=1, max_items=MAX_ITEMS)),
        "source": Field(
            Fields(
                {
                    "ref": Field(identifier("a source id from sources.yaml")),
                    "section": Field(Text()),
                }
            )
        ),
    }
)

MUSCLE = Fields(
    {
        "id": Field(identifier("a muscle id")),
        "name": Field(Text()),
        "aliases": Field(ListOf(Text(), max_items=MAX_ITEMS), required=False),
        "body_area": Field(Choice(BODY_AREAS)),
        "shape": Field(PER_VIEW_SHAPES, required=False),
        "trigger_points": Field(ListOf(TRIGGER_POINT, min_items=1, max_items=MAX_ITEMS)),
    }
)
MUSCLES = Fields({"muscles": Field(ListOf(MUSCLE, min_items=1, max_items=MAX_ENTRIES))})
# The spec of one entry of each list-valued kind, checked entry by entry so that one broken
# muscle does not take the rest of its file down with it.
COMPLAINT = Fields(
    {
        "id": Field(identifier("a complaint id")),
        "name": Field(Text(description="the complaint in plain words, e.g. Tension headache")),
        "words": Field(
            ListOf(
                Text(),
                min_items=1,
                description="what people type for it: headache, tension headache",
            )
        ),
        "regions": Field(
            ListOf(identifier("a region id from docs/regions.md"), min_items=1, max_items=MAX_ITEMS)
        ),
        "red_flags": Field(
            ListOf(
                Text(),
                max_items=MAX_ITEMS,
                description="signs that this complaint needs a doctor, shown before any ranking",
            ),
            required=False,
        ),
    }
)
COMPLAINTS = Fields({"complaints": Field(ListOf(COMPLAINT, min_items=1, max_items=MAX_ENTRIES))})
ENTRY_SPECS: dict[str, Spec] = {"sources": SOURCE, "muscles": MUSCLE, "complaints": COMPLAINT}

FILE_KINDS: dict[str, Spec] = {
    "view": VIEW,
    "sources": SOURCES,
    "muscles": MUSCLES,
    "complaints": COMPLAINTS,
}


def json_schema() -> dict[str, Any]:
    """The map format as a JSON Schema (draft 2020-12) for editors' YAML language servers."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "bodymap map file",
        "description": "One file of a bodymap atlas: a view, the sources, muscles or complaints.",
        "oneOf": [spec.json_schema() for spec in FILE_KINDS.values()],
    }
