"""A run of the app: what it keeps between starts (the settings, the picture for the next
start's splash) and how it meets the unexpected (the error handler)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from bodymap import places
from bodymap.ui.errors import ErrorHandler
from bodymap.ui.main_window import MainWindow
from bodymap.ui.settings import SettingsFile, capture_window, restore_window
from bodymap.ui.splash import save_picture


class Session(QObject):
    """What a run of the app keeps between starts and how it meets the unexpected: the
    settings (window place and layout) restored and saved, the picture for the next start's
    splash, and the error handler (errors.py)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
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
        """Once the window is shown: errors are answered calmly from now on, and the maps
        folder is watched if it was."""
        self.handler = ErrorHandler(
            places.log_dir(), reset=self.window.reset, kiosk=self.settings.kiosk, parent=self
        ).install()
        panel = self.window.problems_panel
        panel.watch.setChecked(self.settings.watch_maps and panel.watch.isEnabled())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and isinstance(event, QCloseEvent):
            self._keep()
        return False

    @Slot()
    def _keep(self) -> None:
        """On closing: the settings, then the picture of the window as the next start will
        show it (reset: nothing the person did is kept)."""
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
