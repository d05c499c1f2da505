"""Start the app: open the window (from the kept sketch when the maps are unchanged, loading
the atlas just after the first frame; otherwise from a fresh, lenient load), or render it to
a PNG."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from bodymap.resources import asset

if TYPE_CHECKING:
    from bodymap.atlas import LoadResult, Problem
    from bodymap.ui.errors import ErrorHandler
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.settings import Settings, SettingsFile


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName("bodymap")
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(asset("icon.svg"))))
    return app


def _style(app: QApplication) -> None:
    """The stylesheet, given once the window is built: with a stylesheet in force, every
    widget put into another is polished again with all it holds, so a window built under it
    is polished over and over (~10 ms of the first frame); given after, each widget is
    polished once. Widgets made later are styled as they come."""
    style = asset("style.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


def _restore(window: MainWindow) -> tuple[SettingsFile, Settings]:
    """The window put back as it was left (size, place, layout), before it is shown."""
    from bodymap.ui.places import settings_file
    from bodymap.ui.settings import SettingsFile, restore_window

    store = SettingsFile(settings_file())
    settings = store.load()
    restore_window(window, settings)
    if store.notes:
        window.statusBar().showMessage(window.tr(
            "Your settings could not be read and were set aside; bodymap started with the "
            "defaults."), 20000)
    return store, settings


def _keep_running(app: QApplication, window: MainWindow, settings: Settings) -> ErrorHandler:
    """Unexpected errors are logged and answered calmly from now on (errors.py); a kiosk
    starts over instead."""
    from bodymap.ui.errors import ErrorHandler
    from bodymap.ui.places import log_dir

    handler = ErrorHandler(log_dir(), reset=window.reset, parent=app).install()
    handler.kiosk = settings.kiosk
    return handler


def _remember(app: QApplication, window: MainWindow, store: SettingsFile, settings: Settings,
              handler: ErrorHandler, overlays: Sequence[str | Path]) -> None:
    """Once the window has its atlas: the maps folder is watched if it was, and the settings
    are saved when the app quits."""
    from bodymap.ui.settings import capture_window

    panel = window.problems_panel
    assert panel is not None, "the problems panel comes with the atlas"
    panel.watch.setChecked(settings.watch_maps and panel.watch.isEnabled())

    def save() -> None:
        remembered = capture_window(window, settings)
        store.save(remembered._replace(watch_maps=panel.watch.isChecked()))
        _keep_figures(window, overlays)
        handler.uninstall()

    app.aboutToQuit.connect(save)


def _keep_figures(window: MainWindow, overlays: Sequence[str | Path]) -> None:
    """The figures of the views shown on quitting, kept for the next start's first frame
    (`sketch.Raster`): unless they are the ones this start was given already."""
    from bodymap.ui import sketch as sketches

    kept = window.sketch.rasters
    rasters = window.explore.body.rasters(kept)   # those still as kept are not drawn again
    if rasters and any(raster is not kept.get(view_id) for view_id, raster in rasters.items()):
        sketches.write_rasters(overlays, rasters)


class _AfterFirstPaint(QObject):
    """Calls back once the window's first frame is painted and whatever was queued with it
    has run: the moment to load what the first frame did not need.

    It watches the window alone: a filter on the whole application would be a call into
    Python for every event of every widget, and would make PySide look up the class of every
    widget Qt made on its own (~70 ms of a first frame, docs/performance.md)."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # Two turns of the event loop: the paint pass ends, then what it queued runs.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._done))
        return False

    def _done(self) -> None:
        self._callback()
        self.deleteLater()


def _report(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)  # noqa: T201 - the edge: the user asked to run the app


