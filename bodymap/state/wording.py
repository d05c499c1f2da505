"""The sentences bodymap shows about its state, written once for the app and the command line.

Each function takes `translate(context, text)`: the app passes Qt's translator, the command
line keeps the English. Whole sentences are translated, with %1, %2 … for what goes in them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bodymap.atlas.model import Complaint, Region, Side, TriggerPoint
from bodymap.atlas.rank import Candidate, DrawingIssue
from bodymap.atlas.vocabulary import region_name
from bodymap.language import Translate as Translate
from bodymap.state.pain import StrokeOutcome


def english(context: str, text: str) -> str:
    return text


def fill(text: str, *values: object) -> str:
    """`text` with %1, %2 … replaced by `values` (Qt's placeholders, in any order), in one
    pass: %10 is not %1 followed by 0, and a value is never read as a placeholder."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return re.sub(r"%(\d{1,2})", value, text)


# Region names that begin with a name of their own, kept capitalised in running text.
PROPER_NOUNS = frozenset({"Achilles", "Aquiles"})


def side_words(side: Side | None, translate: Translate = english) -> str:
    """ "patient’s right", "patient’s left", or "both sides" (None)."""
    return {
        "right": translate("Sides", "patient’s right"),
        "left": translate("Sides", "patient’s left"),
        None: translate("Sides", "both sides"),
    }[side]


def region_label(region: Region, translate: Translate = english) -> str:
    """A region as a heading: "Temple (patient’s left)", "Chin"."""
    name = translate("Regions", region.name)
    if region.side is None:
        return name
    return fill(translate("Regions", "%1 (%2)"), name, side_words(region.side, translate))


def region_words(region_ids: Iterable[str], translate: Translate = english) -> list[str]:
    """Region ids as words for running text: "temple", "eye", "jaw joint (TMJ)"."""
    words = []
    for region_id in region_ids:
        name = translate("Regions", region_name(region_id))
        keep = name[:2].isupper() or name.split()[0] in PROPER_NOUNS  # "TMJ", "Achilles"
        words.append(name if keep else name[0].lower() + name[1:])
    return words


def reason(candidate: Candidate, translate: Translate = english) -> str:
    """Why a candidate ranks where it does, in one or two sentences."""
    names = ", ".join(region_words(candidate.regions, translate))
    share = round(100 * candidate.essential_share)
    if candidate.area_only:  # scored on one of several separately marked areas
        if names:
            text = fill(
                translate("Where", "Its usual pattern covers %1% of what you marked there: %2."),
                share,
                names,
            )
        else:
            text = fill(
                translate("Where", "Its usual pattern covers %1% of one area you marked."), share
            )
    elif names:
        text = fill(
            translate("Where", "Its usual pattern covers %1% of what you marked: %2."),
            share,
            names,
        )
    else:
        text = fill(
            translate("Where", "Its usual pattern covers %1% of what you marked, at its edge."),
            share,
        )
    if candidate.spillover_share >= 0.05:
        text += " " + fill(
            translate("Where", "Its occasional spread covers another %1%."),
            round(100 * candidate.spillover_share),
        )
    return text


# When to see a doctor now rather than a therapist: the public screen's card, one tap away.
DOCTOR_NOW: tuple[str, ...] = (
    "Chest pain or pressure, above all if it spreads to the arm, jaw, neck or back, or comes "
    "with breathlessness, sweating or sickness: call emergency services.",
    "A sudden, severe headache unlike any before, or a headache with fever and a stiff neck.",
    "New numbness, weakness, a drooping face, slurred speech or trouble seeing.",
    "Loss of bladder or bowel control, or numbness between the legs.",
    "A calf that is hot, swollen, red or tender (a possible clot), above all with breathlessness.",
    "Pain after a fall, an accident or a blow.",
    "Back pain with a fever or feeling very unwell, or pain that wakes you at night and does "
    "not ease.",
    "Pain with unexplained weight loss, or in someone treated for cancer.",
)


def doctor_now(translate: Translate = english) -> list[str]:
    return [translate("Kiosk", line) for line in DOCTOR_NOW]


# How much of a drawing a pattern covers, in words, for the public screen (no percentages).
SHARES: tuple[tuple[float, str], ...] = (
    (0.6, "most"),
    (0.3, "much"),
    (0.1, "part"),
    (0.0, "a little"),
)


def public_reason(candidate: Candidate, translate: Translate = english) -> str:
    """Why a candidate ranks where it does, in words a visitor reads: no percentages."""
    names = ", ".join(region_words(candidate.regions, translate))
    share = translate(
        "Where", next(words for floor, words in SHARES if candidate.essential_share >= floor)
    )
    if names:
        text = fill(
            translate("Where", "Its usual pattern covers %1 of what you marked: %2."), share, names
        )
    else:
        text = fill(translate("Where", "Its usual pattern covers %1 of what you marked."), share)
    if candidate.spillover_share >= 0.05:
        text += " " + translate("Where", "Sometimes it spreads further too.")
    return text


# How strong a match reads, by score (0-1). Calibrated on the shipped complaints: the best
# candidate of every one reads "possible" or better, and a score of 0.15 (a good answer when
# the pattern is wide) does not read as "15%", which a client hears as "unlikely".
STRENGTHS: tuple[tuple[float, str], ...] = (
    (0.45, "Strong match"),
    (0.2, "Good match"),
    (0.08, "Possible match"),
    (0.0, "Weak match"),
)


def strength(score: float, translate: Translate = english) -> str:
    """A candidate's score in words (the number stays available to therapists)."""
    return translate("Where", next(words for floor, words in STRENGTHS if score >= floor))


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


def no_complaint(
    text: str, considered: Iterable[Complaint] = (), translate: Translate = english
) -> str:
    """What to say when no complaint is called `text`: the ones it might mean, if any."""
    names = [c.name for c in considered]
    if names:
        return fill(
            translate("Where", "No complaint called “%1”. Did you mean: %2?"),
            text,
            "; ".join(names),
        )
    return fill(
        translate(
            "Where",
            "No complaint called “%1”. Try headache, toothache, sciatica, tennis elbow or heel "
            "pain.",
        ),
        text,
    )


def complaint_flags(complaint: Complaint, translate: Translate = english) -> str:
    """The heading over a complaint's red flags."""
    return fill(translate("Where", "%1: see a doctor rather than a therapist if"), complaint.name)


def ranking_note(candidates: int, translate: Translate = english) -> str:
    if not candidates:
        return translate("Where", "No trigger point in the atlas refers pain there.")
    return translate(
        "Where",
        "Trigger points whose pain pattern best matches what you marked "
        "(tap one to see its pattern):",
    )


# How to press safely, for every technique: headings and their sentences, in English.
GUIDANCE: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "How firmly",
        (
            "Press until it is uncomfortable but bearable: about 5 to 7 on a scale of 10. "
            "Breathe slowly; the tenderness should ease while you hold.",
            "Never press through sharp, burning, electric or tingling pain: ease off or stop.",
        ),
    ),
    (
        "How long and how often",
        (
            "Hold each point for the time given, usually 30 to 90 seconds or until it softens, "
            "then stretch the muscle gently.",
            "Work a few points in one session, not every point you can find: too much leaves the "
            "muscles sore. Once a day is plenty for the same point.",
            "If the pain is no better after two weeks, or keeps coming back, see a doctor or a "
            "trained therapist.",
        ),
    ),
    (
        "What to expect afterwards",
        (
            "A mild soreness, like after exercise, for a day or two is common. Warmth and gentle "
            "movement help.",
        ),
    ),
    (
        "Stop and seek advice",
        (
            "Stop if the pain gets worse, spreads, or comes with numbness, weakness, dizziness, a "
            "change in vision, or nausea.",
        ),
    ),
    (
        "Do not press, and see a doctor first",
        (
            "if you take blood thinners or bruise easily;",
            "over a calf that is hot, swollen or red (a blood clot), or over varicose veins;",
            "with a fever or an infection, or over broken or inflamed skin;",
            "with cancer, or after recent surgery, a fracture, or an injury;",
            "when pregnant: no deep pressure on the abdomen, and no lying on the front;",
            "without training: on the front of the neck (the carotid artery), in the groin "
            "crease (the femoral vessels) or in the armpit.",
        ),
    ),
    (
        "Go to a doctor now, not to massage",
        (
            "chest pain spreading to the arm, neck or jaw, or with breathlessness or sweating;",
            "a sudden, severe headache, or one with fever and a stiff neck;",
            "numbness or weakness of the face, an arm or a leg, or trouble speaking;",
            "loss of bladder or bowel control, or numbness between the legs;",
            "pain after a fall or an accident, or with a fever.",
        ),
    ),
)


