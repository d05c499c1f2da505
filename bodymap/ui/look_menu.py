"""View ▸ Text size, High contrast and Reduce motion: the person's look (bodymap.ui.theme),
applied at once and kept in the settings (Session)."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from bodymap.ui.theme import TEXT_SCALES, Look


class LookWindow(Protocol):
    look: Look

    def set_look(self, look: Look) -> None: ...


class LookMenus:
    """The three entries and their choices, checked to match the window's look."""

    def __init__(self, window: LookWindow, parent: QWidget, view_menu: QMenu) -> None:
        self.window = window
        text = view_menu.addMenu(QCoreApplication.translate("LookMenu", "&Text size"))
        self.sizes = QActionGroup(parent)
        for scale in TEXT_SCALES:
            action = QAction(f"{round(scale * 100)} %", parent, checkable=True)
            action.setData(scale)
            action.triggered.connect(lambda _=False, s=scale: self._choose(text_scale=s))
            self.sizes.addAction(action)
            text.addAction(action)
        text.addSeparator()
        larger = QAction(QCoreApplication.translate("LookMenu", "&Larger text"), parent)
        larger.setShortcut(QKeySequence.StandardKey.ZoomIn)
        larger.triggered.connect(lambda: self._step(+1))
        smaller = QAction(QCoreApplication.translate("LookMenu", "&Smaller text"), parent)
        smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
        smaller.triggered.connect(lambda: self._step(-1))
        text.addActions([larger, smaller])

        contrast = view_menu.addMenu(QCoreApplication.translate("LookMenu", "&High contrast"))
        self.contrasts = QActionGroup(parent)
        for key, label in (
            ("system", QCoreApplication.translate("LookMenu", "As the &system is set")),
            ("high", QCoreApplication.translate("LookMenu", "&On")),
            ("normal", QCoreApplication.translate("LookMenu", "O&ff")),
        ):
            action = QAction(label, parent, checkable=True)
            action.setData(key)
            action.triggered.connect(lambda _=False, k=key: self._choose(contrast=k))
            self.contrasts.addAction(action)
            contrast.addAction(action)

        self.motion = QAction(QCoreApplication.translate("LookMenu", "Reduce &motion"), parent)
        self.motion.setCheckable(True)
        self.motion.setStatusTip(
            QCoreApplication.translate(
                "LookMenu", "The hold timer's ring moves a second at a time, without sweeping"
            )
        )
        self.motion.triggered.connect(lambda on: self._choose(reduced_motion=on))
        view_menu.addAction(self.motion)
        self.show(window.look)

    def show(self, look: Look) -> None:
        for action in self.sizes.actions():
            action.setChecked(action.data() == look.text_scale)
        for action in self.contrasts.actions():
            action.setChecked(action.data() == look.contrast)
        self.motion.setChecked(look.reduced_motion)

    def _choose(self, **change: object) -> None:
        look = replace(self.window.look, **change)  # type: ignore[arg-type]
        self.window.set_look(look)
        self.show(look)

    def _step(self, step: int) -> None:
        scales = list(TEXT_SCALES)
        now = self.window.look.text_scale
        index = scales.index(now) if now in scales else 0
        self._choose(text_scale=scales[max(0, min(len(scales) - 1, index + step))])
