"""bodymap: an educational atlas of myofascial trigger points and the pain they refer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bodymap.atlas import Atlas, AtlasError, Problem, load_atlas

__version__ = "0.1.0"
__all__ = ["Atlas", "AtlasError", "Problem", "__version__", "load_atlas"]


def __getattr__(name: str) -> Any:
    # The atlas is imported on first use: `import bodymap` stays light (no YAML or Shapely).
    if name in ("Atlas", "AtlasError", "Problem", "load_atlas"):
        import bodymap.atlas

        return getattr(bodymap.atlas, name)
    raise AttributeError(f"module 'bodymap' has no attribute '{name}'")
