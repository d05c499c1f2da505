"""What every mode of the main window offers: a status line and a reset to its start."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Mode(QWidget):
    """A tab of the main window (Explore, Where does it hurt?, ...)."""

    status = Signal(str)   # a one-line description for the status bar (what is under the pointer)

    def reset(self) -> None:
        """Back to how the mode started: nothing selected, default view and zoom."""
        raise NotImplementedError
