"""Under strangers' hands: an error in a slot is logged and answered calmly (a kiosk starts
over) and the app keeps running; a corrupt settings file is set aside and defaults are used."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from bodymap.atlas.atlas import Atlas
from bodymap.state.app import AppState
from bodymap.ui.errors import ErrorHandler
from bodymap.ui.main_window import MainWindow
from bodymap.ui.settings import Settings, SettingsFile, capture_window, restore_window


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window(800, 600)


@pytest.fixture
def handler(tmp_path: Path, window: MainWindow) -> Iterator[tuple[ErrorHandler, list[str]]]:
    told: list[str] = []
    errors = ErrorHandler(tmp_path / "logs", reset=window.reset)
    errors.inform = lambda title, text: told.append(f"{title}: {text}")
    errors.install()
    yield errors, told
    errors.uninstall()


def failing_button(qtbot: QtBot) -> QPushButton:
    button = QPushButton("Break")

    def broken() -> None:
        raise ZeroDivisionError("a bug in a slot")

    button.clicked.connect(broken)
    qtbot.addWidget(button)
    return button


def log_text(errors: ErrorHandler) -> str:
    for handler in errors.logger.handlers:
        handler.flush()
    assert errors.log_path is not None
    return errors.log_path.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_answered_calmly_and_the_app_runs_on(
    qtbot: QtBot, window: MainWindow, handler: tuple[ErrorHandler, list[str]]
) -> None:
    errors, told = handler
    failing_button(qtbot).click()
    assert errors.errors == 1
    (message,) = told
    assert message.startswith("Something went wrong: bodymap ran into something unexpected")
    assert "Traceback" not in message and "ZeroDivisionError" not in message
    assert str(errors.log_path) in message
    logged = log_text(errors)
    assert "Traceback (most recent call last)" in logged
    assert "ZeroDivisionError: a bug in a slot" in logged
    # Still running: the window answers.
    window.state.explore.select("upper_trapezius_1", "right")
    assert window.state.explore.selection is not None


@pytest.mark.qt_no_exception_capture
def test_a_kiosk_starts_over_without_asking(
    qtbot: QtBot, window: MainWindow, handler: tuple[ErrorHandler, list[str]]
) -> None:
    errors, told = handler
    errors.kiosk = True
    window.state.explore.select("upper_trapezius_1", "right")
    failing_button(qtbot).click()
    assert told == []
    assert window.state.explore.selection is None
    assert "Kiosk: starting over" in log_text(errors)


def test_an_error_in_another_thread_is_answered_in_the_gui_thread(
    qtbot: QtBot, handler: tuple[ErrorHandler, list[str]]
) -> None:
    errors, told = handler

    def work() -> None:
        raise RuntimeError("a bug in a worker")

    thread = threading.Thread(target=work, name="worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(told) == 1)
    assert "RuntimeError: a bug in a worker" in log_text(errors)


@pytest.mark.qt_log_ignore("bodymap test: a Qt warning")
def test_qt_warnings_go_to_the_same_log(handler: tuple[ErrorHandler, list[str]]) -> None:
    errors, _told = handler
    qWarning("bodymap test: a Qt warning")
    assert "WARNING Qt: bodymap test: a Qt warning" in log_text(errors)


def test_a_corrupt_settings_file_is_set_aside_and_defaults_are_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"layout": "side", "geometry": ', encoding="utf-8")  # cut off mid-write
    store = SettingsFile(path, clock=lambda: 0.0)
    assert store.load() == Settings()
    (aside,) = tmp_path.glob("settings.json.corrupt-*")
    assert aside.read_text(encoding="utf-8") == '{"layout": "side", "geometry": '
    assert not path.exists()
    (note,) = store.notes
    assert note.startswith("the settings file could not be read (")
    assert note.endswith(f"it was set aside as {aside} and the defaults are used")


def test_a_wrong_value_falls_back_to_its_default_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"layout": "upside_down", "watch_maps": True}), encoding="utf-8")
    store = SettingsFile(path)
    assert store.load() == Settings(layout="front+back", watch_maps=True)
    assert store.notes == [
        "settings: 'layout' has the value 'upside_down', expected one of "
        "front+back, front, back, side, side_left, soles; using the default"
    ]
    assert path.exists()


def test_settings_bring_back_the_layout_and_the_window_size(
    qtbot: QtBot, tmp_path: Path, atlas: Atlas, window: MainWindow
) -> None:
    store = SettingsFile(tmp_path / "config" / "settings.json")
    window.resize(700, 540)  # a size of its own, within the offscreen screen
    left_as = (window.width(), window.height())
    window.state.explore.set_layout("side")
    window.state.set_client_view(True)
    window.state.set_all_points(True)
    window.state.set_anatomy(True)
    window.state.set_mirrored(True)
    window.exports.clinic = "Riverside Physio"
    assert store.save(capture_window(window, Settings(kiosk=True)))
    assert (
        not list((tmp_path / "config").glob("*.tmp"))
        and len(list((tmp_path / "config").iterdir())) == 1
    )  # written whole, no leftovers

    again = MainWindow(AppState(atlas))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) != left_as
    settings = store.load()
    assert settings.kiosk and settings.layout == "side" and settings.client_view
    restore_window(again, settings)
    assert again.state.client_view and again.client_view.isChecked()
    assert again.state.all_points and again.all_points.isChecked()
    assert again.state.anatomy and again.anatomy.isChecked()
    assert again.state.mirrored and again.mirror.isChecked()
    assert again.exports.clinic == "Riverside Physio"
    again.show()
    qtbot.waitExposed(again)
    assert again.explore.body.layout_key == "side"
    assert (again.width(), again.height()) == left_as


def test_a_remembered_place_off_every_screen_gives_way_to_one_that_fits(
    qtbot: QtBot, atlas: Atlas
) -> None:
    window = MainWindow(AppState(atlas))
    qtbot.addWidget(window)
    window.setGeometry(5000, 5000, 2400, 1600)  # where a screen was, before it was unplugged
    settings = capture_window(window, Settings())
    again = MainWindow(AppState(atlas))
    qtbot.addWidget(again)
    restore_window(again, settings)
    screen = again.screen().availableGeometry()
    assert screen.contains(again.frameGeometry())
    assert again.width() <= screen.width() and again.height() <= screen.height()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
@pytest.mark.parametrize("kind", ["a FIFO", "a device", "nested without end", "too large"])
def test_a_settings_file_that_is_no_settings_file_gives_the_defaults_at_once(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "settings.json"
    if kind == "a FIFO":
        os.mkfifo(path)
    elif kind == "a device":
        path.symlink_to("/dev/zero")
    elif kind == "nested without end":
        path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    else:
        path.write_text(json.dumps({"layout": "side", "pad": "x" * 200_000}), encoding="utf-8")
    loaded: list[Settings] = []
    reader = threading.Thread(target=lambda: loaded.append(SettingsFile(path).load()), daemon=True)
    reader.start()
    reader.join(10)
    assert loaded == [Settings()]


def test_the_log_is_never_written_through_a_link(tmp_path: Path) -> None:
    from bodymap.ui.errors import open_log

    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("someone's file\n", encoding="utf-8")
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "bodymap.log").symlink_to(elsewhere)
    logger, path = open_log(tmp_path / "logs")
    logger.error("an error")
    for handler in logger.handlers:
        handler.flush()
    assert path is None
    assert elsewhere.read_text(encoding="utf-8") == "someone's file\n"
