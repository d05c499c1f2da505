"""Maps made to hurt: each is refused or reported with its file, line and column, promptly,
and nothing is skipped without a word (the probes of the robustness review)."""

from __future__ import annotations

import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

from bodymap.atlas.loader import load
from bodymap.atlas.map_format import MAX_ENTRIES, MAX_ID, MAX_ITEMS, MAX_POINTS
from bodymap.atlas.problems import Problem

MINI = Path(__file__).parent.parent / "fixtures" / "mini"
POINT = "muscles.yaml"
SECONDS = 20.0  # a hang fails the test instead of the run


def loaded_within(folder: Path) -> list[str]:
    """The problems of the mini atlas with `folder` laid over it, found in a thread that
    must end within SECONDS."""
    found: list[list[Problem]] = []
    worker = threading.Thread(
        target=lambda: found.append(load(MINI, [folder]).problems), daemon=True
    )
    worker.start()
    worker.join(SECONDS)
    assert found, f"the load did not end within {SECONDS} s"
    return [str(p._replace(file=Path(p.file).name)) for p in found[0]]


def muscle(tmp_path: Path, replace: tuple[str, str] = ("", ""), name: str = POINT) -> Path:
    """A folder holding the mini atlas's muscle file, renamed, with one text replaced."""
    folder = tmp_path / "maps"
    folder.mkdir(exist_ok=True)
    text = (MINI / "muscles.yaml").read_text(encoding="utf-8")
    text = text.replace("  - id: test_muscle\n", "  - id: clinic_muscle\n", 1)
    text = text.replace("      - id: test_muscle\n", "      - id: clinic_point\n", 1)
    old, new = replace
    assert old in text
    (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "text",
    ["muscles: &x [*x]\n", "muscles:\n  - &x {id: a, more: [1, *x]}\n"],
    ids=["itself", "inside itself"],
)
def test_an_alias_inside_the_value_it_names_is_refused_at_once(tmp_path: Path, text: str) -> None:
    (tmp_path / "loop.yaml").write_text(text, encoding="utf-8")
    (line,) = loaded_within(tmp_path)
    assert line.startswith("loop.yaml:")
    assert line.endswith(
        ": an alias is used inside the value it names, which would never end; refused"
    )


def test_numbers_are_read_as_json_and_the_schema_read_them(tmp_path: Path) -> None:
    folder = muscle(tmp_path, ("at: {front: [300, 1300]}", "at: {front: [3e2, 1.3e3]}"))
    assert loaded_within(folder) == []
    result = load(MINI, [folder])
    assert result.atlas is not None
    (marker,) = [
        m
        for m in result.atlas.markers("front")
        if m.trigger_point == "clinic_point" and m.side == "right"
    ]
    assert (marker.x, marker.y) == (300.0, 1300.0)


def test_a_time_like_number_is_text_not_a_hidden_sum(tmp_path: Path) -> None:
    folder = muscle(tmp_path, ("{min: 30, max: 60}", "{min: 1:00, max: 1:30}"))
    assert loaded_within(folder) == [
        "muscles.yaml:22:26: muscles[0].trigger_points[0].technique.hold_seconds.min: "
        "expected a whole number, found the text '1:00'",
        "muscles.yaml:22:37: muscles[0].trigger_points[0].technique.hold_seconds.max: "
        "expected a whole number, found the text '1:30'",
    ]


def test_a_polygon_written_as_text_meets_the_same_range_as_a_list(tmp_path: Path) -> None:
    folder = muscle(
        tmp_path,
        (
            "{polygon: [[200, 1100], [400, 1100], [400, 1500], [200, 1500]]}",
            "{polygon: '200 1100, 1e300 1100, 400 1500'}",
        ),
    )
    assert loaded_within(folder) == [
        "muscles.yaml:7:15: muscles[0].shape.front.polygon[1][0]: 1e+300 is out of range "
        "(expected at most 100000)",
    ]


