"""The atlas that ships, tested as data: the figure, its regions and every trigger point."""

from __future__ import annotations

import itertools

import pytest
from shapely import affinity, unary_union

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.vocabulary import MIDLINE_REGIONS, REGION_IDS

VIEWS = ("front", "back", "side", "side_left", "soles")
BODY_VIEWS = ("front", "back", "side", "side_left")  # the whole figure; "soles": the soles


def test_five_views_the_left_side_made_from_the_right(atlas: Atlas) -> None:
    assert tuple(atlas.views) == VIEWS
    right, left = atlas.view("side"), atlas.view("side_left")
    assert left.outline.equals(affinity.scale(right.outline, -1, 1, origin=(500, 0)))
    # The left side view faces the other way: the face (the nose) on the viewer's left.
    assert left.landmarks["nose_tip"][0] < 500 < right.landmarks["nose_tip"][0]


@pytest.mark.parametrize("view_id", BODY_VIEWS)
def test_the_outline_is_one_valid_body(atlas: Atlas, view_id: str) -> None:
    view = atlas.view(view_id)
    assert view.outline.is_valid
    assert view.outline.geom_type == "Polygon"
    x0, y0, x1, y1 = view.outline.bounds
    # 7.5 to 8 heads tall, standing in the canvas.
    assert 1800 <= y1 - y0 <= 1900
    assert x0 > 0 and x1 < view.width


@pytest.mark.parametrize("view_id", VIEWS)
def test_regions_tile_the_outline(atlas: Atlas, view_id: str) -> None:
    view = atlas.view(view_id)
    union = unary_union([r.geometry for r in view.regions])
    assert union.intersection(view.outline).area >= 0.98 * view.outline.area
    for a, b in itertools.combinations(view.regions, 2):
        if a.geometry.intersects(b.geometry):
            overlap = a.geometry.intersection(b.geometry).area
            smaller = min(a.geometry.area, b.geometry.area)
            assert overlap <= 0.01 * smaller, (a.id, a.side, b.id, b.side)


def test_every_region_of_the_vocabulary_is_drawn_in_some_view(atlas: Atlas) -> None:
    drawn = {r.id for view in atlas.views.values() for r in view.regions}
    assert drawn == set(REGION_IDS)


@pytest.mark.parametrize("view_id", ("front", "back"))
def test_paired_regions_are_drawn_on_both_sides_as_mirror_images(
    atlas: Atlas, view_id: str
) -> None:
    view = atlas.view(view_id)
    by_key = {(r.id, r.side): r for r in view.regions}
    for (region_id, side), region in by_key.items():
        if region_id in MIDLINE_REGIONS:
            assert side is None
            continue
        other = by_key[(region_id, "left" if side == "right" else "right")]
        assert other.geometry.area == pytest.approx(region.geometry.area, rel=0.02)
        right_x = region.geometry.centroid.x if side == "right" else other.geometry.centroid.x
        # The patient's right is on the viewer's left from the front, on the right from behind.
        assert (right_x < 500) == (view_id == "front"), region_id


def test_each_side_view_shows_its_own_side(atlas: Atlas) -> None:
    assert {r.side for r in atlas.view("side").regions} <= {"right", None}
    assert {r.side for r in atlas.view("side_left").regions} <= {"left", None}
    assert {m.side for m in atlas.markers("side")} == {"right"}
    assert {m.side for m in atlas.markers("side_left")} == {"left"}
    assert (
        atlas.view("side").side_at(10) == "right" and atlas.view("side_left").side_at(990) == "left"
    )


