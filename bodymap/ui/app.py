"""Start the app: load the atlas leniently, open the window, or render it to a PNG."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from bodymap.atlas import load
from bodymap.resources import asset


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("bodymap")
    QCoreApplication.setApplicationName("bodymap")
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(asset("icon.svg"))))
    style = asset("style.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def run(maps: Sequence[str] = (), view: str | None = None, select: str | None = None,
        screenshot: str | None = None) -> int:
    if screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = load(overlays=maps)
    for problem in result.problems:
        print(problem, file=sys.stderr)  # noqa: T201 - the edge: the user asked to run the app
    if result.atlas is None:
        print("bodymap: the maps could not be loaded", file=sys.stderr)  # noqa: T201
        return 1
    atlas = result.atlas
    app = _application()
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(atlas, result.problems)
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
