"""The main window: composes the modes, the menus and the problems list; decides nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from bodymap import __version__
from bodymap.atlas import Atlas, Problem
from bodymap.ui.explore import ExploreMode
from bodymap.ui.mode import Mode


class MainWindow(QMainWindow):
    def __init__(self, atlas: Atlas, problems: list[Problem] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.setWindowTitle(self.tr("bodymap: referred pain atlas"))
        self.hover_label = QLabel()
        self.statusBar().addWidget(self.hover_label, 1)
        self.statusBar().showMessage(self.tr("Educational material, not a diagnosis."))
        # One tab per mode; each mode is a widget with a `status` signal and a `reset()`.
        self.modes = QTabWidget()
        self.modes.setObjectName("modes")
        self.modes.setDocumentMode(True)
        self.modes.setAccessibleName(self.tr("Modes"))
        self._build_modes(atlas)
        self.setCentralWidget(self.modes)
        self.problems_dock: QDockWidget | None = None
        if problems:
            self._show_problems(problems)
        self._menus()
        self.resize(1400, 900)

    def _build_modes(self, atlas: Atlas) -> None:
        """(Re)create every mode over `atlas`, one tab each, in the order of the tabs."""
        while self.modes.count():
            old = self.modes.widget(0)
            self.modes.removeTab(0)
            if old is not None:
                old.deleteLater()
        self.atlas = atlas
        self.explore = ExploreMode(atlas)
        self._add_mode(self.explore, self.tr("Explore trigger points"))

    def _add_mode(self, mode: Mode, title: str) -> None:
        mode.status.connect(self.hover_label.setText)
        self.modes.addTab(mode, title)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, button in enumerate(self.explore.body.buttons.buttons(), 1):
            action = QAction(button.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(button.click)
            view_menu.addAction(action)
        view_menu.addSeparator()
        reset = QAction(self.tr("&Reset"), self)
        reset.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        reset.triggered.connect(self.reset)
        view_menu.addAction(reset)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About bodymap"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _show_problems(self, problems: list[Problem]) -> None:
        dock = QDockWidget(self.tr("Problems in the maps (%n)", "", len(problems)), self)
        dock.setObjectName("problems")
        listing = QListWidget()
        listing.setAccessibleName(self.tr("Problems in the maps"))
        listing.addItems([str(p) for p in problems])
        listing.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        dock.setWidget(listing)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.problems_dock = dock

    @Slot()
    def reset(self) -> None:
        """Everything back to how the app started (what a kiosk does when left alone)."""
        for index in range(self.modes.count()):
            mode = self.modes.widget(index)
            if isinstance(mode, Mode):
                mode.reset()
        self.modes.setCurrentIndex(0)

    @Slot()
    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About bodymap"), self.tr(
            "<h3>bodymap %1</h3><p>An educational atlas of myofascial trigger points and the "
            "pain they refer, after the Travell &amp; Simons tradition.</p><p>It does not "
            "diagnose. See a doctor for pain that is severe, new or unexplained.</p>"
        ).replace("%1", __version__))


def app_instance() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
