"""Colours, pens and brushes of the figure, chosen to stay readable when printed in grey."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPalette, QPen

from bodymap.ui.lazy_qt import Qt

SKIN = QColor("#f6ede4")
OUTLINE = QColor("#5b4a3f")
DETAIL = QColor("#b9a597")
REGION_HIGHLIGHT = QColor(52, 120, 200, 70)
REGION_BORDER = QColor(52, 120, 200, 200)
ESSENTIAL = QColor("#c1121f")      # solid: prints as a dark grey
SPILLOVER = QColor("#c1121f")      # stippled: prints as dots
MARKER = QColor(90, 72, 62, 150)
MARKER_DIMMED = QColor(90, 72, 62, 60)   # the other X's while a point is selected
MARKER_SELECTED = QColor("#111111")
MUSCLE_FILL = QColor(120, 60, 40, 38)
MUSCLE_LINE = QColor(120, 60, 40, 150)


def cosmetic_pen(color: QColor, width: float, style: Qt.PenStyle | None = None) -> QPen:
    """A pen whose width is in screen pixels, so lines stay crisp at every zoom."""
    pen = QPen(color, width, Qt.PenStyle.SolidLine if style is None else style,
               Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    pen.setCosmetic(True)
    return pen


def figure_pen(color: QColor, width: float, cosmetic: bool = True) -> QPen:
    """A solid pen with Qt's plain ends and joins, for the figure's long outline and lines and
    the small X's: at these widths they look the same as round ones and draw a quarter
    faster. Cosmetic (its width in screen pixels) unless told otherwise. Made without Qt's
    namespace of enums, for the first frame (`lazy_qt`)."""
    pen = QPen()
    pen.setColor(color)
    pen.setWidthF(width)
    pen.setCosmetic(cosmetic)
    return pen


def solid_brush(color: QColor) -> QBrush:
    """`QBrush(color)`, made through a palette: the constructor would have PySide choose
    between QBrush's overloads, which builds Qt's namespace of enums (`lazy_qt`)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, color)
    return palette.window()


def essential_brush() -> QBrush:
    return QBrush(ESSENTIAL, Qt.BrushStyle.SolidPattern)


def spillover_brush() -> QBrush:
    # A stipple, the charts' convention for the spillover zone. The pattern is in device
    # pixels, so it stays a fine stipple at every zoom.
    return QBrush(SPILLOVER, Qt.BrushStyle.Dense5Pattern)
