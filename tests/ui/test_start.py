"""How the app starts: a splash while the atlas loads (the last window's picture, or the
title card), taps on it kept for the window, and the picture kept on closing, cleared of
what the person did."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.storage import write
from bodymap.ui.main_window import MainWindow
from bodymap.ui.splash import PICTURE, Splash, read_picture, save_picture

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    return folder


def test_a_tap_on_the_splash_is_answered_by_the_window(
    qtbot: QtBot, make_window: MakeWindow, atlas: Atlas, cache: Path
) -> None:
    last = make_window(800, 560)
    last.move(0, 0)
    assert save_picture(cache, last)
    found = read_picture(cache)
    assert found is not None
    picture, place = found
    assert (place.width(), place.height()) == (last.width(), last.height())

    splash = Splash.for_start(cache)
    qtbot.addWidget(splash)
    splash.show()
    assert splash.picture.size() == picture.size()
    # A tap on the picture, where the window will show a marker, before the window is there.
    window = make_window(800, 560)
    window.move(place.topLeft())
    QApplication.processEvents()  # laid out where it will be, as when the splash finishes
    view = window.explore.body.views["front"]
    marker = atlas.markers("front")[0]
    on_screen = view.viewport().mapToGlobal(view.mapFromScene(QPointF(marker.x, marker.y)))
    qtbot.mouseClick(splash, Qt.MouseButton.LeftButton, pos=splash.mapFromGlobal(on_screen))
    assert splash.isVisible() and len(splash.taps) == 1  # kept, not a click that hides it
    splash.finish(window)
    selection = window.state.explore.selection
    assert selection is not None and selection.point == marker.trigger_point


def test_the_picture_shows_the_window_as_the_next_start_will(
    qtbot: QtBot, make_window: MakeWindow, cache: Path
) -> None:
    window = make_window(800, 560)
    window.state.explore.select("upper_trapezius_1", "right")
    window.reset()
    assert save_picture(cache, window)
    fresh = make_window(800, 560)
    picture = read_picture(cache)
    assert picture is not None
    assert picture[0].toImage() == fresh.grab().toImage()


@pytest.mark.parametrize(
    "damage", ["garbage", "not a png", "half", "no place", "another size", "huge"]
)
def test_a_damaged_picture_gives_the_title_card(
    qtbot: QtBot, make_window: MakeWindow, cache: Path, damage: str
) -> None:
    window = make_window(800, 560)
    window.move(0, 0)
    assert save_picture(cache, window)
    whole = (cache / PICTURE).read_bytes()
    if damage == "garbage":
        data = os.urandom(2000)
    elif damage == "not a png":
        data = b"GIF89a" + whole[6:]
    elif damage == "half":
        data = whole[: len(whole) // 2]
    else:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtGui import QImage

        size = (20000, 20) if damage == "huge" else (300, 200)
        image = QImage(*size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        if damage == "another size":
            image.setText("geometry", "0,0,800,560")
            image.setText("ratio", "1")
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        data = bytes(QByteArray(buffer.data()).data())
    assert write(cache, PICTURE, data)
    assert read_picture(cache) is None
    splash = Splash.for_start(cache)
    qtbot.addWidget(splash)
    assert splash.picture.width() == 420  # the title card
    assert splash.pos() != QPoint(-1, -1)
