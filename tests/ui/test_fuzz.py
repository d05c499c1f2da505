"""Thousands of random taps, drags, wheel turns, pinches, keys and list picks on every mode tab,
with the state checked after each burst. Seeded: a failure names the seed and the burst.

`tools/soak.py` runs the same monkey for longer (BODYMAP_FUZZ_EVENTS, BODYMAP_FUZZ_SEED)."""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Callable, Iterator
from types import TracebackType

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.vocabulary import SIDES
from bodymap.state.app import MODES, AppState
from bodymap.ui.body_view import MAX_ZOOM, BodyView
from bodymap.ui.candidates import CandidateList
from bodymap.ui.main_window import MainWindow

EVENTS = int(os.environ.get("BODYMAP_FUZZ_EVENTS", "2400"))
SEED = int(os.environ.get("BODYMAP_FUZZ_SEED", "20240607"))
BURST = 40
WORDS = ["jaw", "SCM", "QL", "headache", "tennis elbow", "knee", "zzz", "trap", "*", "-_ "]
ODD_TEXT = ["", "ü", "肩", "\u200b", "x" * 300]  # typed by insert: QTest types ASCII only
KEYS = [
    Qt.Key.Key_Escape,
    Qt.Key.Key_Return,
    Qt.Key.Key_Down,
    Qt.Key.Key_Up,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Space,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_A,
]


class Monkey:
    """Random input on the current tab of a main window."""

    def __init__(self, qtbot: QtBot, window: MainWindow, rng: random.Random) -> None:
        self.qtbot = qtbot
        self.window = window
        self.rng = rng
        self.actions: list[Callable[[], None]] = [
            self.tap,
            self.tap,
            self.tap_marker,
            self.tap_marker,
            self.drag,
            self.wheel,
            self.pinch,
            self.key,
            self.menu_action,
            self.search,
            self.pick_in_list,
            self.switch_tab,
            self.resize,
        ]

    def _mode(self) -> QWidget:
        mode = self.window.modes.currentWidget()
        assert mode is not None
        return mode

    def _views(self) -> list[BodyView]:
        return [v for v in self._mode().findChildren(BodyView) if v.isVisible()]

    def _point(self, view: BodyView) -> QPoint:
        rect = view.viewport().rect()
        return QPoint(self.rng.randint(-5, rect.width() + 5), self.rng.randint(-5, rect.height()))

    def tap(self) -> None:
        views = self._views()
        if views:
            view = self.rng.choice(views)
            self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=self._point(view))

    def tap_marker(self) -> None:
        views = [v for v in self._views() if v.body_scene.atlas.markers(v.view_id)]
        if views:
            view = self.rng.choice(views)
            spot = self.rng.choice(view.body_scene.atlas.markers(view.view_id))
            pos = view.mapFromScene(QPointF(spot.x, spot.y)) + QPoint(
                self.rng.randint(-6, 6), self.rng.randint(-6, 6)
            )
            self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)

    def drag(self) -> None:
        views = self._views()
        if views:
            view = self.rng.choice(views)
            start, end = self._point(view), self._point(view)
            self.qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
            self.qtbot.mouseMove(view.viewport(), (start + end) / 2)
            self.qtbot.mouseMove(view.viewport(), end)
            self.qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)

    def wheel(self) -> None:
        views = self._views()
        if views:
            view = self.rng.choice(views)
            pos = QPointF(self._point(view))
            delta = QPoint(0, self.rng.choice([-360, -120, -15, 0, 15, 120, 240, 960]))
            event = QWheelEvent(
                pos,
                QPointF(view.viewport().mapToGlobal(pos.toPoint())),
                QPoint(),
                delta,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QApplication.sendEvent(view.viewport(), event)

    def pinch(self) -> None:
        views = self._views()
        if views:
            view = self.rng.choice(views)
            factor = self.rng.choice([0.0, 0.3, 0.9, 1.1, 2.5, 40.0, float("inf"), float("nan")])
            view.set_zoom(view.zoom * factor, view.mapToScene(self._point(view)))

    def key(self) -> None:
        target = QApplication.focusWidget() or self.window
        self.qtbot.keyClick(target, self.rng.choice(KEYS))

    def menu_action(self) -> None:
        view_menu = self.window.menuBar().actions()[1].menu()
        actions = [
            a
            for a in view_menu.actions()
            if a.isEnabled() and not a.isSeparator() and "load" not in a.text()
        ]
        self.rng.choice(actions).trigger()

    def search(self) -> None:
        fields = [f for f in self._mode().findChildren(QLineEdit) if f.isVisible()]
        if fields:
            field = self.rng.choice(fields)
            field.clear()
            if self.rng.random() < 0.2:
                field.insert(self.rng.choice(ODD_TEXT))
            else:
                self.qtbot.keyClicks(field, self.rng.choice(WORDS))
            if self.rng.random() < 0.5:
                self.qtbot.keyClick(field, Qt.Key.Key_Return)

    def pick_in_list(self) -> None:
        lists: list[QWidget] = [w for w in self._mode().findChildren(QTreeWidget) if w.isVisible()]
        lists += [w.viewport() for w in self._mode().findChildren(CandidateList) if w.isVisible()]
        if not lists:
            return
        widget = self.rng.choice(lists)
        viewport = widget.viewport() if isinstance(widget, QTreeWidget) else widget
        rect = viewport.rect()
        pos = QPoint(
            self.rng.randint(0, max(rect.width() - 1, 0)),
            self.rng.randint(0, max(rect.height() - 1, 0)),
        )
        self.qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)

    def switch_tab(self) -> None:
        self.window.modes.setCurrentIndex(self.rng.randrange(self.window.modes.count()))

    def resize(self) -> None:
        self.window.resize(
            self.rng.choice([(640, 620), (1000, 700), (1400, 900)])[0],
            self.rng.choice([620, 700, 900]),
        )

    def burst(self, events: int) -> None:
        for _ in range(events):
            self.rng.choice(self.actions)()


