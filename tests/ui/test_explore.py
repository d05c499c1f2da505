"""Explore mode through real clicks and keys on the real atlas: the widgets map taps to the
canvas and render the state (whose rules tests/state checks)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from bodymap.atlas.atlas import Atlas
from bodymap.state.app import AppState
from bodymap.ui.body_view import BodyView
from bodymap.ui.finder import ID_ROLE
from bodymap.ui.main_window import MainWindow

from .conftest import Clock

MakeWindow = Callable[..., MainWindow]
Tap = Callable[[BodyView, float, float], None]


def test_tapping_a_marker_selects_its_trigger_point_and_draws_its_zones(
    qtbot: QtBot, make_window: MakeWindow, tap: Tap, atlas: Atlas
) -> None:
    window = make_window()
    explore = window.explore
    marker = next(
        m
        for m in atlas.markers("back")
        if m.trigger_point == "upper_trapezius_1" and m.side == "left"
    )
    with qtbot.waitSignal(explore.trigger_point_selected) as signal:
        tap(explore.body.views["back"], marker.x + 3, marker.y - 2)
    assert signal.args == ["upper_trapezius_1", "left"]
    back = explore.body.scenes["back"]
    assert not back.essential_item.path().isEmpty()
    # The zone is drawn on the patient's left: on the viewer's left in the back view.
    assert back.essential_item.path().boundingRect().center().x() < 500
    big = back.selected_marker()
    assert big is not None and big.isVisible()
    assert (big.pos().x(), big.pos().y()) == (marker.x, marker.y)
    assert not back.marker_layer.isVisible()  # no other X sits on the pattern
    text = explore.panel.toPlainText()
    assert atlas.trigger_points["upper_trapezius_1"].name in text
    assert "patient’s left" in text
    assert "Precautions" in text


def ask_for_tooltip(qtbot: QtBot, view: BodyView, x: float, y: float) -> str:
    at = view.mapFromScene(QPointF(x, y))
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at))
    )
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_an_x_names_its_trigger_point_in_a_tooltip(
    qtbot: QtBot, make_window: MakeWindow, atlas: Atlas
) -> None:
    window = make_window()
    view = window.explore.body.views["back"]
    marker = next(
        m
        for m in atlas.markers("back")
        if m.trigger_point == "infraspinatus_1" and m.side == "right"
    )
    text = ask_for_tooltip(qtbot, view, marker.x + 2, marker.y + 1)
    assert text == f"{atlas.trigger_points['infraspinatus_1'].name} (patient’s right)"
    assert ask_for_tooltip(qtbot, view, 500, 60) == ""  # the top of the head: no X there
    # Once a point is selected, its big X answers from further away.
    window.state.explore.select("infraspinatus_1", "right")
    scale = view.transform().m11()
    assert ask_for_tooltip(qtbot, view, marker.x + 12 / scale, marker.y) == text


def test_tapping_the_body_away_from_markers_names_the_region(
    qtbot: QtBot, make_window: MakeWindow, tap: Tap, atlas: Atlas
) -> None:
    window = make_window()
    view = window.explore.body.views["front"]
    region = next(
        r for r in atlas.view("front").regions if r.id == "anterior_thigh" and r.side == "right"
    )
    centre = region.geometry.centroid
    view.set_zoom(3.0, QPointF(centre.x, centre.y))
    tolerance = 22 / view.scale_factor()
    x0, y0, x1, y1 = region.geometry.bounds
    spot = next(
        (x0 + (x1 - x0) * i / 12, y0 + (y1 - y0) * j / 12)
        for j in range(1, 12)
        for i in range(1, 12)
        if atlas.region_at("front", x0 + (x1 - x0) * i / 12, y0 + (y1 - y0) * j / 12) == region
        and atlas.pick("front", x0 + (x1 - x0) * i / 12, y0 + (y1 - y0) * j / 12, tolerance) is None
    )
    tap(view, *spot)
    assert window.state.explore.region == region
    assert "Front of the thigh (patient’s right)" in window.explore.panel.toPlainText()
    assert not window.explore.body.scenes["front"].region_item.path().isEmpty()
    assert window.hover_label.text() == "Front of the thigh (patient’s right)"


def test_tapping_outside_the_body_clears_the_selection(
    qtbot: QtBot, make_window: MakeWindow, tap: Tap
) -> None:
    window = make_window()
    explore = window.explore
    window.state.explore.select("upper_trapezius_1", "right")
    with qtbot.waitSignal(explore.selection_cleared):
        tap(explore.body.views["front"], 40, 1800)
    assert window.state.explore.selection is None
    assert explore.body.scenes["back"].essential_item.path().isEmpty()
    assert "Explore trigger points" in explore.panel.toPlainText()


def test_the_list_shows_what_the_search_finds_and_enter_opens_the_first(
    qtbot: QtBot, make_window: MakeWindow, atlas: Atlas
) -> None:
    window = make_window()
    finder = window.explore.finder
    with qtbot.waitActive(window):
        window.activateWindow()
    window.state.set_mode("where")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F
    assert window.state.mode == "explore" and finder.search.hasFocus()
    qtbot.keyClicks(finder.search, "tennis elbow")
    assert finder.results.isVisible() and not finder.tree.isVisible()
    rows = [finder.results.item(i) for i in range(finder.results.count())]
    shown = [row.data(ID_ROLE) for row in rows if row is not None]
    assert tuple(shown) == window.state.explore.found  # best first, as the search ranks
    assert "supinator" in shown and "temporalis_1" not in shown
    assert "for Tennis elbow" in rows[0].text()
    with qtbot.waitSignal(window.explore.trigger_point_selected):
        qtbot.keyClick(finder.search, Qt.Key.Key_Return)  # Enter opens the best match
    selection = window.state.explore.selection
    assert selection is not None and selection.point == shown[0]
    assert finder.results.currentRow() == 0
    qtbot.keyClick(finder.search, Qt.Key.Key_Down)  # into the list, then the next one
    assert finder.results.hasFocus()
    qtbot.keyClick(finder.results, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.explore.trigger_point_selected):
        qtbot.keyClick(finder.results, Qt.Key.Key_Return)
    assert window.state.explore.selection.point == shown[1]


def test_a_search_with_a_typo_says_what_it_understood_or_what_was_meant(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    finder = window.explore.finder
    qtbot.keyClicks(finder.search, "trapezus")
    assert finder.note.isVisible() and "trapezius" in finder.note.text()
    first = finder.results.item(0)
    assert first is not None and "trapezius" in first.text().lower()
    finder.search.clear()
    assert finder.tree.isVisible() and not finder.note.isVisible()
    qtbot.keyClicks(finder.search, "mastoidus")
    assert finder.results.count() == 0 and "Did you mean" in finder.note.text()
    finder.note.linkActivated.emit("Masseter")  # a suggestion clicked
    assert finder.search.text() == "Masseter" and finder.results.count() >= 4


def test_a_narrow_window_shows_one_view_and_a_wide_one_both_again(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(700, 800)
    body = window.explore.body
    assert body.shown_views() == ["front"]
    window.state.explore.select("gluteus_medius_1", "right")
    assert body.shown_views() == ["back"]
    # Widened again: both views share the width (a view hidden meanwhile is no thumbnail).
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: body.shown_views() == ["front", "back"])
    front, back = body.views["front"], body.views["back"]
    qtbot.waitUntil(lambda: back.width() > 0.8 * front.width())


def test_a_tall_window_stacks_the_list_and_panel_under_the_body(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(700, 1300)
    explore = window.explore
    qtbot.waitUntil(lambda: bool(explore.portrait))
    assert explore.body.height() > explore.finder.height()
    assert explore.body.width() > 0.9 * explore.width()
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: explore.portrait is False)
    panel_x = explore.panel.mapTo(explore, explore.panel.rect().topLeft()).x()
    assert explore.finder.x() < explore.body.x() < panel_x


def test_start_over_returns_to_the_start(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    explore = window.explore
    window.state.explore.select("upper_trapezius_1", "right")
    explore.body.views["front"].set_zoom(3.0)
    qtbot.keyClicks(explore.finder.search, "jaw")
    window.start_over()
    assert window.state.explore.selection is None
    assert explore.finder.search.text() == ""
    assert explore.body.views["front"].zoom == 1.0
    assert explore.body.layout_key == "front+back"


def test_the_wheel_zooms_about_the_pointer(qtbot: QtBot, make_window: MakeWindow) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    window = make_window()
    view = window.explore.body.views["front"]
    before = view.scale_factor()
    at = view.viewport().rect().center() + QPoint(40, -60)
    under = view.mapToScene(at)
    event = QWheelEvent(
        QPointF(at),
        QPointF(view.viewport().mapToGlobal(at)),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.scale_factor() == pytest.approx(before * 1.18**2, rel=1e-3)
    after = view.mapToScene(at)
    assert abs(after.x() - under.x()) < 2 and abs(after.y() - under.y()) < 2


def test_zoom_to_the_pattern_frames_the_selected_point_and_its_zones(
    qtbot: QtBot, make_window: MakeWindow, atlas: Atlas
) -> None:
    window = make_window()
    body = window.explore.body
    window.state.explore.select("temporalis_1", "right")
    window.explore.choose_layout("side")
    qtbot.mouseClick(body.zoom_button, Qt.MouseButton.LeftButton)
    view = body.views["side"]
    assert view.zoom > 2.0
    marker = next(
        m for m in atlas.markers("side") if m.trigger_point == "temporalis_1" and m.side == "right"
    )
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(QPointF(marker.x, marker.y))
    essential = body.scenes["side"].essential_item.path().boundingRect()
    assert shown.contains(essential)
    # The view's name and the side stay written in the view, at their usual size.
    assert [text for text, _ in view.labels()] == ["Right side", "patient’s right side"]
    qtbot.mouseClick(body.whole_button, Qt.MouseButton.LeftButton)
    assert view.zoom == 1.0


def test_view_shortcuts_act_on_the_mode_in_front(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    with qtbot.waitActive(window):  # shortcuts answer in the active window
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.explore.body.layout_key == "side"
    assert window.state.explore.layout == "side"
    window.state.set_mode("where")
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.where.body.layout_key == "soles"
    assert window.explore.body.layout_key == "side"  # the hidden tab is left alone


def test_escape_clears_the_selection_and_empties_a_field_being_typed_in(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    finder = window.explore.finder
    window.state.explore.select("upper_trapezius_1", "right")
    finder.search.setFocus()
    qtbot.keyClicks(finder.search, "jaw")
    qtbot.keyClick(finder.search, Qt.Key.Key_Escape)
    assert finder.search.text() == ""
    assert window.state.explore.selection is not None  # only the field was emptied
    window.explore.body.views["front"].setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.state.explore.selection is None
    assert window.hover_label.text() == ""
    quit_action = next(
        action for action in window.findChildren(QAction) if action.text() == "&Quit"
    )
    assert (
        quit_action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Quit))
        == QKeySequence.SequenceMatch.ExactMatch
    )


def test_client_view_shows_a_clinician_only_technique_by_its_label_alone(
    make_window: MakeWindow, atlas: Atlas
) -> None:
    window = make_window()
    point = atlas.trigger_points["iliopsoas_iliacus"]
    assert point.technique.clinician_only and point.technique.notes
    window.state.explore.select(point.id, "right")
    panel = window.explore.panel
    first_words = point.technique.notes.split(".")[0][:40]
    assert first_words in panel.toPlainText()
    assert "For a trained clinician only" in panel.toPlainText()

    window.client_view.trigger()  # View ▸ Client view
    assert window.state.client_view
    text = panel.toPlainText()
    assert "For a trained clinician only" in text and "ask a physiotherapist" in text
    assert first_words not in text and point.technique.name not in text
    # a self-care technique is shown whole in a client view
    window.state.explore.select("upper_trapezius_1", "right")
    assert atlas.trigger_points["upper_trapezius_1"].technique.name in panel.toPlainText()

    window.state.reset()  # a kiosk's reset between visitors keeps the setting
    assert window.state.client_view and window.client_view.isChecked()


def test_other_points_step_aside_while_a_pattern_is_shown_unless_all_are_asked_for(
    qtbot: QtBot, make_window: MakeWindow, tap: Tap, atlas: Atlas
) -> None:
    window = make_window()
    explore = window.explore
    front = explore.body.scenes["front"]
    assert front.marker_layer.isVisible()  # nothing shown: every X, to find points by
    explore.finder.search.setText("Upper trapezius, TrP1")
    qtbot.keyClick(explore.finder.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state.explore.selection is not None)
    assert not front.marker_layer.isVisible()
    assert front.selected_marker() is not None and front.selected_marker().isVisible()

    window.all_points.trigger()  # View ▸ Show all trigger points with a pattern
    assert window.state.all_points
    assert front.marker_layer.isVisible() and front.marker_layer.dimmed  # on, but faint
    # Tapping one of the faint X's picks it, as with the X's of an empty figure.
    marker = next(m for m in atlas.markers("front") if m.trigger_point == "masseter_1")
    with qtbot.waitSignal(explore.trigger_point_selected) as signal:
        tap(explore.body.views["front"], marker.x, marker.y)
    assert signal.args[0] == "masseter_1"

    window.all_points.trigger()
    assert not front.marker_layer.isVisible()
    window.state.clear()  # what Escape does (tested above)
    assert front.marker_layer.isVisible()


def test_the_left_side_view_draws_a_point_on_the_patient_s_left(
    qtbot: QtBot, make_window: MakeWindow, tap: Tap, atlas: Atlas
) -> None:
    window = make_window()
    explore = window.explore
    window.state.explore.select("gluteus_minimus_anterior", "right")
    button = next(
        b for b in explore.body.buttons.buttons() if b.property("layout_key") == "side_left"
    )
    assert button.text() == "Left side"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    left = explore.body.scenes["side_left"]
    assert explore.body.shown_views() == ["side_left"]
    assert window.state.explore.selection.side == "left"
    assert not left.essential_item.path().isEmpty()
    marker = left.selected_marker()
    assert marker is not None and marker.isVisible() and marker.marker.side == "left"
    # The left side faces the viewer's left: its zone lies on the mirror side of the right's.
    right_zone = explore.body.scenes["side"]._pattern_paths("gluteus_minimus_anterior", "right")
    assert right_zone[0].boundingRect().center().x() == pytest.approx(
        1000 - left.essential_item.path().boundingRect().center().x(), abs=1
    )
    assert "patient’s left side" in [text for text, _ in explore.body.views["side_left"].labels()]
    # A tap on another point in the left view picks it on the patient's left.
    other = next(m for m in atlas.markers("side_left") if m.trigger_point == "tensor_fasciae_latae")
    with qtbot.waitSignal(explore.trigger_point_selected) as signal:
        tap(explore.body.views["side_left"], other.x, other.y)
    assert signal.args == ["tensor_fasciae_latae", "left"]


def test_the_anatomy_layer_draws_the_body_area_s_muscles_under_the_pattern(
    qtbot: QtBot, make_window: MakeWindow, atlas: Atlas
) -> None:
    window = make_window()
    back = window.explore.body.scenes["back"]
    window.state.explore.select("gluteus_medius_1", "right")
    assert back.anatomy_item.path().isEmpty()  # off by default: the pattern alone
    window.anatomy.trigger()  # View ▸ Anatomy
    assert window.state.anatomy
    drawn = back.anatomy_item.path()
    hip = [
        m
        for m in atlas.muscles.values()
        if m.body_area == "hip" and m.id != "gluteus_medius" and ("back", "right") in m.shapes
    ]
    assert len(hip) >= 5
    for muscle in hip:  # every other hip muscle seen from behind is outlined ...
        centre = muscle.shapes[("back", "right")].representative_point()
        assert drawn.contains(QPointF(centre.x, centre.y)), muscle.id
    assert drawn.boundingRect().center().x() > 500  # ... on the patient's right, seen from behind
    assert back.anatomy_item.zValue() < back.muscle_item.zValue() < back.spillover_item.zValue()
    window.state.explore.clear()
    assert back.anatomy_item.path().isEmpty()  # nothing shown: no layer
    window.anatomy.trigger()
    window.state.explore.select("gluteus_medius_1", "right")
    assert back.anatomy_item.path().isEmpty()


def test_the_hold_timer_counts_down_the_point_shown_by_touch_and_keyboard(
    qtbot: QtBot, atlas: Atlas, clock: Clock
) -> None:
    window = MainWindow(AppState(atlas, clock=clock))
    qtbot.addWidget(window)
    window.show()
    panel = window.explore.timer_panel
    assert panel is not None and not panel.isVisible()  # nothing shown: no timer
    window.state.explore.select("upper_trapezius_1", "right")
    technique = atlas.trigger_points["upper_trapezius_1"].technique
    assert panel.isVisible() and f"up to {technique.hold_max} s" in panel.phase.text()
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    assert panel.start.text() == "Pause"
    clock.now = 5.2
    panel._tick()
    assert window.state.timer.remaining() == technique.hold_min - 5
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Space)  # Space pauses ...
    assert panel.start.text() == "Resume" and not window.state.timer.running
    qtbot.keyClick(panel, Qt.Key.Key_Space)  # ... and goes on
    clock.now = 10_000.0  # every hold and rest over
    panel._tick()
    assert window.state.timer.phase == "done" and panel.property("finished")
    assert "Done" in panel.phase.text()
    window.state.explore.select("masseter_1", "right")  # another point: its own timer
    assert window.state.timer.point == "masseter_1" and window.state.timer.phase == "ready"
    assert not panel.property("finished")


def test_mirrored_the_client_sees_themself_and_taps_still_find_their_point(
    qtbot: QtBot, make_window: MakeWindow, tap: Tap, atlas: Atlas
) -> None:
    window = make_window()
    front = window.explore.body.views["front"]
    labels = [text for text, _ in front.labels()]
    assert labels[1:] == ["patient’s right", "patient’s left"]  # as one faces the client
    window.mirror.trigger()  # View ▸ Mirror
    assert window.state.mirrored and front.transform().m11() < 0
    title, *sides = [text for text, _ in front.labels()]
    assert "as the client sees themself" in title
    assert sides == ["patient’s left", "patient’s right"]
    marker = next(
        m for m in atlas.markers("front") if m.trigger_point == "masseter_1" and m.side == "right"
    )
    assert front.mapFromScene(QPointF(marker.x, marker.y)).x() > front.viewport().width() / 2
    with qtbot.waitSignal(window.explore.trigger_point_selected) as signal:
        tap(front, marker.x, marker.y)
    assert signal.args == ["masseter_1", "right"]


def test_presenting_fills_the_screen_with_large_type(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    body = window.explore.body
    qtbot.mouseClick(body.present_button, Qt.MouseButton.LeftButton)
    assert window.present.isChecked() and window.isFullScreen()
    from bodymap.ui.theme import base_points

    assert f"font-size: {1.8 * base_points():.1f}pt" in window.styleSheet()  # the details' text
    window.present.trigger()  # F11 again
    assert not window.isFullScreen() and window.styleSheet() == ""
    assert not body.present_button.isChecked()


def test_help_lists_the_keyboard_shortcuts(make_window: MakeWindow) -> None:
    window = make_window()
    listed = dict(window.shortcuts())
    for keys in ("Ctrl+F", "Ctrl+E", "F11", "Ctrl+Space", "Ctrl+T", "Ctrl+M", "Esc"):
        assert keys in listed, keys
    assert listed["Ctrl+F"] == "Find a trigger point…"


def test_the_body_works_from_the_keyboard_in_reading_order(
    qtbot: QtBot, make_window: MakeWindow, atlas: Atlas
) -> None:
    from bodymap.state.explore import reading_order

    window = make_window()
    front = window.explore.body.views["front"]
    scene = window.explore.body.scenes["front"]
    order = reading_order(atlas, "front")
    assert order[0].y <= order[-1].y  # head to foot
    front.setFocus()
    qtbot.keyClick(front, Qt.Key.Key_Right)
    assert window.state.explore.focus == order[0] and scene.focus_ring.isVisible()
    qtbot.keyClick(front, Qt.Key.Key_Right)
    qtbot.keyClick(front, Qt.Key.Key_Right)
    qtbot.keyClick(front, Qt.Key.Key_Left)
    assert window.state.explore.focus == order[1]
    name = atlas.trigger_points[order[1].trigger_point].name
    assert front.accessibleDescription().startswith(name)  # what a screen reader says
    with qtbot.waitSignal(window.explore.trigger_point_selected) as signal:
        qtbot.keyClick(front, Qt.Key.Key_Return)
    assert signal.args == [order[1].trigger_point, order[1].side]
    qtbot.keyClick(front, Qt.Key.Key_Plus)
    assert front.zoom > 1.0
    window.reset()
    assert window.state.explore.focus is None and not scene.focus_ring.isVisible()


def test_the_arrow_keys_in_the_list_show_the_point_of_the_row(
    qtbot: QtBot, make_window: MakeWindow, atlas: Atlas
) -> None:
    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    tree = window.explore.finder.tree
    tree.setFocus()
    first = next(item for item in window.explore.finder.items.values())
    tree.setCurrentItem(first)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    selection = window.state.explore.selection
    assert selection is not None and tree.currentItem() is not first
    assert selection.point == tree.currentItem().data(0, ID_ROLE)
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle  # "Masseter, sup…lower part"
