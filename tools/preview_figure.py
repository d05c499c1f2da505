"""Render maps/views/*.yaml to PNG for checking the figure by eye.

Writes /tmp/figure/<view>.png (regions, labels, landmarks), <view>_plain.png (the figure as the
app shows it), and all_plain.png (the views side by side).
Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python tools/preview_figure.py [--crop x0 y0 x1 y1]`.
"""

from __future__ import annotations

import argparse
import colorsys
import os
from pathlib import Path
from typing import Any

import yaml

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from shapely.geometry import Polygon

ROOT = Path(__file__).resolve().parent.parent
OUT = Path("/tmp/figure")
SKIN = QColor(246, 226, 208)
STROKE = QColor(70, 55, 50)


def coords(ring: Any) -> list[list[float]]:
    """A ring as a list of [x, y], from either map form: a list of pairs or "x y, x y, ..."."""
    if isinstance(ring, str):
        return [[float(v) for v in pair.split()] for pair in ring.split(",")]
    return [list(p) for p in ring]


def path_of(rings: list[Any]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for ring in map(coords, rings):
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        path.closeSubpath()
    return path


def colour(i: int) -> QColor:
    h = (i * 0.61803398875) % 1.0
    r, g, b = colorsys.hls_to_rgb(h, 0.82, 0.55)
    return QColor(int(r * 255), int(g * 255), int(b * 255))


def render(
    view: dict[str, Any], scale: float, labels: bool, crop: tuple[float, ...] | None
) -> QImage:
    width, height = view.get("size", [1000, 2000])
    x0, y0, x1, y1 = crop if crop else (0.0, 0.0, float(width), float(height))
    img = QImage(int((x1 - x0) * scale), int((y1 - y0) * scale), QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(scale, scale)
    p.translate(-x0, -y0)
    outline = path_of(view["outline"])
    p.fillPath(outline, QBrush(SKIN))
    if labels:
        for i, r in enumerate(view["regions"]):
            rings = [r["polygon"]] if "polygon" in r else r["polygons"]
            p.setPen(QPen(QColor(120, 120, 120), 0.6 / scale * 2))
            p.setBrush(QBrush(colour(i)))
            p.drawPath(path_of(rings))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor(120, 110, 105), max(1.2, 0.9 / scale)))
    for line in view["lines"]:
        pts = [QPointF(x, y) for x, y in coords(line["points"])]
        if line["closed"]:
            p.drawPolygon(QPolygonF(pts))
        else:
            p.drawPolyline(QPolygonF(pts))
    p.setPen(QPen(STROKE, max(2.2, 1.4 / scale)))
    p.drawPath(outline)
    if labels:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor(200, 30, 30)))
        for x, y in view["landmarks"].values():
            p.drawEllipse(QPointF(x, y), 2.5, 2.5)
        font = QFont("DejaVu Sans")
        font.setPixelSize(7)
        p.setFont(font)
        p.setPen(QColor(20, 20, 20))
        for r in view["regions"]:
            rings = [r["polygon"]] if "polygon" in r else r["polygons"]
            for ring in rings:
                poly = Polygon(coords(ring))
                if poly.area < 150 and len(rings) > 1:
                    continue
                c = poly.representative_point()
                text = r["id"] + ("" if "side" not in r else "·" + r["side"][0])
                p.drawText(QRectF(c.x - 40, c.y - 5, 80, 10), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return img


def side_by_side(images: list[QImage], path: Path) -> None:
    w = sum(i.width() for i in images)
    h = max(i.height() for i in images)
    out = QImage(w, h, QImage.Format.Format_ARGB32)
    out.fill(QColor("white"))
    p = QPainter(out)
    x = 0
    for img in images:
        p.drawImage(x, 0, img)
        x += img.width()
    p.end()
    out.save(str(path))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--crop", type=float, nargs=4, default=None)
    ap.add_argument("--scale", type=float, default=None)
    ap.add_argument("--views", nargs="*", default=["front", "back", "side"])
    args = ap.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    OUT.mkdir(parents=True, exist_ok=True)
    plains, labelled = [], []
    for name in args.views:
        view = yaml.safe_load((ROOT / "maps" / "views" / f"{name}.yaml").read_text())["view"]
        scale = args.scale or (0.5 if args.crop is None else 2.0)
        suffix = f"_crop{int(args.crop[0])}_{int(args.crop[1])}" if args.crop else ""
        img = render(view, scale * (1.6 if args.crop is None else 1), True, args.crop)
        img.save(str(OUT / f"{name}{suffix}.png"))
        plain = render(view, scale, False, args.crop)
        plain.save(str(OUT / f"{name}{suffix}_plain.png"))
        plains.append(plain)
        labelled.append(img)
    if args.crop is None and len(plains) > 1:
        side_by_side(plains, OUT / "all_plain.png")


if __name__ == "__main__":
    main()
