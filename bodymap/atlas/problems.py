"""Problems found in map files, collected as values and raised together as one AtlasError."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Problem(NamedTuple):
    """One thing wrong with a map file, at a 1-based line and column (0 when unknown).

    A named tuple: ordered by file, line, column and message, and quick to define (the
    app's first frame imports this module, and no dataclass machinery)."""

    file: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


class AtlasError(Exception):
    """Every problem found while loading an atlas, sorted by file and line."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(set(problems)))
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the maps")

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
