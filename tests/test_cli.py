"""The real `bodymap` command, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from bodymap import __version__
from bodymap.atlas.atlas import Atlas

# The `bodymap_cli` fixture (conftest.py): runs the real command in a fresh process.
Cli = Callable[..., subprocess.CompletedProcess[str]]


def test_version(bodymap_cli: Cli) -> None:
    result = bodymap_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"bodymap {__version__}"


def test_validate_the_shipped_maps_prints_one_summary_line(bodymap_cli: Cli) -> None:
    result = bodymap_cli("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith("ok: 5 views, ")
    assert " muscles, " in line and line.endswith(" trigger points")


def test_validate_reports_each_problem_as_a_compiler_line(
    bodymap_cli: Cli, write_maps: Callable[..., Path], tmp_path: Path
) -> None:
    folder = write_maps(
        {
            "clinic/extra.yaml": """
        muscles:
          - id: clinic_muscle
            name: Clinic muscle
            body_area: thighs
            trigger_points: []
        """
        }
    )
    result = bodymap_cli("validate", str(folder), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "maps/clinic/extra.yaml:4:5: muscles[0].body_area: 'thighs' is not one of head, neck, "
        "shoulder, upper_back, chest, abdomen, arm, forearm_hand, lower_back, hip, thigh, "
        "leg_foot (did you mean 'thigh'?)",
        "maps/clinic/extra.yaml:5:5: muscles[0].trigger_points: expected at least 1 item(s), "
        "found 0",
    ]
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == "2 problems found"


def test_list_json_gives_every_trigger_point(bodymap_cli: Cli, atlas: Atlas) -> None:
    result = bodymap_cli("list", "--json")
    assert result.returncode == 0
    rows = json.loads(result.stdout)
    ids = [row["id"] for row in rows]
    assert sorted(ids) == sorted(atlas.trigger_points)  # each once
    first = rows[0]
    assert set(first) >= {"id", "muscle", "name", "aliases", "body_area", "side", "views"}


def test_show_json_computes_the_regions_from_the_zones(bodymap_cli: Cli) -> None:
    result = bodymap_cli("show", "upper_trapezius_1", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "temple" in data["essential_regions"]
    assert data["technique"]["hold_seconds"]["min"] <= data["technique"]["hold_seconds"]["max"]
    assert data["precautions"] and data["source"]["citation"]


def test_show_for_a_client_gives_a_clinician_only_technique_by_its_label_alone(
    bodymap_cli: Cli, atlas: Atlas
) -> None:
    technique = atlas.trigger_points["iliopsoas_iliacus"].technique
    assert technique.clinician_only and technique.notes
    full = bodymap_cli("show", "iliopsoas_iliacus").stdout
    client = bodymap_cli("show", "iliopsoas_iliacus", "--client").stdout
    assert technique.notes[:40] in full and "For a trained clinician only" in full
    assert technique.notes[:40] not in client and technique.name not in client
    assert "For a trained clinician only" in client and "ask a physiotherapist" in client
    as_json = json.loads(bodymap_cli("show", "iliopsoas_iliacus", "--client", "--json").stdout)
    assert as_json["technique"] == {"clinician_only": True, "steps_withheld": True}
    # a self-care technique is shown whole to a client
    name = atlas.trigger_points["upper_trapezius_1"].technique.name
    assert name in bodymap_cli("show", "upper_trapezius_1", "--client").stdout


def test_show_finds_a_muscle_by_its_abbreviation(bodymap_cli: Cli) -> None:
    result = bodymap_cli("show", "SCM")
    assert result.returncode == 0, result.stderr
    assert "Sternocleidomastoid" in result.stdout.splitlines()[0]


def test_show_an_unknown_point_says_so_without_a_traceback(bodymap_cli: Cli) -> None:
    result = bodymap_cli("show", "no_such_muscle")
    assert result.returncode == 2
    assert "no trigger point called 'no_such_muscle'" in result.stderr
    assert "Traceback" not in result.stderr


def test_gui_screenshot_writes_a_png_of_the_window(bodymap_cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    result = bodymap_cli(
        "gui", "--view", "back", "--select", "upper_trapezius_1", "--screenshot", str(target)
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert image.width() >= 800 and image.height() >= 600


def test_an_internal_error_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bodymap import cli

    def broken(folder: str | None, language: str | None) -> int:
        raise RuntimeError("simulated bug")

    from bodymap import cli_atlas

    monkeypatch.setattr(cli_atlas, "validate", broken)
    monkeypatch.delenv("BODYMAP_DEBUG", raising=False)
    assert cli.main(["validate"]) == 70
    err = capsys.readouterr().err
    assert err.startswith("bodymap: internal error (RuntimeError: simulated bug)")
    assert "Traceback" not in err
    monkeypatch.setenv("BODYMAP_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main(["validate"])


@pytest.mark.parametrize("size", ["1366x768", "1080x1920"])
def test_gui_screenshot_takes_the_size_asked_for(
    bodymap_cli: Cli, tmp_path: Path, size: str
) -> None:
    target = tmp_path / "shot.png"
    result = bodymap_cli("gui", "--select", "SCM", "--screenshot", str(target), "--size", size)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert f"{image.width()}x{image.height()}" == size


def test_a_wrong_size_is_refused_with_its_reason(bodymap_cli: Cli) -> None:
    result = bodymap_cli("gui", "--size", "big")
    assert result.returncode == 2
    assert "expected WIDTHxHEIGHT, e.g. 1366x768: 'big'" in result.stderr