def guidance(translate: Translate = english) -> list[tuple[str, list[str]]]:
    """How to press safely, for every technique: (heading, sentences), translated."""
    return [
        (translate("Guidance", heading), [translate("Guidance", s) for s in sentences])
        for heading, sentences in GUIDANCE
    ]


def pressure_word(pressure: str, translate: Translate = english) -> str:
    """A technique's pressure ("light", "moderate", "firm") in the reader's language."""
    words = {
        "light": translate("Technique", "light"),
        "moderate": translate("Technique", "moderate"),
        "firm": translate("Technique", "firm"),
    }
    return words.get(pressure, pressure)


def point_said(point: TriggerPoint, side: Side, translate: Translate = english) -> str:
    """A trigger point as a screen reader says it on its selection: "Upper trapezius, TrP1,
    patient’s right. Refers to: the temple …. Hold 30 to 90 seconds." A clinician-only
    technique gives no hold time."""
    where = ", ".join(region_words(point.essential_regions, translate))
    text = fill(translate("Said", "%1, %2."), point.name, side_words(side, translate))
    if where:
        text += " " + fill(translate("Said", "Refers pain to: %1."), where)
    technique = point.technique
    if technique.clinician_only:
        text += " " + clinician_only(translate)
    else:
        hold = translate("Said", "Hold %1 to %2 seconds.")
        text += " " + fill(hold, technique.hold_min, technique.hold_max)
    return text


def clinician_only(translate: Translate = english) -> str:
    return translate("Technique", "For a trained clinician only: not a self-care technique.")


def ask_a_clinician(translate: Translate = english) -> str:
    """In a client view, in place of a clinician-only technique's steps."""
    return translate(
        "Technique",
        "Its steps are not shown here: ask a physiotherapist, doctor or other trained "
        "clinician about it.",
    )
