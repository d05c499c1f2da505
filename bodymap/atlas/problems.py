"""Problems found in map files, collected as values and raised together as one AtlasError."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

# Control characters (a terminal's escapes, NUL, a newline that would forge another line) and
# what a file name holds that is not text are shown escaped, never sent as they are.
_CONTROL = {n: f"\\x{n:02x}" for n in (*range(0x20), 0x7F, *range(0x80, 0xA0))}
_SHOWN_AT_MOST = 2000  # characters of one line


def printable(text: str) -> str:
    """`text` safe to print on one line of a terminal: control characters escaped
    (\\x1b, \\x0a), undecodable bytes of a file name escaped (\\udcff -> \\xff), cut
    to a length a person reads."""
    shown = text.translate(_CONTROL)
    try:
        shown = shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file name makes
        shown = shown.encode("utf-8", "backslashreplace").decode("utf-8")
    if len(shown) > _SHOWN_AT_MOST:
        shown = shown[:_SHOWN_AT_MOST] + f"… ({len(shown) - _SHOWN_AT_MOST} more characters)"
    return shown


class Problem(NamedTuple):
    """One thing wrong with a map file, at a 1-based line and column (0 when unknown);
    ordered by file, line, column and message."""

    file: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return printable(f"{self.file}:{self.line}:{self.col}: {self.message}")


class AtlasError(Exception):
    """Every problem found while loading an atlas, sorted by file and line."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(set(problems)))
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the maps")

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
