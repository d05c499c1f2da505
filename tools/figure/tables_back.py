"""Back view tables: landmarks and interior lines in back-view coordinates (patient's right on the
viewer's right, x > 500), and the heel that replaces the toes of the frontal silhouette.

The back silhouette is the front one mirrored (tables_front), except for the feet.
"""

from __future__ import annotations

Pt = tuple[float, float]

# fmt: off

# The right heel seen from behind, in front-view coordinates (it is mirrored with the figure).
HEEL_FRONT_FRAME: list[Pt] = [
    (392, 1848), (385, 1872), (381, 1898), (386, 1918), (400, 1928), (428, 1932), (452, 1929),
    (467, 1918), (472, 1898), (469, 1870), (462, 1846), (428, 1838),
]

LANDMARKS: dict[str, Pt] = {
    "vertex": (500, 70),
    "external_occipital_protuberance": (500, 200),
    "ear_right": (588, 215),
    "c7_spinous_process": (500, 395),
    "t12_spinous_process": (500, 720),
    "l4_spinous_process": (500, 830),
    "acromion_right": (710, 410),
    "humeral_head_right": (700, 440),
    "deltoid_right": (732, 470),
    "scapula_superior_angle_right": (590, 450),
    "scapula_medial_border_right": (575, 535),
    "scapula_inferior_angle_right": (600, 640),
    "scapula_spine_root_right": (578, 485),
    "glenoid_right": (690, 465),
    "posterior_axillary_fold_right": (655, 530),
    "waist_right": (640, 790),
    "iliac_crest_right": (635, 830),
    "psis_right": (545, 915),
    "sacrum_top": (500, 900),
    "coccyx": (500, 1030),
    "greater_trochanter_right": (665, 964),
    "gluteal_fold_right": (585, 1075),
    "lateral_epicondyle_right": (765, 772),
    "medial_epicondyle_right": (700, 775),
    "olecranon_right": (733, 782),
    "radial_styloid_right": (780, 1048),
    "ulnar_styloid_right": (730, 1048),
    "hand_dorsal_right": (760, 1110),
    "middle_fingertip_right": (762, 1243),
    "thumb_tip_right": (805, 1160),
    "thigh_mid_right": (590, 1200),
    "popliteal_fossa_right": (585, 1416),
    "calf_widest_right": (582, 1560),
    "medial_malleolus_right": (545, 1840),
    "lateral_malleolus_right": (605, 1855),
    "heel_right": (572, 1915),
}

LINES: dict[str, tuple[list[Pt], bool]] = {
    "spine": ([(500, 398), (500, 560), (500, 720), (500, 830), (500, 898)], False),
    "nape": ([(466, 286), (484, 292), (500, 294)], False),
    "ear_helix": ([(582, 193), (590, 193), (593, 205), (592, 222), (589, 236), (584, 241)], False),
    "scapula": (
        [
            (590, 450), (580, 470), (575, 520), (576, 580), (584, 620), (600, 641), (612, 632),
            (635, 590), (660, 540), (682, 490), (690, 466),
        ],
        False,
    ),
    "scapular_spine": (
        [(578, 486), (605, 474), (640, 456), (675, 436), (700, 420), (712, 412)],
        False,
    ),
    "psis_dimple": ([(545, 909), (550, 915), (545, 921), (540, 915)], True),
    "gluteal_cleft": ([(500, 985), (500, 1050)], False),
    "gluteal_fold": ([(507, 1063), (540, 1076), (585, 1081), (622, 1073), (646, 1060)], False),
    "olecranon": ([(721, 788), (733, 795), (745, 789)], False),
    "popliteal_crease": ([(556, 1420), (585, 1425), (614, 1420)], False),
    "achilles": ([(565, 1760), (567, 1820), (566, 1862)], False),
    "medial_malleolus": ([(548, 1826), (541, 1838), (543, 1852)], False),
    "lateral_malleolus": ([(606, 1840), (610, 1855), (606, 1870)], False),
    "heel": ([(553, 1896), (559, 1913), (572, 1920), (585, 1913), (591, 1896)], False),
}

# Landmark-based boundaries, right side, back coordinates.
SCAPULA_MEDIAL: list[Pt] = [(575, 300), (575, 450), (574, 540), (578, 600), (590, 632), (600, 650)]
BELOW_SCAPULA: list[Pt] = [(500, 650), (600, 652), (640, 620), (700, 560)]
SCAPULA_LATERAL: list[Pt] = [(712, 380), (690, 440), (672, 500), (655, 560), (632, 610), (602, 652)]
ILIAC_CREST_BOUNDARY: list[Pt] = [(500, 900), (545, 906), (585, 878), (630, 842), (700, 828)]
GLUTEAL_FOLD: list[Pt] = [
    (500, 1050), (540, 1076), (585, 1081), (625, 1072), (670, 1052), (720, 1040),
]
SACRUM: list[Pt] = [(455, 900), (545, 900), (500, 1030)]
COCCYX_FROM_Y = 978.0
