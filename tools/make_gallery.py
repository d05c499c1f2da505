"""Render every trigger point's referral pattern into a contact sheet for review by eye.

Each cell shows one point on the patient's right: its name and id, the referral in the atlas's
words, the regions the loader lists (essential, then spillover) and the source, beside every
view that draws its pattern (cropped around the pattern, essential solid, spillover stippled,
the X, the muscle dashed). Body areas start on a new page, head to foot.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_gallery.py [-o FILE.pdf|FILE.png]
    [--area AREA ...] [--screenshot]
A .pdf is vector, A4 landscape; a .png name writes one image per page (FILE-01.png, ...).
--screenshot also renders the README's screenshot (docs/screenshot.png) from the app itself.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.loader import load_atlas
from bodymap.atlas.model import TriggerPoint, region_name
from bodymap.atlas.vocabulary import AREA_TITLES
from bodymap.ui.figure_paint import paint_view, pattern_crop
from bodymap.ui.handout import page_font

ROOT = Path(__file__).resolve().parent.parent
PAGE = QSizeF(842, 595)  # A4 landscape, in points
MARGIN = 24.0
COLUMNS, ROWS = 3, 2
TEXT_WIDTH = 0.38  # of a cell, for the words; the views share the rest
PNG_DPI = 150


def cells(atlas: Atlas, areas: list[str]) -> Iterator[tuple[str, list[TriggerPoint]]]:
    """(area title, its points) per body area, head to foot, in the atlas's order."""
    for area in areas:
        points = [
            atlas.trigger_points[tp]
            for muscle in atlas.muscles.values()
            if muscle.body_area == area
            for tp in muscle.trigger_points
        ]
        if points:
            yield AREA_TITLES[area], sorted(points, key=lambda p: p.name)


def paint_cell(painter: QPainter, atlas: Atlas, point: TriggerPoint, rect: QRectF) -> None:
    painter.save()
    painter.setPen(QColor("#d8cfc7"))
    painter.drawRect(rect)
    words = rect.adjusted(5, 4, 0, -4)
    words.setWidth(rect.width() * TEXT_WIDTH - 6)
    listed = [
        ("Essential", point.essential_regions),
        ("Spillover", point.spillover_regions),
    ]
    regions = "".join(
        f"<p><b>{kind}:</b> {', '.join(region_name(r) for r in ids) or '–'}</p>"
        for kind, ids in listed
    )
    doc = QTextDocument()
    doc.setTextWidth(words.width())
    for size in (5.5, 5.0, 4.5, 4.0):  # a long referral gets smaller type, never cut off
        doc.setDefaultFont(QFont("DejaVu Sans", size))
        doc.setHtml(
            f"<p style='font-size:{size + 2}pt'><b>{point.name}</b></p>"
            f"<p style='color:#6b5a4e'>{point.id}</p>"
            f"<p>{point.referral}</p>{regions}"
            f"<p style='color:#6b5a4e'>{point.citation}</p>"
        )
        if doc.size().height() <= words.height():
            break
    painter.translate(words.topLeft())
    doc.drawContents(painter, QRectF(0, 0, words.width(), words.height()))
    painter.translate(-words.topLeft())
    views = [v for v in atlas.views if any(z.view == v and z.side == "right" for z in point.zones)]
    area = rect.adjusted(rect.width() * TEXT_WIDTH, 4, -4, -4)
    if views:
        width = area.width() / len(views)
        for index, view_id in enumerate(views):
            target = QRectF(
                area.x() + index * width + 2, area.y() + 9, width - 4, area.height() - 9
            )
            painter.setPen(QColor("#6b5a4e"))
            painter.setFont(page_font(5))
            painter.drawText(
                QRectF(target.x(), area.y(), target.width(), 8),
                Qt.AlignmentFlag.AlignCenter,
                atlas.view(view_id).name,
            )
            crop = pattern_crop(atlas, point, view_id, "right")
            paint_view(painter, atlas, view_id, target, crop, point, "right")
    painter.restore()


def pages(atlas: Atlas, areas: list[str]) -> Iterator[tuple[str, list[TriggerPoint]]]:
    per_page = COLUMNS * ROWS
    for title, points in cells(atlas, areas):
        for start in range(0, len(points), per_page):
            yield title, points[start : start + per_page]


def paint_page(
    painter: QPainter, atlas: Atlas, title: str, points: list[TriggerPoint], number: int
) -> None:
    painter.setPen(QColor("#3b2f28"))
    bold = page_font(9)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(
        QRectF(MARGIN, 8, PAGE.width() - 2 * MARGIN, 14),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        f"bodymap referral patterns — {title}",
    )
    painter.setFont(page_font(7))
    painter.drawText(
        QRectF(MARGIN, 8, PAGE.width() - 2 * MARGIN, 14),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        f"patient's right · essential solid, spillover stippled · page {number}",
    )
    top = 26.0
    cell_w = (PAGE.width() - 2 * MARGIN) / COLUMNS
    cell_h = (PAGE.height() - top - MARGIN) / ROWS
    for index, point in enumerate(points):
        row, column = divmod(index, COLUMNS)
        rect = QRectF(MARGIN + column * cell_w, top + row * cell_h, cell_w - 4, cell_h - 4)
        paint_cell(painter, atlas, point, rect)


def write_pdf(atlas: Atlas, areas: list[str], out: Path) -> int:
    writer = QPdfWriter(str(out))
    writer.setTitle("bodymap referral patterns")
    writer.setCreator("bodymap tools/make_gallery.py")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(writer)
    painter.scale(300 / 72, 300 / 72)
    count = 0
    for count, (title, points) in enumerate(pages(atlas, areas), 1):
        if count > 1:
            writer.newPage()
        paint_page(painter, atlas, title, points, count)
    painter.end()
    return count


def write_pngs(atlas: Atlas, areas: list[str], out: Path) -> int:
    count = 0
    for count, (title, points) in enumerate(pages(atlas, areas), 1):
        image = QImage(
            int(PAGE.width() * PNG_DPI / 72),
            int(PAGE.height() * PNG_DPI / 72),
            QImage.Format.Format_RGB32,
        )
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(PNG_DPI / 72, PNG_DPI / 72)
        paint_page(painter, atlas, title, points, count)
        painter.end()
        image.save(str(out.with_name(f"{out.stem}-{count:02d}.png")))
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", default="gallery.pdf", help="FILE.pdf or FILE.png")
    parser.add_argument(
        "--area", action="append", choices=list(AREA_TITLES), help="only these body areas"
    )
    parser.add_argument("--screenshot", action="store_true", help="also render docs/screenshot.png")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    atlas = load_atlas()
    areas = args.area or list(AREA_TITLES)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    count = write_pdf(atlas, areas, out) if out.suffix == ".pdf" else write_pngs(atlas, areas, out)
    points = sum(len(p) for _, p in cells(atlas, areas))
    print(f"{out}: {count} pages, {points} trigger points")
    if args.screenshot:
        shot = ROOT / "docs" / "screenshot.png"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "bodymap",
                "gui",
                "--select",
                "upper_trapezius_1",
                "--screenshot",
                str(shot),
            ],
            check=True,
        )
        print(shot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
