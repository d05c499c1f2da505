"""The client handout: one page per trigger point, written with Qt's own PDF writer (vector),
that prints well in black and white on A4 or Letter: the body views with the pattern (the
usual pain solid, which prints dark; the occasional spread dotted; the X), the point in plain
words, what to do and how long to hold, precautions, when to see a doctor, the clinic, the
date and the disclaimer. `bodymap handout` and File ▸ Export handout… both write it."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from shapely.geometry.base import BaseGeometry

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.model import TriggerPoint
from bodymap.state import wording
from bodymap.state.client_file import ClientRecord
from bodymap.state.wording import fill
from bodymap.ui.figure_paint import paint_view, pattern_crop
from bodymap.ui.translate import translate

PAGES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300  # dots per inch of the PDF's coordinates; the drawing stays vector
MARGIN_MM = 14.0
CONTEXT = (460.0, 760.0)  # canvas units a view shows at least around a pattern
DISCLAIMER = (
    "This sheet explains referred pain from a muscle trigger point, for learning and self-care "
    "agreed with your therapist. It is not a diagnosis. See a doctor for pain that is severe, "
    "new, unexplained, or comes with other symptoms."
)
SELF_CARE = (
    "Warmth and gentle movement help a tight muscle. Press only as hard as a 'good hurt' (no "
    "more than moderate discomfort, never sharp, burning or tingling), once a day at most, "
    "then stretch the muscle gently. Some soreness the next day is common; stop if the pain "
    "gets worse."
)


def page_font(points: int, family: str = "DejaVu Sans") -> QFont:
    """A font `points` tall on the page. The painter draws in points; a font given in points
    would be scaled by the printer's resolution as well, so it is given in those units."""
    font = QFont(family)
    font.setPixelSize(points)
    return font


def _open_pdf(path: Path, title: str, page: str) -> tuple[QPdfWriter, QPainter, QRectF]:
    """A PDF at `path` with a painter drawing in points, and the page's area inside the
    margins. Raises OSError when the file cannot be written (a folder that is not there)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("bodymap")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGES[page]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    scale = RESOLUTION / 72
    painter.scale(scale, scale)
    return writer, painter, QRectF(0, 0, writer.width() / scale, writer.height() / scale)


def handout_date(date: datetime.date | None = None) -> str:
    """The date in the language's words: "6 December 2026", "6 de diciembre de 2026"."""
    day = date or datetime.date.today()
    return QLocale().toString(
        QDate(day.year, day.month, day.day), translate("Handout", "d MMMM yyyy")
    )


def _header(painter: QPainter, area: QRectF, left: str, right: str) -> None:
    """The clinic on the left of the page's top line, the date on the right."""
    painter.setFont(page_font(9))
    painter.setPen(QColor("#444444"))
    line = QRectF(area.x(), area.y(), area.width(), 14)
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(line, Qt.AlignmentFlag.AlignLeft | middle, left)
    painter.drawText(line, Qt.AlignmentFlag.AlignRight | middle, right)


def _fit(document: QTextDocument, width: float, room: float) -> None:
    """The largest type from 10 to 7 points at which the words fit the room left."""
    for size in (10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0):
        font = QFont("DejaVu Serif")
        font.setPointSizeF(size)
        document.setDefaultFont(font)
        document.setTextWidth(width)
        if document.size().height() <= room:
            break


def write_handout(
    atlas: Atlas,
    point_ids: Sequence[str],
    path: Path,
    clinic: str = "",
    date: datetime.date | None = None,
    page: str = "a4",
) -> int:
    """Write the handout of `point_ids` to `path` (PDF): two pages a point, the pattern and
    what to do, then safety. Returns the number of pages."""
    writer, painter, area = _open_pdf(path, translate("Handout", "Your trigger points"), page)
    pages = paint_pages(writer, painter, atlas, point_ids, area, clinic, handout_date(date))
    painter.end()
    return pages


def paint_pages(
    device: QPagedPaintDevice,
    painter: QPainter,
    atlas: Atlas,
    point_ids: Sequence[str],
    area: QRectF,
    clinic: str,
    when: str,
) -> int:
    """Every point's two pages on `device` (a PDF writer or a printer), a new page before
    each but the first. Returns the number of pages."""
    pages = 0
    for point_id in point_ids:
        for half in (1, 2):
            if pages:
                device.newPage()
            paint_page(painter, atlas, atlas.trigger_points[point_id], area, clinic, when, half)
            pages += 1
    return pages


