"""Explore mode: pick a trigger point (on the body or in the list) and see its referred pain."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from bodymap.ui.body_area import BodyArea
from bodymap.ui.finder import Finder
from bodymap.ui.mode import Mode
from bodymap.ui.panel import DetailsPanel

if TYPE_CHECKING:
    from bodymap.atlas import Atlas, Region, Side
    from bodymap.ui.sketch import Sketch


class ExploreMode(Mode):
    trigger_point_selected = Signal(str, str)   # trigger point id, side
    selection_cleared = Signal()

    def __init__(self, sketch: Sketch, parent: QWidget | None = None) -> None:
        """Drawn from the sketch at once; taps and searches answer from `attach` on (the
        window loads the atlas just after the first frame)."""
        super().__init__(parent)
        self.atlas: Atlas | None = None
        self.finder = Finder(sketch.points)
        self.body = BodyArea(sketch)
        self.panel = DetailsPanel()
        self._three_panes(self.finder, self.body, self.panel, (290, 700, 380))

        self.selection: tuple[str, Side] | None = None
        self.region: Region | None = None
        self.body.tapped.connect(self.on_tap)
        self.body.hovered.connect(self.on_hover)
        self.finder.trigger_point_chosen.connect(self._chosen_in_list)

    def attach(self, atlas: Atlas) -> None:
        self.atlas = atlas
        self.body.attach(atlas)
        self.finder.attach(atlas)
        self.panel.attach(atlas)

    # -- what a tap means ---------------------------------------------------------------------
    @Slot(str, float, float, float)
    def on_tap(self, view_id: str, x: float, y: float, tolerance: float) -> None:
        if self.atlas is None:
            return
        marker = self.atlas.pick(view_id, x, y, tolerance)
        if marker is not None:
            self.select(marker.trigger_point, marker.side)
            return
        region = self.atlas.region_at(view_id, x, y)
        if region is not None:
            self.show_region(region)
        else:
            self.clear()

    @Slot(str, float, float, float)
    def on_hover(self, view_id: str, x: float, y: float, tolerance: float) -> None:
        if self.atlas is None:
            return
        marker = self.atlas.pick(view_id, x, y, tolerance)
        if marker is not None:
            self.status.emit(self.atlas.trigger_points[marker.trigger_point].name)
            return
        region = self.atlas.region_at(view_id, x, y)
        self.status.emit(region.label if region else "")

    @Slot(str)
    def _chosen_in_list(self, point_id: str) -> None:
        if self.atlas is None:
            return
        side: Side = self.selection[1] if self.selection else "right"
        self.select(point_id, side)

    # -- state --------------------------------------------------------------------------------
    def select(self, point_id: str, side: Side = "right") -> None:
        assert self.atlas is not None, "a trigger point is selected once the atlas is attached"
        point = self.atlas.trigger_points[point_id]
        self.selection = (point_id, side)
        self._show_region_everywhere(None)
        for scene in self.body.scenes.values():
            scene.show_trigger_point(point_id, side)
        self.body.ensure_visible(point.views)
        self.panel.show_trigger_point(point_id, side)
        self.finder.mark(point_id)
        self.trigger_point_selected.emit(point_id, side)

    def show_region(self, region: Region) -> None:
        self._clear_selection()
        self._show_region_everywhere(region)
        self.panel.show_region(region)
        self.status.emit(region.label)

    def _show_region_everywhere(self, region: Region | None) -> None:
        self.region = region
        for view_id, scene in self.body.scenes.items():
            scene.show_region(region if region is not None and region.view == view_id else None)

    def _clear_selection(self) -> None:
        if self.selection is not None:
            self.selection = None
            for scene in self.body.scenes.values():
                scene.show_trigger_point(None, None)
            self.finder.mark(None)
            self.selection_cleared.emit()

    def clear(self) -> None:
        self._clear_selection()
        self._show_region_everywhere(None)
        self.panel.show_welcome()

    def reset(self) -> None:
        """Back to the start: nothing selected, no search, default views and zoom."""
        self.clear()
        self.finder.reset()
        self.body.reset()
