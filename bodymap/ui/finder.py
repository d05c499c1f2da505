"""The trigger point finder: a search field over a list grouped by body area."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from bodymap.atlas.vocabulary import AREA_TITLES, BODY_AREAS
from bodymap.state.explore import ExploreState

ID_ROLE = Qt.ItemDataRole.UserRole


class Finder(QWidget):
    """Lists what the explore state has found; typing searches, a row chosen selects."""

    def __init__(self, state: ExploreState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
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
        self.items: dict[str, QTreeWidgetItem] = {}
        self._fill()
        self.search.textChanged.connect(state.search)
        self.search.returnPressed.connect(self._choose_first)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)

    def _fill(self) -> None:
        """Areas head to foot, muscles by name, each muscle's points in the atlas's order."""
        atlas = self.state.atlas
        areas: dict[str, QTreeWidgetItem] = {}

        def order(point_id: str) -> tuple[int, str]:
            muscle = atlas.muscle_of(point_id)
            area = BODY_AREAS.index(muscle.body_area) if muscle.body_area in BODY_AREAS else 99
            return area, muscle.name

        for point_id in sorted(atlas.trigger_points, key=order):
            point = atlas.trigger_points[point_id]
            area_id = atlas.muscle_of(point_id).body_area
            if area_id not in areas:
                area = QTreeWidgetItem([self.tr(AREA_TITLES.get(area_id, area_id))])
                area.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
                self.tree.addTopLevelItem(area)
                areas[area_id] = area
            item = QTreeWidgetItem([point.name])
            item.setData(0, ID_ROLE, point.id)
            item.setToolTip(0, point.name)
            areas[area_id].addChild(item)
            self.items[point.id] = item
        self.tree.expandAll()

    def show_found(self) -> None:
        """Only the points the state found, under their areas."""
        found = set(self.state.found)
        for point_id, item in self.items.items():
            item.setHidden(point_id not in found)
        for index in range(self.tree.topLevelItemCount()):
            area = self.tree.topLevelItem(index)
            if area is not None:
                children = (area.child(i) for i in range(area.childCount()))
                area.setHidden(all(child is None or child.isHidden() for child in children))
        if self.search.text() != self.state.query:  # a reset empties the field too
            blocked = self.search.blockSignals(True)
            self.search.setText(self.state.query)
            self.search.blockSignals(blocked)

    @Slot()
    def _choose_first(self) -> None:
        if self.state.found:
            self.state.choose(self.state.found[0])

    @Slot(QTreeWidgetItem)
    def _activated(self, item: QTreeWidgetItem) -> None:
        point_id = item.data(0, ID_ROLE)
        if point_id:
            self.state.choose(point_id)

    def scroll_to_top(self) -> None:
        """The list as it starts: no current row, its top in view."""
        blocked = self.tree.blockSignals(True)
        self.tree.setCurrentIndex(QModelIndex())
        self.tree.blockSignals(blocked)
        self.tree.scrollToTop()

    def mark(self, point_id: str | None) -> None:
        """Show the current trigger point in the list without choosing it again."""
        blocked = self.tree.blockSignals(True)
        try:
            item = self.items.get(point_id) if point_id else None
            if item is not None:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
            else:
                self.tree.clearSelection()
        finally:
            self.tree.blockSignals(blocked)
