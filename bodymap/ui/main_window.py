"""The main window: composes the modes, the menus and the problems list; decides nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from bodymap import __version__
from bodymap.ui.explore import ExploreMode
from bodymap.ui.lazy_qt import Qt
from bodymap.ui.mode import Mode

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from bodymap.atlas import Atlas, LoadResult, Problem
    from bodymap.ui.problems import ProblemsPanel
    from bodymap.ui.sketch import Sketch
    from bodymap.ui.where import WhereMode


class Waiting(Mode):
    """The place of a mode that needs the atlas, for the moment before it is loaded."""

    def reset(self) -> None:
        pass


class MainWindow(QMainWindow):
    ready = Signal()   # the atlas is attached: every mode answers

    def __init__(self, atlas: Atlas | None = None, problems: list[Problem] | None = None,
                 parent: QWidget | None = None,
                 reload: Callable[[], LoadResult] | None = None,
                 map_folders: Sequence[Path] = (), watch_debounce_ms: int = 500,
                 sketch: Sketch | None = None) -> None:
        """A window over `atlas`, or drawn from `sketch` alone until `attach` gives it the
        atlas (how the app starts fast: docs/performance.md)."""
        super().__init__(parent)
        if sketch is None:
            if atlas is None:
                raise ValueError("MainWindow needs an atlas or a sketch of one")
            from bodymap.ui.sketch import sketch_of

            sketch = sketch_of(atlas)
        # `reload` loads the maps again (the built-in atlas and the user's folders): "Reload
        # maps" in the problems panel rebuilds every mode over what it returns.
        self._reload = reload
        self._map_folders = list(map_folders)
        self._watch_debounce_ms = watch_debounce_ms
        self.problems_panel: ProblemsPanel | None = None   # made with the atlas (`attach`)
        self.problems_dock: QDockWidget | None = None
        self.view_actions: list[QAction] = []
        self.atlas: Atlas | None = None
        self.where: WhereMode | Waiting
        self.setWindowTitle(self.tr("bodymap: referred pain atlas"))
        self.hover_label = QLabel()
        self.statusBar().addWidget(self.hover_label, 1)
        # A permanent widget: a status message would hide the hover line for good.
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Educational material, not a diagnosis.")))
        # One tab per mode; each mode is a widget with a `status` signal and a `reset()`.
        self.modes = QTabWidget()
        self.modes.setObjectName("modes")
        self.modes.setDocumentMode(True)
        self.modes.setAccessibleName(self.tr("Modes"))
        self._build_modes(sketch)
        self.setCentralWidget(self.modes)
        self._menus()
        self.resize(1400, 900)
        if atlas is not None:
            self.attach(atlas, problems or [])

    def _build_modes(self, sketch: Sketch) -> None:
        """(Re)create every mode, one tab each, in the order of the tabs: Explore from the
        sketch, the others waiting for the atlas."""
        while self.modes.count():
            old = self.modes.widget(0)
            self.modes.removeTab(0)
            if old is not None:
                old.deleteLater()
        self.sketch = sketch
        self.atlas = None
        self.explore = ExploreMode(sketch)
        self._add_mode(self.explore, self.tr("Explore trigger points"))
        self.where = Waiting()
        self._add_mode(self.where, self.tr("Where does it hurt?"))

    def _add_mode(self, mode: Mode, title: str, index: int = -1) -> None:
        mode.status.connect(self.hover_label.setText)
        self.modes.insertTab(index, mode, title)

    def attach(self, atlas: Atlas, problems: Sequence[Problem] = (), later: bool = False
               ) -> None:
        """Give the window the atlas its sketch was made from, and the problems found in
        loading it: every mode answers from now on (`ready`). With `later`, Explore answers
        at once and "Where does it hurt?" is built on the next turn of the event loop: the
        app's start, which then never stalls for the two together (~0.1 s)."""
        self.atlas = atlas
        self.explore.attach(atlas)
        self._show_problems(list(problems))
        if later:
            QTimer.singleShot(0, lambda: self._attach_where(atlas))
        else:
            self._attach_where(atlas)

    def _attach_where(self, atlas: Atlas) -> None:
        from bodymap.ui.where import WhereMode

        if atlas is not self.atlas:   # the maps were reloaded meanwhile, with their own
            return
        index = self.modes.indexOf(self.where)
        title = self.modes.tabText(index)
        current = self.modes.currentIndex()
        self.modes.removeTab(index)
        self.where.deleteLater()
        self.where = WhereMode(atlas, self.sketch)
        self._add_mode(self.where, title, index)
        self.modes.setCurrentIndex(current)
        self.ready.emit()

    def _menus(self) -> None:
        # Shortcuts are given with `setShortcuts`: `setShortcut` has PySide choose between
        # overloads, which builds Qt's namespace of enums before the first frame (`lazy_qt`).
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.view_menu = view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._view_separator = view_menu.addSeparator()
        self._bind_view_actions()
        # "Problems in the maps" comes before this, with the panel (`_show_problems`).
        self._reload_action = reload_maps = QAction(self.tr("Re&load maps"), self)
        reload_maps.setShortcuts(QKeySequence.StandardKey.Refresh)
        reload_maps.setEnabled(self._reload is not None)
        reload_maps.triggered.connect(self.reload_maps)
        view_menu.addAction(reload_maps)
        view_menu.addSeparator()
        reset = QAction(self.tr("&Reset"), self)
        reset.setShortcuts([QKeySequence("Esc")])
        reset.triggered.connect(self.reset)
        view_menu.addAction(reset)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About bodymap"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _bind_view_actions(self) -> None:
        """One action per layout button of Explore (Ctrl+1 …), made again for new modes."""
        for action in self.view_actions:
            self.view_menu.removeAction(action)
            action.deleteLater()
        self.view_actions = []
        for index, button in enumerate(self.explore.body.buttons.buttons(), 1):
            action = QAction(button.text(), self)
            action.setShortcuts([QKeySequence(f"Ctrl+{index}")])
            action.triggered.connect(button.click)
            self.view_menu.insertAction(self._view_separator, action)
            self.view_actions.append(action)

    def _show_problems(self, problems: list[Problem]) -> None:
        if self.problems_panel is None:
            self._make_problems_dock()
        assert self.problems_panel is not None and self.problems_dock is not None
        self.problems_panel.show_problems(problems)
        self.problems_dock.setWindowTitle(
            self.tr("Problems in the maps (%n)", "", len(problems)))
        if problems:
            self.problems_dock.show()

    def _make_problems_dock(self) -> None:
        """The problems panel in its dock, hidden, and its entry in the View menu: made with
        the atlas, as the first frame shows neither."""
        from PySide6.QtWidgets import QDockWidget

        from bodymap.ui.problems import ProblemsPanel

        panel = self.problems_panel = ProblemsPanel(self._map_folders, self._watch_debounce_ms)
        panel.reload_button.setEnabled(self._reload is not None)
        panel.watch.setEnabled(self._reload is not None and bool(self._map_folders))
        panel.reload_requested.connect(self.reload_maps)
        dock = self.problems_dock = QDockWidget(self)
        dock.setObjectName("problems")
        dock.setWidget(panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [190], Qt.Orientation.Vertical)
        dock.setVisible(False)  # the View menu opens it any time
        toggle = dock.toggleViewAction()
        toggle.setText(self.tr("&Problems in the maps"))
        self.view_menu.insertAction(self._reload_action, toggle)

    @Slot()
    def reload_maps(self) -> None:
        """Load the maps again; rebuild the modes over the new atlas when there is one."""
        if self._reload is None:
            return
        result = self._reload()
        if result.atlas is not None:
            from bodymap.ui.sketch import sketch_of

            self._build_modes(sketch_of(result.atlas))
            self._bind_view_actions()
            self.attach(result.atlas, result.problems)
        else:
            self._show_problems(result.problems)
        self.statusBar().showMessage(
            self.tr("Maps reloaded: no problems.") if not result.problems else
            self.tr("Maps reloaded: %1 problem(s); see the list below.").replace(
                "%1", str(len(result.problems))), 8000)

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
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About bodymap"), self.tr(
            "<h3>bodymap %1</h3><p>An educational atlas of myofascial trigger points and the "
            "pain they refer, after the Travell &amp; Simons tradition.</p><p>It does not "
            "diagnose. See a doctor for pain that is severe, new or unexplained.</p>"
        ).replace("%1", __version__))


def app_instance() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
