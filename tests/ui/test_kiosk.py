"""Kiosk mode through its widgets: the attract screen, the public window, the idle reset,
the locked window and the administrator's way out (the rules: tests/state/test_kiosk.py)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from bodymap import places
from bodymap.atlas.atlas import Atlas
from bodymap.atlas.problems import Problem
from bodymap.state.app import AppState
from bodymap.state.kiosk import KioskConfig, hash_pin
from bodymap.ui import kiosk as kiosk_module
from bodymap.ui.errors import ErrorHandler
from bodymap.ui.kiosk import KioskWindow
from bodymap.ui.main_window import MainWindow

PIN = "2468"


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def observable(app: AppState) -> dict[str, object]:
    explore, where = app.explore, app.where
    return {
        "mode": app.mode,
        "selection": explore.selection,
        "region": explore.region,
        "query": explore.query,
        "layout": explore.layout,
        "drawing": where.drawing.drawing,
        "can_undo": where.drawing.can_undo,
        "can_redo": where.drawing.can_redo,
        "candidates": where.candidates,
        "chosen": where.chosen,
        "compared": where.compared,
        "complaint": where.complaint,
    }


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def shell(qtbot: QtBot, atlas: Atlas, clock: Clock) -> Iterator[KioskWindow]:
    window = MainWindow(AppState(atlas))
    config = KioskConfig(kiosk=True, clinic_name="Riverside Physio", admin_pin=hash_pin(PIN))
    kiosk = KioskWindow(window, config, [Problem("kiosk.yaml", 3, 1, "countdown: 1 is out")], clock)
    qtbot.addWidget(kiosk)
    kiosk.resize(1920, 1080)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    yield kiosk
    kiosk.leave()


def a_visit(kiosk: KioskWindow, qtbot: QtBot) -> None:
    """A visitor: explores, searches, then marks where it hurts and compares."""
    qtbot.mouseClick(kiosk.attract.buttons["explore"], Qt.MouseButton.LeftButton)
    main = kiosk.main
    main.explore.finder.search.setText("jaw")
    main.state.explore.select("masseter_1", "left")
    main.explore.body.zoom_to_focus()
    main.state.set_mode("where")
    qtbot.mouseClick(
        next(b for b in main.where.findChildren(type(main.where.paint)) if b.text() == "headache"),
        Qt.MouseButton.LeftButton,
    )
    main.state.where.compare([0, 1])


def test_the_kiosk_opens_on_its_attract_screen_and_shows_no_menu(
    shell: KioskWindow, qtbot: QtBot
) -> None:
    assert shell.stack.currentWidget() is shell.attract
    assert set(shell.attract.buttons) == {"where", "explore"}
    assert shell.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert shell.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    main = shell.main
    assert not main.menuBar().isVisible() and not main.problems_dock.isVisible()
    menus = [a for m in main.menuBar().actions() if m.menu() for a in m.menu().actions()]
    assert menus and not any(a.isEnabled() for a in menus)  # Quit, Reload maps, Problems ...
    assert main.state.client_view and main.where.public
    assert main.where.notes.isHidden() and main.where.confirm.isHidden()  # no record kept
    assert main.explore.timer_panel is None and main.explore.body.present_button.isHidden()
    qtbot.mouseClick(shell.attract.buttons["where"], Qt.MouseButton.LeftButton)
    assert shell.stack.currentWidget() is main and main.state.mode == "where"
    assert shell.home.isVisible() and shell.doctor_button.isVisible()


def test_the_public_reads_strengths_and_reasons_in_words(shell: KioskWindow, qtbot: QtBot) -> None:
    a_visit(shell, qtbot)
    shell.main.state.where.clear_choice()
    reasons = [row.reason.text() for row in shell.main.where.list.rows[:5]]
    assert reasons and not any("%" in reason for reason in reasons)
    assert any("of what you marked" in reason for reason in reasons)


def test_when_to_see_a_doctor_is_one_tap_away(shell: KioskWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(shell.attract.buttons["where"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shell.doctor_button, Qt.MouseButton.LeftButton)
    assert shell.doctor.isVisible()
    text = " ".join(label.text() for label in shell.doctor.findChildren(QLabel)).lower()
    for sign in ("chest pain", "sudden, severe headache", "bladder", "calf", "a fall", "fever"):
        assert sign in text, sign
    qtbot.mouseClick(
        next(b for b in shell.doctor.findChildren(QPushButton) if b.text() == "Close"),
        Qt.MouseButton.LeftButton,
    )
    assert not shell.doctor.isVisible()
    qtbot.mouseClick(shell.home, Qt.MouseButton.LeftButton)  # and from the attract screen
    qtbot.mouseClick(
        next(b for b in shell.attract.findChildren(QPushButton) if "doctor" in b.text()),
        Qt.MouseButton.LeftButton,
    )
    assert shell.doctor.isVisible()


def test_left_alone_it_asks_then_starts_over_with_nothing_kept(
    shell: KioskWindow, qtbot: QtBot, clock: Clock, atlas: Atlas
) -> None:
    a_visit(shell, qtbot)
    main = shell.main
    assert observable(main.state) != observable(AppState(atlas))
    clock.now += 59
    shell.tick()
    assert not shell.still_there.isVisible()
    clock.now += 1
    shell.tick()
    assert shell.still_there.isVisible() and "10 s" in shell.still_there.left.text()
    clock.now += 10
    shell.tick()
    assert not shell.still_there.isVisible()
    assert shell.stack.currentWidget() is shell.attract
    assert observable(main.state) == observable(AppState(atlas))
    assert not main.state.where.drawing.can_undo  # the next visitor's Undo brings nothing back
    assert main.explore.finder.search.text() == "" and main.where.symptom.text() == ""
    assert all(view.zoom == 1.0 for view in main.explore.body.views.values())
    assert not any(box.isChecked() for box in main.where.findChildren(QCheckBox))


def test_a_touch_answers_are_you_still_there(
    shell: KioskWindow, qtbot: QtBot, clock: Clock
) -> None:
    qtbot.mouseClick(shell.attract.buttons["explore"], Qt.MouseButton.LeftButton)
    shell.main.state.explore.select("masseter_1", "right")
    clock.now += 65
    shell.tick()
    assert shell.still_there.isVisible()
    qtbot.mouseClick(shell.still_there, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not shell.still_there.isVisible()
    clock.now += 30
    shell.tick()
    assert shell.main.state.explore.selection is not None  # the visit goes on
    assert shell.stack.currentWidget() is shell.main


def test_the_attract_screen_rests_without_asking(shell: KioskWindow, clock: Clock) -> None:
    clock.now += 500
    shell.tick()
    assert not shell.still_there.isVisible() and shell.stack.currentWidget() is shell.attract


def test_no_key_or_close_request_leaves_the_kiosk(shell: KioskWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(shell.attract.buttons["explore"], Qt.MouseButton.LeftButton)
    control, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    for key, modifier in (
        (Qt.Key.Key_Q, control),
        (Qt.Key.Key_W, control),
        (Qt.Key.Key_F4, control),
        (Qt.Key.Key_F4, alt),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(shell.main, key, modifier)
        assert shell.isVisible()
    assert not shell.main.problems_dock.isVisible()  # F5 did not reload nor open the panel
    assert shell.close() is False  # the close button, Alt+F4 from a window manager
    assert shell.isVisible()
    assert not shell.main.close() or shell.isVisible()


def test_the_administrator_leaves_with_the_long_press_and_the_pin(
    qtbot: QtBot, atlas: Atlas, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kiosk_module, "LONG_PRESS_MS", 40)  # the gesture, quick for the test
    window = MainWindow(AppState(atlas))
    config = KioskConfig(admin_pin=hash_pin(PIN))
    shell = KioskWindow(window, config, [Problem("kiosk.yaml", 3, 1, "countdown: 1 is out")], clock)
    qtbot.addWidget(shell)
    shell.resize(1080, 1920)
    shell.show()
    qtbot.waitExposed(shell)
    corner = shell.corner
    assert corner.geometry().bottomLeft().y() == shell.height() - 1
    qtbot.mousePress(corner, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton)  # a tap is not the gesture
    qtbot.wait(80)
    assert not shell.pin_pad.isVisible()
    with qtbot.waitSignal(corner.held, timeout=2000):
        qtbot.mousePress(corner, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton)
    assert shell.pin_pad.isVisible()
    pad = shell.pin_pad
    text = " ".join(label.text() for label in pad.findChildren(QLabel))
    assert "kiosk.yaml:3:1" in text  # the config's problems, for the administrator only
    assert "kiosk.yaml" not in " ".join(
        label.text() for label in shell.findChildren(QLabel) if not pad.isAncestorOf(label)
    )

    def enter(pin: str) -> None:
        for digit in [*pin, "OK"]:
            qtbot.mouseClick(
                next(k for k in pad.findChildren(QPushButton) if k.text() == digit),
                Qt.MouseButton.LeftButton,
            )

    enter("1111")
    assert "not right" in pad.message.text() and shell.isVisible()
    enter("2222")
    enter("3333")
    assert "try again in 60 s" in pad.message.text()
    enter(PIN)  # locked: even the right PIN waits
    assert shell.isVisible() and "try again" in pad.message.text()
    clock.now += 60
    with qtbot.waitSignal(shell.left_kiosk):
        enter(PIN)
    assert not shell.isVisible()


def _files() -> dict[Path, tuple[int, int]]:
    """Every file in the user's data, config, cache and log folders: (size, time written)."""
    folders = [places.data_dir(), places.settings_file().parent, places.log_dir()]
    cache = places.cache_dir()
    folders += [cache] if cache is not None else []
    return {
        path: (path.stat().st_size, path.stat().st_mtime_ns)
        for folder in folders
        if folder.is_dir()
        for path in folder.rglob("*")
        if path.is_file()
    }


