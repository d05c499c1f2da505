"""Where does it hurt? Ranking trigger points for a drawing, on the shipped atlas."""

from __future__ import annotations

import pytest
from shapely import unary_union
from shapely.geometry import Point, box

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.rank import (
    compare,
    drawing_issue,
    find_complaint,
    rank_complaint,
    rank_pain,
    rank_regions,
    regions_drawing,
    separate_areas,
)

# Everyday complaints, tapped as whole regions on the patient's right, and the muscles the
# literature names first for them (Travell & Simons' pain guides, vol. 1 and 2). Each named
# muscle must be among the top five.
EVERYDAY = [
    # temple headache: upper trapezius, temporalis, suboccipitals, semispinalis capitis
    # (posterior cervical). T&S also name the SCM; see the report on the atlas' SCM zones.
    (["temple"], ["upper_trapezius", "temporalis", "suboccipitals", "posterior_cervical"]),
    # jaw / TMJ pain: masseter, lateral and medial pterygoid
    (["jaw", "tmj"], ["masseter", "lateral_pterygoid", "medial_pterygoid"]),
    # toothache (upper teeth): temporalis, masseter
    (["teeth_upper"], ["temporalis", "masseter"]),
    # back of the neck: upper trapezius, levator scapulae, posterior cervical (multifidi)
    (["posterior_neck"], ["upper_trapezius", "levator_scapulae", "posterior_cervical"]),
    # front of the shoulder: infraspinatus, anterior deltoid, pectoralis major and minor
    (["anterior_shoulder"], ["infraspinatus", "deltoid", "pectoralis_major", "pectoralis_minor"]),
    # between the shoulder blades: rhomboids, middle trapezius, iliocostalis thoracis
    (["interscapular"], ["rhomboids", "middle_trapezius", "iliocostalis_thoracis"]),
    # lateral elbow: supinator, ECRL, triceps (medial head), anconeus
    (["elbow_lateral"], ["supinator", "extensor_carpi_radialis_longus", "triceps", "anconeus"]),
    # low back: multifidi, iliopsoas, iliocostalis thoracis (T11)
    (["lumbar"], ["multifidi", "iliopsoas", "iliocostalis_thoracis"]),
    # buttock: gluteus maximus, gluteus medius, piriformis, quadratus lumborum
    (["buttock"], ["gluteus_maximus", "gluteus_medius", "piriformis", "quadratus_lumborum"]),
    # side of the hip: gluteus minimus, TFL, gluteus medius, quadratus lumborum
    (
        ["hip_lateral"],
        ["gluteus_minimus", "tensor_fasciae_latae", "gluteus_medius", "quadratus_lumborum"],
    ),
    # down the back of the leg: gluteus minimus (posterior), piriformis, biceps femoris
    (["posterior_thigh", "calf"], ["gluteus_minimus", "piriformis", "biceps_femoris"]),
    # front of the knee: rectus femoris, vastus medialis
    (["knee_anterior"], ["rectus_femoris", "vastus_medialis"]),
    # heel: soleus, quadratus plantae, abductor hallucis
    (["heel"], ["soleus", "quadratus_plantae", "abductor_hallucis"]),
    # outer ankle: fibularis longus and brevis
    (["ankle_lateral"], ["fibularis_longus", "fibularis_brevis"]),
    # chest: pectoralis major, sternalis, scalenes
    (["anterior_chest"], ["pectoralis_major", "sternalis", "scalenes"]),
]


def muscles_of(atlas: Atlas, ranked: list) -> list[str]:
    return [atlas.trigger_points[c.trigger_point].muscle for c in ranked]


@pytest.mark.parametrize(
    ("regions", "literature"), EVERYDAY, ids=["+".join(r) for r, _ in EVERYDAY]
)
def test_the_literature_s_muscles_rank_in_the_top_five(
    atlas: Atlas, regions: list[str], literature: list[str]
) -> None:
    top = muscles_of(atlas, rank_regions(atlas, regions, "right", limit=5))
    found = [m for m in literature if any(t == m or t.startswith(m + "_") for t in top)]
    assert found == literature, f"top five: {top}"


def test_scores_are_in_0_1_best_first_naming_the_regions_explained(atlas: Atlas) -> None:
    ranked = rank_regions(atlas, ["heel"], "right")
    assert ranked and all(0 < c.score <= 1 for c in ranked)
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)
    best = ranked[0]
    assert best.trigger_point == "soleus_1" and best.side == "right"
    assert best.regions == ("heel",)
    assert best.explained_area > 0 and best.unexplained_area >= 0


def test_one_point_explaining_two_areas_beats_points_explaining_one(atlas: Atlas) -> None:
    # The posterior gluteus minimus refers down the back of the thigh and into the calf; the
    # soleus explains the calf alone, the biceps femoris the thigh alone.
    both = muscles_of(atlas, rank_regions(atlas, ["posterior_thigh", "calf"], "right", limit=20))
    calf = muscles_of(atlas, rank_regions(atlas, ["calf"], "right", limit=20))
    assert calf.index("soleus") < calf.index("gluteus_minimus")
    assert both.index("gluteus_minimus") < both.index("soleus")
    assert both.index("gluteus_minimus") < both.index("biceps_femoris")


def both(*drawings: dict) -> dict:
    views = sorted({v for d in drawings for v in d})
    return {v: unary_union([d[v] for d in drawings if v in d]) for v in views}


