"""Colours, pens and brushes of the figure, chosen to stay readable when printed in grey."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

SKIN = QColor("#f6ede4")
OUTLINE = QColor("#5b4a3f")
DETAIL = QColor("#b9a597")
LABEL = DETAIL.darker(160)
REGION_HIGHLIGHT = QColor(52, 120, 200, 70)
REGION_BORDER = QColor(52, 120, 200, 200)
ESSENTIAL = QColor("#c1121f")  # solid: prints as a dark grey
SPILLOVER = QColor("#c1121f")  # stippled: prints as dots
MARKER = QColor(90, 72, 62, 150)
MARKER_DIMMED = QColor(90, 72, 62, 60)  # the other X's while a point is selected
MARKER_SELECTED = QColor("#111111")
MUSCLE_FILL = QColor(120, 60, 40, 38)
MUSCLE_LINE = QColor(120, 60, 40, 150)
PAIN = QColor(242, 140, 40)  # warm orange: what the person marked
# Candidates laid over a pain drawing, one colour and hatching each.
COMPARE = (QColor(37, 99, 235), QColor(22, 163, 74), QColor(147, 51, 234), QColor(8, 145, 178))
HATCHES = (
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.Dense5Pattern,
    Qt.BrushStyle.DiagCrossPattern,
)


def cosmetic_pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen whose width is in screen pixels, so lines stay crisp at every zoom."""
    pen = QPen(color, width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    pen.setCosmetic(True)
    return pen


def translucent(color: QColor, alpha: int) -> QColor:
    shade = QColor(color)
    shade.setAlpha(alpha)
    return shade


def essential_brush() -> QBrush:
    return QBrush(ESSENTIAL, Qt.BrushStyle.SolidPattern)


def spillover_brush() -> QBrush:
    # A stipple, the charts' convention for the spillover zone. The pattern is in device
    # pixels, so it stays a fine stipple at every zoom.
    return QBrush(SPILLOVER, Qt.BrushStyle.Dense5Pattern)
