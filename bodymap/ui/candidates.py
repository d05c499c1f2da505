"""The ranked candidates of "Where does it hurt?": one row each (name and side, a score bar,
the reason, a compare box), made once and filled again on every ranking."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class CandidateRow(QFrame):
    """One ranked trigger point. Clicked, or Enter or Space while focused: chosen (laid over
    the drawing). Double-clicked, Ctrl+Enter or its Details button: opened in Explore."""

    chosen = Signal(int)
    opened = Signal(int)

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.setObjectName("candidate")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("How well it matches"))
        self.bar.setMaximumHeight(16)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setObjectName("reason")
        self.compare = QCheckBox(self.tr("compare"))
        self.details = QPushButton(self.tr("Details ›"))
        self.details.setToolTip(
            self.tr("Open it in Explore: technique, hold time, precautions (double-click)")
        )
        self.details.clicked.connect(lambda: self.opened.emit(self.index))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.compare)
        top.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.reason)

    def fill(self, name: str, side: str, score: float, strength: str, reason: str) -> None:
        self.title.setText(f"<b>{escape(name)}</b> · {escape(side)}")
        self.bar.setValue(round(score * 100))
        self.bar.setFormat(strength)
        self.bar.setToolTip(self.tr("Score %1 of 1").replace("%1", f"{score:.2f}"))
        self.reason.setText(reason)
        self.compare.setAccessibleName(self.tr("Compare %1").replace("%1", name))
        self.details.setAccessibleName(self.tr("Details of %1").replace("%1", name))
        self.setAccessibleName(f"{name}, {side}. {strength}. {reason}")

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(self.index)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit(self.index)
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.opened.emit(self.index)
            return
        if enter or event.key() == Qt.Key.Key_Space:
            self.chosen.emit(self.index)
            return
        super().keyPressEvent(event)


class CandidateList(QScrollArea):
    """At most `size` rows; those beyond the ranking are hidden, not destroyed."""

    chosen = Signal(int)  # a row was tapped or activated
    opened = Signal(int)  # a row's details were asked for
    compare_changed = Signal()  # a compare box was ticked or unticked

    def __init__(self, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Trigger points that may explain it"))
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.rows = [CandidateRow(index) for index in range(size)]
        for row in self.rows:
            row.chosen.connect(self.chosen)
            row.opened.connect(self.opened)
            row.compare.toggled.connect(self.compare_changed)
            row.setVisible(False)
            layout.addWidget(row)
        layout.addStretch(1)
        self.setWidget(column)
        self.count = 0

    def show_rows(self, rows: Sequence[tuple[str, str, float, str, str]]) -> None:
        """(name, side, score, strength, reason) per candidate, best first; compare boxes
        unticked."""
        self.count = len(rows)
        # Painted once when all are filled (a progress bar repaints itself on every value).
        self.setUpdatesEnabled(False)
        for row, filled in zip(self.rows, rows, strict=False):
            blocked = row.compare.blockSignals(True)
            row.compare.setChecked(False)
            row.compare.blockSignals(blocked)
            row.fill(*filled)
            row.set_current(False)
        for index, row in enumerate(self.rows):
            if row.isHidden() != (index >= self.count):
                row.setVisible(index < self.count)
        self.verticalScrollBar().setValue(0)
        self.setUpdatesEnabled(True)

    def set_current(self, index: int | None) -> None:
        for row in self.rows:
            row.set_current(row.index == index)

    def ticked(self) -> list[int]:
        return [row.index for row in self.rows[: self.count] if row.compare.isChecked()]
