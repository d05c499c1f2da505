"""Where bodymap keeps the user's own files: maps, logs and settings (the platform's places)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

APPLICATION = "bodymap"
LOG_NAME = "bodymap"   # the logger of the app's own messages (the log file: errors.py)


def _named() -> None:
    # The names decide the folders; the CLI asks before any QApplication exists. No
    # organisation name: it would add a second "bodymap" level to every folder.
    if not QCoreApplication.applicationName() or QCoreApplication.instance() is None:
        QCoreApplication.setApplicationName(APPLICATION)


def _location(kind: QStandardPaths.StandardLocation) -> Path:
    _named()
    return Path(QStandardPaths.writableLocation(kind))


def user_maps_dir() -> Path:
    """The folder of the user's own maps, laid over the built-in atlas (may not exist)."""
    return _location(QStandardPaths.StandardLocation.AppDataLocation) / "maps"


def user_overlays() -> list[Path]:
    """The user's maps folder when there is one: what every command lays over the atlas."""
    folder = user_maps_dir()
    return [folder] if folder.is_dir() else []


def log_dir() -> Path:
    return _location(QStandardPaths.StandardLocation.AppLocalDataLocation) / "logs"


def settings_file() -> Path:
    return _location(QStandardPaths.StandardLocation.AppConfigLocation) / "settings.json"
