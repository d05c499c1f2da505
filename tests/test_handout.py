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
from PySide6.QtCore import Qt
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


def test_a_client_file_keeps_the_drawing_confirmed_points_and_notes(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        "bodymap.ui.exports.QMessageBox.warning", lambda *args: warned.append(args[2])
    )
    where = window.where
    window.state.set_mode("where")
    where.search_symptom("tennis elbow")
    window.state.where.choose(0)
    qtbot.mouseClick(where.confirm, Qt.MouseButton.LeftButton)
    first = window.state.where.candidates[0]
    assert window.state.atlas.trigger_points[first.trigger_point].name in where.confirmed.text()
    qtbot.keyClicks(where.notes, "Worse when gripping; review in 2 weeks.")
    drawing = window.state.where.drawing.drawing
    saved = window.exports.save_client(str(tmp_path / "anna.json"))
    assert saved is not None and saved.is_file()
    record = window.exports.export_record(str(tmp_path / "anna.pdf"))
    assert record is not None
    (page,) = text_of(record)
    assert (
        window.state.atlas.trigger_points[first.trigger_point].name in page
        and "review in 2 weeks" in page
    )
    assert "It is not a diagnosis" in page

    window.reset()  # the next client
    assert window.state.where.drawing.is_empty() and where.notes.toPlainText() == ""
    assert window.exports.open_client(str(saved)) == [] and not warned
    assert window.state.mode == "where"
    assert window.state.where.drawing.drawing == drawing
    assert window.state.where.confirmed == ((first.trigger_point, first.side),)
    assert where.notes.toPlainText() == "Worse when gripping; review in 2 weeks."

    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "bodymap-client", "notes": ', encoding="utf-8")
    problems = window.exports.open_client(str(damaged))
    assert problems and "damaged" in problems[0] and warned == ["\n".join(problems)]
    assert window.state.where.drawing.drawing == drawing  # nothing else lost


def test_print_draws_the_same_pages_on_a_printer(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    window.exports.print_to(printer, ["masseter_1", "upper_trapezius_1"])
    pages = text_of(tmp_path / "printed.pdf")
    assert len(pages) == 4 and "Masseter" in pages[0] and "Upper trapezius" in pages[2]
    assert re.search(r"\d{1,2} \w+ 20\d\d", pages[0])  # the date, as on the PDF handout
