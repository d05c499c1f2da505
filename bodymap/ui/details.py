"""The details panel: one trigger point in words, a region's name, or how to start."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Slot
from PySide6.QtWidgets import QTextBrowser, QWidget

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.model import Region, Side
from bodymap.atlas.vocabulary import region_name
from bodymap.state import wording
from bodymap.state.wording import side_words
from bodymap.ui import palette
from bodymap.ui.translate import translate

_CSS = """
h2 { color: #3a2e27; margin-bottom: 2px; }
h3 { color: #5b4a3f; margin-top: 12px; margin-bottom: 2px; font-size: medium; }
h3.caution { color: #8a3b00; }
p.summary { font-size: large; margin-top: 6px; }
p.flag { background-color: #fde8e8; color: #8a1111; font-weight: bold; padding: 6px; }
p.clinician { color: #8a3b00; font-weight: bold; }
p.sub { color: #6b5b50; margin-top: 0; }
span.essential { background-color: #c1121f; }
span.spillover { background-color: #fbe4e5; color: #c1121f; font-weight: bold; }
td.x { font-weight: bold; }
p.source { color: #6b5b50; font-size: small; margin-top: 12px; }
p.disclaimer { color: #6e5e53; font-size: small; font-style: italic; margin-top: 14px; }
"""
# High contrast (bodymap.ui.theme): every text black or a dark red on white.
_HIGH_CONTRAST_CSS = """
h2, h3, p.sub, p.source, p.disclaimer { color: #000000; }
h3.caution, p.clinician { color: #7a2e00; }
p.flag { background-color: #ffffff; color: #8b0000; border: 2px solid #8b0000; }
span.essential { background-color: #b00000; }
span.spillover { background-color: #ffffff; color: #b00000; }
"""


GUIDANCE = "bodymap:guidance"
BACK = "bodymap:back"


class DetailsPanel(QTextBrowser):
    """One trigger point in words, a region's name, or how to start."""

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.client_view = False  # clinician-only techniques: the label alone (AppState)
        self._shown: tuple[str, Side] | None = None  # the point shown, for "Back"
        self.anchorClicked.connect(self._link)
        self.setObjectName("details")
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Trigger point details"))
        self.setMinimumWidth(300)
        self._shown_html = ""
        self.restyle()
        self.show_welcome()

    def restyle(self) -> None:
        """The panel's colours for the palette in force (normal or high contrast)."""
        self.document().setDefaultStyleSheet(
            _CSS + (_HIGH_CONTRAST_CSS if palette.high_contrast else "")
        )
        if self._shown_html:
            self.setHtml(self._shown_html)  # a document's stylesheet applies as it is set

    def setHtml(self, text: str) -> None:
        self._shown_html = text
        super().setHtml(text)

    def _words(self) -> dict[str, str]:
        """The panel's headings and labels, escaped for HTML (each a literal tr() call,
        where the translators' tool finds it)."""
        words = {
            "back": self.tr("Back to the trigger point"),
            "explore": self.tr("Explore trigger points"),
            "hold": self.tr("Hold"),
            "how_to_press_safely": self.tr("How to press safely"),
            "precautions": self.tr("Precautions"),
            "pressure": self.tr("Pressure"),
            "referred_pain": self.tr("Referred pain"),
            "repeat": self.tr("Repeat"),
            "source": self.tr("Source"),
            "tap_an_x": self.tr("Tap an X to see the trigger points around it."),
            "technique": self.tr("Technique"),
            "typical_symptoms": self.tr("Typical symptoms"),
            "where_to_find_it": self.tr("Where to find it"),
            "essential": self.tr("essential zone: where the pain is usually felt"),
            "spillover": self.tr("spillover zone: where it is sometimes felt"),
            "trigger_point": self.tr("trigger point"),
        }
        return {key: escape(text) for key, text in words.items()}

    def _disclaimer(self) -> str:
        return (
            "<p class='disclaimer'>"
            + escape(
                self.tr(
                    "Educational material, not a diagnosis. See a doctor for pain that is "
                    "severe, new or unexplained, or that comes with other symptoms."
                )
            )
            + "</p>"
        )

    def show_welcome(self) -> None:
        w = self._words()
        intro = self.tr(
            "Tap an X on the body, or pick a muscle from the list, to see where "
            "its trigger point refers pain."
        )
        regions = self.tr("Tap anywhere on the body to name the region.")
        self.setHtml(
            f"<h2>{w['explore']}</h2>"
            f"<p>{escape(intro)}</p><p>{escape(regions)}</p>"
            f"{self._legend()}{self._disclaimer()}"
        )

    def _legend(self) -> str:
        w = self._words()
        return (
            "<table class='legend' cellspacing='4'>"
            f"<tr><td class='x'>✕</td><td>{w['trigger_point']}</td></tr>"
            f"<tr><td><span class='essential'>&nbsp;&nbsp;&nbsp;&nbsp;</span></td>"
            f"<td>{w['essential']}</td></tr>"
            f"<tr><td><span class='spillover'>&nbsp;·&nbsp;·&nbsp;</span></td>"
            f"<td>{w['spillover']}</td></tr>"
            "</table>"
        )

    def show_region(self, region: Region) -> None:
        w = self._words()
        self.setHtml(
            f"<h2>{escape(wording.region_label(region, translate))}</h2>"
            f"<p>{w['tap_an_x']}</p>"
            f"{self._legend()}{self._disclaimer()}"
        )

    def show_trigger_point(self, point_id: str, side: Side) -> None:
        w = self._words()
        point = self.atlas.trigger_points[point_id]
        muscle = self.atlas.muscles[point.muscle]
        t = point.technique
        side_text = side_words(side, translate)

        def regions(ids: tuple[str, ...]) -> str:
            names = (translate("Regions", region_name(r)) for r in ids)
            return escape(", ".join(names)) or "–"

        aliases = ", ".join(dict.fromkeys((*point.aliases, *muscle.aliases)))
        hold = self.tr("%1–%2 s").replace("%1", str(t.hold_min)).replace("%2", str(t.hold_max))
        reps = self.tr("%n time(s)", "", t.repetitions)
        pressure = wording.pressure_word(t.pressure, translate)
        label = (
            f"<p class='clinician'>{escape(wording.clinician_only(translate))}</p>"
            if t.clinician_only
            else ""
        )
        if t.clinician_only and self.client_view:  # the label alone, never the steps
            steps = f"<p>{escape(wording.ask_a_clinician(translate))}</p>"
        else:
            steps = (
                f"<p><b>{escape(t.name)}</b></p>"
                "<table class='technique' cellspacing='3'>"
                f"<tr><td>{w['hold']}</td><td><b>{escape(hold)}</b></td></tr>"
                f"<tr><td>{w['repeat']}</td><td>{escape(reps)}</td></tr>"
                f"<tr><td>{w['pressure']}</td><td>{escape(pressure)}</td></tr>"
                "</table>" + (f"<p>{escape(t.notes)}</p>" if t.notes else "")
            )
        technique = (
            f"<h3>{w['technique']}</h3>"
            + label
            + steps
            + f"<p><a href='{GUIDANCE}'>{w['how_to_press_safely']}</a></p>"
        )
        parts = [
            f"<h2>{escape(point.name)}</h2>",
            f"<p class='sub'>{escape(muscle.name)} · {escape(side_text)}"
            + (f"<br/><i>{escape(aliases)}</i>" if aliases else "")
            + "</p>",
            f"<p class='summary'>{escape(point.summary)}</p>" if point.summary else "",
            f"<p class='flag'>⚠ {escape(point.red_flag)}</p>" if point.red_flag else "",
            f"<h3>{w['where_to_find_it']}</h3><p>{escape(point.location)}</p>",
            f"<h3>{w['referred_pain']}</h3><p>{escape(point.referral)}</p>",
            "<table class='zones' cellspacing='2'>"
            f"<tr><td><span class='essential'>&nbsp;&nbsp;&nbsp;&nbsp;</span></td>"
            f"<td>{regions(point.essential_regions)}</td></tr>"
            + (
                f"<tr><td><span class='spillover'>&nbsp;·&nbsp;·&nbsp;</span></td>"
                f"<td>{regions(point.spillover_regions)}</td></tr>"
                if point.spillover_regions
                else ""
            )
            + "</table>",
            f"<h3>{w['typical_symptoms']}</h3><p>{escape(', '.join(point.symptoms))}</p>",
            # The warnings before the technique: read before any hold time.
            f"<h3 class='caution'>{w['precautions']}</h3><ul>"
            + "".join(f"<li>{escape(p)}</li>" for p in point.precautions)
            + "</ul>",
            technique,
            f"<p class='source'>{w['source']}: {escape(point.citation)}</p>",
            self._disclaimer(),
        ]
        self.setHtml("".join(parts))
        self._shown = (point_id, side)

    def set_client_view(self, on: bool) -> None:
        """Show clinician-only techniques by their label alone (on) or in full; the point
        shown is shown again."""
        self.client_view = on
        if self._shown is not None:
            self.show_trigger_point(*self._shown)

    def show_guidance(self) -> None:
        """How to press safely: what every technique assumes."""
        w = self._words()
        parts = [f"<h2>{w['how_to_press_safely']}</h2>"]
        for heading, sentences in wording.guidance(translate):
            parts.append(f"<h3>{escape(heading)}</h3><ul>")
            parts += [f"<li>{escape(sentence)}</li>" for sentence in sentences]
            parts.append("</ul>")
        if self._shown is not None:
            parts.append(f"<p><a href='{BACK}'>{w['back']}</a></p>")
        parts.append(self._disclaimer())
        self.setHtml("".join(parts))

    @Slot(QUrl)
    def _link(self, url: QUrl) -> None:
        if url.toString() == GUIDANCE:
            self.show_guidance()
        elif url.toString() == BACK and self._shown is not None:
            self.show_trigger_point(*self._shown)
