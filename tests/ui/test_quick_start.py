"""A later start draws its first frame from the kept sketch, then loads the atlas.

The app is started for real (`bodymap gui` in a fresh process) with a probe that notes, at the
first painted frame and once the window has its atlas, what the process has loaded and shows.
"""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from bodymap.atlas import Atlas
from bodymap.ui import sketch as sketches
from bodymap.ui.main_window import MainWindow, Waiting
from bodymap.ui.where import WhereMode

HEAVY = ("shapely", "numpy", "yaml")

PROBE = r'''
import json, os, sys
import PySide6.QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
import bodymap.cli
from bodymap.ui import app as ui_app

HEAVY = ("shapely", "numpy", "yaml")


def loaded():
    return sorted({name.split(".")[0] for name in sys.modules} & set(HEAVY))


def window():
    return next(w for w in app.topLevelWidgets() if hasattr(w, "explore"))


class Probe(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.painted)
        return False

    def painted(self):
        shown = window()
        print("PAINTED " + json.dumps({
            "loaded": loaded(), "atlas": shown.atlas is not None,
            "rows": len(shown.explore.finder._items),
            "layout": shown.explore.body.layout_key,
            # Qt's namespace of enums, which bodymap.ui.lazy_qt keeps off the first frame
            "qt_namespace": "Qt" in vars(PySide6.QtCore),
            "markers": sum(len(s.spots) for s in shown.explore.body.scenes.values())}))
        self.poll()

    def poll(self):
        shown = window()
        if type(shown.where).__name__ != "WhereMode":   # every mode answers: ready
            QTimer.singleShot(5, self.poll)
            return
        print("READY " + json.dumps({
            "loaded": loaded(), "where": type(shown.where).__name__,
            "problems": shown.problems_dock.isVisible(),
            "listed": shown.problems_panel.listing.count()}))
        if os.environ.get("PROBE_LAYOUT"):  # left this way, for the next start to restore
            shown.explore.body.set_layout(os.environ["PROBE_LAYOUT"])
        # Quit as a user would, after what the app does just after its first frame.
        QTimer.singleShot(50, lambda: app.exit(0))


app = ui_app._application()
probe = Probe()
app.installEventFilter(probe)
sys.exit(bodymap.cli.main(["gui"]))
'''


