"""The trigger point finder: a search field over a list grouped by body area; while a search is
typed, the points found, best first, each with why it was found (bodymap/atlas/search.py)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.atlas.vocabulary import AREA_TITLES, BODY_AREAS
from bodymap.state import wording
from bodymap.state.explore import ExploreState
from bodymap.ui.translate import translate

ID_ROLE = Qt.ItemDataRole.UserRole


class Finder(QWidget):
    """Lists what the explore state has found; typing searches, a row chosen selects."""

    def __init__(self, state: ExploreState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search muscle, complaint or symptom…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search trigger points"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Trigger points by body area"))
        self.tree.setUniformRowHeights(True)
        # A long name keeps its start and its end ("Masseter, superfi…lower part"): cut at
        # the end, three masseter points read alike.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # While searching: the points found, best first, and a line about the search.
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("searchNote")
        self.note.linkActivated.connect(self.search.setText)  # "did you mean" suggestions
        self.note.hide()
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Trigger points found, best first"))
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.note)
        layout.addWidget(self.tree)
        layout.addWidget(self.results)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._fill()
        self.search.textChanged.connect(state.search)
        self.search.returnPressed.connect(state.open_first)
        self.search.installEventFilter(self)  # Down moves into the results
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        # The arrow keys show the point of the row they move to, as a click would.
        self.tree.currentItemChanged.connect(self._moved)
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)

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
                area = QTreeWidgetItem([translate("BodyAreas", AREA_TITLES.get(area_id, area_id))])
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
        """Nothing typed: every point under its area. A search: the points found, best first,
        each with why, and what was understood or meant."""
        state = self.state
        searching = bool(state.query.strip())
        self.tree.setVisible(not searching)
        self.results.setVisible(searching)
        self.results.clear()
        results = state.results
        if searching:
            atlas = state.atlas
            for point_id in results.ids:
                why = results.why.get(point_id, "")
                name = atlas.trigger_points[point_id].name
                item = QListWidgetItem(f"{name}\n    {self._why(why)}" if why else name)
                item.setData(ID_ROLE, point_id)
                item.setToolTip(name)
                self.results.addItem(item)
        if not searching:
            self.note.hide()
        elif results.understood:
            self.note.setText(
                self.tr("Showing results for “%1”").replace("%1", escape(results.understood))
            )
            self.note.show()
        elif not results.ids:
            meant = ", ".join(
                f"<a href='{escape(s, quote=True)}'>{escape(s)}</a>" for s in results.suggestions
            )
            self.note.setText(
                self.tr("Nothing found. Did you mean %1?").replace("%1", meant)
                if meant
                else self.tr("Nothing found. Try a muscle, a body part or a complaint.")
            )
            self.note.show()
        else:
            self.note.hide()
        if self.search.text() != state.query:  # a reset empties the field too
            blocked = self.search.blockSignals(True)
            self.search.setText(state.query)
            self.search.blockSignals(blocked)

    def _why(self, why: str) -> str:
        """Why a point was found, in the list's words."""
        kind, _, what = why.partition(": ")
        if kind == "complaint":
            return self.tr("for %1").replace("%1", what)
        if kind == "pain at":
            words = wording.region_words([what], translate)  # a region id
            return self.tr("pain at the %1").replace("%1", words[0])
        return self.tr("by its symptoms") if kind == "symptom" else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.results.isVisible()
            and self.results.count()
        ):
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return False

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _moved(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None and self.tree.hasFocus():
            self._activated(current)

    @Slot(QListWidgetItem)
    def _result_chosen(self, item: QListWidgetItem) -> None:
        point_id = item.data(ID_ROLE)
        if point_id:
            self.state.choose(point_id)

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
            for row in range(self.results.count()):
                result = self.results.item(row)
                if result is not None and result.data(ID_ROLE) == point_id:
                    self.results.setCurrentRow(row)
        finally:
            self.tree.blockSignals(blocked)
