"""Bad map files get one clear line each: file, line, column and what was expected."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bodymap.atlas import yamlnodes
from bodymap.atlas.loader import load, load_atlas
from bodymap.atlas.problems import AtlasError

MINI = Path(__file__).parent.parent / "fixtures" / "mini"


def problems_of(folder: Path) -> list[str]:
    result = load(folder)
    return [f"{Path(p.file).name}:{p.line}:{p.col}: {p.message}" for p in result.problems]


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_mini_fixture_is_clean(mini_copy: Path) -> None:
    assert problems_of(mini_copy) == []


@pytest.mark.parametrize(
    ("loader", "found"),
    [
        (getattr(yaml, "CSafeLoader", None), "did not find expected ',' or ']'"),
        (yaml.SafeLoader, "expected ',' or ']', but got ':'"),
    ],
    ids=["libyaml", "python"],
)
def test_a_yaml_syntax_error_names_its_line(
    mini_copy: Path, monkeypatch: pytest.MonkeyPatch, loader: type | None, found: str
) -> None:
    if loader is None:
        pytest.skip("PyYAML was built without libyaml")
    monkeypatch.setattr(yamlnodes, "_Loader", yamlnodes.loader_for(loader))
    replace_in(mini_copy / "muscles.yaml", "aliases: [TM]", "aliases: [TM")
    (problem,) = problems_of(mini_copy)
    assert problem == (
        f"muscles.yaml:5:14: YAML syntax: {found} (while parsing a flow sequence started at line 4)"
    )


def test_a_tab_in_the_indentation_is_refused_with_its_position(mini_copy: Path) -> None:
    replace_in(mini_copy / "muscles.yaml", "    body_area: thigh", "\tbody_area: thigh")
    assert problems_of(mini_copy) == [
        "muscles.yaml:5:1: a tab character in the indentation; YAML indents with spaces"
    ]


def test_an_empty_file_is_reported(mini_copy: Path) -> None:
    (mini_copy / "empty.yaml").write_text("", encoding="utf-8")
    assert problems_of(mini_copy) == [
        "empty.yaml:1:1: the file is empty; expected one of the keys view, sources, muscles, "
        "complaints"
    ]


def test_a_list_where_a_mapping_belongs(mini_copy: Path) -> None:
    (mini_copy / "list.yaml").write_text("- a\n- b\n", encoding="utf-8")
    assert problems_of(mini_copy) == [
        "list.yaml:1:1: expected a mapping with one of the keys view, sources, muscles, "
        "complaints, found a list"
    ]


def test_wrong_types_name_the_field_and_what_was_expected(mini_copy: Path) -> None:
    replace_in(mini_copy / "muscles.yaml", "repetitions: 3", "repetitions: three")
    replace_in(mini_copy / "muscles.yaml", "symptoms: [chest ache]", "symptoms: 5")
    assert problems_of(mini_copy) == [
        "muscles.yaml:14:9: muscles[0].trigger_points[0].symptoms: expected a list, "
        "found the number 5",
        "muscles.yaml:23:11: muscles[0].trigger_points[0].technique.repetitions: expected a "
        "whole number, found the text 'three'",
    ]


def test_a_missing_required_field(mini_copy: Path) -> None:
    replace_in(mini_copy / "muscles.yaml", "        referral: Up into the chest.\n", "")
    assert problems_of(mini_copy) == [
        "muscles.yaml:9:9: muscles[0].trigger_points[0]: missing required field 'referral'"
    ]


def test_an_unknown_field_suggests_the_closest_known_one(mini_copy: Path) -> None:
    replace_in(mini_copy / "muscles.yaml", "precautions:", "precaution:")
    (problem,) = [p for p in problems_of(mini_copy) if "unknown field" in p]
    assert problem == (
        "muscles.yaml:25:9: muscles[0].trigger_points[0]: unknown field "
        "'precaution' (did you mean 'precautions'?)"
    )


def test_duplicate_keys_are_caught(mini_copy: Path) -> None:
    replace_in(
        mini_copy / "muscles.yaml",
        "    body_area: thigh\n",
        "    body_area: thigh\n    body_area: hip\n",
    )
    assert problems_of(mini_copy) == [
        "muscles.yaml:6:5: duplicate key 'body_area' (first written at line 5); the second "
        "one would be ignored"
    ]


def test_an_unknown_region_suggests_the_closest_id(mini_copy: Path) -> None:
    replace_in(mini_copy / "muscles.yaml", "regions: [anterior_chest]", "regions: [anterior_chst]")
    assert problems_of(mini_copy) == [
        "muscles.yaml:16:11: test_muscle.zones.essential: no zone drawn",
        "muscles.yaml:17:21: test_muscle.zones.essential.front[0].regions: unknown region "
        "'anterior_chst' (did you mean 'anterior_chest'?)",
    ]


def test_an_unknown_source_is_reported(mini_copy: Path) -> None:
    replace_in(mini_copy / "muscles.yaml", "ref: ts2", "ref: ts3")
    assert problems_of(mini_copy) == [
        "muscles.yaml:26:18: test_muscle.source.ref: unknown source 'ts3' (did you mean 'ts2'?)"
    ]


def test_hold_time_min_above_max(mini_copy: Path) -> None:
    replace_in(mini_copy / "muscles.yaml", "{min: 30, max: 60}", "{min: 90, max: 60}")
    assert problems_of(mini_copy) == [
        "muscles.yaml:22:11: test_muscle.technique.hold_seconds: min (90) is greater than max (60)"
    ]


@pytest.mark.parametrize(
    ("hold", "message"),
    [
        ("{min: -5, max: 60}", "-5 is out of range (expected at least 1)"),
        ("{min: 0, max: 60}", "0 is out of range (expected at least 1)"),
        ("{min: 30, max: 900}", "900 is out of range (expected at most 600)"),
    ],
)
def test_absurd_hold_times(mini_copy: Path, hold: str, message: str) -> None:
    replace_in(mini_copy / "muscles.yaml", "{min: 30, max: 60}", hold)
    (problem,) = problems_of(mini_copy)
    assert problem.endswith(message)
    assert problem.startswith("muscles.yaml:22:")


def test_a_marker_outside_the_body(mini_copy: Path) -> None:
    replace_in(mini_copy / "muscles.yaml", "at: {front: [300, 1300]}", "at: {front: [50, 1300]}")
    assert problems_of(mini_copy) == [
        "muscles.yaml:12:14: test_muscle.at.front: the marker (50, 1300) lies outside the body "
        "outline"
    ]


def test_a_marker_outside_its_muscle(mini_copy: Path) -> None:
    replace_in(mini_copy / "muscles.yaml", "at: {front: [300, 1300]}", "at: {front: [300, 600]}")
    assert problems_of(mini_copy) == [
        "muscles.yaml:12:14: test_muscle.at.front: the marker (300, 600) lies outside the shape "
        "of its muscle 'test_muscle' in the front view"
    ]


def test_a_self_intersecting_polygon_is_explained(mini_copy: Path) -> None:
    replace_in(
        mini_copy / "muscles.yaml",
        "[[200, 1100], [400, 1100], [400, 1500], [200, 1500]]",
        "[[200, 1100], [400, 1500], [400, 1100], [200, 1500]]",
    )
    (problem,) = problems_of(mini_copy)
    assert problem.startswith(
        "muscles.yaml:7:7: test_muscle.shape.front[0].polygon: the "
        "polygon is not valid (Self-intersection"
    )


def test_a_curve_is_a_smooth_outline_through_its_points(mini_copy: Path) -> None:
    replace_in(
        mini_copy / "muscles.yaml",
        "{polygon: [[200, 1100], [400, 1100], [400, 1500], [200, 1500]]}",
        "{curve: [[200, 1100], [300, 1080], [400, 1100], [420, 1300], [400, 1500], "
        "[300, 1520], [200, 1500], [180, 1300]]}",
    )
    result = load(mini_copy)
    assert result.problems == []
    (muscle,) = result.atlas.muscles.values()
    shape = muscle.shapes[("front", "right")]
    ring = list(shape.exterior.coords)
    assert len(ring) >= 8 * 8  # every span between two written points is bent smoothly
    for x, y in [(200, 1100), (300, 1080), (420, 1300), (180, 1300)]:  # through each point
        assert min(abs(px - x) + abs(py - y) for px, py in ring) < 0.05
    assert shape.bounds[0] > 175 and shape.bounds[2] < 425  # no loops or swings past the points


def test_a_curve_that_crosses_itself_is_explained(mini_copy: Path) -> None:
    replace_in(
        mini_copy / "muscles.yaml",
        "{polygon: [[200, 1100], [400, 1100], [400, 1500], [200, 1500]]}",
        "{curve: [[200, 1100], [400, 1500], [400, 1100], [200, 1500]]}",
    )
    (problem,) = problems_of(mini_copy)
    assert problem.startswith(
        "muscles.yaml:7:7: test_muscle.shape.front[0].curve: the curve is not valid ("
    )


def test_a_polygon_needs_three_points(mini_copy: Path) -> None:
    replace_in(
        mini_copy / "muscles.yaml",
        "[[200, 1100], [400, 1100], [400, 1500], [200, 1500]]",
        "[[200, 1100], [400, 1100]]",
    )
    (problem,) = problems_of(mini_copy)
    assert problem == (
        "muscles.yaml:7:15: muscles[0].shape.front.polygon: expected at least 3 item(s), found 2"
    )


@pytest.mark.parametrize("value", [".nan", ".inf"])
def test_non_finite_coordinates(mini_copy: Path, value: str) -> None:
    replace_in(
        mini_copy / "muscles.yaml", "at: {front: [300, 1300]}", f"at: {{front: [300, {value}]}}"
    )
    (problem,) = problems_of(mini_copy)
    assert problem == (
        "muscles.yaml:12:27: muscles[0].trigger_points[0].at.front[1]: "
        f"expected a finite number, found {value[1:]}"
    )


def test_a_zone_that_misses_the_body(mini_copy: Path) -> None:
    replace_in(mini_copy / "muscles.yaml", "center: [300, 1700]", "center: [980, 1950]")
    replace_in(mini_copy / "muscles.yaml", "radii: [80, 120]", "radii: [10, 10]")
    assert problems_of(mini_copy) == [
        "muscles.yaml:19:13: test_muscle.zones.spillover.front: the spillover zone lies outside "
        "the body outline"
    ]


def test_python_tags_are_refused(mini_copy: Path) -> None:
    replace_in(
        mini_copy / "muscles.yaml",
        "name: Test muscle\n",
        "name: !!python/object/apply:os.system ['true']\n",
    )
    (problem,) = problems_of(mini_copy)
    assert problem.startswith("muscles.yaml:3:11: refused a YAML tag")


def test_an_alias_bomb_is_refused_quickly(mini_copy: Path) -> None:
    rows = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for name, prev in zip("bcdefghi", "abcdefgh", strict=False):
        rows.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    (mini_copy / "bomb.yaml").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (problem,) = problems_of(mini_copy)
    assert "alias bomb" in problem


def test_deep_nesting_is_refused(mini_copy: Path) -> None:
    (mini_copy / "deep.yaml").write_text(
        "muscles: " + "[" * 200 + "]" * 200 + "\n", encoding="utf-8"
    )
    (problem,) = problems_of(mini_copy)
    assert "nesting deeper than" in problem


def test_a_file_that_is_not_utf8(mini_copy: Path) -> None:
    (mini_copy / "latin1.yaml").write_bytes("sources:\n  - id: caf\xe9\n".encode("latin-1"))
    assert problems_of(mini_copy) == [
        "latin1.yaml:2:12: the file is not UTF-8 text (save it as UTF-8)"
    ]


def test_a_byte_order_mark_is_accepted(mini_copy: Path) -> None:
    path = mini_copy / "sources.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert problems_of(mini_copy) == []


def test_a_huge_file_is_refused_before_parsing(mini_copy: Path) -> None:
    (mini_copy / "huge.yaml").write_bytes(b"# " + b"x" * (5 * 1024 * 1024) + b"\n")
    (problem,) = problems_of(mini_copy)
    assert problem.startswith("huge.yaml:0:0: file is 5121 KiB, over the limit")


def test_duplicate_muscle_ids_across_files(mini_copy: Path) -> None:
    shutil.copy(mini_copy / "muscles.yaml", mini_copy / "muscles2.yaml")
    assert problems_of(mini_copy) == [
        "muscles2.yaml:2:5: muscle id 'test_muscle' is already used at "
        f"{mini_copy / 'muscles.yaml'}:2"
    ]


def test_one_broken_muscle_leaves_the_rest_loaded(mini_copy: Path) -> None:
    text = (mini_copy / "muscles.yaml").read_text(encoding="utf-8")
    second = text.split("muscles:\n", 1)[1].replace("test_muscle", "other_muscle")
    broken = second.replace("repetitions: 3", "repetitions: lots")
    (mini_copy / "muscles.yaml").write_text(text + broken, encoding="utf-8")
    result = load(mini_copy)
    assert len(result.problems) == 1
    assert result.atlas is not None
    assert list(result.atlas.trigger_points) == ["test_muscle"]
    with pytest.raises(AtlasError) as error:
        load_atlas(mini_copy)
    assert "repetitions: expected a whole number" in str(error.value)


def test_an_overlay_replaces_a_muscle_by_id(
    mini_copy: Path, write_maps: Callable[..., Path]
) -> None:
    text = (mini_copy / "muscles.yaml").read_text(encoding="utf-8")
    overlay = write_maps({"mine.yaml": text.replace("Test muscle point", "Clinic's own point")})
    atlas = load_atlas(mini_copy, overlays=[overlay])
    assert atlas.trigger_points["test_muscle"].name == "Clinic's own point"


def _essential_regions_of(folder: Path, polygon: str) -> tuple[str, ...]:
    replace_in(
        folder / "muscles.yaml", "[{regions: [anterior_chest]}]", f"[{{polygon: {polygon}}}]"
    )
    result = load(folder)
    assert result.problems == []
    return result.atlas.trigger_points["test_muscle"].essential_regions


def test_a_region_is_named_only_where_the_zone_is_seen_in_it(mini_copy: Path) -> None:
    # 40 x 35: 15 units of it dip over the chest's lower border (600 units², a sliver of a
    # big region), 20 lie in the thigh (800 units², a patch a person sees).
    regions = _essential_regions_of(mini_copy, "[[280, 985], [320, 985], [320, 1020], [280, 1020]]")
    assert regions == ("anterior_thigh",)


def test_a_patch_inside_a_big_region_names_it(mini_copy: Path) -> None:
    regions = _essential_regions_of(mini_copy, "[[280, 900], [330, 900], [330, 960], [280, 960]]")
    assert regions == ("anterior_chest",)


def test_a_zone_too_small_to_cover_any_region_still_names_where_it_lies(mini_copy: Path) -> None:
    regions = _essential_regions_of(mini_copy, "[[280, 900], [300, 900], [300, 920], [280, 920]]")
    assert regions == ("anterior_chest",)
