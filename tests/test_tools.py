"""The tools in tools/ agree with the package: the region vocabulary documented in
docs/regions.md, and the figure views in maps/views that tools/make_figure.py generates."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap.atlas.vocabulary import MIDLINE_REGIONS, REGION_IDS

ROOT = Path(__file__).resolve().parent.parent
MAKE_FIGURE = ROOT / "tools" / "make_figure.py"
# The GEOS version (shapely.geos_version_string) that generated the shipped maps/views/*.yaml:
# other versions may place a vertex differently, so the comparison is only made with this one.
# Update it when the views are regenerated with another GEOS.
SHIPPED_GEOS = "3.14.1"


def _require_shipped_geos() -> None:
    import shapely

    if shapely.geos_version_string != SHIPPED_GEOS:
        pytest.skip(
            f"maps/views were generated with GEOS {SHIPPED_GEOS}, "
            f"this is GEOS {shapely.geos_version_string}"
        )


def _make_figure_check(script: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, str(script), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_the_region_table_in_the_docs_is_the_vocabulary() -> None:
    text = (ROOT / "docs" / "regions.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| [a-z]+ \| ([a-z_]+) \| (yes|) \| .+ \|$", text, flags=re.M)
    assert tuple(rid for rid, _ in rows) == REGION_IDS
    assert {rid for rid, midline in rows if midline} == MIDLINE_REGIONS


def test_the_figure_views_are_what_the_generator_makes() -> None:
    _require_shipped_geos()
    result = _make_figure_check(MAKE_FIGURE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "maps/views: up to date"


def test_make_figure_check_fails_on_a_stale_view(tmp_path: Path) -> None:
    _require_shipped_geos()
    ignore = shutil.ignore_patterns("__pycache__")
    (tmp_path / "tools").mkdir()
    shutil.copy2(MAKE_FIGURE, tmp_path / "tools" / "make_figure.py")
    shutil.copytree(ROOT / "tools" / "figure", tmp_path / "tools" / "figure", ignore=ignore)
    shutil.copytree(ROOT / "maps" / "views", tmp_path / "maps" / "views")
    view = tmp_path / "maps" / "views" / "soles.yaml"
    data = bytearray(view.read_bytes())
    middle = len(data) // 2
    data[middle] = ord("#") if data[middle] != ord("#") else ord("@")
    view.write_bytes(bytes(data))

    result = _make_figure_check(tmp_path / "tools" / "make_figure.py")

    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [
        "maps/views/soles.yaml is stale: run tools/make_figure.py"
    ]
    assert "up to date" not in result.stdout


def test_the_gallery_draws_every_point_of_an_area_with_its_pattern(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "make_gallery.py"),
            "-o",
            str(tmp_path / "g.png"),
            "--area",
            "neck",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    from bodymap.atlas.loader import load_atlas

    atlas = load_atlas()
    neck = [tp for m in atlas.muscles.values() if m.body_area == "neck" for tp in m.trigger_points]
    pages = sorted(tmp_path.glob("g-*.png"))
    assert (
        result.stdout.strip()
        == f"{tmp_path / 'g.png'}: {len(pages)} pages, {len(neck)} trigger points"
    )
    assert len(pages) == -(-len(neck) // 6)  # six to a page

    from PySide6.QtGui import QColor, QImage

    image = QImage(str(pages[0]))
    reds = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if (c := QColor(image.pixel(x, y))).red() > 150 and c.green() < 90 and c.blue() < 90
    )
    assert reds > 200  # the essential zones, solid red, are drawn
