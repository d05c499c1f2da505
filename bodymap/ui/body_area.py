"""The body views of one mode: front and back side by side, or one view at a time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from bodymap.ui.body_view import BodyView
from bodymap.ui.items import BodyScene

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from bodymap.atlas import Atlas
    from bodymap.ui.sketch import Raster, Sketch

BOTH = "front+back"
NARROW_PIXELS = 560   # below this width "front + back" shows one view at a time


class BodyArea(QWidget):
    tapped = Signal(str, float, float, float)
    hovered = Signal(str, float, float, float)
    layout_changed = Signal(str)

    def __init__(self, sketch: Sketch, atlas: Atlas | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenes = {view_id: BodyScene(view, sketch)
                       for view_id, view in sketch.views.items()}
        self.views = {view_id: BodyView(scene) for view_id, scene in self.scenes.items()}
        for view in self.views.values():
            view.tapped.connect(self.tapped)
            view.hovered.connect(self.hovered)

        self.buttons = QButtonGroup(self)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        choices = ([(BOTH, self.tr("Front + back"))] if {"front", "back"} <= set(self.scenes)
                   else [])
        names = {"front": self.tr("Front"), "back": self.tr("Back"), "side": self.tr("Side"),
                 "soles": self.tr("Soles")}
        choices += [(view_id, names.get(view_id, view_id)) for view_id in self.scenes]
        for key, text in choices:
            button = QPushButton(text)
            button.setCheckable(True)
            button.setProperty("layout_key", key)
            button.setAccessibleName(self.tr("Show %s") % text)
            button.setObjectName("viewSwitch")
            self.buttons.addButton(button)
            bar.addWidget(button)
        bar.addStretch(1)
        # Show it big: the highlighted pattern fills each view; back to the whole body.
        self.zoom_button = QPushButton(self.tr("Zoom to the pattern"))
        self.zoom_button.setAccessibleName(self.tr("Zoom to the highlighted pattern"))
        self.zoom_button.setObjectName("viewSwitch")
        self.zoom_button.clicked.connect(self.zoom_to_focus)
        self.whole_button = QPushButton(self.tr("Whole body"))
        self.whole_button.setAccessibleName(self.tr("Show the whole body"))
        self.whole_button.setObjectName("viewSwitch")
        self.whole_button.clicked.connect(self.reset_zoom)
        zoom_bar = QHBoxLayout()
        zoom_bar.addStretch(1)
        zoom_bar.addWidget(self.zoom_button)
        zoom_bar.addWidget(self.whole_button)
        self.buttons.buttonClicked.connect(
            lambda button: self.set_layout(str(button.property("layout_key"))))

        self.row = QHBoxLayout()
        self.row.setSpacing(6)
        for view in self.views.values():
            self.row.addWidget(view)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(bar)
        outer.addLayout(self.row, 1)
        outer.addLayout(zoom_bar)
        self.layout_key = ""
        self._narrow_view = "front"
        self.set_layout(choices[0][0])
        if atlas is not None:
            self.attach(atlas)

    def attach(self, atlas: Atlas) -> None:
        """The atlas: the scenes can show zones, the views answer touch."""
        for scene in self.scenes.values():
            scene.attach(atlas)
        for view in self.views.values():
            view.attach()

    def rasters(self, kept: Mapping[str, Raster] | None = None) -> dict[str, Raster]:
        """The figures of the views shown now, as they are drawn (`BodyView.figure_raster`):
        those of `kept` that still are, the others drawn anew."""
        kept = kept or {}
        found = {view_id: self.views[view_id].figure_raster(kept.get(view_id))
                 for view_id in self.shown_views()}
        return {view_id: raster for view_id, raster in found.items() if raster is not None}

    def shown_views(self) -> list[str]:
        if self.layout_key == BOTH:
            if self.width() < NARROW_PIXELS and self.isVisible():
                return [self._narrow_view]
            return ["front", "back"]
        return [self.layout_key]

    @Slot(str)
    def set_layout(self, key: str) -> None:
        if key != BOTH and key not in self.views:
            return
        self.layout_key = key
        shown = set(self.shown_views())
        for view_id, view in self.views.items():
            view.setVisible(view_id in shown)
        for button in self.buttons.buttons():
            button.setChecked(button.property("layout_key") == key)
        self.layout_changed.emit(key)

    def ensure_visible(self, view_ids: tuple[str, ...]) -> None:
        """Show at least one of `view_ids`, keeping the current layout where it can."""
        if not view_ids:
            return
        if self.layout_key == BOTH and {"front", "back"} & set(view_ids):
            # Narrow windows show one of the pair: the one where the point is.
            self._narrow_view = "front" if "front" in view_ids else "back"
            self.set_layout(BOTH)
        elif not set(view_ids) & set(self.shown_views()):
            self.set_layout(view_ids[0])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.layout_key == BOTH:
            self.set_layout(BOTH)

    @Slot()
    def zoom_to_focus(self) -> None:
        """Frame what is highlighted in each shown view; views with nothing show it whole."""
        for view_id in self.shown_views():
            focus = self.scenes[view_id].focus_rect()
            if focus is None:
                self.views[view_id].reset_zoom()
            else:
                self.views[view_id].zoom_to(focus)

    @Slot()
    def reset_zoom(self) -> None:
        for view in self.views.values():
            view.reset_zoom()

    def reset(self) -> None:
        self._narrow_view = "front"
        self.reset_zoom()
        self.set_layout(BOTH if BOTH in [b.property("layout_key")
                                         for b in self.buttons.buttons()] else "front")
