"""Where does it hurt? through real taps, strokes and buttons on the real atlas."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from bodymap.atlas import Atlas
from bodymap.ui.body_view import BodyView
from bodymap.ui.main_window import MainWindow
from bodymap.ui.where import WhereMode


@pytest.fixture
def where(qtbot: QtBot, atlas: Atlas) -> Iterator[WhereMode]:
    window = MainWindow(atlas)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.modes.setCurrentWidget(window.where)
    qtbot.waitExposed(window)
    yield window.where  # the window stays alive until the test ends


def inside(atlas: Atlas, view: str, region_id: str, side: str) -> tuple[float, float]:
    region = next(r for r in atlas.view(view).regions if r.id == region_id and r.side == side)
    point = region.geometry.representative_point()
    return point.x, point.y


def tap(qtbot: QtBot, view: BodyView, x: float, y: float) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(QPointF(x, y)))


def test_tapping_a_region_marks_it_and_ranks_and_tapping_again_removes_it(
        qtbot: QtBot, where: WhereMode, atlas: Atlas) -> None:
    view = where.body.views["back"]
    with qtbot.waitSignal(where.ranked) as signal:
        tap(qtbot, view, *inside(atlas, "back", "heel", "right"))
    assert signal.args[0] > 0
    assert ("heel", "right") in where.drawing.regions
    assert where.candidates[0].trigger_point == "soleus_1"
    assert not where.layers["back"].pain.path().isEmpty()
    assert "heel" in where.rows[0].findChild(type(where.message), "reason").text()
    with qtbot.waitSignal(where.ranked) as signal:
        tap(qtbot, view, *inside(atlas, "back", "heel", "right"))
    assert signal.args == [0]
    assert where.layers["back"].pain.path().isEmpty()
    assert "Nothing marked" in where.message.text()


def test_painting_a_stroke_ranks_and_undo_takes_it_back(
        qtbot: QtBot, where: WhereMode, atlas: Atlas) -> None:
    qtbot.mouseClick(where.paint, Qt.MouseButton.LeftButton)
    view = where.body.views["back"]
    x, y = inside(atlas, "back", "buttock", "right")
    start = view.mapFromScene(QPointF(x - 20, y))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 8):
        qtbot.mouseMove(view.viewport(), view.mapFromScene(QPointF(x - 20 + 6 * step, y)))
    with qtbot.waitSignal(where.ranked):
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                           pos=view.mapFromScene(QPointF(x + 22, y)))
    assert len(where.drawing.strokes) == 1
    assert where.candidates
    assert "glut" in where.candidates[0].trigger_point or "piriformis" in \
        where.candidates[0].trigger_point
    with qtbot.waitSignal(where.ranked):
        qtbot.mouseClick(where.undo, Qt.MouseButton.LeftButton)
    assert where.drawing.is_empty()


def test_a_single_click_while_painting_says_so(qtbot: QtBot, where: WhereMode,
                                               atlas: Atlas) -> None:
    where.set_painting(True)
    view = where.body.views["front"]
    tap(qtbot, view, *inside(atlas, "front", "anterior_thigh", "right"))
    assert where.drawing.is_empty()
    assert "single tap" in where.message.text()
    where.set_painting(False)
    tap(qtbot, view, 20, 1900)
    assert "outside the body" in where.message.text()


def test_choosing_a_candidate_overlays_its_pattern_and_compare_overlays_several(
        qtbot: QtBot, where: WhereMode) -> None:
    where.search_symptom("sciatica")
    assert len(where.candidates) >= 3
    with qtbot.waitSignal(where.candidate_selected) as signal:
        where.list.setCurrentRow(0)
    assert signal.args[0] == where.candidates[0].trigger_point
    assert any(where.layers[v].overlays for v in where.layers)
    for row in where.rows[:3]:
        row.compare.setChecked(True)
    qtbot.mouseClick(where.compare_button, Qt.MouseButton.LeftButton)
    back = where.layers["back"].overlays
    colours = {item.pen().color().name() for item in back if item.pen().style() !=
               Qt.PenStyle.NoPen}
    assert len(colours) == 3
    assert "Shaded" in where.legend.text()


def test_reset_clears_everything(qtbot: QtBot, where: WhereMode) -> None:
    where.search_symptom("heel pain")
    where.set_painting(True)
    where.body.views["back"].set_zoom(2.0)
    where.reset()
    assert where.drawing.is_empty() and not where.candidates
    assert not where.paint.isChecked() and not where.body.views["back"].painting
    assert where.body.views["back"].zoom == 1.0
    assert not where.drawing.undo_stack.canUndo()


def test_the_pattern_index_is_built_while_the_app_is_idle(qtbot: QtBot) -> None:
    from bodymap.atlas import load_atlas

    fresh = load_atlas()  # an atlas no ranking has used yet
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    where = window.where
    assert isinstance(where, WhereMode)
    assert not where.prepared and fresh._patterns == {}
    where.prepare()
    qtbot.waitUntil(lambda: where.prepared)
    assert set(fresh._patterns) == set(fresh.views)  # the first ranking will not wait
