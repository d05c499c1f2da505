"""Front view tables: silhouette control points, landmarks and interior lines (patient's right,
viewer's left, x < 500; the left half is the mirror image). Canvas 1000 × 2000, y down.

The silhouette is drawn through these control points with a smooth spline, so moving a point
moves the curve smoothly. Edit here, then run `.venv/bin/python tools/make_figure.py`.
"""

from __future__ import annotations

Pt = tuple[float, float]

# fmt: off

# Head, right half: vertex round to the chin (closed along the midline).
HEAD: list[Pt] = [
    (500, 70), (468, 73), (442, 86), (425, 108), (418, 138), (416, 168), (416, 195), (418, 222),
    (421, 248), (427, 268), (437, 284), (451, 298), (468, 310), (485, 317), (500, 319),
]

# The auricle, right ear.
EAR: list[Pt] = [
    (421, 187), (412, 183), (405, 187), (402, 200), (402, 218), (404, 233), (409, 244),
    (416, 249), (422, 246),
]

# Neck, shoulder line, trunk and leg: one outline from under the chin down the outside of the
# body and leg, under the foot, and up the inside of the leg to the crotch.
TRUNK_LEG: list[Pt] = [
    (500, 296), (440, 293), (440, 320), (440, 342), (434, 359), (419, 372), (394, 382),
    (362, 390), (330, 397), (306, 403),  # trapezius slope
    (300, 430), (318, 480), (338, 525),  # under the deltoid, to the armpit
    (340, 560), (341, 610), (345, 660), (351, 715), (358, 760), (360, 792),  # chest to waist
    (357, 830), (349, 872), (339, 915), (332, 955), (330, 995),  # hip
    (329, 1050), (327, 1120), (327, 1200), (333, 1275), (344, 1340), (354, 1390),  # thigh
    (357, 1420), (358, 1455), (355, 1500), (351, 1560), (356, 1630), (367, 1700),  # knee, calf
    (379, 1760), (387, 1805), (386, 1840), (383, 1862), (379, 1885), (379, 1900),  # ankle
    (392, 1905), (430, 1906), (466, 1904),  # ball of the foot (toes are added separately)
    (472, 1890), (470, 1866), (465, 1848), (461, 1825), (461, 1790), (465, 1740),  # medial ankle
    (474, 1680), (482, 1615), (484, 1565), (480, 1510), (473, 1465), (472, 1430),  # calf, knee
    (477, 1385), (482, 1345), (488, 1290), (491, 1220), (492, 1150), (492, 1100),  # inner thigh
    (493, 1072), (496, 1057), (500, 1052),  # crotch
]

# Right arm from the top of the shoulder, down the outside to the wrist and back up the inside.
ARM: list[Pt] = [
    (336, 397), (308, 400), (290, 407), (277, 421), (270, 441), (267, 468), (266, 498),
    (263, 532), (257, 566), (249, 605), (242, 650), (236, 700), (231, 745), (228, 775),
    (226, 800), (223, 840), (222, 890), (221, 950), (219, 1000), (216, 1035), (213, 1062),
    (222, 1085), (270, 1085),  # hidden under the hand
    (273, 1045), (277, 1000), (286, 950), (298, 895), (308, 845), (311, 805), (308, 778),
    (312, 755), (319, 715), (325, 670), (330, 625), (335, 585), (340, 550), (346, 525),
    (348, 480), (346, 435),
]

# Toes seen end-on from the front: (centre, rx, ry), big toe first (medial).
TOES: list[tuple[Pt, float, float]] = [
    ((457, 1914), 14.5, 16.0), ((433, 1913), 10.0, 14.0), ((414.5, 1911), 9.0, 13.0),
    ((398, 1908), 8.0, 11.5), ((384.5, 1903), 7.0, 10.0),
]

