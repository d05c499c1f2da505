"""Start the app: load the atlas leniently, open the window, or render it to a PNG."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from bodymap.atlas import LoadResult, load
from bodymap.resources import asset

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName("bodymap")
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(asset("icon.svg"))))
    style = asset("style.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def _keep_running_and_remember(app: QApplication, window: MainWindow) -> None:
    """Unexpected errors are logged and answered calmly (docs/robustness in errors.py); the
    settings put the window back as it was left and are saved when the app quits."""
    from bodymap.ui.errors import ErrorHandler
    from bodymap.ui.places import log_dir, settings_file
    from bodymap.ui.settings import SettingsFile, capture_window, restore_window

    handler = ErrorHandler(log_dir(), reset=window.reset, parent=app).install()
    store = SettingsFile(settings_file())
    settings = store.load()
    handler.kiosk = settings.kiosk
    restore_window(window, settings)
    window.problems_panel.watch.setChecked(settings.watch_maps
                                           and window.problems_panel.watch.isEnabled())
    if store.notes:
        window.statusBar().showMessage(window.tr(
            "Your settings could not be read and were set aside; bodymap started with the "
            "defaults."), 20000)

    def save() -> None:
        remembered = capture_window(window, settings)
        remembered.watch_maps = window.problems_panel.watch.isChecked()
        store.save(remembered)
        handler.uninstall()

    app.aboutToQuit.connect(save)


def run(maps: Sequence[str] = (), view: str | None = None, select: str | None = None,
        screenshot: str | None = None) -> int:
    if screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bodymap.ui.places import user_maps_dir, user_overlays

    def reload() -> LoadResult:
        # The user's maps folder first, then the folders named with --maps (docs/maps.md).
        return load(overlays=[*user_overlays(), *maps])

    result = reload()
    for problem in result.problems:
        print(problem, file=sys.stderr)  # noqa: T201 - the edge: the user asked to run the app
    if result.atlas is None:
        print("bodymap: the maps could not be loaded", file=sys.stderr)  # noqa: T201
        return 1
    atlas = result.atlas
    app = _application()
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(atlas, result.problems, reload=reload,
                        map_folders=[user_maps_dir(), *(Path(folder) for folder in maps)])
    if not screenshot:  # a screenshot shows the app as it starts, whatever was left
        _keep_running_and_remember(app, window)
    if view:
        window.explore.body.set_layout(view)
    if select:
        point = atlas.find(select)
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
    return app.exec()
