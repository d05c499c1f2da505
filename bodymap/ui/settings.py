"""The app's own settings file: a few typed values in JSON, written atomically; a file that
cannot be read is set aside (never lost, never fatal) and the defaults are used."""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QIODevice, QSaveFile

from bodymap.atlas.vocabulary import ALL_VIEW_IDS
from bodymap.places import LOG_NAME
from bodymap.state.explore import BOTH
from bodymap.ui.main_window import MainWindow, fits_on_a_screen, fitted_size
from bodymap.ui.theme import CONTRASTS, TEXT_SCALES, Look

LAYOUTS = (BOTH, *ALL_VIEW_IDS)
# Settings with a few allowed values; anything else keeps the default, with a note.
CHOICES: dict[str, tuple[object, ...]] = {
    "layout": LAYOUTS,
    "text_scale": TEXT_SCALES,
    "contrast": CONTRASTS,
}


class Settings(NamedTuple):
    """The remembered values; changed with `_replace`."""

    layout: str = "front+back"  # the Explore view layout
    geometry: str = ""  # the main window's geometry (QMainWindow.saveGeometry, hex)
    watch_maps: bool = False  # reload the maps when a file in the user's folder changes
    kiosk: bool = False  # on an unexpected error, start over instead of asking
    client_view: bool = False  # hide the steps of clinician-only techniques (AppState)
    all_points: bool = False  # keep every trigger point on while a pattern is shown (AppState)
    anatomy: bool = False  # the muscles of the body area faintly under a pattern (AppState)
    mirrored: bool = False  # the figure as the client sees themself (AppState)
    clinic: str = ""  # the clinic's name on handouts (File ▸ Clinic name on handouts)
    language: str = ""  # View ▸ Language; "" follows the system (bodymap.language)
    text_scale: float = 1.0  # View ▸ Text size (bodymap.ui.theme.TEXT_SCALES)
    contrast: str = "system"  # View ▸ High contrast: system, high or normal
    reduced_motion: bool = False  # View ▸ Reduce motion


MAX_SETTINGS_BYTES = 64 * 1024


def _read_small_file(path: Path) -> bytes:
    """The bytes of `path`, a regular file of a settings file's size. Raises OSError (a
    FIFO, a device, a folder or a file too large is not a settings file), without waiting on
    a FIFO or reading a device without end."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(handle, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        raw = file.read(MAX_SETTINGS_BYTES + 1)
    if len(raw) > MAX_SETTINGS_BYTES:
        raise OSError(errno.EFBIG, f"larger than {MAX_SETTINGS_BYTES // 1024} KiB")
    return raw


def look_of(settings: Settings) -> Look:
    return Look(settings.text_scale, settings.contrast, settings.reduced_motion)


class SettingsFile:
    """Reads and writes one Settings file; `notes` says what was wrong with it, if anything."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.clock = clock
        self.notes: list[str] = []
        self.logger = logging.getLogger(LOG_NAME)

    def _note(self, text: str) -> None:
        self.notes.append(text)
        self.logger.warning("%s", text)

    def load(self) -> Settings:
        try:
            raw = _read_small_file(self.path)
        except FileNotFoundError:
            return Settings()
        except OSError as error:
            self._note(
                f"could not read the settings {self.path}: {error.strerror}; using the defaults"
            )
            return Settings()
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            self._set_aside(
                str(error) if not isinstance(error, RecursionError) else "nested too deep"
            )
            return Settings()
        return self._typed(data)

    def _typed(self, data: dict[str, Any]) -> Settings:
        defaults = Settings()
        values: dict[str, Any] = {}
        for name in Settings._fields:
            if name not in data:
                continue
            value = data[name]
            default = getattr(defaults, name)
            if (
                isinstance(default, float)
                and isinstance(value, int)
                and not isinstance(value, bool)
            ):
                value = float(value)  # JSON writes 2.0 as 2 when a person edits it
            choices = CHOICES.get(name)
            ok = isinstance(value, type(default)) and (choices is None or value in choices)
            if ok:
                values[name] = value
            else:
                expected = (
                    "one of " + ", ".join(map(str, choices)) if choices else type(default).__name__
                )
                self._note(
                    f"settings: '{name}' has the value {value!r}, expected "
                    f"{expected}; using the default"
                )
        return defaults._replace(**values)

    def _set_aside(self, reason: str) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(self.clock()))
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            self.path.replace(aside)
        except OSError:
            self._note(
                f"the settings file {self.path} could not be read ({reason}); using the defaults"
            )
            return
        self._note(
            f"the settings file could not be read ({reason}); it was set aside as "
            f"{aside} and the defaults are used"
        )

    def save(self, settings: Settings) -> bool:
        """Write atomically: the old file stays whole until the new one is complete."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.logger.warning("could not make %s: %s", self.path.parent, error)
            return False
        text = json.dumps(settings._asdict(), indent=2, sort_keys=True) + "\n"
        out = QSaveFile(str(self.path))
        if not out.open(QIODevice.OpenModeFlag.WriteOnly):
            self.logger.warning("could not write %s: %s", self.path, out.errorString())
            return False
        out.write(QByteArray(text.encode("utf-8")))
        if not out.commit():
            self.logger.warning("could not write %s: %s", self.path, out.errorString())
            return False
        return True


def restore_window(window: MainWindow, settings: Settings) -> None:
    """Put the window back as it was left (its place and size when they still fit on a
    screen, else a size that fits) and Explore's layout, before it is shown."""
    restored = False
    if settings.geometry:
        try:
            restored = window.restoreGeometry(QByteArray(bytes.fromhex(settings.geometry)))
        except ValueError:
            restored = False
    if not restored or not fits_on_a_screen(window):
        available = window.screen().availableGeometry()
        window.resize(*fitted_size(available))
        frame = window.frameGeometry()
        frame.moveCenter(available.center())
        window.move(frame.topLeft())
    if settings.layout in LAYOUTS:
        with contextlib.suppress(ValueError):  # a view the maps no longer have
            window.state.explore.set_layout(settings.layout)
    window.state.set_client_view(settings.client_view)
    window.state.set_all_points(settings.all_points)
    window.state.set_anatomy(settings.anatomy)
    window.state.set_mirrored(settings.mirrored)
    window.exports.clinic = settings.clinic[:80]


def capture_window(window: MainWindow, settings: Settings) -> Settings:
    """`settings` with the window's current geometry and Explore's layout."""
    return settings._replace(
        client_view=window.state.client_view,
        all_points=window.state.all_points,
        anatomy=window.state.anatomy,
        mirrored=window.state.mirrored,
        clinic=window.exports.clinic,
        layout=window.state.explore.layout,
        geometry=bytes(window.saveGeometry().data()).hex(),
    )
