"""A client's pain drawing kept by the therapist: the drawing from "Where does it hurt?", the
candidates the therapist confirmed, and notes, in a small JSON file the therapist chooses where
to keep. bodymap never stores it by itself (it is health data); it only reads and writes the
file the therapist names, whole or not at all.

A damaged file gives a clear message naming the file and the place, and what is sound in it is
kept; nothing else is touched.
"""

from __future__ import annotations

import datetime
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.model import SIDES, Side
from bodymap.state.pain import Drawing, Stroke

FORMAT = "bodymap-client"
VERSION = 1
MAX_BYTES = 2 * 1024 * 1024
MAX_NOTES = 20_000


@dataclass(frozen=True)
class ClientRecord:
    drawing: Drawing = field(default_factory=Drawing)
    confirmed: tuple[tuple[str, Side | None], ...] = ()  # trigger point ids and their sides
    notes: str = ""
    saved: str = ""  # the date it was saved, ISO


def to_json(record: ClientRecord, today: datetime.date | None = None) -> str:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "saved": (today or datetime.date.today()).isoformat(),
        "regions": sorted([region, side] for region, side in record.drawing.regions),
        "strokes": [
            {"view": s.view, "width": s.width, "points": [[x, y] for x, y in s.points]}
            for s in record.drawing.strokes
        ],
        "confirmed": [{"point": point, "side": side} for point, side in record.confirmed],
        "notes": record.notes[:MAX_NOTES],
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def write(path: Path, record: ClientRecord) -> None:
    """Whole or not at all: a temporary file beside it, then put in its place. Raises OSError."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(to_json(record), encoding="utf-8")
        os.chmod(temporary, 0o600)  # health data: the therapist's eyes only
        temporary.replace(path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def read(path: Path, atlas: Atlas) -> tuple[ClientRecord | None, list[str]]:
    """The record in `path` and what was wrong with it. None when it is not a client file at
    all; otherwise what is sound (regions, strokes and points the atlas knows)."""
    name = str(path)
    try:
        raw = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as error:
        return None, [f"{name}: could not be read ({error.strerror})"]
    if len(raw) > MAX_BYTES:
        return None, [f"{name}: larger than 2 MB; not a bodymap client file"]
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None, [f"{name}: not text; not a bodymap client file"]
    except json.JSONDecodeError as error:
        return None, [f"{name}:{error.lineno}:{error.colno}: damaged ({error.msg})"]
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None, [f"{name}: not a bodymap client file"]
    problems: list[str] = []
    if data.get("version") != VERSION:
        problems.append(f"{name}: version {data.get('version')!r}; read as version {VERSION}")
    regions: set[tuple[str, Side | None]] = set()
    known = {(r.id, r.side) for view in atlas.views.values() for r in view.regions}
    for index, item in enumerate(_list(data, "regions", name, problems)):
        key = (item[0], item[1]) if isinstance(item, list) and len(item) == 2 else None
        if key in known:
            regions.add(key)
        else:
            problems.append(f"{name}: regions[{index}]: no region {item!r}; left out")
    strokes = []
    for index, item in enumerate(_list(data, "strokes", name, problems)):
        stroke = _stroke(item, atlas)
        if stroke is None:
            problems.append(f"{name}: strokes[{index}]: not a stroke of a known view; left out")
        else:
            strokes.append(stroke)
    confirmed: list[tuple[str, Side | None]] = []
    for index, item in enumerate(_list(data, "confirmed", name, problems)):
        point = item.get("point") if isinstance(item, dict) else None
        side = item.get("side") if isinstance(item, dict) else None
        if isinstance(point, str) and point in atlas.trigger_points and side in (None, *SIDES):
            confirmed.append((point, cast(Side | None, side)))
        else:
            problems.append(f"{name}: confirmed[{index}]: no trigger point {point!r}; left out")
    notes = data.get("notes", "")
    if not isinstance(notes, str):
        problems.append(f"{name}: notes: not text; left out")
        notes = ""
    record = ClientRecord(
        Drawing(frozenset(regions), tuple(strokes)),
        tuple(confirmed),
        notes[:MAX_NOTES],
        str(data.get("saved", "")),
    )
    return record, problems


def _list(data: dict[str, Any], key: str, name: str, problems: list[str]) -> list[Any]:
    value = data.get(key, [])
    if isinstance(value, list):
        return value
    problems.append(f"{name}: {key}: not a list; left out")
    return []


def _stroke(item: Any, atlas: Atlas) -> Stroke | None:
    if not isinstance(item, dict) or item.get("view") not in atlas.views:
        return None
    width, points = item.get("width"), item.get("points")
    if not isinstance(width, (int, float)) or not 1 <= width <= 400 or not isinstance(points, list):
        return None
    try:
        pairs = [(float(x), float(y)) for x, y in points]
    except (TypeError, ValueError):
        return None
    return Stroke.of(item["view"], pairs, float(width)) if 1 <= len(pairs) <= 10_000 else None
