"""The one way the UI tests make a window: `make_window`, over the shipped atlas."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from bodymap.atlas.atlas import Atlas
from bodymap.state.app import AppState
from bodymap.ui.body_view import BodyView
from bodymap.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot: QtBot, atlas: Atlas) -> Callable[..., MainWindow]:
    """make_window(width, height, mode="explore", state=None, **MainWindow options): a shown
    main window, closed and deleted when the test ends."""

    def make(
        width: int = 1400,
        height: int = 900,
        mode: str = "explore",
        state: AppState | None = None,
        **options: Any,
    ) -> MainWindow:
        window = MainWindow(state or AppState(atlas), **options)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        window.state.set_mode(mode)
        return window

    return make


class Clock:
    """A clock the test moves by hand (`clock.now = 5.2`): the hold timer's, never slept on."""

    now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


Tap = Callable[[BodyView, float, float], None]


@pytest.fixture
def tap(qtbot: QtBot) -> Tap:
    """tap(view, x, y): a click on a view at (x, y) in its canvas."""

    def click(view: BodyView, x: float, y: float) -> None:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(x, y))
        )

    return click


@pytest.fixture
def inside(atlas: Atlas) -> Callable[[str, str, str | None], tuple[float, float]]:
    """inside(view, region id, side): a point inside a region of a view."""

    def point(view: str, region_id: str, side: str | None) -> tuple[float, float]:
        region = next(r for r in atlas.view(view).regions if r.id == region_id and r.side == side)
        found = region.geometry.representative_point()
        return found.x, found.y

    return point
