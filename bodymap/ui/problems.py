"""The problems panel: what is wrong with the maps, in lines the user can read, copy and
re-check ("Reload maps"), optionally re-checked by itself when the maps folder changes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.atlas.problems import Problem

WATCH_DEBOUNCE_MS = 500  # editors write a file in several steps: wait for the last one


class ProblemsPanel(QWidget):
    """A list of `file:line:col: message` lines with Copy, Reload and Watch."""

    reload_requested = Signal()

    def __init__(
        self,
        folders: Sequence[Path] = (),
        debounce_ms: int = WATCH_DEBOUNCE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folders = [Path(folder) for folder in folders]
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.listing = QListWidget()
        self.listing.setObjectName("problemsList")
        self.listing.setAccessibleName(self.tr("Problems in the maps"))
        self.listing.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.listing.setWordWrap(True)
        self.listing.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the problems"))
        self.copy_button.setToolTip(self.tr("Copy the selected lines, or all of them"))
        self.reload_button = QPushButton(self.tr("&Reload maps"))
        self.reload_button.setAccessibleName(self.tr("Reload the maps and check them again"))
        self.watch = QCheckBox(self.tr("Reload when the maps change"))
        self.watch.setAccessibleName(self.tr("Reload the maps when a file in the folder changes"))
        self.watch.setEnabled(bool(self.folders))

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.watch)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.listing, 1)
        layout.addLayout(buttons)

        self.watcher = QFileSystemWatcher(self)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(debounce_ms)
        self.debounce.timeout.connect(self.reload_requested)
        self.watcher.directoryChanged.connect(self._changed)
        self.watcher.fileChanged.connect(self._changed)
        self.copy_button.clicked.connect(self.copy)
        self.reload_button.clicked.connect(self.reload_requested)
        self.watch.toggled.connect(self._watch)
        self.problems: list[Problem] = []
        self.show_problems([])

    # -- what is shown -------------------------------------------------------------------------
    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        self.listing.clear()
        self.listing.addItems([str(problem) for problem in self.problems])
        where = ", ".join(str(folder) for folder in self.folders)
        count = len(self.problems)
        if count:
            text = (
                self.tr("1 problem in the maps.")
                if count == 1
                else self.tr("%1 problems in the maps.").replace("%1", str(count))
            )
            text += " " + self.tr(
                "bodymap runs on the built-in atlas and every sound file; "
                "fix the lines below, then reload."
            )
        else:
            text = self.tr("No problems in the maps.")
        if where:
            text += " " + self.tr("Your maps: %1").replace("%1", where)
        self.summary.setText(text)
        self.copy_button.setEnabled(bool(self.problems))
        if self.watch.isChecked():
            self._watch(True)  # files may have come or gone

    def text(self) -> str:
        """The selected lines, or all of them, as they would be pasted."""
        chosen = self.listing.selectedItems() or [
            item
            for index in range(self.listing.count())
            if (item := self.listing.item(index)) is not None
        ]
        return "\n".join(item.text() for item in chosen)

    @Slot()
    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.text())

    # -- watching the folders ------------------------------------------------------------------
    def _watched_paths(self) -> list[str]:
        paths: list[str] = []
        for folder in self.folders:
            if folder.is_dir():
                paths.append(str(folder))
                paths += [
                    str(p)
                    for p in sorted(folder.rglob("*"))
                    if p.is_dir() or p.suffix in (".yaml", ".yml")
                ]
        return paths

    @Slot(bool)
    def _watch(self, on: bool) -> None:
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        if on:
            paths = self._watched_paths()
            if paths:
                self.watcher.addPaths(paths)
        else:
            self.debounce.stop()

    @Slot(str)
    def _changed(self, _path: str) -> None:
        self.debounce.start()  # restarts: one reload after the last change