def test_every_bilateral_point_has_both_lateral_views(atlas: Atlas) -> None:
    """A point drawn in the right side view is drawn in the left one, for the patient's left,
    as its mirror image: the same zones, the same marker."""
    lateral = [p for p in atlas.trigger_points.values() if any(m.view == "side" for m in p.markers)]
    assert len(lateral) >= 60
    for point in lateral:
        if point.sides == "midline":
            continue
        for kind in ("essential", "spillover"):
            right = [z for z in point.zones_for("right", "side") if z.kind == kind]
            left = [z for z in point.zones_for("left", "side_left") if z.kind == kind]
            assert len(right) == len(left), (point.id, kind)
            for a, b in zip(right, left, strict=True):
                mirrored = affinity.scale(a.geometry, -1, 1, origin=(500, 0))
                assert mirrored.symmetric_difference(b.geometry).area < 1, point.id
        (mark_right,) = [m for m in point.markers if m.view == "side"]
        (mark_left,) = [m for m in point.markers if m.view == "side_left"]
        assert (mark_left.x, mark_left.y, mark_left.side) == (
            1000 - mark_right.x,
            mark_right.y,
            "left",
        )


def test_the_soles_view_is_two_soles_mirroring_each_other(atlas: Atlas) -> None:
    view = atlas.view("soles")
    assert (view.width, view.height) == (1000, 1000)
    assert view.outline.is_valid and view.outline.geom_type == "MultiPolygon"
    left, right = sorted(view.outline.geoms, key=lambda foot: foot.centroid.x)
    # Seen from below: the patient's right sole on the viewer's right, a gap between the feet.
    assert left.bounds[2] < 500 < right.bounds[0]
    mirrored = affinity.scale(left, -1.0, 1.0, origin=(500, 0))
    assert mirrored.symmetric_difference(right).area < 0.001 * right.area
    # A foot is about 2.6 times as long as it is wide, toes up, heel down.
    x0, y0, x1, y1 = right.bounds
    assert 2.4 <= (y1 - y0) / (x1 - x0) <= 2.8
    assert y1 < view.height - 60  # room for the side labels under the feet


def test_the_soles_regions_are_heel_sole_and_toes_on_both_feet(atlas: Atlas) -> None:
    view = atlas.view("soles")
    assert {(r.id, r.side) for r in view.regions} == {
        (region_id, side)
        for region_id in ("heel", "sole", "big_toe", "toes")
        for side in ("right", "left")
    }
    by_key = {(r.id, r.side): r.geometry for r in view.regions}
    for side in ("right", "left"):
        heel, sole = by_key[("heel", side)], by_key[("sole", side)]
        big_toe, toes = by_key[("big_toe", side)], by_key[("toes", side)]
        assert heel.centroid.y > sole.centroid.y > toes.centroid.y  # heel at the bottom
        # The big toe lies towards the midline, the lesser toes outside it.
        assert abs(big_toe.centroid.x - 500) < abs(toes.centroid.x - 500)
        assert (sole.centroid.x > 500) == (side == "right")


def test_regions_are_big_enough_to_tap(atlas: Atlas) -> None:
    for view in atlas.views.values():
        for region in view.regions:
            assert region.geometry.area >= 150, (view.id, region.id, region.side)


def test_the_atlas_is_complete(atlas: Atlas) -> None:
    assert len(atlas.muscles) >= 110
    assert len(atlas.trigger_points) >= 170
    areas = {m.body_area for m in atlas.muscles.values()}
    assert areas == {
        "head",
        "neck",
        "shoulder",
        "upper_back",
        "chest",
        "abdomen",
        "arm",
        "forearm_hand",
        "lower_back",
        "hip",
        "thigh",
        "leg_foot",
    }


def test_the_muscles_people_ask_about_are_there(atlas: Atlas) -> None:
    wanted = """upper_trapezius levator_scapulae sternocleidomastoid suboccipitals scalenes
        temporalis masseter infraspinatus supraspinatus subscapularis rhomboids
        pectoralis_major pectoralis_minor quadratus_lumborum iliopsoas multifidi
        gluteus_medius gluteus_minimus piriformis tensor_fasciae_latae vastus_medialis
        gastrocnemius soleus tibialis_anterior fibularis_longus extensor_hallucis_longus
        extensor_digitorum extensor_carpi_radialis_longus abductor_hallucis""".split()
    missing = [m for m in wanted if m not in atlas.muscles]
    assert not missing


