"""Where the packaged maps and assets live, for an installed wheel and for a source checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _package_dir(name: str) -> Path:
    # In a wheel, maps/ and assets/ are installed inside the package; in a checkout or an
    # editable install they stay beside it, at the repository's root.
    inside = Path(str(files("bodymap") / name))
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parent.parent / name


def maps_dir() -> Path:
    """The folder of the built-in atlas."""
    return _package_dir("maps")


def asset(name: str) -> Path:
    """A file from the packaged assets (icon, stylesheet)."""
    return _package_dir("assets") / name
