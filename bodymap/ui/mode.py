"""What every mode of the main window offers: a status line and a reset to its start."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget


class Mode(QWidget):
    """A tab of the main window (Explore, Where does it hurt?, ...)."""

    status = Signal(str)   # a one-line description for the status bar (what is under the pointer)

    def _three_panes(self, left: QWidget, body: QWidget, right: QWidget,
                     widths: tuple[int, int, int]) -> None:
        """The modes' layout: tools or a list, the body in the middle (it takes the extra
        width), details or results on the right."""
        splitter = QSplitter()   # side by side (`Qt.Orientation.Horizontal`, the default)
        for pane in (left, body, right):
            splitter.addWidget(pane)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes(list(widths))
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

    def reset(self) -> None:
        """Back to how the mode started: nothing selected, default view and zoom."""
        raise NotImplementedError
