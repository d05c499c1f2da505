"""The client handout: `bodymap handout` run as a therapist runs it, and File ▸ Export
handout / Save the view as a picture in the app; the PDF read back with pypdf."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from bodymap.atlas.atlas import Atlas
from bodymap.state.app import AppState
from bodymap.ui.main_window import MainWindow


def text_of(pdf: Path) -> list[str]:
    """Each page's text, with runs of white space made one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages]


def handout(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bodymap", "handout", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_a_handout_holds_each_point_s_pattern_technique_and_safety(
    tmp_path: Path, atlas: Atlas
) -> None:
    out = tmp_path / "handout.pdf"
    result = handout("upper_trapezius_1", "QL", "-o", str(out), "--clinic", "Riverside Physio")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: 4 pages"
    pages = text_of(out)
    assert len(pages) == 4  # two a point: the pattern and what to do, then safety
    trapezius = atlas.trigger_points["upper_trapezius_1"]
    technique = trapezius.technique
    first, second = pages[0], pages[1]
    assert "Riverside Physio" in first and "Upper trapezius, TrP1" in first
    assert f"Hold {technique.hold_min} to {technique.hold_max} seconds" in first
    assert f"{technique.repetitions} times" in first
    assert "Front" in first and "Back" in first  # the views drawn
    assert "torn neck artery" in second  # the point's red flag
    assert "Chest pain or pressure" in second  # when to see a doctor now
    assert "It is not a diagnosis" in second and "Simons, Travell & Simons 1999" in second
    assert "Quadratus lumborum" in pages[2]


def test_a_clinician_only_technique_is_not_offered_as_self_care(
    tmp_path: Path, atlas: Atlas
) -> None:
    point = next(p for p in atlas.trigger_points.values() if p.technique.clinician_only)
    out = tmp_path / "psoas.pdf"
    assert handout(point.id, "-o", str(out), "--page", "letter").returncode == 0
    first = text_of(out)[0]
    assert "for your therapist to treat: do not press it yourself" in first
    assert "seconds," not in first
    width, height = PdfReader(str(out)).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)  # Letter, in points


def test_a_handout_of_nothing_known_or_nowhere_says_so(tmp_path: Path) -> None:
    bad = handout("no_such_point", "-o", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and "no trigger point called 'no_such_point'" in bad.stderr
    nowhere = handout("SCM", "-o", str(tmp_path / "missing" / "x.pdf"))
    assert nowhere.returncode == 1 and "no folder" in nowhere.stderr
    assert "Traceback" not in bad.stderr + nowhere.stderr


@pytest.fixture
def window(qtbot: QtBot, atlas: Atlas) -> MainWindow:
    made = MainWindow(AppState(atlas))
    qtbot.addWidget(made)
    made.resize(1400, 900)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_the_app_exports_the_points_on_screen(window: MainWindow, tmp_path: Path) -> None:
    exports = window.exports
    window.state.explore.select("masseter_1", "right")
    exports.clinic = "Riverside Physio"
    out = exports.export_handout(str(tmp_path / "masseter.pdf"))
    assert out is not None and len(text_of(out)) == 2
    assert "Masseter" in text_of(out)[0] and "Riverside Physio" in text_of(out)[0]
    window.state.set_mode("where")
    window.where.search_symptom("tennis elbow")
    window.state.where.compare([0, 1])
    compared = [window.state.where.candidates[i].trigger_point for i in (0, 1)]
    assert exports.points() == compared
    both = exports.export_handout(str(tmp_path / "two.pdf"))
    assert both is not None and len(text_of(both)) == 4
    picture = exports.save_view(str(tmp_path / "view.png"))
    assert picture is not None and picture.stat().st_size > 10_000
    drawing = exports.save_view(str(tmp_path / "view.svg"))
    assert drawing is not None
    svg = drawing.read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and len(re.findall("<path", svg)) > 10