def test_a_visit_leaves_no_trace_on_disk(shell: KioskWindow, qtbot: QtBot) -> None:
    before = _files()  # the atlas's cache names every point: it was written before the visit
    handler = ErrorHandler(places.log_dir(), reset=shell.start_over, kiosk=True).install()
    try:
        a_visit(shell, qtbot)
        touched = {"masseter_1", "masseter", "temple", "forehead", "occiput"}
        touched |= {c.trigger_point for c in shell.main.state.where.candidates}
        try:  # an unexpected error, its message naming what the visitor touched
            raise KeyError("masseter_1 temple")
        except KeyError as error:
            handler.handle(KeyError, error, error.__traceback__)
        assert shell.stack.currentWidget() is shell.attract  # the error started over
    finally:
        handler.uninstall()
        for log_handler in logging.getLogger(places.LOG_NAME).handlers:
            log_handler.flush()
    shell.leave()
    written = [path for path, stamp in _files().items() if before.get(path) != stamp]
    assert any(path.parent == places.log_dir() for path in written)  # the error was logged ...
    for path in written:
        old_size = before[path][0] if path in before else 0  # a log grows: what it gained
        text = path.read_bytes()[old_size:].decode("utf-8", errors="replace")
        assert "KeyError" in text or path.parent != places.log_dir()
        assert not any(name in text for name in touched), (path, text)  # ... not what was touched


def test_the_kiosk_app_starts_from_the_command_line_and_renders(
    tmp_path: Path, qtbot: QtBot
) -> None:
    from bodymap.ui.app import run

    config = tmp_path / "kiosk.yaml"
    config.write_text("clinic_name: Riverside Physio\nidle_timeout: 3\n", encoding="utf-8")
    shot = tmp_path / "attract.png"
    assert run(screenshot=str(shot), size=(1080, 1920), kiosk=True, config=str(config)) == 0
    assert shot.is_file() and shot.stat().st_size > 10_000
    QApplication.processEvents()
    app = QApplication.instance()
    assert isinstance(app, QApplication) and "min-height: 96px" in app.styleSheet()  # touch sizes
    app.setStyleSheet("")  # the next tests' windows as they expect them
