"""Kiosk mode: bodymap on a clinic's reception touch screen, unattended (docs/kiosk.md).

The `KioskWindow` holds the main window full screen, frameless and on top, with an attract
screen in front of it; no menus, paths or file dialogs for the visitor; nothing closes it but
the administrator's hidden gesture (a long press in the bottom-left corner) and PIN. Left
alone, it asks "Are you still there?" and then starts over: everything the visitor did is
gone (`AppState.reset` and every widget's reset), and nothing of it was written anywhere.
The rules (config, PIN, idle) are Qt-free, in `bodymap/state/kiosk.py`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.problems import Problem
from bodymap.state import wording
from bodymap.state.kiosk import IdleWatch, KioskConfig, PinLock
from bodymap.ui.figure_paint import paint_view
from bodymap.ui.main_window import MainWindow
from bodymap.ui.translate import translate

LONG_PRESS_MS = 3000  # the administrator's gesture: this long in the corner
CORNER_PIXELS = 72
TICK_MS = 250
# What a visitor's touch, click or key is: each one tells the idle watch someone is there.
_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.Gesture,
}


def _big_button(text: str, name: str = "kioskButton") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class _Overlay(QFrame):
    """A card over the whole kiosk, on a dimmed background."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kioskOverlay")
        self.card = QFrame(self)
        self.card.setObjectName("kioskCard")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.content = QVBoxLayout(self.card)
        self.content.setSpacing(18)
        self.hide()

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()


class AttractPage(QWidget):
    """What the screen shows between visitors: the clinic, what bodymap does, the ways in, and
    when to see a doctor instead."""

    chosen = Signal(str)  # a mode: "where" or "explore"
    doctor = Signal()

    def __init__(self, config: KioskConfig, atlas: Atlas) -> None:
        super().__init__()
        self.setObjectName("attract")
        self.figure = _Figure(atlas)
        words = QWidget()
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(48, 48, 48, 48)
        self.row.setSpacing(36)
        self.row.addWidget(words, 3)
        self.row.addWidget(self.figure, 2)
        layout = QVBoxLayout(words)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(28)
        header = QHBoxLayout()
        if config.logo is not None:
            logo = QPixmap(str(config.logo))
            if not logo.isNull():
                picture = QLabel()
                picture.setPixmap(
                    logo.scaledToHeight(120, Qt.TransformationMode.SmoothTransformation)
                )
                header.addWidget(picture)
        clinic = QLabel(escape(config.clinic_name) or translate("Kiosk", "Welcome"))
        clinic.setObjectName("clinicName")
        clinic.setWordWrap(True)
        header.addWidget(clinic, 1)
        layout.addLayout(header)
        title = QLabel(translate("Kiosk", "Where does your pain come from?"))
        title.setObjectName("attractTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        explain = QLabel(
            translate(
                "Kiosk",
                "A tight spot in a muscle (a trigger point) can send pain somewhere else. "
                "Show where it hurts, or explore the body, and see which muscles may be "
                "behind it.",
            )
        )
        explain.setObjectName("attractText")
        explain.setWordWrap(True)
        layout.addWidget(explain)
        texts = {
            "where": translate("Kiosk", "Touch where it hurts"),
            "explore": translate("Kiosk", "Explore trigger points"),
        }
        self.buttons: dict[str, QPushButton] = {}
        for mode in config.modes:
            button = _big_button(texts[mode], "attractButton")
            button.clicked.connect(lambda _=False, mode=mode: self.chosen.emit(mode))
            self.buttons[mode] = button
            layout.addWidget(button)
        layout.addStretch(1)
        doctor = _big_button(translate("Kiosk", "When to see a doctor now"), "doctorButton")
        doctor.clicked.connect(self.doctor)
        layout.addWidget(doctor)
        disclaimer = QLabel(
            translate(
                "Kiosk",
                "For learning only: this screen does not diagnose. Ask our staff about your "
                "pain. In an emergency, call for help at once.",
            )
        )
        disclaimer.setObjectName("attractText")
        disclaimer.setWordWrap(True)
        layout.addWidget(disclaimer)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        portrait = event.size().height() > event.size().width()  # the figure above, tall
        self.row.setDirection(
            QBoxLayout.Direction.BottomToTop if portrait else QBoxLayout.Direction.LeftToRight
        )


