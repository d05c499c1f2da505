"""The command line under hostile input: names that are not text, terminal escapes in the
maps, a reader that goes away. Each is answered in plain lines, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., subprocess.CompletedProcess[str]]
MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.mark.skipif(sys.platform != "linux", reason="a file name that is not UTF-8")
def test_a_file_name_that_is_not_text_is_shown_escaped(bodymap_cli: Cli, tmp_path: Path) -> None:
    folder = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/x\xff"))
    folder.mkdir()
    (folder / "a.yaml").write_text("muscles: 3\n", encoding="utf-8")
    result = bodymap_cli("validate", str(folder), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["x\\xff/a.yaml:1:1: muscles: expected a non-empty list"]
    assert "internal error" not in result.stderr


def test_terminal_escapes_and_forged_lines_in_maps_are_shown_escaped(
    bodymap_cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "maps"
    folder.mkdir()
    text = (MINI / "muscles.yaml").read_text(encoding="utf-8")
    text = text.replace("name: Test muscle point", 'name: "PWNED \\e]0;title\\a\\e[2J"')
    text = text.replace("id: test_muscle\n", "id: clinic_muscle\n")
    # Laid over the shipped atlas: where its figure has a thigh.
    text = text.replace(
        "      front: {polygon: [[200, 1100], [400, 1100], [400, 1500], [200, 1500]]}\n",
        "      front: {regions: [anterior_thigh]}\n",
    )
    text = text.replace("at: {front: [300, 1300]}", "at: {front: [390, 1150]}")
    text = text.replace("{ellipse: {center: [300, 1700], radii: [80, 120]}}", "{regions: [shin]}")
    (folder / "clinic.yaml").write_text(text, encoding="utf-8")
    forged = folder / "x\nfake.yaml:1:1: all fine\n.yaml"
    forged.write_text("muscles: 3\n", encoding="utf-8")
    shown = bodymap_cli("show", "test_muscle", "--maps", str(folder), cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "\x1b" not in shown.stdout + shown.stderr and "\a" not in shown.stdout
    assert shown.stdout.splitlines()[0].startswith("PWNED \\x1b]0;title\\x07\\x1b[2J  ")
    assert not any(line.startswith("fake.yaml") for line in shown.stderr.splitlines())
    assert "x\\x0afake.yaml:1:1: all fine\\x0a.yaml:1:1: muscles: expected a non-empty list" in (
        shown.stderr
    )


def test_a_reader_that_goes_away_ends_the_listing_quietly(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    listing = subprocess.Popen(
        [sys.executable, "-m", "bodymap", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert listing.stdout is not None and listing.stderr is not None
    listing.stdout.read(10)
    listing.stdout.close()  # what `bodymap list | head -c 10` does
    _, errors = listing.communicate(timeout=60)
    assert listing.returncode == 0
    assert errors.decode() == ""


def test_an_empty_screenshot_name_fails_instead_of_opening_the_app(bodymap_cli: Cli) -> None:
    result = bodymap_cli("gui", "--screenshot", "")
    assert result.returncode == 1
    assert "bodymap: could not write " in result.stderr
