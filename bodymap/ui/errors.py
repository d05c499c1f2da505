"""Unexpected errors under strangers' hands: the traceback goes to a rotating log, the user gets
a calm word (a kiosk quietly starts over), and the app keeps running."""

from __future__ import annotations

import errno
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from bodymap.places import LOG_NAME

LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def inform(title: str, text: str) -> None:
    """Tell the user something, modally. The one place a dialog is shown; tests replace it."""
    parent = QApplication.activeWindow()
    QMessageBox.information(parent, title, text)


def open_log(log_dir: Path) -> tuple[logging.Logger, Path | None]:
    """The app's logger, writing to `log_dir`/bodymap.log (rotated), or to stderr when the
    folder cannot be made: a read-only home must not stop the app. A log that cannot be
    written later (a full disk) is given up quietly rather than printing tracebacks."""
    logging.raiseExceptions = False
    logger = logging.getLogger(LOG_NAME)
    logger.setLevel(logging.INFO)
    for old in list(logger.handlers):
        logger.removeHandler(old)
        old.close()
    path: Path | None = log_dir / "bodymap.log"
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        if (
            log_dir / "bodymap.log"
        ).is_symlink():  # the log is written where it is, never where a link points
            raise OSError(errno.ELOOP, "the log file is a link")
        handler = RotatingFileHandler(
            str(path), maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        path = None
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.propagate = False
    return logger, path


def _frames(trace: TracebackType | None) -> str:
    """Where an error happened, frame by frame (file, line, function), without the source
    lines or the message: what a public screen may log."""
    return "".join(
        f"  {frame.filename}:{frame.lineno} in {frame.name}\n"
        for frame in traceback.extract_tb(trace)
    )


class ErrorHandler(QObject):
    """Installs itself as sys.excepthook, threading.excepthook and Qt's message handler."""

    _from_thread = Signal(str)  # a summary of an error raised in another thread

    def __init__(
        self,
        log_dir: Path,
        reset: Callable[[], None] | None = None,
        kiosk: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.logger, self.log_path = open_log(log_dir)
        self.reset = reset  # what a kiosk does instead of asking: MainWindow.reset
        self.kiosk = kiosk
        self.inform: Callable[[str, str], None] = inform
        self.errors = 0
        self._busy = False
        self._previous: dict[str, Any] = {}
        self._from_thread.connect(self._answer)

    # -- installing ----------------------------------------------------------------------------
    def install(self) -> ErrorHandler:
        self._previous = {"sys": sys.excepthook, "threading": threading.excepthook}
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        self._previous["qt"] = qInstallMessageHandler(self._qt_message)
        return self

    def uninstall(self) -> None:
        if not self._previous:
            return
        sys.excepthook = self._previous["sys"]
        threading.excepthook = self._previous["threading"]
        qInstallMessageHandler(self._previous["qt"])
        self._previous = {}

    # -- what happens on an error --------------------------------------------------------------
    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.errors += 1
        if self.kiosk:
            # What a visitor touched can be in an error's message (a point, a region): a public
            # screen logs where the error happened, never the message.
            self.logger.error("Unexpected error %s\n%s", kind.__name__, _frames(trace))
            self._answer(kind.__name__)
            return
        self.logger.error("Unexpected error", exc_info=(kind, error, trace))
        self._answer(f"{kind.__name__}: {error}")

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        error = args.exc_value or args.exc_type()
        self.errors += 1
        thread = args.thread.name if args.thread else "?"
        if self.kiosk:  # as in handle(): where, never the message
            self.logger.error(
                "Unexpected error %s in thread %s\n%s",
                args.exc_type.__name__,
                thread,
                _frames(args.exc_traceback),
            )
            self._from_thread.emit(args.exc_type.__name__)
            return
        self.logger.error(
            "Unexpected error in thread %s",
            thread,
            exc_info=(args.exc_type, error, args.exc_traceback),
        )
        self._from_thread.emit(f"{args.exc_type.__name__}: {error}")  # queued to the GUI thread

    @Slot(str)
    def _answer(self, summary: str) -> None:
        if self._busy:  # an error while answering one: logged above, not asked about twice
            return
        self._busy = True
        try:
            if self.kiosk and self.reset is not None:
                self.logger.info("Kiosk: starting over after the error")
                self.reset()
                return
            where = (
                str(self.log_path)
                if self.log_path
                else QCoreApplication.translate("Errors", "the terminal")
            )
            self.inform(
                QCoreApplication.translate("Errors", "Something went wrong"),
                QCoreApplication.translate(
                    "Errors",
                    "bodymap ran into something unexpected and carried on. If the screen looks "
                    "wrong, press Esc to start again.\n\nThe details were written to %1 for "
                    "whoever looks after this computer.",
                ).replace("%1", where),
            )
        except Exception:  # the answer itself failed: the log is all there is
            self.logger.exception("Could not answer an error (%s)", summary)
        finally:
            self._busy = False

    def _qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        self.logger.log(_QT_LEVELS.get(kind, logging.WARNING), "Qt: %s", message)
        previous = self._previous.get("qt")
        if previous is not None:
            previous(kind, context, message)
