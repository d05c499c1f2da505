"""The real `bodymap` command on broken maps, the user's maps folder and the schema."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from bodymap.atlas.map_format import json_schema

# The `bodymap_cli` fixture (conftest.py): runs the real command in a fresh process.
Cli = Callable[..., subprocess.CompletedProcess[str]]


FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = FIXTURES / "broken"
SHIPPED_SCHEMA = Path(__file__).parent.parent / "bodymap" / "map.schema.json"


def test_validate_sorts_every_problem_of_every_file_and_counts_them(
    bodymap_cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "clinic"
    for case, name in [
        ("yaml_syntax", "b_syntax.yaml"),
        ("python_tags", "a_tags.yaml"),
        ("not_utf8", "c_latin1.yaml"),
        ("tabs", "a_tabs.yaml"),
    ]:
        folder.mkdir(exist_ok=True)
        shutil.copy(BROKEN / case / "clinic.yaml", folder / name)
    result = bodymap_cli("validate", "clinic", cwd=tmp_path, data_home=tmp_path / "data")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "clinic/a_tabs.yaml:6:1: a tab character in the indentation; YAML indents with spaces",
        "clinic/a_tags.yaml:4:11: refused a YAML tag !!python/object/apply:os.system: maps "
        "hold plain data, not program objects",
        "clinic/b_syntax.yaml:6:14: YAML syntax: did not find expected ',' or ']' (while "
        "parsing a flow sequence started at line 5)",
        "clinic/c_latin1.yaml:1:25: the file is not UTF-8 text (save it as UTF-8)",
    ]
    assert result.stderr == "4 problems found\n"


def test_validate_refuses_a_bomb_quickly_and_without_a_traceback(
    bodymap_cli: Cli, tmp_path: Path
) -> None:
    result = bodymap_cli(
        "validate", str(BROKEN / "alias_bomb"), cwd=tmp_path, data_home=tmp_path / "data"
    )
    assert result.returncode == 1
    (line,) = result.stdout.splitlines()
    assert line.endswith(
        "alias_bomb/clinic.yaml:2:1: more than 400000 values once aliases are "
        "expanded (an alias bomb?); refused"
    )
    assert "Traceback" not in result.stderr


def test_the_users_maps_folder_is_laid_over_the_atlas_by_every_command(
    bodymap_cli: Cli, tmp_path: Path
) -> None:
    maps = tmp_path / "data" / "bodymap" / "maps"
    maps.mkdir(parents=True)
    shutil.copy(BROKEN / "tabs" / "clinic.yaml", maps / "clinic.yaml")
    expected = "maps/clinic.yaml:6:1: a tab character in the indentation; YAML indents with spaces"

    checked = bodymap_cli("validate", cwd=maps.parent, data_home=tmp_path / "data")
    assert checked.returncode == 1
    assert checked.stdout.splitlines() == [expected]

    # Listing still works from the sound maps, and says what was left out.
    listed = bodymap_cli("list", cwd=maps.parent, data_home=tmp_path / "data")
    assert listed.returncode == 0
    assert listed.stderr.splitlines()[0] == expected
    assert "trigger points in" in listed.stdout.splitlines()[-1]


def test_schema_prints_the_format_the_loader_checks(bodymap_cli: Cli, tmp_path: Path) -> None:
    result = bodymap_cli("schema", cwd=tmp_path, data_home=tmp_path / "data")
    assert result.returncode == 0
    printed = json.loads(result.stdout)
    assert printed == json_schema()
    muscles = next(kind for kind in printed["oneOf"] if "muscles" in kind["properties"])
    assert muscles["required"] == ["muscles"]


def test_the_shipped_schema_file_is_the_generated_one() -> None:
    # Regenerate with: bodymap schema > bodymap/map.schema.json
    shipped = json.loads(SHIPPED_SCHEMA.read_text(encoding="utf-8"))
    assert shipped == json_schema(), "run: bodymap schema > bodymap/map.schema.json"
