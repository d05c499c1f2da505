"""Render muscle shapes, or trigger points' zones, over the figure, for drawing and checking
them by eye.

For each muscle (all, or those given), writes <out>/<muscle>.png: every view where the muscle
has a shape, cropped around it at 3x, with the figure, its interior lines, the muscle filled,
each trigger point's X, and a light grid every 20 canvas units (labelled every 100) so that a
coordinate can be read off the picture. With --zones, writes <out>/<point>.png for each
trigger point of those muscles instead: its essential zone solid, its spillover hatched, its
X and its muscle's outline, in every view where it has a zone (patient's right), at 2x.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python tools/preview_muscles.py [--out DIR]
[--zones] [--file maps/muscles/arm_hand.yaml] [muscle_id ...]`
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QImage, QPainter, QPen
from shapely import unary_union

from bodymap.atlas.loader import load_atlas
from bodymap.ui.painter_paths import line_path, painter_path

SCALE = 3.0
HATCH = Qt.BrushStyle.Dense5Pattern
MARGIN = 60.0


def render_view(atlas, muscle, view_id: str, point=None) -> QImage:  # type: ignore[no-untyped-def]
    view = atlas.views[view_id]
    shape = muscle.shapes.get((view_id, "right"))
    zones = [z for z in point.zones if z.view == view_id and z.side == "right"] if point else []
    focus = unary_union([z.geometry for z in zones] if point else [shape])
    x0, y0, x1, y1 = focus.bounds
    x0, y0 = max(0.0, x0 - MARGIN), max(0.0, y0 - MARGIN)
    x1, y1 = min(view.width, x1 + MARGIN), min(view.height, y1 + MARGIN)
    scale = SCALE if point is None else 2.0
    img = QImage(int((x1 - x0) * scale), int((y1 - y0) * scale) + 30, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(14)
    p.setFont(font)
    title = point.id if point else muscle.id
    p.drawText(6, 20, f"{title} — {view_id} (patient's right)")
    p.translate(0, 30)
    p.scale(scale, scale)
    p.translate(-x0, -y0)
    p.fillPath(painter_path(view.outline), QColor("#f6ede4"))
    grid = QPen(QColor(0, 0, 0, 25), 0)
    major = QPen(QColor(0, 0, 0, 70), 0)
    small = QFont("DejaVu Sans")
    small.setPixelSize(4)
    p.setFont(small)
    for gx in range(int(x0 // 20) * 20, int(x1) + 1, 20):
        p.setPen(major if gx % 100 == 0 else grid)
        p.drawLine(QPointF(gx, y0), QPointF(gx, y1))
        if gx % 100 == 0:
            p.drawText(QPointF(gx + 1, y0 + 5), str(gx))
    for gy in range(int(y0 // 20) * 20, int(y1) + 1, 20):
        p.setPen(major if gy % 100 == 0 else grid)
        p.drawLine(QPointF(x0, gy), QPointF(x1, gy))
        if gy % 100 == 0:
            p.drawText(QPointF(x0 + 1, gy - 1), str(gy))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor("#b9a597"), 0.6))
    for line in view.lines:
        p.drawPath(line_path(line.points, line.closed))
    p.setPen(QPen(QColor("#5b4a3f"), 1.0))
    p.drawPath(painter_path(view.outline))
    if point is None:
        p.setPen(QPen(QColor(150, 40, 20), 0.8))
        p.setBrush(QBrush(QColor(200, 70, 40, 90)))
        p.drawPath(painter_path(shape))
    else:
        if shape is not None:
            p.setPen(QPen(QColor(120, 60, 40, 150), 0.6, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(painter_path(shape))
        p.setPen(QPen(QColor(193, 18, 31), 0.5))
        for zone in zones:
            style = Qt.BrushStyle.SolidPattern if zone.kind == "essential" else HATCH
            p.setBrush(QBrush(QColor(193, 18, 31, 200), style))
            p.drawPath(painter_path(zone.geometry))
    p.setPen(QPen(QColor(0, 0, 0), 1.2))
    for tp_id in [point.id] if point else muscle.trigger_points:
        for m in atlas.trigger_points[tp_id].markers:
            if m.view == view_id and m.side == "right":
                p.drawLine(QPointF(m.x - 4, m.y - 4), QPointF(m.x + 4, m.y + 4))
                p.drawLine(QPointF(m.x - 4, m.y + 4), QPointF(m.x + 4, m.y - 4))
    p.setPen(QColor(20, 60, 160))
    for name, (lx, ly) in view.landmarks.items():
        if x0 <= lx <= x1 and y0 <= ly <= y1:
            p.drawEllipse(QPointF(lx, ly), 1.2, 1.2)
            p.drawText(QRectF(lx + 2, ly - 3, 80, 6), Qt.AlignmentFlag.AlignLeft, name)
    p.end()
    return img


def side_by_side(images: list[QImage]) -> QImage:
    out = QImage(
        sum(i.width() for i in images) + 10 * (len(images) - 1),
        max(i.height() for i in images),
        QImage.Format.Format_RGB32,
    )
    out.fill(QColor("white"))
    p = QPainter(out)
    x = 0
    for img in images:
        p.drawImage(x, 0, img)
        x += img.width() + 10
    p.end()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("muscles", nargs="*", help="muscle ids (default: all)")
    ap.add_argument("--file", help="only the muscles of this map file")
    ap.add_argument("--out", default="/tmp/muscles", help="output folder")
    ap.add_argument("--zones", action="store_true", help="each trigger point's zones instead")
    args = ap.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    atlas = load_atlas()
    wanted = list(args.muscles)
    if args.file:
        import yaml

        text = Path(args.file).read_text(encoding="utf-8")
        wanted += [m["id"] for m in yaml.safe_load(text)["muscles"]]
    wanted = wanted or list(atlas.muscles)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for muscle_id in wanted:
        muscle = atlas.muscles.get(muscle_id)
        if muscle is None:
            print(f"no muscle '{muscle_id}'", file=sys.stderr)
            continue
        if args.zones:
            for tp_id in muscle.trigger_points:
                point = atlas.trigger_points[tp_id]
                views = [
                    v
                    for v in atlas.views
                    if any(z.view == v and z.side == "right" for z in point.zones)
                ]
                side_by_side([render_view(atlas, muscle, v, point) for v in views]).save(
                    str(out / f"{tp_id}.png")
                )
                print(out / f"{tp_id}.png")
            continue
        views = [v for v in atlas.views if (v, "right") in muscle.shapes]
        if not views:
            print(f"{muscle_id}: no shape")
            continue
        side_by_side([render_view(atlas, muscle, v) for v in views]).save(
            str(out / f"{muscle_id}.png")
        )
        print(out / f"{muscle_id}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
