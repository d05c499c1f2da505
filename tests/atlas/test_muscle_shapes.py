"""Every muscle is drawn as itself, not as a box: its outline is smooth and follows the muscle.

Read from the real map files and the real loader. A box, a capsule between two points or a
plain ellipse tells a student nothing about the muscle's shape; the charts draw straps, fans
and bellies that run from origin to insertion.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bodymap.atlas.atlas import Atlas

MAPS = Path(__file__).resolve().parents[2] / "maps" / "muscles"
MIN_CORNERS = 6  # points written for a curve or polygon; fewer cannot follow a muscle
BOX_FILL = 0.95  # share of its minimum rotated rectangle that only a box fills


def written_shapes() -> list[tuple[str, str, dict]]:
    """(muscle id, view, shape) as written in the shipped map files."""
    found = []
    for path in sorted(MAPS.glob("*.yaml")):
        for muscle in yaml.safe_load(path.read_text(encoding="utf-8"))["muscles"]:
            for view, shapes in muscle.get("shape", {}).items():
                for shape in shapes if isinstance(shapes, list) else [shapes]:
                    found.append((muscle["id"], view, shape))
    return found


def test_every_muscle_is_written_as_an_outline_not_a_primitive() -> None:
    crude = []
    for muscle_id, view, shape in written_shapes():
        if "ellipse" in shape:
            crude.append(f"{muscle_id} ({view}): an ellipse")
        elif "path" in shape and len(shape["path"]) < 3:
            crude.append(f"{muscle_id} ({view}): a straight capsule")
        elif "regions" in shape:
            crude.append(f"{muscle_id} ({view}): whole regions")
        for kind in ("curve", "polygon"):
            if kind in shape and len(shape[kind]) < MIN_CORNERS:
                crude.append(f"{muscle_id} ({view}): a {kind} of {len(shape[kind])} points")
    assert not crude, "\n".join(crude)


def test_muscle_shapes_are_smooth(atlas: Atlas) -> None:
    counts = [
        len(geometry.exterior.coords) if geometry.geom_type == "Polygon" else 1000
        for muscle in atlas.muscles.values()
        for (view, side), geometry in muscle.shapes.items()
        if side == "right"
    ]
    smooth = sum(count >= 16 for count in counts) / len(counts)
    assert smooth >= 0.9, f"only {smooth:.0%} of the muscle shapes have 16 vertices or more"


def test_no_muscle_shape_is_a_box(atlas: Atlas) -> None:
    boxes = []
    for muscle in atlas.muscles.values():
        for (view, side), geometry in muscle.shapes.items():
            fill = geometry.area / geometry.minimum_rotated_rectangle.area
            if side == "right" and fill >= BOX_FILL:
                boxes.append(f"{muscle.id} ({view}) fills {fill:.0%} of its rectangle")
    assert not boxes, "\n".join(boxes)


@pytest.mark.parametrize("view", ["front", "back", "side"])
def test_a_muscle_is_drawn_wherever_one_of_its_points_is_marked(atlas: Atlas, view: str) -> None:
    missing = [
        muscle.id
        for muscle in atlas.muscles.values()
        if (view, "right") not in muscle.shapes
        and any(
            m.view == view for tp in muscle.trigger_points for m in atlas.trigger_points[tp].markers
        )
    ]
    assert not missing, f"no {view} shape for: {', '.join(missing)}"