def check_state(window: MainWindow, atlas: Atlas, where: str) -> None:
    for view in window.findChildren(BodyView):
        assert 1.0 <= view.zoom <= MAX_ZOOM, f"{where}: zoom {view.zoom} out of bounds"
    explore = window.explore
    selection = window.state.explore.selection
    drawn = [not scene.essential_item.path().isEmpty() for scene in explore.body.scenes.values()]
    if selection is None:
        assert not any(drawn), f"{where}: a zone is drawn with nothing selected"
    else:
        point_id, side = selection.point, selection.side
        assert point_id in atlas.trigger_points and side in SIDES, f"{where}: {selection}"
        # A few points draw their essential zone only in the side view, which shows the
        # patient's right: their left marker has nothing to draw (see the robustness report).
        has_zone = any(
            z.kind == "essential" and z.side == side for z in atlas.trigger_points[point_id].zones
        )
        assert any(drawn) == has_zone, f"{where}: {selection} selected, zone drawn: {drawn}"
    where_state = window.state.where
    if where_state.chosen is not None:
        assert 0 <= where_state.chosen < len(where_state.candidates), f"{where}: chosen"
    assert window.modes.currentIndex() == MODES.index(window.state.mode), where


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every exception raised in a slot or an event handler, instead of pytest-qt's capture."""
    caught: list[str] = []

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        caught.append(f"{kind.__name__}: {error}")
        sys.__excepthook__(kind, error, trace)

    monkeypatch.setattr(sys, "excepthook", hook)
    yield caught


@pytest.mark.slow
@pytest.mark.qt_no_exception_capture
def test_random_input_on_every_mode_raises_nothing_and_keeps_the_state_sound(
    qtbot: QtBot, atlas: Atlas, errors: list[str]
) -> None:
    window = MainWindow(AppState(atlas))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.modes.count()
    per_tab = max(BURST, EVENTS // tabs)
    for tab in range(tabs):
        rng = random.Random(SEED * 100 + tab)
        monkey = Monkey(qtbot, window, rng)
        done = 0
        while done < per_tab:
            window.modes.setCurrentIndex(tab)
            where = f"seed {SEED}, tab {tab}, events {done}-{done + BURST}"
            monkey.burst(BURST)
            done += BURST
            assert errors == [], f"{where}: {errors}"
            check_state(window, atlas, where)
            assert window.modes.count() == tabs
    window.reset()
    check_state(window, atlas, "after reset")
    assert window.state.explore.selection is None
