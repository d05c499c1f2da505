"""The atlas that ships, tested as data: the figure, its regions and every trigger point."""

from __future__ import annotations

import itertools

import pytest
from shapely import unary_union

from bodymap.atlas import REGION_IDS, Atlas
from bodymap.atlas.model import MIDLINE_REGIONS

VIEWS = ("front", "back", "side")


def test_three_views(atlas: Atlas) -> None:
    assert tuple(atlas.views) == VIEWS


@pytest.mark.parametrize("view_id", VIEWS)
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
        atlas: Atlas, view_id: str) -> None:
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


def test_the_side_view_shows_the_right_side(atlas: Atlas) -> None:
    assert {r.side for r in atlas.view("side").regions} <= {"right", None}


def test_regions_are_big_enough_to_tap(atlas: Atlas) -> None:
    for view in atlas.views.values():
        for region in view.regions:
            assert region.geometry.area >= 150, (view.id, region.id, region.side)


def test_the_atlas_is_complete(atlas: Atlas) -> None:
    assert len(atlas.muscles) >= 80
    assert len(atlas.trigger_points) >= 110
    areas = {m.body_area for m in atlas.muscles.values()}
    assert areas == {"head", "neck", "shoulder", "upper_back", "chest", "abdomen", "arm",
                     "forearm_hand", "lower_back", "hip", "thigh", "leg_foot"}


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
                mirror = right[marker.view]
                assert marker.x == pytest.approx(1000 - mirror.x)
                assert marker.y == mirror.y


def test_ids_are_unique_and_aliases_findable(atlas: Atlas) -> None:
    assert atlas.find("SCM") is not None and atlas.find("SCM").muscle == "sternocleidomastoid"
    assert atlas.find("QL") is not None and atlas.find("QL").muscle == "quadratus_lumborum"
    assert atlas.find("TFL") is not None
    assert atlas.find("ECRL") is not None
