"""Where does it hurt? through real taps, strokes and buttons on the real atlas: the widgets
map input to the state and render its ranking (whose rules tests/state checks)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from bodymap.atlas.atlas import Atlas
from bodymap.state.wording import reason
from bodymap.ui import palette
from bodymap.ui.body_view import BodyView
from bodymap.ui.main_window import MainWindow
from bodymap.ui.where import WhereMode

MakeWindow = Callable[..., MainWindow]
Tap = Callable[[BodyView, float, float], None]
Inside = Callable[[str, str, str | None], tuple[float, float]]


def where_mode(make_window: MakeWindow) -> WhereMode:
    return make_window(mode="where").where


def test_tapping_a_region_marks_it_and_ranks_and_tapping_again_removes_it(
    qtbot: QtBot, make_window: MakeWindow, tap: Tap, inside: Inside
) -> None:
    where = where_mode(make_window)
    view = where.body.views["back"]
    with qtbot.waitSignal(where.ranked) as signal:
        tap(view, *inside("back", "heel", "right"))
    assert signal.args[0] > 0
    assert ("heel", "right") in where.state.drawing.regions
    assert not where.layers["back"].pain.path().isEmpty()
    first = where.list.rows[0]
    assert first.isVisibleTo(where) and "Soleus" in first.title.text()
    assert first.reason.text() == reason(where.state.candidates[0])
    assert not where.list.rows[signal.args[0]].isVisibleTo(where) if signal.args[0] < 8 else True
    with qtbot.waitSignal(where.ranked) as signal:
        tap(view, *inside("back", "heel", "right"))
    assert signal.args == [0]
    assert where.layers["back"].pain.path().isEmpty()
    assert "Nothing marked" in where.message.text()
    assert not any(row.isVisibleTo(where) for row in where.list.rows)


def test_painting_a_stroke_ranks_and_undo_and_redo_step_through_it(
    qtbot: QtBot, make_window: MakeWindow, inside: Inside, atlas: Atlas
) -> None:
    where = where_mode(make_window)
    qtbot.mouseClick(where.paint, Qt.MouseButton.LeftButton)
    view = where.body.views["back"]
    x, y = inside("back", "buttock", "right")
    qtbot.mousePress(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(x - 20, y))
    )
    for step in range(1, 8):
        qtbot.mouseMove(view.viewport(), view.mapFromScene(QPointF(x - 20 + 6 * step, y)))
    with qtbot.waitSignal(where.ranked):
        qtbot.mouseRelease(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(x + 22, y))
        )
    (stroke,) = where.state.drawing.strokes
    assert stroke.view == "back" and stroke.width == where.brush.value()
    assert stroke.points[0][0] == __import__("pytest").approx(x - 20, abs=2)
    best = atlas.trigger_points[where.state.candidates[0].trigger_point].muscle
    assert best in {"gluteus_maximus", "gluteus_medius", "gluteus_minimus", "piriformis"}
    with qtbot.waitSignal(where.ranked):
        qtbot.mouseClick(where.undo, Qt.MouseButton.LeftButton)
    assert where.state.drawing.is_empty() and not where.undo.isEnabled()
    with qtbot.waitSignal(where.ranked):
        qtbot.mouseClick(where.redo, Qt.MouseButton.LeftButton)
    assert where.state.drawing.strokes == (stroke,)


def test_a_single_click_while_painting_and_a_tap_outside_say_so(
    qtbot: QtBot, make_window: MakeWindow, tap: Tap, inside: Inside
) -> None:
    where = where_mode(make_window)
    where.set_painting(True)
    view = where.body.views["front"]
    tap(view, *inside("front", "anterior_thigh", "right"))
    assert where.state.drawing.is_empty()
    assert "single tap" in where.message.text()
    where.set_painting(False)
    tap(view, 20, 1900)
    assert "outside the body" in where.message.text()


def test_choosing_a_candidate_overlays_it_and_compare_overlays_each_in_its_colour(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    where = where_mode(make_window)
    qtbot.mouseClick(
        next(b for b in where.findChildren(type(where.paint)) if b.text() == "sciatica"),
        Qt.MouseButton.LeftButton,
    )
    assert where.state.complaint is not None and len(where.state.candidates) >= 3
    assert "Sciatica" in where.message.text() or "sciatica" in where.message.text().lower()
    with qtbot.waitSignal(where.candidate_selected) as signal:
        qtbot.mouseClick(where.list.rows[0], Qt.MouseButton.LeftButton)
    assert signal.args[0] == where.state.candidates[0].trigger_point
    assert where.list.rows[0].property("current") is True
    laid = [item for v in where.layers for item in where.layers[v].overlays]
    assert laid
    # The chart's convention, as in Explore: the pattern red, its X black.
    assert {item.brush().color().name() for item in laid} == {palette.ESSENTIAL.name()}
    assert {m.pen().color().name() for v in where.layers for m in where.layers[v].shown} == {
        palette.MARKER_SELECTED.name()
    }
    for row in where.list.rows[:3]:
        row.compare.setChecked(True)
    qtbot.mouseClick(where.compare_button, Qt.MouseButton.LeftButton)
    assert where.state.compared == (0, 1, 2)
    back = where.layers["back"]
    outlines = {
        item.pen().color().name()
        for item in back.overlays
        if item.pen().style() != Qt.PenStyle.NoPen
    }
    assert len(outlines) == 3
    crosses = {marker.pen().color().name() for marker in back.shown}
    assert crosses <= outlines and len(crosses) >= 2  # each X in its candidate's colour
    hatches = [
        item.brush().texture().toImage()
        for item in back.overlays
        if item.brush().style() == Qt.BrushStyle.TexturePattern
    ]
    assert len(hatches) == 3
    assert all(a != b for i, a in enumerate(hatches) for b in hatches[i + 1 :])  # each its own
    assert "Shaded" in where.legend.text()


def test_escape_keeps_the_drawing_and_clears_what_is_laid_over_it(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(mode="where")
    with qtbot.waitActive(window):
        window.activateWindow()
    where = window.where
    where.search_symptom("heel pain")
    where.state.choose(0)
    where.symptom.setFocus()
    qtbot.keyClicks(where.symptom, "knee")
    qtbot.keyClick(where.symptom, Qt.Key.Key_Escape)
    assert where.symptom.text() == "" and where.state.chosen == 0
    where.body.views["back"].setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert where.state.chosen is None
    assert not where.state.drawing.is_empty()
    assert window.state.mode == "where"  # Escape does not switch tabs


def test_reset_leaves_nothing_to_bring_back(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(mode="where")
    where = window.where
    where.search_symptom("heel pain")
    where.set_painting(True)
    where.body.views["back"].set_zoom(2.0)
    window.reset()
    assert where.state.drawing.is_empty() and not where.state.candidates
    assert not where.paint.isChecked() and not where.body.views["back"].painting
    assert where.body.views["back"].zoom == 1.0
    assert not where.undo.isEnabled()
    assert window.state.mode == "explore" and window.modes.currentWidget() is window.explore


def test_every_complaint_s_red_flags_show_above_its_candidates(
    qtbot: QtBot, make_window: MakeWindow, atlas: Atlas
) -> None:
    where = where_mode(make_window)
    for complaint in atlas.complaints.values():
        where.search_symptom(complaint.words[0])
        assert where.state.complaint == complaint, complaint.id
        assert where.flags.isVisibleTo(where), complaint.id
        shown = " ".join(where.flags.text().split())
        for flag in complaint.red_flags:
            assert escape(" ".join(flag.split())) in shown, (complaint.id, flag)
        assert where.flags.y() < where.list.y(), complaint.id


def test_a_complaint_s_red_flags_show_before_its_candidates(
    qtbot: QtBot, make_window: MakeWindow, atlas: Atlas
) -> None:
    where = where_mode(make_window)
    where.search_symptom("chest pain")
    assert where.flags.isVisibleTo(where)
    assert "heart attack; call emergency services now" in where.flags.text()
    assert where.flags.y() < where.list.y()  # above the ranking
    where.state.drawing.clear()  # the drawing is no longer the complaint's
    assert not where.flags.isVisibleTo(where)
    where.search_symptom("knee bursitis")
    assert "Did you mean: " in where.message.text() and "Pain at the outer knee" in (
        where.message.text()
    )


def test_a_candidate_opens_in_explore_and_back_with_the_drawing_intact(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(mode="where")
    where = window.where
    qtbot.mouseClick(
        next(b for b in where.findChildren(type(where.paint)) if b.text() == "tennis elbow"),
        Qt.MouseButton.LeftButton,
    )
    drawing = where.state.drawing.drawing
    second = where.state.candidates[1]
    qtbot.mouseDClick(where.list.rows[1].title, Qt.MouseButton.LeftButton)  # double-click
    assert window.state.mode == "explore"
    assert window.state.explore.selection.point == second.trigger_point
    assert "Technique" in window.explore.panel.toPlainText()  # hold time, precautions ...
    assert window.explore.back.isVisible()
    qtbot.mouseClick(window.explore.back, Qt.MouseButton.LeftButton)
    assert window.state.mode == "where" and not window.explore.back.isVisible()
    assert where.state.drawing.drawing == drawing and where.state.candidates[1] == second
    qtbot.mouseClick(where.list.rows[0].details, Qt.MouseButton.LeftButton)  # the button
    assert window.state.explore.selection.point == where.state.candidates[0].trigger_point