def paint_page(
    painter: QPainter,
    atlas: Atlas,
    point: TriggerPoint,
    area: QRectF,
    clinic: str,
    when: str,
    half: int = 1,
) -> None:
    """One page of a trigger point's two, within `area` (points): 1, the pattern drawn and
    what to do; 2, taking care and when to see a doctor."""
    painter.save()
    _header(painter, area, clinic or translate("Handout", "Your trigger points"), when)
    top = area.y() + 20
    if half == 1:
        views = [
            v
            for v in ("front", "back", "side")
            if any(z.view == v and z.side == "right" for z in point.zones)
        ] or ["front"]
        figure_height = area.height() * 0.42
        width = area.width() / max(len(views), 2)
        for index, view_id in enumerate(views):
            target = QRectF(area.x() + index * width, top, width - 6, figure_height)
            crop = _context(atlas, point, view_id)
            paint_view(painter, atlas, view_id, target, crop, point, "right")
            painter.setFont(page_font(7))
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(target.x(), target.bottom() + 1, target.width(), 10),
                Qt.AlignmentFlag.AlignCenter,
                translate("Views", atlas.view(view_id).name),
            )
        top += figure_height + 16
    document = handout_document(atlas, point, area.width(), half)
    room = area.bottom() - top
    _fit(document, area.width(), room)
    painter.translate(area.x(), top)
    document.drawContents(painter, QRectF(0, 0, area.width(), room))
    painter.restore()


def _context(atlas: Atlas, point: TriggerPoint, view_id: str) -> QRectF:
    """The part of a view a client needs: the pattern with enough of the body around it to
    know where it is (at least about a third of the figure)."""
    crop = pattern_crop(atlas, point, view_id, "right")
    view = atlas.view(view_id)
    grow_w = max(0.0, CONTEXT[0] - crop.width()) / 2
    grow_h = max(0.0, CONTEXT[1] - crop.height()) / 2
    crop = crop.adjusted(-grow_w, -grow_h, grow_w, grow_h)
    # kept on the canvas: moved back inside rather than cut
    crop.moveLeft(min(max(crop.left(), 0.0), view.width - crop.width()))
    crop.moveTop(min(max(crop.top(), 0.0), view.height - crop.height()))
    return crop.intersected(QRectF(0, 0, view.width, view.height))


def handout_document(
    atlas: Atlas, point: TriggerPoint, width: float, half: int = 1
) -> QTextDocument:
    """A page's words, as HTML: page 1 the point in plain words and what to do; page 2 the
    precautions, when to see a doctor and the disclaimer."""

    # Each heading in a literal translate() call, where translators' tools find it.
    w = {
        key: escape(text)
        for key, text in (
            (
                "therapist",
                translate(
                    "Handout",
                    "This point is for your therapist to treat: do not press it yourself.",
                ),
            ),
            ("hold", translate("Handout", "Hold %1 to %2 seconds, %3 times, with %4 pressure.")),
            ("self_care", translate("Handout", SELF_CARE)),
            ("hurts", translate("Handout", "where it hurts")),
            ("feel", translate("Handout", "Where you feel it")),
            ("find", translate("Handout", "Where to find it")),
            ("do", translate("Handout", "What you can do")),
            ("care", translate("Handout", "take care")),
            ("care_heading", translate("Handout", "Take care")),
            ("doctor", translate("Handout", "See a doctor now if")),
            ("disclaimer", translate("Handout", DISCLAIMER)),
            ("source", translate("Handout", "Source")),
        )
    }
    muscle = atlas.muscles[point.muscle]
    technique = point.technique
    regions = ", ".join(wording.region_words(point.essential_regions, translate))
    if half == 1:
        if technique.clinician_only:
            care = f"<p>{w['therapist']}</p>"
        else:
            hold = fill(
                w["hold"],
                technique.hold_min,
                technique.hold_max,
                technique.repetitions,
                escape(wording.pressure_word(technique.pressure, translate)),
            )
            care = (
                f"<p><b>{escape(technique.name)}.</b> {hold}</p>"
                f"<p>{escape(technique.notes)}</p><p>{w['self_care']}</p>"
            )
        html = f"""
        <h2 style='margin:0'>{escape(point.name)}</h2>
        <p style='color:#555555'>{escape(muscle.name)} · {w["hurts"]}:
        {escape(regions)}</p>
        <p><b>{escape(point.summary)}</b></p>
        <h3>{w["feel"]}</h3><p>{escape(point.referral)}</p>
        <h3>{w["find"]}</h3><p>{escape(point.location)}</p>
        <h3>{w["do"]}</h3>{care}
        """
    else:
        precautions = "".join(f"<li>{escape(p)}</li>" for p in point.precautions)
        flag = f"<p><b>{escape(point.red_flag)}</b></p>" if point.red_flag else ""
        doctor = "".join(f"<li>{escape(line)}</li>" for line in wording.doctor_now(translate))
        html = f"""
        <h2 style='margin:0'>{escape(point.name)}: {w["care"]}</h2>
        <h3>{w["care_heading"]}</h3><ul>{precautions}</ul>
        <h3>{w["doctor"]}</h3>{flag}<ul>{doctor}</ul>
        <p style='color:#555555'>{w["disclaimer"]}</p>
        <p style='color:#555555'>{w["source"]}: {escape(point.citation)}</p>
        """
    document = QTextDocument()
    document.setTextWidth(width)
    document.setHtml(html)
    return document


