"""The sentences bodymap shows about its state, written once for the app and the command line.

Each function takes `translate(context, text)`: the app passes Qt's translator, the command
line keeps the English. Whole sentences are translated, with %1, %2 … for what goes in them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bodymap.atlas.model import Side
from bodymap.atlas.rank import Candidate, DrawingIssue
from bodymap.atlas.vocabulary import region_name
from bodymap.state.pain import StrokeOutcome

Translate = Callable[[str, str], str]  # (context, English text) -> the text shown


def english(context: str, text: str) -> str:
    return text


def fill(text: str, *values: object) -> str:
    """`text` with %1, %2 … replaced by `values` (Qt's placeholders, in any order), in one
    pass: %10 is not %1 followed by 0, and a value is never read as a placeholder."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return re.sub(r"%(\d{1,2})", value, text)


def side_words(side: Side | None, translate: Translate = english) -> str:
    """ "patient’s right", "patient’s left", or "both sides" (None)."""
    return {
        "right": translate("Sides", "patient’s right"),
        "left": translate("Sides", "patient’s left"),
        None: translate("Sides", "both sides"),
    }[side]


def region_words(region_ids: Iterable[str], translate: Translate = english) -> list[str]:
    """Region ids as words for running text: "temple", "eye", "jaw joint (TMJ)"."""
    words = []
    for region_id in region_ids:
        name = translate("Regions", region_name(region_id))
        words.append(name if name[:2].isupper() else name[0].lower() + name[1:])
    return words


def reason(candidate: Candidate, translate: Translate = english) -> str:
    """Why a candidate ranks where it does, in one or two sentences."""
    names = ", ".join(region_words(candidate.regions, translate))
    if names:
        text = fill(
            translate("Where", "Its usual pattern covers %1% of what you marked: %2."),
            round(100 * candidate.essential_share),
            names,
        )
    else:
        text = fill(
            translate("Where", "Its usual pattern covers %1% of what you marked, at its edge."),
            round(100 * candidate.essential_share),
        )
    if candidate.spillover_share >= 0.05:
        text += " " + fill(
            translate("Where", "Its occasional spread covers another %1%."),
            round(100 * candidate.spillover_share),
        )
    return text


def drawing_issue(issue: DrawingIssue, translate: Translate = english) -> str:
    """Why a drawing ranks nothing, and what to do instead."""
    return {
        "empty": translate(
            "Where", "Nothing marked yet. Tap where it hurts, paint it, or pick a complaint."
        ),
        "outside": translate("Where", "What is marked lies outside the body: mark the figure."),
        "small": translate(
            "Where", "That is only a dot. Paint a little more of the area that hurts."
        ),
    }[issue]


def stroke_note(outcome: StrokeOutcome, translate: Translate = english) -> str:
    """What to do after a stroke that was not added."""
    return {
        "added": "",
        "tap": translate(
            "Where",
            "That was a single tap. Drag to paint the area, or switch "
            "Paint off to tap whole regions.",
        ),
        "outside": translate(
            "Where", "That was painted outside the body: paint on the figure where it hurts."
        ),
    }[outcome]


def tapped_outside(translate: Translate = english) -> str:
    return translate("Where", "That was outside the body: tap on the figure where it hurts.")


def no_complaint(text: str, translate: Translate = english) -> str:
    return fill(
        translate(
            "Where",
            "No complaint called “%1”. Try headache, toothache, "
            "sciatica, tennis elbow or heel pain.",
        ),
        text,
    )


def ranking_note(candidates: int, translate: Translate = english) -> str:
    if not candidates:
        return translate("Where", "No trigger point in the atlas refers pain there.")
    return translate(
        "Where",
        "Trigger points whose pain pattern best matches what you marked "
        "(tap one to see its pattern):",
    )
