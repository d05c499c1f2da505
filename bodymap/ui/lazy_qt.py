"""`Qt`, Qt's namespace of enums, made when first used rather than when imported.

PySide6 makes the namespace's ~90 Python enums (`Qt.Key` alone has some 450 members) the
first time anything touches it: a quarter of the work bodymap does for its first frame,
~25 ms, and the bare program it is measured against never pays it (docs/performance.md).
The modules that draw the first frame take `Qt` from here, and do without it until the atlas
is attached: no `Qt.` value is read before then, and no call is made that has PySide choose
between overloads taking one (`QBrush(color)`, `QPen(color, width)`, `painter.setPen(pen)`,
`action.setShortcut(...)`: `palette.solid_brush`, `palette.figure_pen`,
`painter.strokePath` and `action.setShortcuts` do the same without).
`tests/ui/test_quick_start.py` checks that the first frame is painted without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:
    class _Namespace:
        """Reads through to `PySide6.QtCore.Qt`, importing it on the first read."""

        def __getattr__(self, name: str) -> Any:
            from PySide6.QtCore import Qt

            value = getattr(Qt, name)
            setattr(self, name, value)   # read once: later reads are plain attributes
            return value

    Qt = _Namespace()

__all__ = ["Qt"]