class _Loader(QObject):
    """Runs the atlas's load in a thread of its own and hands the result back to the event
    loop. Importing Shapely and NumPy and reading the cached atlas take ~0.2 s: in the event
    loop's thread they would freeze the window just drawn; in another, the window goes on
    answering (the load is Python and C that takes the interpreter's lock by turns, so it
    slows the window a little instead). Nothing of Qt is touched in the thread."""

    finished = Signal(object, object)   # (the LoadResult, or None; the exception, or None)

    def __init__(self, parent: QObject, load: Callable[[], LoadResult],
                 then: Callable[[LoadResult], object]) -> None:
        super().__init__(parent)
        self._load = load
        self._then = then
        self.finished.connect(self._deliver)   # queued: the signal comes from the thread

    def start(self) -> None:
        import threading

        threading.Thread(target=self._run, name="bodymap-atlas", daemon=True).start()

    def _run(self) -> None:
        try:
            result = self._load()
        except BaseException as error:  # handed over: the event loop's error handler reports it
            self.finished.emit(None, error)
        else:
            self.finished.emit(result, None)

    def _deliver(self, result: LoadResult | None, error: BaseException | None) -> None:
        self.deleteLater()
        if error is not None:
            raise error
        assert result is not None
        self._then(result)


def _attach_atlas(app: QApplication, window: MainWindow, result: LoadResult) -> bool:
    """After a first frame drawn from the sketch: give the window the atlas loaded since;
    False (and the app told to quit) when there is none."""
    _report(result.problems)
    if result.atlas is None:  # the files were unchanged since the sketch; rare, but possible
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(window, window.tr("bodymap"), window.tr(
            "The maps could not be loaded.") + "\n\n" + "\n".join(
                str(problem) for problem in result.problems[:20]))
        app.exit(1)
        return False
    window.attach(result.atlas, result.problems, later=True)
    return True


def run(maps: Sequence[str] = (), view: str | None = None, select: str | None = None,
        screenshot: str | None = None) -> int:
    if screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bodymap.ui import sketch as sketches
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.places import user_maps_dir, user_overlays

    # The user's maps folder first, then the folders named with --maps (docs/maps.md).
    overlays: list[str | Path] = [*user_overlays(), *maps]
    folders = [user_maps_dir(), *(Path(folder) for folder in maps)]

    def reload() -> LoadResult:
        from bodymap.atlas import load

        return load(overlays=overlays)

    app = _application()
    # A start with the maps unchanged since the last one opens the window from the sketch it
    # kept, without YAML or Shapely, and loads the atlas once the first frame is painted.
    # --select and --screenshot need the atlas at once.
    kept = None if (select or screenshot) else sketches.read(overlays)
    if kept is not None:
        window = MainWindow(sketch=kept, reload=reload, map_folders=folders)
    else:
        result = reload()
        _report(result.problems)
        if result.atlas is None:
            print("bodymap: the maps could not be loaded", file=sys.stderr)  # noqa: T201
            return 1
        window = MainWindow(result.atlas, result.problems, reload=reload, map_folders=folders)
        if not screenshot:  # kept for the next start (a few ms, and no more than this once)
            sketches.write(overlays, window.sketch)
    _style(app)
    if not screenshot:  # a screenshot shows the app as it starts, whatever was left
        store, settings = _restore(window)
    if view:
        window.explore.body.set_layout(view)
    if select:
        assert window.atlas is not None
        point = window.atlas.find(select)
        if point is None:
            print(f"bodymap: no trigger point called '{select}'", file=sys.stderr)  # noqa: T201
            return 2
        window.explore.select(point.id, "right")
        if view:
            window.explore.body.set_layout(view)
    if screenshot:
        window.show()
        app.processEvents()
        if not window.grab().save(screenshot):
            print(f"bodymap: could not write {screenshot}", file=sys.stderr)  # noqa: T201
            return 1
        window.close()
        return 0
    window.show()

    def after_first_paint() -> None:
        # What the first frame did not need: the error handler, the atlas (when the window
        # was drawn from the sketch, loaded in a thread), the settings' saving.
        handler = _keep_running(app, window, settings)

        def with_atlas() -> None:
            _remember(app, window, store, settings, handler, overlays)
            from bodymap.ui.where import WhereMode

            if isinstance(window.where, WhereMode):  # its pattern index, while idle
                window.where.prepare()

        def when_ready() -> None:   # once: reloading the maps emits `ready` again
            window.ready.disconnect(when_ready)
            with_atlas()

        if window.atlas is None:
            window.ready.connect(when_ready)
            _Loader(app, reload, lambda result: _attach_atlas(app, window, result)).start()
        else:
            with_atlas()

    _AfterFirstPaint(window, after_first_paint)
    return app.exec()
