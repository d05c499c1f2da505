"""The broken-map corpus: every folder under tests/fixtures/broken is a clinic's map laid over
the mini atlas, and each gets exactly these `file:line:col: message` lines from the loader."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from bodymap.atlas import yamlnodes
from bodymap.atlas.loader import load
from bodymap.atlas.map_format import FILE_KINDS
from bodymap.atlas.yamlnodes import MAX_FILE_BYTES

FIXTURES = Path(__file__).parent.parent / "fixtures"
MINI = FIXTURES / "mini"
BROKEN = FIXTURES / "broken"

KINDS = ", ".join(FILE_KINDS)  # view, sources, muscles, ...
EXPECTED: dict[str, list[str]] = {
    "yaml_syntax": {
        "libyaml": [
            "clinic.yaml:6:14: YAML syntax: did not find expected ',' or ']' (while parsing a "
            "flow sequence started at line 5)",
        ],
        "python": [
            "clinic.yaml:6:14: YAML syntax: expected ',' or ']', but got ':' (while parsing a "
            "flow sequence started at line 5)",
        ],
    },
    "tabs": ["clinic.yaml:6:1: a tab character in the indentation; YAML indents with spaces"],
    "empty_file": [
        f"clinic.yaml:1:1: the file is empty; expected one of the keys {KINDS}",
    ],
    "comments_only": [
        f"clinic.yaml:1:1: the file is empty; expected one of the keys {KINDS}",
    ],
    "list_at_top": [
        f"clinic.yaml:1:1: expected a mapping with one of the keys {KINDS}, found a list",
    ],
    "wrong_types": [
        "clinic.yaml:5:5: muscles[0].aliases: expected a list, found the text 'VMO'",
        "clinic.yaml:15:9: muscles[0].trigger_points[0].symptoms: expected a list, found the "
        "number 5",
        "clinic.yaml:21:11: muscles[0].trigger_points[0].technique.hold_seconds: expected a "
        "mapping, found a list",
        "clinic.yaml:22:11: muscles[0].trigger_points[0].technique.repetitions: expected a "
        "whole number, found the text 'three'",
    ],
    "missing_fields": [
        "clinic.yaml:3:5: muscles[0]: missing required field 'body_area'",
        "clinic.yaml:9:9: muscles[0].trigger_points[0]: missing required field 'referral'",
        "clinic.yaml:9:9: muscles[0].trigger_points[0]: missing required field 'source'",
    ],
    "unknown_fields": [
        "clinic.yaml:6:5: muscles[0]: unknown field 'colour' (expected one of id, name, "
        "aliases, body_area, shape, trigger_points)",
        # Reported once, as a typo with its correction, not again as a missing field.
        "clinic.yaml:22:11: muscles[0].trigger_points[0].technique: unknown field "
        "'hold_second' (did you mean 'hold_seconds'?)",
        "clinic.yaml:25:9: muscles[0].trigger_points[0]: unknown field 'precaution' (did you "
        "mean 'precautions'?)",
    ],
    "duplicate_keys": [
        "clinic.yaml:7:5: duplicate key 'body_area' (first written at line 6); the second one "
        "would be ignored",
        "clinic.yaml:22:44: duplicate key 'min' (first written at line 22); the second one "
        "would be ignored",
    ],
    "duplicate_ids": [
        "clinic_a.yaml:26:9: trigger point id 'vastus_medialis_1' is used twice in muscle "
        "'vastus_medialis'",
        "clinic_a.yaml:42:9: trigger point id 'test_muscle' already belongs to muscle "
        "'test_muscle'; to change it, lay a muscle with id 'test_muscle' over that one",
        "clinic_b.yaml:3:5: muscle id 'vastus_medialis' is already used at clinic_a.yaml:3",
        "sources.yaml:6:5: source id 'ts9' is already used at sources.yaml:3",
    ],
    "unknown_references": [
        "missing_view.yaml:13:34: adductor_longus_1.at.back: the atlas has no 'back' view",
        "unknown_ids.yaml:18:21: vastus_medialis_1.zones.essential.front[0].regions: unknown "
        "region 'anterior_thig' (did you mean 'anterior_thigh'?)",
        "unknown_ids.yaml:25:18: vastus_medialis_1.source.ref: unknown source 'ts3' (did you "
        "mean 'ts2'?)",
        "unknown_views.yaml:13:34: muscles[0].trigger_points[0].at: unknown view 'top' "
        "(expected one of front, back, side, soles)",
        "unknown_views.yaml:18:13: muscles[0].trigger_points[0].zones.spillover: unknown view "
        "'frnt' (did you mean 'front'?)",
    ],
    "bad_polygons": [
        "bow_tie.yaml:17:11: gracilis_1.zones.essential: no zone drawn",
        "bow_tie.yaml:18:21: gracilis_1.zones.essential.front[0].polygon: the polygon is not "
        "valid (Self-intersection[300 1300])",
        "two_points.yaml:8:15: muscles[0].shape.front.polygon: expected at least 3 item(s), "
        "found 2",
    ],
    "bad_coordinates": [
        "non_finite.yaml:8:39: muscles[0].shape.front.polygon[1][0]: expected a finite "
        "number, found nan",
        "non_finite.yaml:8:71: muscles[0].shape.front.polygon[3][1]: expected a finite "
        "number, found inf",
        "off_canvas.yaml:13:14: gracilis_1.at.front: the marker (1350, 1700) lies outside the "
        "1000 x 2000 canvas of the front view",
        "off_canvas.yaml:18:50: gracilis_1.zones.essential.front[1]: the shape reaches outside "
        "the 1000 x 2000 canvas of the front view",
    ],
    "bad_view": [
        "back.yaml:9:7: view.regions[0].id: unknown region 'lumbr' (did you mean 'lumbar'?)",
        "back.yaml:10:7: view.regions[1]: region 'buttock' takes a side: right or left",
        "back.yaml:11:7: view.regions[2]: region 'sacrum' takes no side (it is on the midline)",
        "back.yaml:12:7: view.regions[3]: region 'calf' reaches outside the canvas",
    ],
    "zone_misses_body": [
        "clinic.yaml:18:13: vastus_medialis_1.zones.spillover.front: the spillover zone lies "
        "outside the body outline",
    ],
    "marker_outside": [
        "clinic.yaml:13:14: vastus_medialis_1.at.front: the marker (350, 1200) lies outside "
        "the shape of its muscle 'vastus_medialis' in the front view",
        "clinic.yaml:29:14: vastus_medialis_2.at.front: the marker (60, 1700) lies outside the "
        "body outline",
    ],
    "hold_times": [
        "clinic.yaml:21:26: muscles[0].trigger_points[0].technique.hold_seconds.min: -5 is out "
        "of range (expected at least 1)",
        "clinic.yaml:37:26: muscles[0].trigger_points[1].technique.hold_seconds.min: 0 is out "
        "of range (expected at least 1)",
        "clinic.yaml:53:35: muscles[0].trigger_points[2].technique.hold_seconds.max: 900 is "
        "out of range (expected at most 600)",
        "min_above_max.yaml:21:11: gracilis_1.technique.hold_seconds: min (90) is greater than "
        "max (60)",
    ],
    "not_utf8": ["clinic.yaml:1:25: the file is not UTF-8 text (save it as UTF-8)"],
    "byte_order_mark": [],
    "alias_bomb": [
        "clinic.yaml:2:1: more than 400000 values once aliases are expanded (an alias bomb?); "
        "refused",
    ],
    "recursive_alias": [
        "clinic.yaml:1:10: an alias is used inside the value it names, which would never end; "
        "refused",
    ],
    "deep_nesting": {
        "libyaml": [
            "clinic.yaml:2:1009: YAML syntax: exceeded maximum nesting depth (while increasing "
            "flow level started at line 2)",
        ],
        "python": ["clinic.yaml:1:1: nesting too deep to read; refused"],
    },
    "python_tags": [
        "clinic.yaml:4:11: refused a YAML tag !!python/object/apply:os.system: maps hold "
        "plain data, not program objects",
    ],
}


def problem_lines(case: Path) -> list[str]:
    """The loader's problems for `case` laid over the mini atlas, named as from inside it."""
    result = load(MINI, overlays=[case])
    assert result.atlas is not None, "a broken overlay must leave the atlas below it standing"
    return [str(problem) for problem in result.problems]


