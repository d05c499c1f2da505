"""bodymap: an educational atlas of myofascial trigger points and the pain they refer."""

from bodymap.atlas import Atlas, AtlasError, Problem, load_atlas

__version__ = "0.1.0"
__all__ = ["Atlas", "AtlasError", "Problem", "__version__", "load_atlas"]
