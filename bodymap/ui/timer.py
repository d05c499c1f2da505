"""The hold timer under a trigger point's details: large digits in a ring, the repetition and
the rest, start, pause and reset by touch or keyboard; the end shown (and sounded where the
system can). It renders a `HoldTimer` (bodymap/state/timer.py)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bodymap.state.timer import SORENESS_AFTER, HoldTimer
from bodymap.ui import palette

TICK_MS = 100


class Ring(QWidget):
    """The seconds left, large, inside a ring that fills as the phase goes."""

    def __init__(self, timer: HoldTimer) -> None:
        super().__init__()
        self.timer = timer
        self.stepped = False  # reduced motion: the ring moves a whole second at a time
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def shown_progress(self) -> float:
        """How far round the ring is drawn: smoothly, or by whole seconds (reduced motion)."""
        timer = self.timer
        if self.stepped and timer.phase != "done" and timer.length():
            return min(1.0, (timer.length() - timer.remaining()) / timer.length())
        return timer.progress()

    def paintEvent(self, event: QPaintEvent) -> None:
        timer = self.timer
        side = min(self.width(), self.height()) - 12
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(6.0, side / 14)
        painter.setPen(QPen(palette.RING_TRACK, width))
        painter.drawEllipse(box)
        colour = palette.ESSENTIAL if timer.phase != "rest" else palette.REST
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(box, 90 * 16, -round(360 * 16 * self.shown_progress()))
        font = QFont(self.font())
        font.setPixelSize(max(12, round(side * 0.34)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.TEXT)
        text = "✓" if timer.phase == "done" else str(timer.remaining())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class TimerPanel(QFrame):
    """The timer for the point shown."""

    def __init__(self, timer: HoldTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.setObjectName("holdTimer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Hold timer"))
        self.ring = Ring(timer)
        self.phase = QLabel()
        self.phase.setObjectName("timerPhase")
        self.phase.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("timerWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.start = QPushButton(self.tr("Start"))
        self.start.clicked.connect(timer.toggle)
        self.reset = QPushButton(self.tr("Reset"))
        self.reset.clicked.connect(timer.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start, 1)
        buttons.addWidget(self.reset)
        words = QVBoxLayout()
        words.addWidget(self.phase)
        words.addWidget(self.detail)
        words.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.ring, 1)
        row.addLayout(words, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        timer.subscribe(self._changed)
        self._show()

    @Slot(str)
    def _changed(self, aspect: str) -> None:
        if aspect == "finished":
            self.setProperty("finished", True)
            self._restyle()
            QApplication.beep()  # where the system can make a sound
        elif aspect == "soreness":
            self.warning.setText(
                self.tr(
                    "%1 points held this visit. More pressure now may leave the client sore "
                    "tomorrow: consider stopping here, with stretching and warmth."
                ).replace("%1", str(SORENESS_AFTER))
            )
            self.warning.show()
        elif aspect == "timer" and self.timer.phase != "done" and self.property("finished"):
            self.setProperty("finished", False)
            self._restyle()
        self._show()

    def set_reduced_motion(self, on: bool) -> None:
        """Reduced motion (View ▸ Reduce motion): the ring steps by the second, no sweep."""
        self.ring.stepped = on
        self.ring.update()

    def _restyle(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)

    @Slot()
    def _tick(self) -> None:
        self.timer.tick()
        self.ring.update()

    def _show(self) -> None:
        timer = self.timer
        if timer.running and not self.ticker.isActive():
            self.ticker.start()
        elif not timer.running:
            self.ticker.stop()
        phase = {
            "ready": self.tr("Hold for %1 s, up to %2 s").replace("%1", str(timer.hold)),
            "hold": self.tr("Hold… up to %2 s if it has not released"),
            "rest": self.tr("Rest, then hold again"),
            "done": self.tr("Done: release slowly, then stretch"),
        }[timer.phase].replace("%2", str(timer.longest))
        self.phase.setText(phase)
        self.detail.setText(
            self.tr("Repetition %1 of %2")
            .replace("%1", str(timer.repetition))
            .replace("%2", str(timer.repetitions))
            + (
                self.tr(" · rest %1 s between").replace("%1", str(timer.rest))
                if timer.repetitions > 1
                else ""
            )
        )
        self.start.setText(
            self.tr("Pause")
            if timer.running
            else self.tr("Resume")
            if timer.phase in ("hold", "rest")
            else self.tr("Start")
        )
        self.setAccessibleDescription(f"{phase}. {self.detail.text()}")
        self.ring.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.timer.toggle()
            return
        super().keyPressEvent(event)