LANDMARKS: dict[str, Pt] = {
    "vertex": (500, 70),
    "hairline": (500, 105),
    "eyebrow_right": (462, 175),
    "eye_right": (463, 195),
    "nose_tip": (500, 240),
    "mouth": (500, 270),
    "chin": (500, 315),
    "ear_right": (412, 215),
    "tmj_right": (425, 228),
    "angle_of_jaw_right": (438, 285),
    "neck_side_right": (440, 340),
    "suprasternal_notch": (500, 408),
    "acromion_right": (290, 410),
    "humeral_head_right": (300, 440),
    "deltoid_right": (268, 470),
    "coracoid_right": (335, 450),
    "clavicle_medial_right": (490, 405),
    "clavicle_lateral_right": (300, 408),
    "anterior_axillary_fold_right": (345, 530),
    "nipple_right": (408, 573),
    "xiphoid": (500, 650),
    "costal_margin_right": (375, 760),
    "waist_right": (360, 790),
    "navel": (500, 815),
    "iliac_crest_right": (365, 830),
    "asis_right": (390, 900),
    "greater_trochanter_right": (335, 964),
    "hip_joint_right": (410, 985),
    "pubic_symphysis": (500, 1030),
    "crotch": (500, 1049),
    "lateral_epicondyle_right": (235, 772),
    "medial_epicondyle_right": (300, 775),
    "radial_styloid_right": (220, 1048),
    "ulnar_styloid_right": (270, 1048),
    "palm_right": (240, 1110),
    "middle_fingertip_right": (238, 1243),
    "thumb_tip_right": (195, 1160),
    "thigh_mid_right": (410, 1200),
    "patella_right": (415, 1416),
    "calf_widest_right": (418, 1560),
    "medial_malleolus_right": (455, 1840),
    "lateral_malleolus_right": (395, 1855),
    "big_toe_right": (457, 1925),
    "sole": (500, 1930),
}

# Interior lines of the right half (mirrored for the left); smooth curves through the points.
LINES: dict[str, tuple[list[Pt], bool]] = {
    "hairline": ([(429, 176), (432, 146), (446, 121), (470, 108), (500, 104)], False),
    "eyebrow": ([(440, 180), (450, 173), (464, 170), (478, 172), (487, 177)], False),
    "eye_upper_lid": ([(449, 196), (456, 190), (465, 188), (474, 191), (480, 196)], False),
    "eye_lower_lid": ([(449, 196), (457, 200), (466, 201), (474, 199), (480, 196)], False),
    "nose_side": ([(489, 190), (487, 210), (484, 228), (482, 238)], False),
    "nostril": ([(482, 236), (484, 244), (492, 247), (500, 246)], False),
    "lips": ([(477, 270), (488, 268), (495, 270), (500, 269)], False),
    "lower_lip": ([(485, 281), (493, 284), (500, 285)], False),
    "ear_helix": ([(418, 193), (410, 193), (407, 205), (408, 222), (411, 236), (416, 241)], False),
    "clavicle": (
        [(490, 405), (470, 399), (440, 400), (405, 404), (370, 398), (335, 398), (302, 410)],
        False,
    ),
    "sternal_notch": ([(490, 405), (494, 411), (500, 413)], False),
    "pectoral": ([(352, 545), (372, 574), (400, 589), (432, 593), (458, 589)], False),
    "costal_margin": (
        [(497, 655), (480, 668), (455, 690), (430, 713), (406, 737), (388, 754), (377, 768)],
        False,
    ),
    "linea_alba": ([(500, 655), (500, 800)], False),
    "iliac_crest": ([(366, 842), (377, 868), (388, 895)], False),
    "inguinal": ([(395, 912), (415, 942), (440, 972), (466, 1000)], False),
    "patella": (
        [
            (415, 1390), (430, 1396), (436, 1416), (430, 1438), (415, 1445), (400, 1438),
            (394, 1416), (400, 1396),
        ],
        True,
    ),
    "knee_below": ([(392, 1462), (415, 1468), (440, 1464)], False),
    "tibia": ([(446, 1500), (448, 1600), (452, 1700), (455, 1790)], False),
    "medial_malleolus": ([(452, 1826), (459, 1838), (457, 1852)], False),
    "lateral_malleolus": ([(394, 1840), (390, 1855), (394, 1870)], False),
    "elbow_crease": ([(245, 790), (265, 796), (287, 793)], False),
    "thenar": ([(228, 1060), (236, 1090), (236, 1118), (228, 1140)], False),
}

# The navel is a small closed ring on the midline.
NAVEL: list[Pt] = [(500, 808), (505, 814), (500, 822), (495, 814)]
