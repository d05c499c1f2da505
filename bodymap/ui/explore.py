"""Explore mode: pick a trigger point (on the body or in the list) and see its referred pain.

It renders an `ExploreState` and forwards taps, hovers and searches to it."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from bodymap.state.explore import ExploreState
from bodymap.state.timer import HoldTimer
from bodymap.state.wording import point_said, region_label
from bodymap.ui.body_area import BodyArea
from bodymap.ui.details import DetailsPanel
from bodymap.ui.finder import Finder
from bodymap.ui.mode import Mode
from bodymap.ui.timer import TimerPanel
from bodymap.ui.translate import translate


class ExploreMode(Mode):
    trigger_point_selected = Signal(str, str)  # trigger point id, side
    selection_cleared = Signal()

    def __init__(
        self, state: ExploreState, timer: HoldTimer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.timer = timer
        self.finder = Finder(state)
        self.body = BodyArea(state.atlas)
        self.panel = DetailsPanel(state.atlas)
        # Shown when the point was opened from "Where does it hurt?": the way back to it.
        self.back = QPushButton(self.tr("‹ Back to “Where does it hurt?”"))
        self.back.setObjectName("backToWhere")
        self.back.setVisible(False)
        side = QWidget()
        column = self._column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.back)
        column.addWidget(self.panel, 1)
        self.timer_panel = TimerPanel(timer) if timer is not None else None
        if self.timer_panel is not None:
            self.timer_panel.hide()  # until a point is shown
            column.addWidget(self.timer_panel)
        self._three_panes(self.finder, self.body, side, (290, 700, 380))
        self.body.tapped.connect(state.tap)
        self.body.hovered.connect(state.hover_at)
        self.body.layout_chosen.connect(state.set_layout)
        self.body.key_step.connect(state.move_focus)
        self.body.key_choose.connect(lambda _view: state.select_focus())
        self._shown: tuple[str, str] | None = None
        state.subscribe(self._changed)
        self.body.set_layout(state.layout)

    @Slot(str)
    def _changed(self, aspect: str) -> None:
        if aspect == "selection":
            self._show_selection()
        elif aspect == "hover":
            self.status.emit(self.state.hover)
        elif aspect == "search":
            self.finder.show_found()
        elif aspect == "layout":
            self.body.set_layout(self.state.layout)
        elif aspect == "focus":
            self._show_focus()

    def _show_selection(self) -> None:
        state = self.state
        selection = state.selection
        point, side = (selection.point, selection.side) if selection else (None, None)
        for scene in self.body.scenes.values():
            scene.show_trigger_point(point, side)
            scene.show_region(state.region)
        self.finder.mark(point)
        if selection is not None:
            self.body.show_views_of(
                state.atlas.trigger_points[selection.point].views_for(selection.side)
            )
            self.panel.show_trigger_point(selection.point, selection.side)
            if self.timer is not None and self.timer_panel is not None:
                shown = state.atlas.trigger_points[selection.point]
                if self.timer.point != shown.id:
                    self.timer.load(shown.id, shown.technique)
                self._show_timer(True)
            if self._shown != (selection.point, selection.side):
                shown_point = state.atlas.trigger_points[selection.point]
                self.announce(point_said(shown_point, selection.side, translate))
            self._shown = (selection.point, selection.side)
            self.trigger_point_selected.emit(selection.point, selection.side)
            return
        self._show_timer(False)
        if state.region is not None:
            self.panel.show_region(state.region)
            self.announce(region_label(state.region, translate))
        else:
            self.panel.show_welcome()
        if self._shown is not None:
            self._shown = None
            self.selection_cleared.emit()

    def _show_timer(self, shown: bool) -> None:
        if self.timer_panel is not None and self.timer_panel.isVisibleTo(self) != shown:
            self.timer_panel.setVisible(shown)
            self._column.activate()  # the panel takes the room at once, not at the next event

    def _show_focus(self) -> None:
        """The keyboard's place on the body, ringed and said: a screen reader reads the
        view's description (name, side and where it refers)."""
        focus = self.state.focus
        for view_id, scene in self.body.scenes.items():
            scene.show_focus(focus)
            if focus is not None and focus.view == view_id:
                point = self.state.atlas.trigger_points[focus.trigger_point]
                said = point_said(point, focus.side, translate)
                self.body.views[view_id].setAccessibleDescription(said)
                self.announce(said)

    def choose_layout(self, key: str) -> None:
        self.state.set_layout(key)

    def clear(self) -> None:
        self.state.clear()

    def reset(self) -> None:
        super().reset()
        self.finder.scroll_to_top()
