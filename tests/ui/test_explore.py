"""Explore mode through real clicks on the real atlas."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from bodymap.atlas import Atlas
from bodymap.ui.body_view import BodyView
from bodymap.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot: QtBot, atlas: Atlas) -> Callable[..., MainWindow]:
    def make(width: int = 1400, height: int = 900) -> MainWindow:
        window = MainWindow(atlas)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def tap(qtbot: QtBot, view: BodyView, x: float, y: float) -> None:
    pos = view.mapFromScene(QPointF(x, y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_tapping_a_marker_selects_its_trigger_point_and_draws_its_zones(
        qtbot: QtBot, make_window: Callable[..., MainWindow], atlas: Atlas) -> None:
    window = make_window()
    explore = window.explore
    marker = next(m for m in atlas.markers("back")
                  if m.trigger_point == "upper_trapezius_1" and m.side == "left")
    with qtbot.waitSignal(explore.trigger_point_selected) as signal:
        tap(qtbot, explore.body.views["back"], marker.x + 3, marker.y - 2)
    assert signal.args == ["upper_trapezius_1", "left"]
    back = explore.body.scenes["back"]
    assert not back.essential_item.path().isEmpty()
    # The zone is drawn on the patient's left: on the viewer's left in the back view.
    assert back.essential_item.path().boundingRect().center().x() < 500
    big = back.selected_marker()
    assert big is not None and big.isVisible()
    assert (big.pos().x(), big.pos().y()) == (marker.x, marker.y)
    assert back.marker_layer.dimmed  # the other X's step back
    text = explore.panel.toPlainText()
    assert atlas.trigger_points["upper_trapezius_1"].name in text
    assert "patient’s left" in text
    assert "Precautions" in text


def ask_for_tooltip(qtbot: QtBot, view: BodyView, x: float, y: float) -> str:
    at = view.mapFromScene(QPointF(x, y))
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at,
                                                       view.viewport().mapToGlobal(at)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_an_x_names_its_trigger_point_in_a_tooltip(
        qtbot: QtBot, make_window: Callable[..., MainWindow], atlas: Atlas) -> None:
    window = make_window()
    view = window.explore.body.views["back"]
    spot = view.body_scene.spots[("infraspinatus_1", "right")]
    text = ask_for_tooltip(qtbot, view, spot.x + 2, spot.y + 1)
    assert text == f"{atlas.trigger_points['infraspinatus_1'].name} (patient’s right)"
    assert ask_for_tooltip(qtbot, view, 500, 60) == ""  # the top of the head: no X there
    # Once a point is selected, its big X answers from further away.
    window.explore.select("infraspinatus_1", "right")
    scale = view.transform().m11()
    assert ask_for_tooltip(qtbot, view, spot.x + 12 / scale, spot.y) == text


def test_tapping_the_body_away_from_markers_names_the_region(
        qtbot: QtBot, make_window: Callable[..., MainWindow], atlas: Atlas) -> None:
    window = make_window()
    view = window.explore.body.views["front"]
    region = next(r for r in atlas.view("front").regions
                  if r.id == "anterior_thigh" and r.side == "right")
    centre = region.geometry.centroid
    view.set_zoom(3.0, QPointF(centre.x, centre.y))
    tolerance = 22 / view.scale_factor()
    x0, y0, x1, y1 = region.geometry.bounds
    spot = next(
        (x0 + (x1 - x0) * i / 12, y0 + (y1 - y0) * j / 12)
        for j in range(1, 12) for i in range(1, 12)
        if atlas.region_at("front", x0 + (x1 - x0) * i / 12, y0 + (y1 - y0) * j / 12) == region
        and atlas.pick("front", x0 + (x1 - x0) * i / 12, y0 + (y1 - y0) * j / 12,
                       tolerance) is None
    )
    tap(qtbot, view, *spot)
    assert window.explore.region == region
    assert "Front of the thigh (patient’s right)" in window.explore.panel.toPlainText()
    assert not window.explore.body.scenes["front"].region_item.path().isEmpty()


def test_tapping_outside_the_body_clears_the_selection(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    explore = window.explore
    explore.select("upper_trapezius_1", "right")
    with qtbot.waitSignal(explore.selection_cleared):
        tap(qtbot, explore.body.views["front"], 40, 1800)
    assert explore.selection is None
    assert explore.body.scenes["back"].essential_item.path().isEmpty()
    assert "Explore trigger points" in explore.panel.toPlainText()


def test_choosing_from_the_list_selects_and_search_filters(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    finder = window.explore.finder
    qtbot.keyClicks(finder.search, "tennis elbow")
    shown = [pid for pid, item in finder._items.items() if not item.isHidden()]
    assert shown and all(pid for pid in shown)
    with qtbot.waitSignal(window.explore.trigger_point_selected):
        qtbot.keyClick(finder.search, Qt.Key.Key_Return)
    assert window.explore.selection == (shown[0], "right")


def test_a_narrow_window_shows_one_view_with_a_switcher(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(700, 800)
    body = window.explore.body
    window.explore.body.set_layout("front+back")
    assert body.shown_views() == ["front"]
    window.explore.select("gluteus_medius_1", "right")
    assert body.shown_views() == ["back"]


def test_reset_returns_to_the_start(qtbot: QtBot,
                                    make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    explore = window.explore
    explore.select("upper_trapezius_1", "right")
    explore.body.views["front"].set_zoom(3.0)
    qtbot.keyClicks(explore.finder.search, "jaw")
    window.reset()
    assert explore.selection is None
    assert explore.finder.search.text() == ""
    assert explore.body.views["front"].zoom == 1.0
    assert explore.body.layout_key == "front+back"


def test_wheel_zooms_and_keeps_drawing_vector(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    view = window.explore.body.views["front"]
    before = view.scale_factor()
    view.set_zoom(2.5)
    assert view.scale_factor() == pytest.approx(before * 2.5, rel=1e-3)


def test_zoom_to_the_pattern_frames_the_selected_point_and_its_zones(
        qtbot: QtBot, make_window: Callable[..., MainWindow], atlas: Atlas) -> None:
    window = make_window()
    body = window.explore.body
    window.explore.select("temporalis_1", "right")
    body.set_layout("side")
    qtbot.mouseClick(body.zoom_button, Qt.MouseButton.LeftButton)
    view = body.views["side"]
    assert view.zoom > 2.0
    marker = next(m for m in atlas.markers("side")
                  if m.trigger_point == "temporalis_1" and m.side == "right")
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(QPointF(marker.x, marker.y))
    essential = body.scenes["side"].essential_item.path().boundingRect()
    assert shown.contains(essential)
    qtbot.mouseClick(body.whole_button, Qt.MouseButton.LeftButton)
    assert view.zoom == 1.0


def test_keyboard_shortcuts_switch_views_and_reset(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    with qtbot.waitActive(window):   # shortcuts answer in the active window
        window.activateWindow()
    body = window.explore.body
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert body.layout_key == "side"
    window.explore.select("upper_trapezius_1", "right")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.explore.selection is None
    assert body.layout_key == "front+back"
    quit_action = next(action for action in window.findChildren(QAction)
                       if action.text() == "&Quit")
    assert quit_action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Quit)) \
        == QKeySequence.SequenceMatch.ExactMatch


@pytest.mark.parametrize("text", ["Travell & Simons", "<b>not bold</b>", "a \"quoted\" 'word'",
                                  "&amp; already", "plain ✕ text"])
def test_the_details_panel_escapes_text_as_html_escape_does(text: str) -> None:
    import html

    from bodymap.ui.panel import escape

    assert escape(text) == html.escape(text)
