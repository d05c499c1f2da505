"""The words every atlas shares: sides, views, body areas and the body-region vocabulary
(docs/regions.md), and how text is folded for matching.

Plain constants and functions, with no YAML or Shapely: the command line parses its
arguments with them before anything heavier is imported.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Sequence
from typing import Literal

Side = Literal["right", "left"]
ZoneKind = Literal["essential", "spillover"]
SIDES: tuple[Side, Side] = ("right", "left")
# The views a map file writes. front and back: the patient facing towards and away from the
# viewer; side: the right side; soles: both soles seen from below, toes up, the patient's
# right on the viewer's right.
VIEW_IDS = ("front", "back", "side", "soles")
# Views the atlas makes from a written one, as its mirror image: the patient's left side is
# the right side seen in a mirror. Map files never write them: what is written for `side`
# (the right) is drawn mirrored here for the left.
MIRRORED_VIEWS = {"side_left": "side"}
# Every view of an atlas, in the order they are shown.
ALL_VIEW_IDS = ("front", "back", "side", "side_left", "soles")

# Where a muscle is listed, head to foot, and its title.
AREA_TITLES = {
    "head": "Head and face",
    "neck": "Neck",
    "shoulder": "Shoulder",
    "upper_back": "Upper back",
    "chest": "Chest",
    "abdomen": "Abdomen",
    "arm": "Upper arm",
    "forearm_hand": "Forearm and hand",
    "lower_back": "Lower back",
    "hip": "Hip and buttock",
    "thigh": "Thigh",
    "leg_foot": "Leg and foot",
}
BODY_AREAS = tuple(AREA_TITLES)

# Regions on the midline are drawn once and belong to no side.
MIDLINE_REGIONS = frozenset({"vertex", "chin", "anterior_neck", "sacrum", "coccyx", "perineum"})

# The body-region vocabulary of docs/regions.md, head to foot.
REGION_IDS: tuple[str, ...] = (
    "forehead",
    "temple",
    "vertex",
    "occiput",
    "orbit",
    "ear",
    "cheek",
    "jaw",
    "tmj",
    "teeth_upper",
    "teeth_lower",
    "chin",
    "posterior_neck",
    "lateral_neck",
    "anterior_neck",
    "shoulder_top",
    "anterior_chest",
    "lateral_chest",
    "axilla",
    "interscapular",
    "scapula",
    "upper_abdomen",
    "lower_abdomen",
    "groin",
    "thoracolumbar",
    "lumbar",
    "sacrum",
    "coccyx",
    "perineum",
    "buttock",
    "anterior_shoulder",
    "lateral_shoulder",
    "posterior_shoulder",
    "anterior_arm",
    "lateral_arm",
    "posterior_arm",
    "medial_arm",
    "elbow_lateral",
    "elbow_medial",
    "elbow_anterior",
    "anterior_forearm",
    "posterior_forearm",
    "wrist_dorsal",
    "wrist_palmar",
    "hand_dorsal",
    "palm",
    "thumb",
    "fingers",
    "hip_lateral",
    "anterior_thigh",
    "lateral_thigh",
    "medial_thigh",
    "posterior_thigh",
    "knee_anterior",
    "knee_medial",
    "knee_lateral",
    "knee_posterior",
    "shin",
    "lateral_leg",
    "calf",
    "achilles",
    "ankle_anterior",
    "ankle_lateral",
    "ankle_medial",
    "heel",
    "foot_dorsal",
    "sole",
    "big_toe",
    "toes",
)


def side_label(side: Side | None) -> str:
    return "" if side is None else f"patient’s {side}"


_REGION_NAMES = {
    "tmj": "Jaw joint (TMJ)",
    "teeth_upper": "Upper teeth",
    "teeth_lower": "Lower teeth",
    "elbow_lateral": "Outer elbow",
    "elbow_medial": "Inner elbow",
    "elbow_anterior": "Front of the elbow (cubital fossa)",
    "shoulder_top": "Top of the shoulder",
    "axilla": "Armpit",
    "perineum": "Perineum",
    "achilles": "Achilles tendon",
    "wrist_dorsal": "Back of the wrist",
    "wrist_palmar": "Palm side of the wrist",
    "hand_dorsal": "Back of the hand",
    "knee_anterior": "Front of the knee",
    "knee_medial": "Inner knee",
    "knee_lateral": "Outer knee",
    "knee_posterior": "Back of the knee",
    "ankle_anterior": "Front of the ankle",
    "ankle_lateral": "Outer ankle",
    "ankle_medial": "Inner ankle",
    "foot_dorsal": "Top of the foot",
    "sole": "Sole of the foot",
    "big_toe": "Big toe",
    "toes": "Toes",
    "hip_lateral": "Side of the hip",
    "posterior_neck": "Back of the neck",
    "lateral_neck": "Side of the neck",
    "anterior_neck": "Front of the neck",
    "anterior_chest": "Chest",
    "lateral_chest": "Side of the chest",
    "interscapular": "Between the shoulder blades",
    "scapula": "Shoulder blade",
    "thoracolumbar": "Mid back",
    "lumbar": "Low back",
    "anterior_shoulder": "Front of the shoulder",
    "lateral_shoulder": "Outer shoulder",
    "posterior_shoulder": "Back of the shoulder",
    "anterior_arm": "Front of the upper arm",
    "lateral_arm": "Outer upper arm",
    "posterior_arm": "Back of the upper arm",
    "medial_arm": "Inner upper arm",
    "anterior_forearm": "Front of the forearm",
    "posterior_forearm": "Back of the forearm",
    "anterior_thigh": "Front of the thigh",
    "lateral_thigh": "Outer thigh",
    "medial_thigh": "Inner thigh",
    "posterior_thigh": "Back of the thigh",
    "lateral_leg": "Outer lower leg",
    "upper_abdomen": "Upper abdomen",
    "lower_abdomen": "Lower abdomen",
    "orbit": "Eye",
}


def region_name(region_id: str) -> str:
    """A region id in plain words."""
    return _REGION_NAMES.get(region_id, region_id.replace("_", " ").capitalize())


def fold(text: str) -> str:
    """Text as it is compared: case, accents ("ciática" is "ciatica"), hyphens, underscores
    and runs of spaces folded."""
    bare = "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )
    return " ".join(bare.replace("-", " ").replace("_", " ").replace("’", "'").split())


def closest(word: str, choices: Sequence[str]) -> str:
    """' (did you mean 'x'?)' for the nearest choice, or ''."""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""