def test_separately_marked_areas_are_told_apart(atlas: Atlas) -> None:
    eye, buttock = (regions_drawing(atlas, [r], "right") for r in ("orbit", "buttock"))
    assert len(separate_areas(atlas, both(eye, buttock))) == 2
    # one shoulder seen from the front, the side and the back is one area
    shoulder = regions_drawing(atlas, ["lateral_shoulder"], "right")
    assert len(shoulder) >= 2 and len(separate_areas(atlas, shoulder)) == 1
    # pain down the back of both legs is one pain, though the knees are not marked
    legs = regions_drawing(atlas, ["buttock", "posterior_thigh", "calf"])
    assert len(separate_areas(atlas, legs)) == 1


def test_a_small_area_keeps_its_candidates_beside_a_large_one(atlas: Atlas) -> None:
    # Mark the eye, then the buttock: the eye's own best stay in the list, scored on the eye.
    eye, buttock = (regions_drawing(atlas, [r], "right") for r in ("orbit", "buttock"))
    alone = rank_pain(atlas, eye, "right", limit=3)
    together = rank_pain(atlas, both(eye, buttock), "right", limit=10)
    for candidate in alone:
        kept = next(c for c in together if c.trigger_point == candidate.trigger_point)
        assert kept.area_only and kept.score == pytest.approx(candidate.score, rel=0.05)
    assert together[0].trigger_point == rank_pain(atlas, buttock, "right")[0].trigger_point


def test_a_point_explaining_each_of_two_areas_comes_first(atlas: Atlas) -> None:
    # The posterior gluteus minimus refers to the buttock and, past the thigh, to the calf.
    buttock, calf = (regions_drawing(atlas, [r], "right") for r in ("buttock", "calf"))
    ranked = rank_pain(atlas, both(buttock, calf), "right", limit=5)
    assert atlas.trigger_points[ranked[0].trigger_point].muscle == "gluteus_minimus"
    assert not ranked[0].area_only
    assert all(c.area_only for c in ranked[1:])


def test_a_drawing_on_one_side_prefers_that_side(atlas: Atlas) -> None:
    for side in ("right", "left"):
        ranked = rank_pain(atlas, regions_drawing(atlas, ["heel"], side))
        assert ranked[0].side == side
    both = rank_pain(atlas, regions_drawing(atlas, ["heel"]))
    assert both[0].side is None  # both heels: the point on both sides


def test_empty_outside_and_dot_drawings_are_named_not_raised(atlas: Atlas) -> None:
    assert drawing_issue(atlas, {}) == "empty"
    assert drawing_issue(atlas, {"front": box(0, 0, 30, 30)}) == "outside"
    assert drawing_issue(atlas, {"front": Point(400, 1000).buffer(3)}) == "small"
    assert drawing_issue(atlas, {"front": Point(400, 1000).buffer(30)}) is None
    assert rank_pain(atlas, {}) == []
    assert rank_pain(atlas, {"front": box(0, 0, 30, 30)}) == []


def test_a_drawing_partly_outside_the_body_is_clipped(atlas: Atlas) -> None:
    heel = regions_drawing(atlas, ["heel"], "right")["back"]
    spread = heel.union(box(900, 1900, 1000, 2000))
    assert rank_pain(atlas, {"back": spread})[0] == rank_pain(atlas, {"back": heel})[0]


def test_unknown_regions_are_named_with_a_suggestion(atlas: Atlas) -> None:
    with pytest.raises(ValueError, match="unknown region 'templ' \\(did you mean 'temple'\\?\\)"):
        regions_drawing(atlas, ["templ"])


@pytest.mark.parametrize(
    ("words", "complaint", "expected"),
    [
        ("headache", "tension_headache", "upper_trapezius"),
        ("Tension headache", "tension_headache", "suboccipitals"),
        ("toothache", "toothache", "masseter"),
        ("sciatica", "sciatica", "gluteus_minimus"),
        ("tennis elbow", "tennis_elbow", "supinator"),
        ("heel pain", "heel_pain", "soleus"),
    ],
)
def test_symptom_words_rank_the_regions_they_stand_for(
    atlas: Atlas, words: str, complaint: str, expected: str
) -> None:
    found = find_complaint(atlas, words)
    assert found is not None and found.id == complaint
    ranked = rank_complaint(atlas, found, limit=5)
    assert ranked == rank_regions(atlas, found.regions, limit=5)
    assert any(m.startswith(expected) for m in muscles_of(atlas, ranked))


def test_unknown_symptom_words_find_nothing(atlas: Atlas) -> None:
    assert find_complaint(atlas, "purple elbows") is None
    assert find_complaint(atlas, "  ") is None


def test_compare_shades_what_only_one_candidate_covers(atlas: Atlas) -> None:
    ranked = rank_complaint(atlas, find_complaint(atlas, "sciatica"), limit=3)  # type: ignore[arg-type]
    compared = compare(atlas, ranked[:2])
    assert set(compared) <= set(atlas.views) and compared
    for parts in compared.values():
        first, second = parts
        assert first.only_this.intersection(second.pattern).area < 1.0
        assert first.only_this.area <= first.pattern.area + 1e-6
        assert first.pattern.equals(ranked[0].pattern(atlas, next(iter(compared))))
        break


def test_a_candidate_s_pattern_is_its_zones_on_its_side(atlas: Atlas) -> None:
    heel = rank_pain(atlas, regions_drawing(atlas, ["heel"], "right"), "right")[0]
    point = atlas.trigger_points[heel.trigger_point]
    right = heel.pattern(atlas, "back")
    zones = [z.geometry for z in point.zones_for("right", "back")]
    assert right.area == pytest.approx(sum(z.area for z in zones), rel=0.05)
    assert right.centroid.x > atlas.view("back").width / 2  # the patient's right, from behind
