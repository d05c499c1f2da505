"""Start the app: a splash while the atlas loads (one cache), then the window, built once
over the whole atlas; or render the window to a PNG and quit."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from bodymap import places
from bodymap.resources import asset

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(places.APPLICATION)
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(asset("icon.svg"))))
    return app


def _style(app: QApplication) -> None:
    """The stylesheet, given once the window is built: a widget added under a stylesheet in
    force is polished again with all it holds, so a window built under one is polished over
    and over; given after, each widget is polished once."""
    style = asset("style.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


def _report(problems: Sequence[object]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)  # noqa: T201 - the edge: the user asked to run the app


SCREENSHOT_SIZE = (1400, 900)


def run(
    maps: Sequence[str] = (),
    view: str | None = None,
    select: str | None = None,
    screenshot: str | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    if screenshot is not None and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    splash = None
    if screenshot is None:
        from bodymap.ui.splash import Splash

        splash = Splash.for_start(places.cache_dir())
        splash.show()
        app.processEvents()

    from bodymap.atlas.loader import load
    from bodymap.state.app import AppState
    from bodymap.ui.main_window import MainWindow

    # The user's maps folder first, then the folders named with --maps (docs/maps.md).
    overlays: list[str | Path] = [*places.user_overlays(), *maps]
    folders = [places.user_maps_dir(), *(Path(folder) for folder in maps)]
    result = load(overlays=overlays)
    _report(result.problems)
    if result.atlas is None:
        if splash is not None:
            splash.close()
            QMessageBox.critical(
                None,
                "bodymap",
                QCoreApplication.translate("App", "The maps could not be loaded.")
                + "\n\n"
                + "\n".join(str(problem) for problem in result.problems[:20]),
            )
        print("bodymap: the maps could not be loaded", file=sys.stderr)  # noqa: T201
        return 1
    window = MainWindow(
        AppState(result.atlas, result.problems),
        reload=lambda: load(overlays=overlays),
        map_folders=folders,
    )
    session = Session(window) if screenshot is None else None
    if size is not None or screenshot is not None:
        window.resize(*(size or SCREENSHOT_SIZE))
    _style(app)
    if view:
        window.explore.choose_layout(view)
    if select:
        point = result.atlas.find(select)
        if point is None:
            print(f"bodymap: no trigger point called '{select}'", file=sys.stderr)  # noqa: T201
            return 2
        window.state.explore.select(point.id, "right")
        if view:
            window.explore.choose_layout(view)
    window.show()
    if screenshot is not None:
        app.processEvents()
        if not window.grab().save(screenshot):
            print(f"bodymap: could not write {screenshot}", file=sys.stderr)  # noqa: T201
            return 1
        window.close()
        return 0
    assert splash is not None and session is not None
    splash.finish(window)
    session.start()
    return app.exec()


class Session(QObject):
    """What a run of the app keeps between starts and how it meets the unexpected: the
    settings (window place and layout) restored and saved, the picture for the next start's
    splash, and the error handler (errors.py)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        from bodymap.ui.settings import SettingsFile, restore_window

        self.window = window
        self.store = SettingsFile(places.settings_file())
        self.settings = self.store.load()
        restore_window(window, self.settings)
        if self.store.notes:
            window.statusBar().showMessage(
                window.tr(
                    "Your settings could not be read and were set aside; bodymap started with the "
                    "defaults."
                ),
                20000,
            )
        window.installEventFilter(self)

    def start(self) -> None:
        from bodymap.ui.errors import ErrorHandler

        self.handler = ErrorHandler(
            places.log_dir(), reset=self.window.reset, kiosk=self.settings.kiosk, parent=self
        ).install()
        panel = self.window.problems_panel
        panel.watch.setChecked(self.settings.watch_maps and panel.watch.isEnabled())

    def eventFilter(self, watched: QObject, event: object) -> bool:
        if watched is self.window and isinstance(event, QCloseEvent):
            self._keep()
        return False

    @Slot()
    def _keep(self) -> None:
        """On closing: the settings, then the picture of the window as the next start will
        show it (reset: nothing the person did is kept)."""
        from bodymap.ui.settings import capture_window
        from bodymap.ui.splash import save_picture

        window = self.window
        settings = capture_window(window, self.settings)._replace(
            watch_maps=window.problems_panel.watch.isChecked()
        )
        self.store.save(settings)
        window.reset()
        window.state.explore.set_layout(settings.layout)
        QApplication.processEvents()
        save_picture(places.cache_dir(), window)
        if hasattr(self, "handler"):
            self.handler.uninstall()
