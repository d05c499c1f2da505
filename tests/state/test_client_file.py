"""Client files: the drawing, the confirmed points and the notes, written whole and read back;
a damaged file gives a clear message and keeps what is sound."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from bodymap.state.client_file import ClientRecord, read, to_json, write
from bodymap.state.where import WhereState

WIDTH = 12.0


def tap_region(where, places, view_id, region_id, side):
    return where.tap(view_id, *places.inside(places.region(view_id, region_id, side)))


def a_record(atlas, places) -> WhereState:
    where = WhereState(atlas)
    tap_region(where, places, "front", "temple", "right")
    where.stroke("back", places.stroke_in(places.region("back", "lumbar", "left")), WIDTH)
    where.confirm(0)
    where.confirm(1)
    where.set_notes("Worse after long drives; better with heat.\nReview in two weeks.")
    return where


def test_a_client_file_round_trips_and_ranks_as_before(tmp_path: Path, atlas, places) -> None:
    where = a_record(atlas, places)
    path = tmp_path / "anna.bodymap.json"
    write(path, where.record())
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    again = WhereState(atlas)
    record, problems = read(path, atlas)
    assert problems == [] and record is not None
    again.restore(record)
    assert again.drawing.drawing == where.drawing.drawing
    assert again.confirmed == where.confirmed and len(again.confirmed) == 2
    assert again.notes == where.notes
    assert [c.trigger_point for c in again.candidates] == [
        c.trigger_point for c in where.candidates
    ]
    assert not again.drawing.can_undo  # opened as drawn, nothing to undo
    where.confirm(0)  # confirming again takes it back
    assert len(where.confirmed) == 1


def test_a_damaged_file_says_where_and_keeps_what_is_sound(tmp_path: Path, atlas, places) -> None:
    where = a_record(atlas, places)
    data = json.loads(to_json(where.record(), datetime.date(2026, 12, 7)))
    assert data["saved"] == "2026-12-07"
    data["regions"].append(["temple", "middle"])
    data["confirmed"].append({"point": "no_such_point", "side": "left"})
    data["strokes"].append({"view": "top", "width": 10, "points": [[1, 2]]})
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    record, problems = read(path, atlas)
    assert record is not None and len(record.confirmed) == 2 and record.notes == where.notes
    assert record.drawing == where.drawing.drawing  # the sound parts, all of them
    assert [p.split(": ", 1)[1] for p in problems] == [
        "regions[1]: no region ['temple', 'middle']; left out",
        "strokes[1]: not a stroke of a known view; left out",
        "confirmed[2]: no trigger point 'no_such_point'; left out",
    ]
    path.write_text('{"format": "bodymap-client", "regions": [', encoding="utf-8")
    record, problems = read(path, atlas)
    assert record is None and problems == [f"{path}:1:42: damaged (Expecting value)"]
    path.write_text('{"some": "other json"}', encoding="utf-8")
    assert read(path, atlas) == (None, [f"{path}: not a bodymap client file"])
    assert read(tmp_path / "none.json", atlas)[0] is None


def test_a_reset_forgets_the_record(atlas, places) -> None:
    where = a_record(atlas, places)
    where.reset()
    assert where.record() == ClientRecord()
