"""A run of the app: what it keeps between starts (the settings, the picture for the next
start's splash) and how it meets the unexpected (the error handler)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QProcess, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from bodymap import places
from bodymap.language import LANGUAGES
from bodymap.ui.errors import ErrorHandler
from bodymap.ui.main_window import MainWindow
from bodymap.ui.settings import SettingsFile, capture_window, look_of, restore_window
from bodymap.ui.splash import save_picture
from bodymap.ui.theme import Look


class Session(QObject):
    """What a run of the app keeps between starts and how it meets the unexpected: the
    settings (window place and layout) restored and saved, the picture for the next start's
    splash, and the error handler (errors.py)."""

    def __init__(self, window: MainWindow, look: Look | None = None) -> None:
        """`look`: for this run only (from the command line), instead of the settings'."""
        super().__init__(window)
        self.window = window
        self.store = SettingsFile(places.settings_file())
        self.settings = self.store.load()
        restore_window(window, self.settings)
        if self.store.notes:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Session",
                    "Your settings could not be read and were set aside; bodymap started with the "
                    "defaults.",
                ),
                20000,
            )
        window.installEventFilter(self)
        window.set_look(look or look_of(self.settings))
        window.look_chosen.connect(self._keep_look)
        self.ask_restart = self._ask_restart
        window.show_language_choice(self.settings.language)
        window.language_chosen.connect(self.choose_language)

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

    @Slot(object)
    def _keep_look(self, look: Look) -> None:
        """Kept at once: a look chosen should survive a crash too."""
        self.settings = self.settings._replace(
            text_scale=look.text_scale, contrast=look.contrast, reduced_motion=look.reduced_motion
        )
        self.store.save(self.settings)

    @Slot(str)
    def choose_language(self, code: str) -> None:
        """View ▸ Language: kept at once; bodymap speaks it from its next start, now if the
        person restarts it (nothing is lost: the window is as it would be on closing)."""
        self.settings = self.settings._replace(language=code)
        self.store.save(self.settings)
        name = LANGUAGES.get(code) or QCoreApplication.translate("Session", "the system's language")
        if self.ask_restart(name):
            self.restart()

    def _ask_restart(self, language: str) -> bool:
        """Whether to restart now to speak `language` (tests answer in its place)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("Session", "Language"))
        box.setText(
            QCoreApplication.translate(
                "Session", "bodymap will speak %1 from its next start. Restart it now?"
            ).replace("%1", language)
        )
        now = box.addButton(
            QCoreApplication.translate("Session", "Restart now"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("Session", "Later"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return box.clickedButton() is now

    def restart(self) -> None:
        """Start bodymap again as it was started, less a --lang that would override the
        choice, then close this one (which keeps the settings)."""
        arguments = restart_arguments(sys.argv)
        if QProcess.startDetached(sys.executable, arguments):
            self.window.close()

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


def restart_arguments(argv: list[str]) -> list[str]:
    """`argv` as the interpreter runs it again, without --lang CODE or --lang=CODE."""
    kept: list[str] = []
    skip = False
    for argument in argv:
        if skip:
            skip = False
        elif argument == "--lang":
            skip = True
        elif not argument.startswith("--lang="):
            kept.append(argument)
    return kept
