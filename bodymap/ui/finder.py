"""The trigger point finder: a search field over a list grouped by body area."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from bodymap.ui.lazy_qt import Qt

if TYPE_CHECKING:
    from bodymap.atlas import Atlas
    from bodymap.ui.sketch import PointEntry

AREA_NAMES = {
    "head": "Head and face", "neck": "Neck", "shoulder": "Shoulder", "upper_back": "Upper back",
    "chest": "Chest", "abdomen": "Abdomen", "arm": "Upper arm", "forearm_hand": "Forearm and hand",
    "lower_back": "Lower back", "hip": "Hip and buttock", "thigh": "Thigh",
    "leg_foot": "Leg and foot",
}
# The item data role of a point's id: `Qt.ItemDataRole.UserRole`, as its number, so that the
# first frame is filled without Qt's namespace of enums (`lazy_qt`).
ID_ROLE = 256


class Finder(QWidget):
    trigger_point_chosen = Signal(str)

    def __init__(self, points: Mapping[str, PointEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas: Atlas | None = None   # searching needs it; listing does not
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search muscle, alias or symptom…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search trigger points"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Trigger points by body area"))
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._fill(points)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_first)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)

    def attach(self, atlas: Atlas) -> None:
        self.atlas = atlas
        # The areas are headings, not choices. (Set now rather than in `_fill`: Qt's item
        # flags would be the first frame's only use of its namespace of enums, `lazy_qt`.)
        for index in range(self.tree.topLevelItemCount()):
            area = self.tree.topLevelItem(index)
            if area is not None:
                area.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if self.search.text().strip():
            self._filter(self.search.text())

    def _fill(self, points: Mapping[str, PointEntry]) -> None:
        """Areas head to foot, muscles by name, each muscle's points in the atlas's order."""
        areas: dict[str, QTreeWidgetItem] = {}
        order = list(AREA_NAMES)
        listed = sorted(points.values(), key=lambda p: (
            order.index(p.body_area) if p.body_area in order else 99, p.muscle_name))
        for point in listed:
            if point.body_area not in areas:
                area = QTreeWidgetItem([self.tr(AREA_NAMES.get(point.body_area,
                                                                point.body_area))])
                self.tree.addTopLevelItem(area)
                areas[point.body_area] = area
            item = QTreeWidgetItem([point.name])
            item.setData(0, ID_ROLE, point.id)
            item.setToolTip(0, ", ".join(point.symptoms))
            areas[point.body_area].addChild(item)
            self._items[point.id] = item
        self.tree.expandAll()

    @Slot(str)
    def _filter(self, text: str) -> None:
        if self.atlas is None:
            return  # `attach` filters what was typed meanwhile
        shown = {p.id for p in self.atlas.search(text)} if text.strip() else set(self._items)
        for point_id, item in self._items.items():
            item.setHidden(point_id not in shown)
        for index in range(self.tree.topLevelItemCount()):
            area = self.tree.topLevelItem(index)
            if area is not None:
                children = (area.child(i) for i in range(area.childCount()))
                area.setHidden(all(child is None or child.isHidden() for child in children))

    @Slot()
    def _choose_first(self) -> None:
        for point_id, item in self._items.items():
            if not item.isHidden():
                self.trigger_point_chosen.emit(point_id)
                return

    @Slot(QTreeWidgetItem)
    def _activated(self, item: QTreeWidgetItem) -> None:
        point_id = item.data(0, ID_ROLE)
        if point_id:
            self.trigger_point_chosen.emit(point_id)

    def mark(self, point_id: str | None) -> None:
        """Show the current trigger point in the list without choosing it again."""
        blocked = self.tree.blockSignals(True)
        try:
            item = self._items.get(point_id) if point_id else None
            self.tree.setCurrentItem(item) if item else self.tree.clearSelection()
            if item:
                self.tree.scrollToItem(item)
        finally:
            self.tree.blockSignals(blocked)

    def reset(self) -> None:
        self.search.clear()
        self.mark(None)
