"""What shows while the atlas loads: a picture of the window as the last run left it (cleared
of anything the person did), or, on a first start, the app's name.

Taps on the picture are not lost: they are kept and given to the window once it is there.
The picture is kept in the cache folder and read as carefully as any cache: a file that is
doubtful in any way is ignored, and the next quit writes a new one.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QEventLoop, QIODevice, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QImageReader,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QWidget

from bodymap.atlas import storage
from bodymap.resources import asset
from bodymap.ui import palette

PICTURE = "last-window.png"
EXPOSE_SECONDS = 0.5
MAX_SIDE = 16384  # pixels: a picture larger than this is not a window's


def save_picture(directory: Path | None, window: QWidget) -> bool:
    """Keep a picture of `window` as it is now, and where it is, for the next start."""
    if directory is None:
        return False
    pixmap = window.grab()
    image = pixmap.toImage()
    frame = window.geometry()  # the window's inside, on the screen
    image.setText("geometry", f"{frame.x()},{frame.y()},{frame.width()},{frame.height()}")
    image.setText("ratio", f"{pixmap.devicePixelRatio():g}")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide takes the format as text, where its type stubs say bytes.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        return False
    return storage.write(directory, PICTURE, bytes(data.data()))


def read_picture(directory: Path | None) -> tuple[QPixmap, QRect] | None:
    """The picture of the last window and where it was, or None when there is none or it
    is not one bodymap wrote for this screen."""
    if directory is None:
        return None
    data = storage.read(directory / PICTURE)
    if not data:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"png"))
    size = reader.size()
    if not (0 < size.width() <= MAX_SIDE and 0 < size.height() <= MAX_SIDE):
        return None
    image = reader.read()
    try:
        x, y, width, height = (int(v) for v in image.text("geometry").split(","))
        ratio = float(image.text("ratio"))
    except ValueError:
        return None
    if image.isNull() or not 0.5 <= ratio <= 8.0:
        return None
    if (round(width * ratio), round(height * ratio)) != (image.width(), image.height()):
        return None
    place = QRect(x, y, width, height)
    screen = QGuiApplication.screenAt(place.center())
    if screen is None or abs(screen.devicePixelRatio() - ratio) > 1e-3:
        return None  # the screen it was on is gone, or shows pixels at another size
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap, place


def _title_card() -> QPixmap:
    """The app's icon and name, for a start with no picture of a last window."""
    pixmap = QPixmap(420, 180)
    pixmap.fill(QColor("#fbf8f5"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QIcon(str(asset("icon.svg"))).paint(painter, QRect(28, 42, 96, 96))
    font = QFont()
    font.setPixelSize(34)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(palette.OUTLINE)
    painter.drawText(QRect(144, 48, 260, 44), int(Qt.AlignmentFlag.AlignLeft), "bodymap")
    font.setPixelSize(15)
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(palette.LABEL)
    painter.drawText(
        QRect(146, 98, 260, 40),
        int(Qt.AlignmentFlag.AlignLeft),
        QApplication.translate("Splash", "Loading the atlas…"),
    )
    painter.setPen(palette.DETAIL)
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
    painter.end()
    return pixmap


class Splash(QWidget):
    """A picture in a window of its own, kept above the others until the app's window is
    there, that keeps the taps made on it for that window. (Not a QSplashScreen: showing one
    waits up to a second for the window system, here on every start.)"""

    def __init__(self, pixmap: QPixmap, place: QRect | None = None) -> None:
        super().__init__(
            None,
            Qt.WindowType.SplashScreen
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.picture = pixmap
        self.taps: list[QPointF] = []  # in global coordinates
        self.resize(pixmap.deviceIndependentSize().toSize())
        if place is not None:
            self.move(place.topLeft())
        else:
            self.move(self.screen().availableGeometry().center() - self.rect().center())

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).drawPixmap(0, 0, self.picture)

    @classmethod
    def for_start(cls, directory: Path | None) -> Splash:
        """The last window's picture where it was, or the title card."""
        found = read_picture(directory)
        splash = cls(*found) if found is not None else cls(_title_card())
        return splash

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.taps.append(event.globalPosition())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def finish(self, window: QWidget) -> None:
        """Hand over to `window` (shown): once it is on screen (or half a second has gone),
        the splash closes, and the taps made on it go to whatever of the window lies under
        them."""
        deadline = time.monotonic() + EXPOSE_SECONDS
        QApplication.processEvents()
        handle = window.windowHandle()
        while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        self.close()
        for tap in self.taps:
            _tap_at(window, tap)
        self.taps.clear()


def _tap_at(window: QWidget, position: QPointF) -> None:
    local = window.mapFromGlobal(position.toPoint())
    target = window.childAt(local)
    if target is None:
        return
    at = QPointF(target.mapFromGlobal(position.toPoint()))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        buttons = (
            Qt.MouseButton.LeftButton
            if kind == QEvent.Type.MouseButtonPress
            else Qt.MouseButton.NoButton
        )
        event = QMouseEvent(
            kind, at, position, Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(target, event)