def test_every_trigger_point_is_complete(atlas: Atlas) -> None:
    for point in atlas.trigger_points.values():
        t = point.technique
        assert 10 <= t.hold_min <= t.hold_max <= 120, point.id
        assert 1 <= t.repetitions <= 5, point.id
        assert point.precautions, point.id
        assert point.source.cite and point.source_section, point.id
        assert point.essential_regions, point.id
        assert point.symptoms and point.location and point.referral, point.id
        assert any(z.kind == "essential" and z.side == "right" for z in point.zones), point.id


def test_every_trigger_point_has_a_plain_one_sentence_summary(atlas: Atlas) -> None:
    for point in atlas.trigger_points.values():
        words = point.summary.split()
        assert 8 <= len(words) <= 40, (point.id, point.summary)
        assert point.summary.count(". ") == 0 and point.summary.endswith("."), point.id


# The review's safety findings (issue 14), held in the text a person reads.
def test_pectineus_keeps_the_fingers_off_the_femoral_vessels(atlas: Atlas) -> None:
    point = atlas.trigger_points["pectineus"]
    text = " ".join([point.technique.notes, *point.precautions]).lower()
    # the vein lies just inside (medial to) the pulse: "work medial to it" (the old text) put
    # the fingers on it; the fingers go a finger-width inside the vein
    assert "work medial to it" not in text and "vein lies just inside it" in text
    assert "further finger-width inward" in text and "medial to the vein" in text
    assert point.technique.pressure == "light"


def test_tibialis_posterior_is_reached_along_the_tibia_after_a_clot_check(atlas: Atlas) -> None:
    point = atlas.trigger_points["tibialis_posterior"]
    notes = point.technique.notes.lower()
    # the old text pressed "deep between the two bellies of gastrocnemius": over the tibial
    # nerve and the deep veins
    assert "between the two bellies" not in notes and "deep" not in point.technique.name.lower()
    assert "inner edge of the tibia" in notes and "clot" in notes
    assert point.technique.pressure == "light"
    assert any("deep vein thrombosis" in p for p in point.precautions)


def test_intra_oral_deep_abdominal_and_pelvic_techniques_are_for_clinicians(
    atlas: Atlas,
) -> None:
    for point_id in (
        "iliopsoas_psoas",
        "iliopsoas_iliacus",
        "digastric_posterior",
        "levator_ani",
        "coccygeus",
        "obturator_internus_pelvic",
        "diaphragm",
        "rectus_abdominis_mcburney",
    ):
        assert atlas.trigger_points[point_id].technique.clinician_only, point_id


def test_markers_sit_inside_their_muscle(atlas: Atlas) -> None:
    from shapely.geometry import Point

    for point in atlas.trigger_points.values():
        shapes = atlas.muscles[point.muscle].shapes
        for marker in point.markers:
            shape = shapes.get((marker.view, marker.side))
            if shape is not None:
                assert shape.distance(Point(marker.x, marker.y)) <= 6.0, (point.id, marker.view)


def test_left_markers_mirror_the_right(atlas: Atlas) -> None:
    for point in atlas.trigger_points.values():
        right = {m.view: m for m in point.markers if m.side == "right"}
        for marker in point.markers:
            if marker.side == "left":
                mirror = right[{"side_left": "side"}.get(marker.view, marker.view)]
                assert marker.x == pytest.approx(1000 - mirror.x)
                assert marker.y == mirror.y


def test_ids_are_unique_and_aliases_findable(atlas: Atlas) -> None:
    assert atlas.find("SCM") is not None and atlas.find("SCM").muscle == "sternocleidomastoid"
    assert atlas.find("QL") is not None and atlas.find("QL").muscle == "quadratus_lumborum"
    assert atlas.find("TFL") is not None
    assert atlas.find("ECRL") is not None
