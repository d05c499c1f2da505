"""Where bodymap keeps the user's own files: maps, settings, logs and caches.

The one place that knows the platform's folders (through platformdirs, so the command line
finds them without Qt). On Linux: ``~/.local/share/bodymap`` (maps, logs),
``~/.config/bodymap`` (settings) and ``~/.cache/bodymap`` (caches), following the XDG
variables.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APPLICATION = "bodymap"
LOG_NAME = "bodymap"  # the logger of the app's own messages


def _dirs() -> platformdirs.PlatformDirs:
    # Read anew on each call: the XDG variables may change (the tests point them elsewhere).
    return platformdirs.PlatformDirs(APPLICATION, appauthor=False)


def data_dir() -> Path:
    return _dirs().user_data_path


def user_maps_dir() -> Path:
    """The folder of the user's own maps, laid over the built-in atlas (may not exist)."""
    return data_dir() / "maps"


def user_overlays() -> list[Path]:
    """The user's maps folder when there is one: what every command lays over the atlas."""
    folder = user_maps_dir()
    return [folder] if folder.is_dir() else []


def log_dir() -> Path:
    return data_dir() / "logs"


def settings_file() -> Path:
    return _dirs().user_config_path / "settings.json"


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is turned off: ``$BODYMAP_CACHE_DIR``, else the
    platform's cache folder; ``BODYMAP_NO_CACHE=1`` turns caching off."""
    if os.environ.get("BODYMAP_NO_CACHE", "").strip() not in ("", "0"):
        return None
    explicit = os.environ.get("BODYMAP_CACHE_DIR")
    return Path(explicit) if explicit else _dirs().user_cache_path


def kiosk_config_file() -> Path:
    """The kiosk's configuration (docs/kiosk.md), unless --config names another."""
    return _dirs().user_config_path / "kiosk.yaml"