class _Figure(QWidget):
    """The figure with one well-known pattern (upper trapezius to the temple), as an
    invitation: what the screen shows once touched."""

    EXAMPLE = "upper_trapezius_1"

    def __init__(self, atlas: Atlas) -> None:
        super().__init__()
        self.atlas = atlas
        self.setMinimumSize(200, 300)
        self.setAccessibleName(translate("Kiosk", "A body with a referral pattern shown"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        point = self.atlas.trigger_points.get(self.EXAMPLE)
        paint_view(painter, self.atlas, "back", QRectF(self.rect()), None, point, "right")
        painter.end()


class DoctorCard(_Overlay):
    """When to see a doctor now rather than a therapist: one tap from anywhere."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        title = QLabel(translate("Kiosk", "When to see a doctor now"))
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        self.content.addWidget(title)
        items = "".join(f"<li>{escape(line)}</li>" for line in wording.doctor_now(translate))
        body = QLabel(f"<ul>{items}</ul>")
        body.setObjectName("cardText")
        body.setWordWrap(True)
        self.content.addWidget(body)
        close = _big_button(translate("Kiosk", "Close"))
        close.clicked.connect(self.hide)
        self.content.addWidget(close)


class StillThere(_Overlay):
    """ "Are you still there?" with the seconds left; any touch answers it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        title = QLabel(translate("Kiosk", "Are you still there?"))
        title.setObjectName("cardTitle")
        self.content.addWidget(title)
        self.left = QLabel()
        self.left.setObjectName("cardText")
        self.content.addWidget(self.left)
        here = _big_button(translate("Kiosk", "I'm still here"))
        here.clicked.connect(self.hide)
        self.content.addWidget(here)

    def count(self, seconds: int) -> None:
        self.left.setText(
            translate("Kiosk", "The screen starts over for the next person in %1 s.").replace(
                "%1", str(seconds)
            )
        )


class PinPad(_Overlay):
    """The administrator's way out: a PIN on a keypad (the hidden gesture opens it)."""

    unlocked = Signal()

    def __init__(self, parent: QWidget, lock: PinLock, problems: Sequence[Problem]) -> None:
        super().__init__(parent)
        self.lock = lock
        self.pin = ""
        title = QLabel(translate("Kiosk", "Administrator"))
        title.setObjectName("cardTitle")
        self.content.addWidget(title)
        if problems:  # the config's problems: for the administrator's eyes only
            notes = QLabel(
                translate("Kiosk", "The kiosk config has problems; defaults are used:")
                + "<br/>"
                + "<br/>".join(escape(str(problem)) for problem in problems[:8])
            )
            notes.setObjectName("cardNote")
            notes.setWordWrap(True)
            self.content.addWidget(notes)
        self.shown = QLabel()
        self.shown.setObjectName("pinShown")
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content.addWidget(self.shown)
        self.message = QLabel()
        self.message.setObjectName("cardText")
        self.message.setWordWrap(True)
        self.content.addWidget(self.message)
        keys = QGridLayout()
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for index, label in enumerate(labels):
            key = _big_button(label, "pinKey")
            key.clicked.connect(lambda _=False, label=label: self.press(label))
            keys.addWidget(key, index // 3, index % 3)
        self.content.addLayout(keys)
        cancel = _big_button(translate("Kiosk", "Cancel"))
        cancel.clicked.connect(self.hide)
        self.content.addWidget(cancel)

    def open(self) -> None:
        self.pin = ""
        self._show()
        self.message.setText("")
        super().open()

    def press(self, key: str) -> None:
        if key == "⌫":
            self.pin = self.pin[:-1]
        elif key == "OK":
            self._try()
        elif len(self.pin) < 12:
            self.pin += key
        self._show()

    def _show(self) -> None:
        self.shown.setText(" ".join("●" * len(self.pin)) or translate("Kiosk", "Enter the PIN"))

    def _try(self) -> None:
        answer = self.lock.try_pin(self.pin)
        self.pin = ""
        if answer == "ok":
            self.unlocked.emit()
            return
        self.message.setText(
            {
                "wrong": translate("Kiosk", "That PIN is not right."),
                "locked": translate("Kiosk", "Too many wrong PINs: try again in %1 s.").replace(
                    "%1", str(self.lock.locked_for())
                ),
                "no_pin": translate(
                    "Kiosk",
                    "No PIN is set. On this computer, run: bodymap kiosk set-pin",
                ),
            }[answer]
        )


class _LongPress(QWidget):
    """An invisible corner that answers a press held for `LONG_PRESS_MS`."""

    held = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("adminCorner")
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFixedSize(CORNER_PIXELS, CORNER_PIXELS)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(LONG_PRESS_MS)
        self.timer.timeout.connect(self.held)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.timer.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.timer.stop()
        event.accept()


class KioskWindow(QWidget):
    """The main window held for the public: full screen, locked, starting over by itself."""

    left_kiosk = Signal()

    def __init__(
        self,
        window: MainWindow,
        config: KioskConfig,
        problems: Sequence[Problem] = (),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.setObjectName("kiosk")
        self.setWindowTitle("bodymap")
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.config = config
        self.main = window
        window.make_public(config.modes)
        window.setParent(self, Qt.WindowType.Widget)

        self.attract = AttractPage(config, window.state.atlas)
        self.attract.chosen.connect(self.enter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.attract)
        self.stack.addWidget(window)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 0)
        self.home = _big_button(translate("Kiosk", "Start page"), "barButton")
        self.home.clicked.connect(self.start_over)
        self.doctor_button = _big_button(
            translate("Kiosk", "When to see a doctor now"), "doctorButton"
        )
        bar.addWidget(self.home)
        bar.addStretch(1)
        bar.addWidget(self.doctor_button)
        self.bar = QWidget()
        self.bar.setLayout(bar)
        self.bar.hide()  # on the attract page, which has its own buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)

        self.doctor = DoctorCard(self)
        self.attract.doctor.connect(self.doctor.open)
        self.doctor_button.clicked.connect(self.doctor.open)
        self.still_there = StillThere(self)
        self.lock = PinLock(config.admin_pin, clock)
        self.pin_pad = PinPad(self, self.lock, problems)
        self.pin_pad.unlocked.connect(self.leave)
        self.corner = _LongPress(self)
        self.corner.held.connect(self.pin_pad.open)

        self.watch = IdleWatch(config.idle_timeout, config.countdown, clock)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self._leaving = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- the visitor -----------------------------------------------------------------------------
    @Slot(str)
    def enter(self, mode: str) -> None:
        """From the attract page into a mode."""
        self.main.state.set_mode(mode)
        self.stack.setCurrentWidget(self.main)
        self.bar.show()
        self.watch.touched()

    @Slot()
    def start_over(self) -> None:
        """Everything as for the first visitor: the state as fresh (no drawing, no history),
        every widget reset (zoom, search, scroll), no card open, the attract page."""
        self.main.reset()
        for overlay in (self.doctor, self.still_there, self.pin_pad):
            overlay.hide()
        self.stack.setCurrentWidget(self.attract)
        self.bar.hide()
        self.watch.touched()

    def resting(self) -> bool:
        """Nothing to start over: the attract page, no card open."""
        return self.stack.currentWidget() is self.attract and not any(
            overlay.isVisible() for overlay in (self.doctor, self.pin_pad)
        )

    @Slot()
    def tick(self) -> None:
        if self.resting():
            self.watch.touched()
            return
        phase = self.watch.phase()
        if phase == "reset":
            self.start_over()
        elif phase == "asking":
            self.still_there.count(self.watch.remaining())
            if not self.still_there.isVisible():
                self.still_there.open()
        elif self.still_there.isVisible():
            self.still_there.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self.watch.touched()
            if self.still_there.isVisible():
                self.still_there.hide()
        elif kind == QEvent.Type.ContextMenu:
            return True  # no right-click menus for the public
        return False

    # -- the administrator -----------------------------------------------------------------------
    @Slot()
    def leave(self) -> None:
        """The right PIN: the kiosk closes (its supervisor decides what comes next)."""
        self._leaving = True
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.left_kiosk.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leaving:
            super().closeEvent(event)
        else:  # Alt+F4, the close button, a window manager's close request: refused
            event.ignore()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for overlay in (self.doctor, self.still_there, self.pin_pad):
            overlay.setGeometry(self.rect())
        self.corner.move(0, self.height() - CORNER_PIXELS)
        self.corner.raise_()
