"""The main window: composes the modes over the application's state, the menus and the
problems list; decides nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from bodymap import __version__
from bodymap.atlas.loader import LoadResult
from bodymap.language import LANGUAGES
from bodymap.state.app import MODES, AppState
from bodymap.ui import theme
from bodymap.ui.explore import ExploreMode
from bodymap.ui.exports import Exports
from bodymap.ui.look_menu import LookMenus
from bodymap.ui.mode import Mode
from bodymap.ui.problems import ProblemsPanel
from bodymap.ui.study import StudyMode
from bodymap.ui.theme import Look
from bodymap.ui.translate import translate
from bodymap.ui.where import WhereMode

DEFAULT_SIZE = (1400, 900)
SCREEN_SHARE = 0.92  # of the screen's free area, at most, for a first window


class MainWindow(QMainWindow):
    reloaded = Signal()  # the maps were loaded again and the modes rebuilt over them
    language_chosen = Signal(str)  # View ▸ Language: a language code, "" for the system's
    look_chosen = Signal(object)  # View ▸ Text size, High contrast, Reduce motion: a Look

    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        reload: Callable[[], LoadResult] | None = None,
        map_folders: Sequence[Path] = (),
        watch_debounce_ms: int = 500,
    ) -> None:
        """A window over `state`; `reload` loads the maps again (the built-in atlas and the
        user's folders): "Reload maps" rebuilds every mode over what it returns."""
        super().__init__(parent)
        self._reload = reload
        self.look = Look()  # the text size, contrast and motion in force (set_look)
        self.public = False  # a kiosk's window (make_public): its touch stylesheet too
        self.setWindowTitle(self.tr("bodymap: referred pain atlas"))
        self.hover_label = QLabel()
        self.statusBar().addWidget(self.hover_label, 1)
        # A permanent widget: a status message would hide the hover line for good.
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Educational material, not a diagnosis."))
        )
        self.modes = QTabWidget()
        self.modes.setObjectName("modes")
        self.modes.setDocumentMode(True)
        self.modes.setAccessibleName(self.tr("Modes"))
        self.modes.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.modes)

        self.problems_panel = ProblemsPanel(map_folders, watch_debounce_ms)
        self.problems_panel.reload_button.setEnabled(reload is not None)
        self.problems_panel.watch.setEnabled(reload is not None and bool(map_folders))
        self.problems_panel.reload_requested.connect(self.reload_maps)
        self.problems_dock = QDockWidget(self)
        self.problems_dock.setObjectName("problems")
        self.problems_dock.setWidget(self.problems_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.setVisible(False)  # the View menu opens it any time
        self._menus()
        self._build(state)
        self.resize(*fitted_size(self.screen().availableGeometry()))

    def _build(self, state: AppState) -> None:
        """(Re)create every mode over `state`, one tab each."""
        while self.modes.count():
            old = self.modes.widget(0)
            self.modes.removeTab(0)
            if old is not None:
                old.deleteLater()
        self.state = state
        self.explore = ExploreMode(state.explore, state.timer)
        self.where = WhereMode(state.where)
        self.study = StudyMode(state.study)
        self.where.open_requested.connect(state.open_candidate)
        for mode in (self.explore, self.where, self.study):
            mode.body.present_requested.connect(
                lambda mode=mode: self.set_presenting(mode.body.present_button.isChecked())
            )
        self.explore.back.clicked.connect(state.back_to_where)
        if self.explore.timer_panel is not None:
            self.explore.timer_panel.set_reduced_motion(self.look.reduced_motion)
        for mode, title in (
            (self.explore, self.tr("Explore trigger points")),
            (self.where, self.tr("Where does it hurt?")),
            (self.study, self.tr("Study")),
        ):
            mode.status.connect(self.hover_label.setText)
            self.modes.addTab(mode, title)
        state.subscribe(self._state_changed)
        self._show_problems()

    def mode_widgets(self) -> list[Mode]:
        return [self.explore, self.where, self.study]

    def current_mode(self) -> Mode:
        return self.mode_widgets()[MODES.index(self.state.mode)]

    # -- menus ---------------------------------------------------------------------------------
    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.exports = Exports(self, file_menu)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        find = QAction(self.tr("&Find a trigger point…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find_point)
        view_menu.addAction(find)
        view_menu.addSeparator()
        names = {
            "front+back": self.tr("Front + back"),
            "front": self.tr("Front"),
            "back": self.tr("Back"),
            "side": self.tr("Right side"),
            "side_left": self.tr("Left side"),
            "soles": self.tr("Soles"),
        }
        for index, (key, name) in enumerate(names.items(), 1):
            action = QAction(name, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(
                lambda _=False, key=key: self.current_mode().choose_layout(key)
            )
            view_menu.addAction(action)
        view_menu.addSeparator()
        problems = self.problems_dock.toggleViewAction()
        problems.setText(self.tr("&Problems in the maps"))
        view_menu.addAction(problems)
        reload_maps = QAction(self.tr("Re&load maps"), self)
        reload_maps.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_maps.setEnabled(self._reload is not None)
        reload_maps.triggered.connect(self.reload_maps)
        view_menu.addAction(reload_maps)
        # Settings of the app's state (AppState), kept between runs.
        self.client_view = self._switch(
            view_menu,
            self.tr("Client &view: hide clinician-only techniques"),
            "",
            self.tr("Show clinician-only techniques by their label alone, for a client's screen"),
            self._client_view_toggled,
        )
        self.all_points = self._switch(
            view_menu,
            self.tr("Show &all trigger points with a pattern"),
            self.tr("Ctrl+T"),
            self.tr("Keep the other trigger points on, faintly, while a pattern is shown"),
            self._all_points_toggled,
        )
        self.mirror = self._switch(
            view_menu,
            self.tr("&Mirror: as the client sees themself"),
            self.tr("Ctrl+Shift+M"),
            self.tr("Swap left and right, as in a mirror; off: as you see the client facing you"),
            self.state_setter("set_mirrored"),
        )
        self.present = self._switch(
            view_menu,
            self.tr("&Present: full screen, large type"),
            "F11",
            self.tr("Full screen with large type and panel, readable across the table"),
            self.set_presenting,
        )
        self.anatomy = self._switch(
            view_menu,
            self.tr("&Anatomy: the muscles around a pattern"),
            self.tr("Ctrl+M"),
            self.tr("Draw the muscles of the shown point's body area faintly under its pattern"),
            self._anatomy_toggled,
        )
        self._language_menu(view_menu.addMenu(self.tr("&Language")))
        self.look_menus = LookMenus(self, self, view_menu)
        view_menu.addSeparator()
        hold = QAction(self.tr("Start or pause the &hold timer"), self)
        hold.setShortcut(QKeySequence(self.tr("Ctrl+Space")))
        hold.triggered.connect(self._toggle_timer)
        view_menu.addAction(hold)
        clear = QAction(self.tr("&Clear the selection"), self)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.triggered.connect(self.escape)
        view_menu.addAction(clear)
        start_over = QAction(self.tr("&Start over"), self)
        start_over.triggered.connect(self.start_over)
        view_menu.addAction(start_over)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence.StandardKey.HelpContents)
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        about = QAction(self.tr("&About bodymap"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _language_menu(self, menu: QMenu) -> None:
        """The system's language or one of the shipped ones; the choice is kept (Session)
        and takes effect when bodymap starts again."""
        group = QActionGroup(self)
        for code, name in (("", self.tr("The system's language")), *LANGUAGES.items()):
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == "")
            action.triggered.connect(lambda _=False, code=code: self.language_chosen.emit(code))
            group.addAction(action)
            menu.addAction(action)
        self.language_actions = group

    def set_look(self, look: Look) -> None:
        """Text size, contrast and motion, at once: the stylesheet and fonts, the figure's
        colours, the details, the timer's ring."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, look, kiosk=self.public)
        self.look = look
        for mode in self.mode_widgets():
            for scene in mode.body.scenes.values():
                scene.restyle()
            if not self.public:  # a kiosk sets its own widths
                mode.scale_panes(look.text_scale)
        self.explore.panel.restyle()
        if self.explore.timer_panel is not None:
            self.explore.timer_panel.set_reduced_motion(look.reduced_motion)
        if self.property("presenting"):
            self.setStyleSheet(theme.expand(PRESENTING, look.text_scale))
        self.look_menus.show(look)
        self.look_chosen.emit(look)

    def show_language_choice(self, code: str) -> None:
        """Check the Language menu's entry for `code` ("" the system's)."""
        for action in self.language_actions.actions():
            action.setChecked(action.data() == code)

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every menu entry with a shortcut, menu by menu."""
        found = []
        for menu in self.menuBar().findChildren(QMenu):
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    found.append((keys, action.text().replace("&", "")))
        extra = [
            (self.tr("Enter"), self.tr("In the search: open the best match")),
            (self.tr("Down"), self.tr("In the search: into the list of matches")),
            (self.tr("Space"), self.tr("On the hold timer: start, pause or resume")),
            (self.tr("Ctrl+Enter"), self.tr("On a candidate: open it in Explore")),
        ]
        return found + extra

    @Slot()
    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td><b>{escape(keys)}</b>&nbsp;&nbsp;</td><td>{escape(what)}</td></tr>"
            for keys, what in self.shortcuts()
        )
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    @Slot()
    def _toggle_timer(self) -> None:
        if self.state.mode == "explore" and self.state.explore.selection is not None:
            self.state.timer.toggle()

    @Slot()
    def find_point(self) -> None:
        """Ctrl+F: the search of Explore, ready to type in."""
        self.state.set_mode("explore")
        self.explore.finder.search.setFocus()
        self.explore.finder.search.selectAll()

    def make_public(self, modes: Sequence[str] = MODES) -> None:
        """For a screen the public uses (the kiosk): no menus and none of their shortcuts (quit,
        reload, the problems panel with its file paths, the settings), clinician-only
        techniques by their label alone, candidates' reasons in words, the modes offered."""
        self.public = True
        self.menuBar().hide()
        for menu in self.menuBar().findChildren(QMenu):
            for action in menu.actions():
                action.setEnabled(False)
            menu.setEnabled(False)
        self.problems_dock.hide()
        self.problems_panel.watch.setChecked(False)
        self.state.set_client_view(True)
        self.where.public = True
        self.where.hide_record()
        for shown in self.mode_widgets():  # already full screen; the therapist's tools go
            shown.body.present_button.hide()
        if self.explore.timer_panel is not None:
            self.explore.timer_panel.setParent(None)
            self.explore.timer_panel = None
        self.explore.set_widths((400, 900, 540))
        self.where.set_widths((420, 860, 580))
        for index, mode in enumerate(MODES):
            self.modes.setTabVisible(index, mode in modes)

    def _switch(
        self, menu: QMenu, text: str, shortcut: str, tip: str, toggled: Callable[[bool], None]
    ) -> QAction:
        """A checkable menu entry for one of the state's on/off settings."""
        action = QAction(text, self)
        action.setCheckable(True)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.toggled.connect(toggled)
        menu.addAction(action)
        return action

    # -- state -> widgets ----------------------------------------------------------------------
    def _state_changed(self, aspect: str) -> None:
        if aspect == "mode":
            self.modes.setCurrentIndex(MODES.index(self.state.mode))
        elif aspect == "return":
            self.explore.back.setVisible(self.state.returns_to_where)
        elif aspect == "client_view":
            self.client_view.setChecked(self.state.client_view)
            self.explore.panel.set_client_view(self.state.client_view)
        elif aspect == "all_points":
            self.all_points.setChecked(self.state.all_points)
            for scene in self.explore.body.scenes.values():
                scene.set_all_markers(self.state.all_points)
        elif aspect == "mirrored":
            self.mirror.setChecked(self.state.mirrored)
            for mode in self.mode_widgets():
                mode.body.set_mirrored(self.state.mirrored)
        elif aspect == "anatomy":
            self.anatomy.setChecked(self.state.anatomy)
            for scene in self.explore.body.scenes.values():
                scene.set_anatomy(self.state.anatomy)

    @Slot(bool)
    def _client_view_toggled(self, on: bool) -> None:
        self.state.set_client_view(on)

    @Slot(bool)
    def _all_points_toggled(self, on: bool) -> None:
        self.state.set_all_points(on)

    def state_setter(self, name: str) -> Callable[[bool], None]:
        """A slot that calls `name` on the state the window has now (a reload replaces it)."""
        return lambda on: getattr(self.state, name)(on)

    @Slot(bool)
    def set_presenting(self, on: bool) -> None:
        """Full screen with large type, for showing a client across the treatment table."""
        if self.present.isChecked() != on:
            self.present.setChecked(on)
            return
        self.setProperty("presenting", on)
        self.setStyleSheet(theme.expand(PRESENTING, self.look.text_scale) if on else "")
        for mode in self.mode_widgets():
            mode.body.present_button.setChecked(on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    @Slot(bool)
    def _anatomy_toggled(self, on: bool) -> None:
        self.state.set_anatomy(on)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(MODES) and hasattr(self, "state"):
            self.state.set_mode(MODES[index])
            self.hover_label.clear()

    def _show_problems(self) -> None:
        problems = self.state.problems
        self.problems_panel.show_problems(problems)
        self.problems_dock.setWindowTitle(self.tr("Problems in the maps (%n)", "", len(problems)))
        if problems:
            self.problems_dock.show()

    # -- actions -------------------------------------------------------------------------------
    @Slot()
    def escape(self) -> None:
        """Escape: empties the text field being typed in, or else clears what the mode in
        front shows (never the pain drawing: Clear and Undo are for that)."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and focused.text():
            focused.clear()
            return
        self.current_mode().clear()
        self.hover_label.clear()

    @Slot()
    def start_over(self) -> None:
        """Back to the first mode with nothing shown; a drawing is cleared as an edit that
        Undo brings back."""
        self.state.start_over()
        for mode in self.mode_widgets():
            mode.reset()

    @Slot()
    def reset(self) -> None:
        """As a fresh start, with nothing to bring back (what a kiosk does between visitors,
        and after an unexpected error)."""
        self.state.reset()
        for mode in self.mode_widgets():
            mode.reset()
        self.hover_label.clear()

    @Slot()
    def reload_maps(self) -> None:
        """Load the maps again; rebuild the modes over the new atlas when there is one."""
        if self._reload is None:
            return
        result = self._reload()
        current = self.modes.currentIndex()
        if result.atlas is not None:
            old = self.state
            self._build(AppState(result.atlas, result.problems, translate=translate))
            for setting in PREFERENCES:  # the person's settings outlive the maps
                getattr(self.state, f"set_{setting}")(getattr(old, setting))
            self.modes.setCurrentIndex(current)
            self.reloaded.emit()
        else:
            self.problems_panel.show_problems(result.problems)
            self.problems_dock.show()
        self.statusBar().showMessage(
            self.tr("Maps reloaded: no problems.")
            if not result.problems
            else self.tr("Maps reloaded: %1 problem(s); see the list below.").replace(
                "%1", str(len(result.problems))
            ),
            8000,
        )

    @Slot()
    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About bodymap"),
            self.tr(
                "<h3>bodymap %1</h3><p>An educational atlas of myofascial trigger points and the "
                "pain they refer, after the Travell &amp; Simons tradition.</p><p>It does not "
                "diagnose. See a doctor for pain that is severe, new or unexplained.</p>"
            ).replace("%1", __version__),
        )


# The state's settings (AppState), which a reload of the maps keeps.
PREFERENCES = ("client_view", "all_points", "anatomy", "mirrored")

# Presentation: the type and the details large enough to read across a treatment table.
PRESENTING = """
QTextBrowser#details { font-size: 1.8em; }
QTreeWidget, QListWidget { font-size: 1.5em; }
QTabBar::tab { font-size: 1.5em; padding: 8px 18px; }
QPushButton { font-size: 1.35em; }
QLabel#timerPhase { font-size: 1.65em; }
"""


def fitted_size(available: QRect) -> tuple[int, int]:
    """A first window's size: the default, within the screen's free area."""
    width = min(DEFAULT_SIZE[0], round(available.width() * SCREEN_SHARE))
    tall = available.height() > available.width()
    height = round(available.height() * (0.8 if tall else SCREEN_SHARE))
    return width, min(height, DEFAULT_SIZE[1]) if not tall else height


def fits_on_a_screen(window: QWidget) -> bool:
    """Whether the window lies wholly on a screen's free area (a restored place may not)."""
    frame = window.frameGeometry()
    return any(screen.availableGeometry().contains(frame) for screen in QGuiApplication.screens())