def test_too_many_values_are_refused_before_they_are_built(tmp_path: Path) -> None:
    many = ", ".join(["anterior_thigh"] * 100_000)
    folder = muscle(tmp_path, ("{regions: [anterior_chest]}", f"{{regions: [{many}]}}"))
    (line,) = loaded_within(folder)
    assert line.endswith(f".regions: expected at most {MAX_ITEMS} item(s), found 100000")
    path = ", ".join(f"[{300 + i % 50}, {1200 + i % 90}]" for i in range(MAX_POINTS + 1))
    folder = muscle(tmp_path, ("{regions: [anterior_chest]}", f"{{path: [{path}], width: 20}}"))
    (line,) = loaded_within(folder)
    assert line.endswith(f".path: expected at most {MAX_POINTS} item(s), found {MAX_POINTS + 1}")


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        (
            '"clinic_muscle\\n"',
            "'clinic_muscle\\x0a' is not a snake_case id (lower-case letters, digits and "
            "underscores)",
        ),
        ("c" * (MAX_ID + 1), f"{MAX_ID + 1} characters, more than the {MAX_ID} allowed"),
    ],
    ids=["a newline at its end", "too long"],
)
def test_ids_are_snake_case_whole_and_short(tmp_path: Path, written: str, problem: str) -> None:
    folder = muscle(tmp_path, ("id: clinic_muscle\n", f"id: {written}\n"))
    (line,) = loaded_within(folder)
    assert line == f"muscles.yaml:2:5: muscles[0].id: {problem}"


def test_an_upper_case_extension_is_a_map_file_too(tmp_path: Path) -> None:
    folder = muscle(tmp_path, name="clinic.YAML")
    result = load(MINI, [folder])
    assert result.problems == [] and result.atlas is not None
    assert "clinic_point" in result.atlas.trigger_points


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
def test_links_to_nothing_and_links_that_loop_are_named_not_skipped(tmp_path: Path) -> None:
    folder = muscle(tmp_path)
    os.symlink(tmp_path / "gone.yaml", folder / "gone.yaml")
    os.symlink(folder / "b.yaml", folder / "a.yaml")
    os.symlink(folder / "a.yaml", folder / "b.yaml")
    lines = loaded_within(folder)
    assert "a.yaml:0:0: a link that leads to nothing; skipped" in lines
    assert "gone.yaml:0:0: a link that leads to nothing; skipped" in lines
    assert len(lines) == 3


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0, reason="root reads any folder")
def test_an_unreadable_folder_is_named_not_skipped(tmp_path: Path) -> None:
    folder = muscle(tmp_path)
    hidden = folder / "clinic"
    hidden.mkdir()
    shutil.copy(folder / POINT, hidden / "more.yaml")
    hidden.chmod(0)
    try:
        lines = loaded_within(folder)
    finally:
        hidden.chmod(0o700)
    assert lines == ["clinic:0:0: cannot read the folder: Permission denied; its maps are left out"]


def test_a_file_of_too_many_entries_is_refused_whole(tmp_path: Path) -> None:
    entry = "  - {id: s%d, cite: A book., short: Book}\n"
    (tmp_path / "sources.yaml").write_text(
        "sources:\n" + "".join(entry % i for i in range(MAX_ENTRIES + 1)), encoding="utf-8"
    )
    assert loaded_within(tmp_path) == [
        f"sources.yaml:1:1: sources: {MAX_ENTRIES + 1} entries, more than the {MAX_ENTRIES} "
        "one file may hold; split it into several files"
    ]


def test_a_file_that_grows_after_it_was_looked_at_is_still_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.atlas import map_file

    monkeypatch.setattr(map_file, "MAX_FILE_BYTES", 2048)
    big = muscle(tmp_path, ("name: Test muscle\n", "name: Test muscle\n" + "#" * 4000 + "\n"))
    real_stat = Path.stat

    def looked_at_when_small(self: Path, **kwargs: object) -> os.stat_result:
        found = real_stat(self, **kwargs)  # type: ignore[arg-type]
        if self.name != POINT:
            return found
        return os.stat_result((found.st_mode, *found[1:6], 10, *found[7:]))

    monkeypatch.setattr(Path, "stat", looked_at_when_small)
    assert loaded_within(big) == [
        "muscles.yaml:0:0: file is 3 KiB, over the limit of 2 KiB for a map file; not read"
    ]


def test_a_folder_that_holds_a_whole_disk_is_not_walked_to_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.atlas import layers

    monkeypatch.setattr(layers, "MAX_WALKED", 50)
    folder = muscle(tmp_path)
    for index in range(60):
        (folder / f"note{index}.txt").touch()
    lines = loaded_within(folder)
    assert lines == [
        "maps:0:0: more than 50 files and folders below it (is it a folder of maps?); the rest "
        "was not looked at"
    ]
