"""The body views of one mode: front and back side by side, or one view at a time, with the
buttons that choose between them and frame the pattern shown."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bodymap.atlas.atlas import Atlas
from bodymap.state.explore import BOTH
from bodymap.ui.body_view import BodyView
from bodymap.ui.scene import BodyScene

NARROW_PIXELS = 560  # below this width "front + back" shows one view at a time


class BodyArea(QWidget):
    tapped = Signal(str, float, float, float)
    hovered = Signal(str, float, float, float)
    layout_chosen = Signal(str)  # a layout button was pressed
    present_requested = Signal()  # the Present button: full screen, large type
    key_step = Signal(str, int)
    key_choose = Signal(str)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenes = {view_id: BodyScene(atlas, view_id) for view_id in atlas.views}
        self.views = {view_id: BodyView(scene) for view_id, scene in self.scenes.items()}
        for view in self.views.values():
            view.tapped.connect(self.tapped)
            view.hovered.connect(self.hovered)
            view.key_step.connect(self.key_step)
            view.key_choose.connect(self.key_choose)
            # The layout shares the width out by stretch alone: a view's own size hint
            # follows its zoom, and would leave a view shown again as a thumbnail.
            view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

        self.buttons = QButtonGroup(self)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        names = {
            "front": self.tr("Front"),
            "back": self.tr("Back"),
            "side": self.tr("Right side"),
            "side_left": self.tr("Left side"),
            "soles": self.tr("Soles"),
        }
        choices = [(BOTH, self.tr("Front + back"))] if {"front", "back"} <= set(self.views) else []
        choices += [(view_id, names.get(view_id, view_id)) for view_id in self.views]
        self.layouts = [key for key, _ in choices]
        for key, text in choices:
            button = QPushButton(text)
            button.setCheckable(True)
            button.setProperty("layout_key", key)
            button.setAccessibleName(self.tr("Show %1").replace("%1", text))
            button.setObjectName("viewSwitch")
            self.buttons.addButton(button)
            bar.addWidget(button)
        bar.addStretch(1)
        self.buttons.buttonClicked.connect(
            lambda button: self.layout_chosen.emit(str(button.property("layout_key")))
        )
        # Show it big: the highlighted pattern fills each view; back to the whole body.
        self.zoom_button = QPushButton(self.tr("Zoom to the pattern"))
        self.zoom_button.setAccessibleName(self.tr("Zoom to the highlighted pattern"))
        self.zoom_button.setObjectName("viewSwitch")
        self.zoom_button.clicked.connect(self.zoom_to_focus)
        self.whole_button = QPushButton(self.tr("Whole body"))
        self.whole_button.setAccessibleName(self.tr("Show the whole body"))
        self.whole_button.setObjectName("viewSwitch")
        self.whole_button.clicked.connect(self.reset_zoom)
        self.present_button = QPushButton(self.tr("Present"))
        self.present_button.setObjectName("viewSwitch")
        self.present_button.setCheckable(True)
        self.present_button.setToolTip(
            self.tr("Full screen with large type, to show a client (F11)")
        )
        self.present_button.clicked.connect(self.present_requested)
        zoom_bar = QHBoxLayout()
        zoom_bar.addWidget(self.present_button)
        zoom_bar.addStretch(1)
        zoom_bar.addWidget(self.zoom_button)
        zoom_bar.addWidget(self.whole_button)

        self.row = QHBoxLayout()
        self.row.setSpacing(6)
        for view in self.views.values():
            self.row.addWidget(view, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(bar)
        outer.addLayout(self.row, 1)
        outer.addLayout(zoom_bar)
        self.layout_key = ""
        self._narrow_view = "front"
        self.set_layout(self.layouts[0])

    def shown_views(self) -> list[str]:
        if self.layout_key == BOTH:
            if self.width() < NARROW_PIXELS and self.isVisible():
                return [self._narrow_view]
            return ["front", "back"]
        return [self.layout_key]

    @Slot(str)
    def set_layout(self, key: str) -> None:
        if key not in self.layouts:
            return
        self.layout_key = key
        shown = set(self.shown_views())
        for view_id, view in self.views.items():
            view.setVisible(view_id in shown)
        for button in self.buttons.buttons():
            button.setChecked(button.property("layout_key") == key)

    def show_views_of(self, view_ids: tuple[str, ...]) -> None:
        """In a narrow window showing "front + back" one at a time: the one of `view_ids`."""
        if self.layout_key == BOTH and {"front", "back"} & set(view_ids):
            self._narrow_view = "front" if "front" in view_ids else "back"
            self.set_layout(BOTH)

    def ensure_visible(self, view_ids: tuple[str, ...]) -> None:
        """Show at least one of `view_ids`, keeping the current layout where it can."""
        if not view_ids:
            return
        self.show_views_of(view_ids)
        if not set(view_ids) & set(self.shown_views()):
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

    def set_mirrored(self, on: bool) -> None:
        for view in self.views.values():
            view.set_mirrored(on)

    def reset(self) -> None:
        self._narrow_view = "front"
        self.reset_zoom()
        self.set_layout(self.layouts[0])
