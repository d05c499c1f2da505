"""Where the packaged maps and assets live, for an installed wheel and for a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _package_dir(name: str) -> Path:
    # In a wheel, maps/ and assets/ are installed inside the package; in a checkout or an
    # editable install they stay beside it, at the repository's root. (A plain path, not
    # importlib.resources: bodymap is never run from a zip, and the app starts faster.)
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


def maps_dir() -> Path:
    """The folder of the built-in atlas."""
    return _package_dir("maps")


def asset(name: str) -> Path:
    """A file from the packaged assets (icon, stylesheet)."""
    return _package_dir("assets") / name
