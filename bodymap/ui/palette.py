"""Colours, pens and brushes of the figure, chosen to stay readable when printed in grey."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap

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
FOCUS = QColor("#1d4ed8")  # the keyboard's place on the body: a blue ring, not a colour cue alone
MUSCLE_FILL = QColor(120, 60, 40, 38)
MUSCLE_LINE = QColor(120, 60, 40, 150)
ANATOMY_FILL = QColor(120, 60, 40, 14)  # the muscles around the shown one: faint, each outlined
ANATOMY_LINE = QColor(120, 60, 40, 85)
# What the person marked: a calm blue, so that a pattern laid over it keeps the charts' red in
# both modes (red is the referred pain, everywhere in the app).
PAIN = QColor(66, 124, 196)
# Candidates compared over a pain drawing: the first in the charts' red, then colours that stay
# apart from it, from each other and from the blue drawing (and, for red-green colour
# blindness, each with its own hatching too). Each X, hatch and legend entry share one colour.
COMPARE = (QColor("#c1121f"), QColor("#0f7d3c"), QColor("#7b2cbf"), QColor("#c46a00"))
RING_TRACK = QColor("#eadfd6")  # the hold timer's ring, under the part gone
REST = QColor("#5b7fa6")  # the ring in a rest between repetitions
TEXT = QColor("#3b2f28")  # text drawn on the figure or the timer
# Hatchings, one per candidate: lines one way, the other way, a grid, a dot screen.
HATCHES = ("bdiag", "fdiag", "grid", "dots")
HATCH_TILE = 10  # device pixels: the hatching's spacing, the same at every zoom


# The same roles in high contrast (View ▸ High contrast, or the system's preference): black
# lines on white, the red darker, the faint layers stronger. Each text and line at least
# 4.5:1 against what it is drawn on (tests/ui/test_accessibility.py measures it).
_NORMAL = {
    name: QColor(globals()[name])
    for name in (
        "SKIN",
        "OUTLINE",
        "DETAIL",
        "LABEL",
        "ESSENTIAL",
        "SPILLOVER",
        "MARKER",
        "MARKER_DIMMED",
        "MARKER_SELECTED",
        "FOCUS",
        "MUSCLE_FILL",
        "MUSCLE_LINE",
        "ANATOMY_FILL",
        "ANATOMY_LINE",
    )
}
_HIGH_CONTRAST = {
    "SKIN": QColor("#ffffff"),
    "OUTLINE": QColor("#000000"),
    "DETAIL": QColor("#595959"),
    "LABEL": QColor("#000000"),
    "ESSENTIAL": QColor("#b00000"),
    "SPILLOVER": QColor("#b00000"),
    "MARKER": QColor(0, 0, 0, 210),
    "MARKER_DIMMED": QColor(0, 0, 0, 120),
    "MARKER_SELECTED": QColor("#000000"),
    "FOCUS": QColor("#0000c8"),
    "MUSCLE_FILL": QColor(80, 30, 0, 60),
    "MUSCLE_LINE": QColor(60, 20, 0, 230),
    "ANATOMY_FILL": QColor(80, 30, 0, 25),
    "ANATOMY_LINE": QColor(60, 20, 0, 160),
    "RING_TRACK": QColor("#bfbfbf"),
    "REST": QColor("#003c8f"),
    "TEXT": QColor("#000000"),
}
high_contrast = False


def use_high_contrast(on: bool) -> None:
    """The figure's colours for what is drawn from now on (`bodymap.ui.theme`)."""
    global high_contrast
    high_contrast = on
    globals().update({k: QColor(v) for k, v in (_HIGH_CONTRAST if on else _NORMAL).items()})


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


def hatch_brush(color: QColor, kind: str) -> QBrush:
    """A hatching of 2-pixel lines (Qt's own hatch patterns are 1 pixel, and fade into grey
    over the drawing); its tile is in device pixels when drawn by a `HatchItem`."""
    tile = QPixmap(HATCH_TILE, HATCH_TILE)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap))
    painter.setBrush(color)
    n = HATCH_TILE
    if kind == "bdiag":  # lines rising to the right, drawn past the tile's corners to join up
        painter.drawLine(-1, n + 1, n + 1, -1)
    elif kind == "fdiag":
        painter.drawLine(-1, -1, n + 1, n + 1)
    elif kind == "grid":
        painter.drawLine(0, n // 2, n, n // 2)
        painter.drawLine(n // 2, 0, n // 2, n)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(n / 2, n / 2), 2.2, 2.2)
    painter.end()
    return QBrush(tile)


def spillover_brush() -> QBrush:
    # A stipple, the charts' convention for the spillover zone. The pattern is in device
    # pixels, so it stays a fine stipple at every zoom.
    return QBrush(SPILLOVER, Qt.BrushStyle.Dense5Pattern)