def write_record(
    atlas: Atlas,
    record: ClientRecord,
    pain: dict[str, BaseGeometry],
    path: Path,
    clinic: str = "",
    date: datetime.date | None = None,
) -> None:
    """The client's record on one page: the pain drawing, the points the therapist confirmed
    with what to do for each, and the notes. Raises OSError when it cannot be written."""
    _writer, painter, area = _open_pdf(path, translate("Handout", "Pain drawing"), "a4")
    _header(painter, area, clinic, handout_date(date))
    views = [v for v in ("front", "back", "side", "side_left") if v in pain] or ["front", "back"]
    width = area.width() / max(len(views), 3)
    height = area.height() * 0.38
    for index, view_id in enumerate(views):
        target = QRectF(area.x() + index * width, area.y() + 20, width - 6, height)
        paint_view(painter, atlas, view_id, target, None, None, "right", pain.get(view_id))
        painter.setFont(page_font(7))
        painter.drawText(
            QRectF(target.x(), target.bottom() + 1, target.width(), 10),
            Qt.AlignmentFlag.AlignCenter,
            translate("Views", atlas.view(view_id).name),
        )
    points = []
    for point_id, side in record.confirmed:
        point = atlas.trigger_points[point_id]
        technique = point.technique
        how = (
            translate("Handout", "For your therapist to treat.")
            if technique.clinician_only
            else translate("Handout", "%1: hold %2 to %3 seconds, %4 times.")
            .replace("%1", technique.name)
            .replace("%2", str(technique.hold_min))
            .replace("%3", str(technique.hold_max))
            .replace("%4", str(technique.repetitions))
        )
        sides = wording.side_words(side, translate) if side else ""
        points.append(
            f"<li><b>{escape(point.name)}</b> {escape(sides)}<br/>{escape(point.summary)}"
            f"<br/>{escape(how)}</li>"
        )
    notes = "<br/>".join(escape(line) for line in record.notes.splitlines())
    title = escape(translate("Handout", "Pain drawing"))
    confirmed = escape(translate("Handout", "Trigger points confirmed"))
    notes_title = escape(translate("Handout", "Notes"))
    disclaimer = escape(translate("Handout", DISCLAIMER))
    html = f"""
    <h2>{title}</h2>
    <h3>{confirmed}</h3>
    <ul>{"".join(points) or "<li>–</li>"}</ul>
    <h3>{notes_title}</h3><p>{notes or "–"}</p>
    <p style='color:#555555'>{disclaimer}</p>
    """
    document = QTextDocument()
    document.setTextWidth(area.width())
    document.setHtml(html)
    top = area.y() + 20 + height + 16
    room = area.bottom() - top
    _fit(document, area.width(), room)
    painter.translate(area.x(), top)
    document.drawContents(painter, QRectF(0, 0, area.width(), room))
    painter.end()
