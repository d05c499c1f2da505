"""The File menu's ways out of the app: a client handout as a PDF or printed, and the views
on screen as a PNG or SVG picture. Each asks where with the system's dialog; given a path
(the tests), it writes there."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import QObject, QPoint, QRectF, Slot
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStatusBar,
    QWidget,
)

from bodymap.state import client_file
from bodymap.state.app import AppState
from bodymap.ui.handout import handout_date, paint_pages, write_handout, write_record
from bodymap.ui.mode import Mode
from bodymap.ui.translate import translate


class Window(Protocol):
    """What the exports need of the main window (which builds them)."""

    state: AppState

    def current_mode(self) -> Mode: ...

    def statusBar(self) -> QStatusBar: ...


class Exports(QObject):
    """File ▸ Export handout…, Print handout…, Save the view as a picture…, Clinic name…"""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.widget: QWidget = window  # the parent of the dialogs
        self.window = cast(Window, window)
        self.clinic = ""  # on the handout; kept in the settings
        for text, shortcut, slot in (
            (translate("Exports", "&Export handout…"), "Ctrl+E", self.export_handout),
            (translate("Exports", "&Print handout…"), QKeySequence.StandardKey.Print, self.print),
            (translate("Exports", "Save the view as a &picture…"), "Ctrl+Shift+S", self.save_view),
            (translate("Exports", "Clinic &name on handouts…"), "", self.ask_clinic),
            (
                translate("Exports", "&Open client file…"),
                QKeySequence.StandardKey.Open,
                self.open_client,
            ),
            (
                translate("Exports", "&Save client file…"),
                QKeySequence.StandardKey.Save,
                self.save_client,
            ),
            (translate("Exports", "Export client &record (PDF)…"), "", self.export_record),
        ):
            action = QAction(text, self.widget)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.addSeparator()

    @property
    def state(self) -> AppState:
        return self.window.state  # the window's, which a reload of the maps replaces

    def points(self) -> list[str]:
        """What a handout is about: the point shown in Explore, or in 'Where does it hurt?' the
        candidates compared, else the one laid over the drawing."""
        state = self.state
        if state.mode == "explore":
            selection = state.explore.selection
            return [selection.point] if selection else []
        where = state.where
        chosen = list(where.compared) or ([where.chosen] if where.chosen is not None else [])
        return list(dict.fromkeys(where.candidates[i].trigger_point for i in chosen))

    def _nothing(self) -> None:
        QMessageBox.information(
            self.widget,
            translate("Exports", "No trigger point chosen"),
            translate(
                "Exports",
                "Choose a trigger point first: tap one on the body or in the list, or a "
                "candidate in 'Where does it hurt?'.",
            ),
        )

    @Slot()
    def export_handout(self, path: str | None = None) -> Path | None:
        points = self.points()
        if not points:
            self._nothing()
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.widget,
                translate("Exports", "Export handout"),
                "handout.pdf",
                translate("Exports", "PDF (*.pdf)"),
            )
            if not path:
                return None
        target = Path(path)
        try:
            write_handout(self.state.atlas, points, target, clinic=self.clinic)
        except OSError:
            QMessageBox.warning(
                self.widget,
                translate("Exports", "Not written"),
                translate("Exports", "The handout could not be written to %1.").replace(
                    "%1", str(target)
                ),
            )
            return None
        self.window.statusBar().showMessage(
            translate("Exports", "Handout written to %1").replace("%1", str(target)), 8000
        )
        return target

    @Slot()
    def print(self) -> None:
        points = self.points()
        if not points:
            self._nothing()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.widget).exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer, points)

    def print_to(self, printer: QPrinter, points: list[str]) -> None:
        """The handout's pages on a printer (the same drawing as the PDF)."""
        painter = QPainter()
        if not painter.begin(printer):
            return
        scale = printer.resolution() / 72
        painter.scale(scale, scale)
        area = QRectF(0, 0, printer.width() / scale, printer.height() / scale)
        paint_pages(printer, painter, self.state.atlas, points, area, self.clinic, handout_date())
        painter.end()

    @Slot()
    def save_view(self, path: str | None = None) -> Path | None:
        """The mode's views as they are on screen: PNG (pixels) or SVG (vector)."""
        mode = self.window.current_mode()
        body = mode.body
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.widget,
                translate("Exports", "Save the view as a picture"),
                "bodymap.png",
                translate("Exports", "PNG picture (*.png);;SVG drawing (*.svg)"),
            )
            if not path:
                return None
        target = Path(path)
        size = body.size()
        if target.suffix.lower() == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(target))
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle("bodymap")
            painter = QPainter()
            if not painter.begin(generator):
                return None
            body.render(painter, QPoint(0, 0))
            painter.end()
        else:
            image = QImage(size * 2 if size.width() < 2000 else size, QImage.Format.Format_RGB32)
            image.setDevicePixelRatio(image.width() / max(1, size.width()))
            image.fill(0xFFFFFF)
            painter = QPainter(image)
            body.render(painter, QPoint(0, 0))
            painter.end()
            if not image.save(str(target)):
                return None
        return target if target.is_file() else None

    # -- the client's file: the drawing, the confirmed points, the notes -------------------
    def _ask_path(self, title: str, name: str, kind: str, save: bool) -> str:
        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, _ = ask(self.widget, title, name, kind)
        return path

    @Slot()
    def save_client(self, path: str | None = None) -> Path | None:
        """The drawing, confirmed points and notes to a file the therapist names: bodymap
        keeps no health data by itself."""
        path = path or self._ask_path(
            translate("Exports", "Save client file"),
            "client.bodymap.json",
            translate("Exports", "bodymap client file (*.json)"),
            save=True,
        )
        if not path:
            return None
        target = Path(path)
        try:
            client_file.write(target, self.state.where.record())
        except OSError as error:
            QMessageBox.warning(
                self.widget,
                translate("Exports", "Not saved"),
                translate("Exports", "The client file could not be saved to %1 (%2).")
                .replace("%1", str(target))
                .replace("%2", error.strerror or str(error)),
            )
            return None
        self.window.statusBar().showMessage(
            translate("Exports", "Client file saved to %1").replace("%1", str(target)), 8000
        )
        return target

    @Slot()
    def open_client(self, path: str | None = None) -> list[str]:
        """A client file opened in 'Where does it hurt?'; what was wrong with it, if anything,
        is said, and what is sound is opened."""
        path = path or self._ask_path(
            translate("Exports", "Open client file"),
            "",
            translate("Exports", "bodymap client file (*.json)"),
            save=False,
        )
        if not path:
            return []
        record, problems = client_file.read(Path(path), self.state.atlas)
        if record is not None:
            self.state.set_mode("where")
            self.state.where.restore(record)
        if problems:
            QMessageBox.warning(
                self.widget,
                translate("Exports", "Client file")
                if record is not None
                else translate("Exports", "Not opened"),
                "\n".join(problems[:12]),
            )
        return problems

    @Slot()
    def export_record(self, path: str | None = None) -> Path | None:
        """The client's record as a one-page PDF: drawing, confirmed points, notes."""
        path = path or self._ask_path(
            translate("Exports", "Export client record"),
            "record.pdf",
            translate("Exports", "PDF (*.pdf)"),
            save=True,
        )
        if not path:
            return None
        target = Path(path)
        where = self.state.where
        try:
            write_record(
                self.state.atlas, where.record(), where.drawing.geometry(), target, self.clinic
            )
        except OSError:
            QMessageBox.warning(
                self.widget,
                translate("Exports", "Not written"),
                translate("Exports", "The record could not be written to %1.").replace(
                    "%1", str(target)
                ),
            )
            return None
        return target

    @Slot()
    def ask_clinic(self) -> None:
        name, ok = QInputDialog.getText(
            self.widget,
            translate("Exports", "Clinic name"),
            translate("Exports", "The clinic's name, printed on every handout:"),
            text=self.clinic,
        )
        if ok:
            self.clinic = name.strip()[:80]