def start(cache: Path, data_home: Path, **extra: str
          ) -> tuple[dict[str, object], dict[str, object], str]:
    """One start of the app: what the first frame and the ready window showed, and stderr."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BODYMAP_CACHE_DIR": str(cache),
           "XDG_DATA_HOME": str(data_home), "XDG_CONFIG_HOME": str(data_home.parent / "config"),
           **extra}
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         env=env, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in run.stdout.splitlines() if " " in line)
    return json.loads(lines["PAINTED"]), json.loads(lines["READY"]), run.stderr


def test_a_later_start_paints_before_loading_shapely_numpy_yaml_or_qts_enums(tmp_path: Path,
                                                                   atlas: Atlas) -> None:
    first_frame, ready, _ = start(tmp_path / "cache", tmp_path / "data")
    # The first start has no sketch: it loads the atlas, then draws.
    assert first_frame["atlas"] is True
    assert {"shapely", "yaml"} <= set(first_frame["loaded"])  # type: ignore[arg-type]
    assert list(tmp_path.glob("cache/sketch-*.marshal"))

    first_frame, ready, _ = start(tmp_path / "cache", tmp_path / "data")
    assert first_frame["loaded"] == []
    assert first_frame["qt_namespace"] is False
    assert first_frame["atlas"] is False
    assert first_frame["rows"] == len(atlas.trigger_points)
    assert first_frame["markers"] == sum(len(atlas.markers(v)) for v in atlas.views)
    # …and the atlas arrives after it: every mode answers.
    assert ready["where"] == "WhereMode"
    assert "shapely" in ready["loaded"]  # type: ignore[operator]


def test_a_quick_start_brings_back_the_layout_it_was_left_in(tmp_path: Path) -> None:
    start(tmp_path / "cache", tmp_path / "data", PROBE_LAYOUT="back")
    first_frame, _, _ = start(tmp_path / "cache", tmp_path / "data", PROBE_LAYOUT="side")
    assert first_frame["atlas"] is False  # drawn from the sketch…
    assert first_frame["layout"] == "back"  # …as the last start was left
    first_frame, _, _ = start(tmp_path / "cache", tmp_path / "data")
    assert first_frame["layout"] == "side"


def test_a_quick_start_still_reports_problems_in_the_users_maps(
        tmp_path: Path, write_maps: Callable[[dict[str, str]], Path]) -> None:
    folder = write_maps({"extra.yaml": "muscles:\n  - id: broken\n"})
    data_home = tmp_path / "data"
    (data_home / "bodymap").mkdir(parents=True)
    folder.rename(data_home / "bodymap" / "maps")
    for _ in range(2):  # the second start draws from the sketch
        first_frame, ready, stderr = start(tmp_path / "cache", data_home)
        assert "extra.yaml" in stderr
        assert ready["problems"] is True and ready["listed"] >= 1  # type: ignore[operator]
    assert first_frame["atlas"] is False


def test_the_sketch_is_kept_until_a_map_file_changes(tmp_path: Path, atlas: Atlas,
                                                     write_maps: Callable[..., Path]) -> None:
    folder = write_maps({"notes.yaml": "sources: []\n"})
    made = sketches.sketch_of(atlas)
    assert sketches.write([folder], made)
    kept = sketches.read([folder])
    assert kept is not None
    assert list(kept.views) == list(made.views)
    for view_id, view in made.views.items():
        assert kept.views[view_id].outline == view.outline
        assert kept.views[view_id].lines == view.lines
        assert kept.views[view_id].markers == view.markers
    assert kept.points == made.points
    assert sketches.read([]) is None  # another set of map folders has its own sketch

    (folder / "notes.yaml").write_text("sources: [] # edited\n", encoding="utf-8")
    assert sketches.read([folder]) is None


@pytest.mark.parametrize("damage", ["empty", "garbage", "half", "another shape"])
def test_a_damaged_sketch_is_ignored(damage: str, atlas: Atlas) -> None:
    cache = Path(os.environ["BODYMAP_CACHE_DIR"])
    for other in cache.glob("sketch-*.marshal"):  # other tests' sketches, for other folders
        other.unlink()
    assert sketches.write([], sketches.sketch_of(atlas))
    [kept] = cache.glob("sketch-*.marshal")
    whole = kept.read_bytes()
    key, _ = marshal.loads(whole)
    kept.write_bytes({"empty": b"", "garbage": b"not marshal data",
                      "half": whole[:len(whole) // 2],
                      "another shape": marshal.dumps((key, {"views": [(1, 2)]}))}[damage])
    assert sketches.read([]) is None


def test_a_window_drawn_from_a_sketch_answers_once_it_has_the_atlas(qtbot: QtBot,
                                                                    atlas: Atlas) -> None:
    window = MainWindow(sketch=sketches.sketch_of(atlas))
    qtbot.addWidget(window)
    window.show()
    explore = window.explore
    assert window.atlas is None and isinstance(window.where, Waiting)
    view = explore.body.views["front"]
    spot = next(iter(explore.body.scenes["front"].spots.values()))
    at = view.mapFromScene(QPointF(spot.x, spot.y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert explore.selection is None  # nothing to answer with yet, and nothing breaks

    # What the first frame leaves for later (bodymap.ui.lazy_qt) is there once it is drawn:
    tree = explore.finder.tree
    heading = tree.topLevelItem(0)
    assert heading is not None and heading.flags() & Qt.ItemFlag.ItemIsSelectable
    # …while the first frame already has the canvas fitted, with no scroll bars.
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    shown = view.mapFromScene(view.sceneRect()).boundingRect()
    assert view.viewport().rect().contains(shown)
    assert max(shown.width() / view.viewport().width(),
               shown.height() / view.viewport().height()) > 0.98

    with qtbot.waitSignal(window.ready):
        window.attach(atlas)
    assert isinstance(window.where, WhereMode)
    assert window.modes.tabText(1) == "Where does it hurt?"
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable   # headings, not choices
    assert view.viewport().testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert explore.selection == (spot.point_id, spot.side)


def test_the_atlas_is_loaded_in_a_thread_and_handed_back_to_the_event_loop(
        qtbot: QtBot) -> None:
    import threading

    from PySide6.QtWidgets import QApplication

    from bodymap.ui.app import _Loader

    app = QApplication.instance()
    assert app is not None
    loaded_in: list[bool] = []
    handed: list[tuple[object, bool]] = []

    def load() -> object:
        loaded_in.append(threading.current_thread() is threading.main_thread())
        return "the atlas"

    _Loader(app, load, lambda result: handed.append(
        (result, threading.current_thread() is threading.main_thread()))).start()
    qtbot.waitUntil(lambda: bool(handed))
    assert loaded_in == [False]            # not in the event loop's thread…
    assert handed == [("the atlas", True)]  # …and given back to it

    def broken() -> object:
        raise RuntimeError("the load failed")

    with qtbot.capture_exceptions() as raised:  # raised in the event loop: the error handler's
        _Loader(app, broken, handed.append).start()
        qtbot.waitUntil(lambda: bool(raised))
    assert str(raised[0][1]) == "the load failed"


def test_the_figure_as_the_last_run_drew_it_stands_in_until_the_atlas(qtbot: QtBot,
                                                                       atlas: Atlas) -> None:
    from PySide6.QtGui import QImage

    def shown(window: MainWindow, size: tuple[int, int]) -> MainWindow:
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    def figure_items(window: MainWindow, view_id: str) -> list[bool]:
        scene = window.explore.body.scenes[view_id]
        return [item.isVisible() for item in scene._figure]

    made = sketches.sketch_of(atlas)
    assert sketches.write([], made)
    last_run = shown(MainWindow(sketch=made), (1400, 900))
    rasters = last_run.explore.body.rasters()
    assert set(rasters) == {"front", "back"}   # the views shown
    assert sketches.write_rasters([], rasters)
    kept = sketches.read([])
    assert kept is not None and kept.rasters == rasters

    window = shown(MainWindow(sketch=kept), (1400, 900))
    for view_id in ("front", "back"):
        raster = window.explore.body.scenes[view_id]._raster
        assert raster is not None and raster.isVisible()
        assert figure_items(window, view_id) == [False, False]
    # The same pixels as the figure drawn anew, to a level or two.
    drawn, blitted = last_run.grab().toImage(), window.grab().toImage()
    assert drawn.size() == blitted.size()
    fmt = QImage.Format.Format_RGB32
    a, b = drawn.convertToFormat(fmt), blitted.convertToFormat(fmt)
    worst = max(abs(((a.pixel(x, y) >> s) & 255) - ((b.pixel(x, y) >> s) & 255))
                for x in range(0, a.width(), 3) for y in range(0, a.height(), 3)
                for s in (0, 8, 16))
    assert worst <= 2

    # On quitting, a view still as its raster was drawn is not drawn again.
    again = window.explore.body.rasters(kept.rasters)
    assert all(again[view_id] is kept.rasters[view_id] for view_id in ("front", "back"))

    window.attach(atlas)   # the zones go between the figure and its lines: drawn anew
    assert window.explore.body.scenes["front"]._raster is None
    assert figure_items(window, "front") == [True, True]

    elsewhere = shown(MainWindow(sketch=sketches.read([])), (1500, 950))  # another size
    raster = elsewhere.explore.body.scenes["front"]._raster
    assert raster is not None and not raster.isVisible()
    assert figure_items(elsewhere, "front") == [True, True]
