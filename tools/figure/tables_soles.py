"""Soles view tables: both soles seen from below, as if the patient lay face down with the feet
over the end of the table. Toes at the top, heels at the bottom; the patient's right sole on the
viewer's right (x > 500) with the big toe towards the midline; the left sole is its mirror image.
Canvas 1000 × 1000, y down. Edit here, then run `.venv/bin/python tools/make_figure.py`.
"""

from __future__ import annotations

Pt = tuple[float, float]

SIZE = (1000, 1000)

# fmt: off

# The right sole without its toes, clockwise from the medial (inner) side of the big toe's base:
# the ball of the foot, the medial arch (concave), the heel pad, the lateral border with the
# bulge of the fifth metatarsal's base, and the front edge along the toes' bases.
SOLE: list[Pt] = [
    (575, 264), (565, 300), (563, 340), (570, 385), (590, 440), (614, 492), (630, 542),
    (632, 594), (620, 642), (608, 692), (606, 745), (614, 800), (633, 848), (664, 878),
    (702, 887), (741, 878), (771, 851), (790, 810), (797, 760), (799, 705), (805, 650),
    (815, 596), (829, 540), (842, 480), (852, 420), (857, 375), (853, 345), (838, 324),
    (815, 312), (777, 300), (737, 287), (697, 276), (657, 267), (620, 262),
]

# (x, y, radius) joints of each toe from its base (at the crease) through the narrower neck to
# the centre of its pad: seen from below, toes are short, with round pads.
BIG_TOE: list[tuple[float, float, float]] = [
    (604, 272, 32.0), (604, 226, 34.0), (605, 186, 37.0), (606, 170, 37.0),
]
TOES: dict[str, list[tuple[float, float, float]]] = {
    "second": [(674, 282, 15.5), (673, 240, 14.5), (671, 206, 17.5), (670, 194, 17.5)],
    "third": [(716, 292, 15.0), (715, 254, 14.0), (713, 227, 16.5), (712, 217, 16.5)],
    "fourth": [(757, 304, 14.0), (756, 273, 13.0), (754, 251, 15.5), (753, 243, 15.5)],
    "fifth": [(796, 318, 13.0), (795, 294, 12.0), (793, 277, 14.0), (792, 271, 14.0)],
}

# The webs between the toes, medial to lateral (each toe's crease runs from web to web, sagging
# a little towards the heel), and where the crease line leaves the foot on either side.
WEBS: list[Pt] = [(571, 266), (647, 270), (692, 280), (734, 290), (774, 302), (815, 316)]
CREASE_ENDS: tuple[Pt, Pt] = ((520, 262), (900, 340))
CREASE_SAG = 5.0
BIG_TOE_SPLIT_X = 647.0  # the web between the big toe and the second toe

# The front edge of the heel pad: the heel below it.
HEEL_PAD: list[Pt] = [(560, 690), (612, 676), (660, 660), (705, 655), (752, 662), (800, 676),
                      (860, 690)]

LANDMARKS: dict[str, Pt] = {
    "heel_centre_right": (702, 790),
    "heel_medial_right": (628, 770),
    "heel_lateral_right": (776, 770),
    "heel_back_right": (702, 868),
    "heel_front_right": (704, 690),
    "medial_arch_right": (650, 545),
    "mid_sole_right": (715, 520),
    "lateral_midfoot_right": (795, 560),
    "fifth_metatarsal_base_right": (820, 500),
    "first_metatarsal_head_right": (605, 325),
    "second_metatarsal_head_right": (670, 332),
    "third_metatarsal_head_right": (715, 342),
    "fourth_metatarsal_head_right": (757, 356),
    "fifth_metatarsal_head_right": (808, 372),
    "big_toe_pad_right": (606, 172),
    "second_toe_pad_right": (670, 198),
    "third_toe_pad_right": (712, 221),
    "fourth_toe_pad_right": (753, 246),
    "fifth_toe_pad_right": (792, 274),
}

# Interior lines of the right sole (mirrored for the left; the toes' creases come from WEBS): the
# big toe's joint crease, the arch's edge (where the weight-bearing sole ends and the arch
# lifts), the heel pad's front edge.
LINES: dict[str, tuple[list[Pt], bool]] = {
    "big_toe_joint_crease": ([(575, 222), (604, 228), (633, 222)], False),
    "arch_edge": ([(578, 395), (612, 445), (662, 505), (684, 560), (672, 615), (640, 665)], False),
    "heel_pad": ([(616, 676), (660, 662), (705, 657), (752, 663), (792, 676)], False),
}
