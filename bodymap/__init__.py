"""bodymap: an educational atlas of myofascial trigger points and the pain they refer.

The public API: `load_atlas()` returns an `Atlas`; a broken map raises `AtlasError`, which
lists every `Problem`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bodymap.atlas.problems import AtlasError, Problem

if TYPE_CHECKING:
    from bodymap.atlas.atlas import Atlas
    from bodymap.atlas.loader import load_atlas

__version__ = "0.1.0"
__all__ = ["Atlas", "AtlasError", "Problem", "__version__", "load_atlas"]


def __getattr__(name: str) -> Any:
    # The atlas and its loader come on first use, so that `import bodymap` (the command line
    # parsing its arguments, the app showing its splash) does not wait for Shapely and NumPy.
    if name == "Atlas":
        from bodymap.atlas.atlas import Atlas

        return Atlas
    if name == "load_atlas":
        from bodymap.atlas.loader import load_atlas

        return load_atlas
    raise AttributeError(f"module 'bodymap' has no attribute '{name}'")
