"""What every mode of the main window offers: a status line, a body area between a list or
tools and a panel, laid out side by side on a wide window and stacked on a tall one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from bodymap.ui.body_area import BodyArea

PORTRAIT = 1.15  # a window this many times taller than wide stacks its panes
BODY_AT_LEAST = 560  # pixels the body keeps beside the list and the details


class Mode(QWidget):
    """A tab of the main window (Explore, Where does it hurt?, ...) over its state."""

    status = Signal(str)  # a one-line description for the status bar (what is under the pointer)
    body: BodyArea
    announced = ""  # the last sentence given to screen readers (`announce`)

    def announce(self, text: str) -> None:
        """Have a screen reader say `text` now (a selection, a grade), without moving the
        focus: Qt's announcement event, which the platform's accessibility bridge reads."""
        self.announced = text
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def _three_panes(
        self, left: QWidget, body: QWidget, right: QWidget, widths: tuple[int, int, int]
    ) -> None:
        """The modes' layout: tools or a list, the body in the middle (it takes the extra
        room), details or results on the right; on a tall window, the body above the two."""
        self._panes = (left, body, right)
        self._widths = self._base_widths = widths
        self._text_scale = 1.0  # View ▸ Text size (scale_panes)
        self.splitter = QSplitter()
        self.under = QSplitter()  # the list and the panel side by side, under a tall body
        self.splitter.setChildrenCollapsible(False)
        self.under.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self.portrait: bool | None = None
        self._arrange(False)

    def _arrange(self, portrait: bool) -> None:
        if portrait == self.portrait:
            return
        self.portrait = portrait
        left, body, right = self._panes
        if portrait:
            self.splitter.setOrientation(Qt.Orientation.Vertical)
            self.splitter.insertWidget(0, body)
            self.under.insertWidget(0, left)
            self.under.insertWidget(1, right)
            self.splitter.insertWidget(1, self.under)
            self.under.show()
            # Large text wants more room for the list and the details under the body; the
            # shares hold as the window grows.
            large = self._text_scale > 1
            self.splitter.setStretchFactor(0, 1 if large else 2)
            self.splitter.setStretchFactor(1, 1)
            body_share = 2 / 3 if not large else 1 / 2
            self.splitter.setSizes(
                [
                    max(1, round(self.height() * body_share)),
                    max(1, round(self.height() * (1 - body_share))),
                ]
            )
        else:
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            for index, pane in enumerate(self._panes):
                self.splitter.insertWidget(index, pane)
            self.under.hide()
            for index, stretch in enumerate((0, 1, 0)):
                self.splitter.setStretchFactor(index, stretch)
            self.splitter.setSizes(list(self._widths))

    def set_widths(self, widths: tuple[int, int, int]) -> None:
        """The panes' widths side by side (a kiosk's larger type needs wider side panes)."""
        self._widths = widths
        if not self.portrait:
            self.splitter.setSizes(list(widths))

    def scale_panes(self, text_scale: float) -> None:
        """Side panes as much wider as the text is larger (View ▸ Text size), so that names
        stay whole; when they and the body no longer fit side by side, the list and the
        details go under the body, as on a tall screen."""
        self._text_scale = text_scale
        left, body, right = self._base_widths
        self._widths = (round(left * text_scale), body, round(right * text_scale))
        self.portrait = None  # arranged anew, whichever way
        self._arrange(self._stacked(self.width(), self.height()))

    def _stacked(self, width: int, height: int) -> bool:
        """The list and the details under the body: on a tall window, or a window too narrow
        for them side by side at the text size chosen."""
        left, _body, right = self._widths
        crowded = self._text_scale > 1 and left + right + BODY_AT_LEAST > width
        return height > width * PORTRAIT or crowded

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        self._arrange(self._stacked(size.width(), size.height()))

    def choose_layout(self, key: str) -> None:
        """A layout of the body views chosen from the View menu or its shortcut."""
        self.body.set_layout(key)

    def clear(self) -> None:
        """What Escape does in this mode."""

    def reset(self) -> None:
        """The widgets' own part of a reset (zoom); the state resets itself."""
        self.body.reset()