def test_every_fixture_folder_has_its_expectations() -> None:
    folders = {path.name for path in BROKEN.iterdir() if path.is_dir()}
    assert folders == set(EXPECTED)


# Both YAML parsers the loader works with: PyYAML's C one (libyaml) when it is built, its
# pure-Python one otherwise. Where their words differ, the expectations give both.
PARSERS = {"libyaml": getattr(yaml, "CSafeLoader", None), "python": yaml.SafeLoader}


@pytest.mark.parametrize("parser", sorted(PARSERS))
@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_a_broken_map_gets_exactly_these_lines(
    case: str, parser: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if PARSERS[parser] is None:
        pytest.skip("PyYAML was built without libyaml")
    monkeypatch.setattr(yamlnodes, "_Loader", yamlnodes.loader_for(PARSERS[parser]))
    folder = BROKEN / case
    monkeypatch.chdir(folder)  # file names are shown relative to the working folder
    started = time.perf_counter()
    lines = problem_lines(folder)
    expected = EXPECTED[case]
    assert lines == (expected[parser] if isinstance(expected, dict) else expected)
    assert lines == sorted(lines, key=lambda line: (line.split(":")[0], int(line.split(":")[1])))
    # Bombs and deep nesting are refused, not expanded: far below a second even on a slow
    # machine (expanding the bomb would take minutes and gigabytes).
    assert time.perf_counter() - started < 10


def test_the_sound_files_still_load_beside_the_broken_ones() -> None:
    result = load(
        MINI, overlays=[BROKEN / "yaml_syntax", BROKEN / "bad_view", BROKEN / "byte_order_mark"]
    )
    assert result.atlas is not None
    assert len(result.problems) == 1 + 4
    assert sorted(result.atlas.trigger_points) == ["test_muscle", "vastus_medialis_1"]
    # The broken back view still stands with its sound regions: none here, all four are bad.
    assert result.atlas.view("back").regions == ()


def test_a_byte_order_mark_is_read_past() -> None:
    result = load(MINI, overlays=[BROKEN / "byte_order_mark"])
    assert result.problems == []
    assert result.atlas is not None
    assert result.atlas.trigger_points["vastus_medialis_1"].name == (
        "Vastus medialis, distal point"
    )


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Generated rather than committed: a sparse file costs no disk and no checkout time.
    with (tmp_path / "atlas_dump.yaml").open("wb") as huge:
        huge.truncate(MAX_FILE_BYTES + 1)
    monkeypatch.chdir(tmp_path)
    assert problem_lines(tmp_path) == [
        f"atlas_dump.yaml:0:0: file is {MAX_FILE_BYTES // 1024 + 1} KiB, over the limit of "
        f"{MAX_FILE_BYTES // 1024} KiB for a map file; not read"
    ]
