"""The app's own settings file: a few typed values in JSON, written atomically; a file that
cannot be read is set aside (never lost, never fatal) and the defaults are used."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QByteArray, QIODevice

from bodymap.atlas.vocabulary import VIEW_IDS
from bodymap.ui.places import LOG_NAME

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

LAYOUTS = ("front+back", *VIEW_IDS)


class Settings(NamedTuple):
    """The remembered values (a named tuple: no dataclass machinery before the first frame).
    Changed with `_replace`."""

    layout: str = "front+back"   # the Explore view layout
    geometry: str = ""           # the main window's geometry (QMainWindow.saveGeometry, hex)
    watch_maps: bool = False     # reload the maps when a file in the user's folder changes
    kiosk: bool = False          # on an unexpected error, start over instead of asking


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
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Settings()
        except OSError as error:
            self._note(f"could not read the settings {self.path}: {error.strerror}; "
                       "using the defaults")
            return Settings()
        import json  # with a file to read: a new user's start goes without (~3 ms)

        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except (UnicodeDecodeError, ValueError) as error:
            self._set_aside(str(error))
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
            ok = isinstance(value, type(default)) and (name != "layout" or value in LAYOUTS)
            if ok:
                values[name] = value
            else:
                expected = ("one of " + ", ".join(LAYOUTS) if name == "layout"
                            else type(default).__name__)
                self._note(f"settings: '{name}' has the value {value!r}, expected "
                           f"{expected}; using the default")
        return defaults._replace(**values)

    def _set_aside(self, reason: str) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(self.clock()))
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            self.path.replace(aside)
        except OSError:
            self._note(f"the settings file {self.path} could not be read ({reason}); "
                       "using the defaults")
            return
        self._note(f"the settings file could not be read ({reason}); it was set aside as "
                   f"{aside} and the defaults are used")

    def save(self, settings: Settings) -> bool:
        """Write atomically: the old file stays whole until the new one is complete."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.logger.warning("could not make %s: %s", self.path.parent, error)
            return False
        import json

        from PySide6.QtCore import QSaveFile  # only on quitting: not on the way to the first frame

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


def restore_window(window: QMainWindow, settings: Settings) -> None:
    """Put the window back as it was left: geometry, and Explore's layout."""
    if settings.geometry:
        try:
            geometry = QByteArray(bytes.fromhex(settings.geometry))
        except ValueError:
            geometry = QByteArray()
        window.restoreGeometry(geometry)
    explore = getattr(window, "explore", None)
    if explore is not None:
        explore.body.set_layout(settings.layout)


def capture_window(window: QMainWindow, settings: Settings) -> Settings:
    """`settings` with the window's current geometry and Explore's layout."""
    explore = getattr(window, "explore", None)
    layout = explore.body.layout_key if explore is not None else settings.layout
    return settings._replace(layout=layout if layout in LAYOUTS else settings.layout,
                             geometry=bytes(window.saveGeometry().data()).hex())
