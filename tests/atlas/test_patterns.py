"""Well-known referral patterns, checked against the regions their zones actually cover.

Each expectation is written beside the pattern it follows, so a reviewer can read it against
the literature (Simons, Travell & Simons 1999, vol. 1; Travell & Simons 1992, vol. 2). The
regions are computed by the loader from the drawn zones, never typed by hand, so these tests
fail when a zone is drawn in the wrong place.
"""

from __future__ import annotations

import pytest

from bodymap.atlas.atlas import Atlas

# trigger point id: (regions its essential zone must reach, regions it may only reach as
# spillover or essential, the pattern in words)
PATTERNS: dict[str, tuple[set[str], set[str], str]] = {
    "upper_trapezius_1": (
        {"temple", "posterior_neck"},
        {"jaw"},
        "up the posterolateral neck behind the ear to the temple; the angle of the jaw at times",
    ),
    "sternocleidomastoid_sternal_middle": (
        {"orbit", "cheek"},
        set(),
        "across the cheek and around the eye",
    ),
    "sternocleidomastoid_clavicular_middle": ({"forehead"}, set(), "frontal headache"),
    "temporalis_1": (
        {"temple", "teeth_upper"},
        set(),
        "anterior fibres: the front of the temple, the eyebrow, upper incisors",
    ),
    "masseter_1": (
        {"cheek", "teeth_upper"},
        set(),
        "upper superficial masseter: the upper molars and the maxilla",
    ),
    "masseter_2": (
        {"jaw", "teeth_lower"},
        set(),
        "mid-belly superficial masseter: the lower molars and the mandible",
    ),
    "masseter_4": ({"ear", "tmj"}, set(), "deep masseter: deep in the ear, the TMJ"),
    "suboccipitals": (
        {"occiput", "orbit"},
        set(),
        "a band from the occiput forward to the eye and forehead",
    ),
    "splenius_capitis": ({"vertex"}, set(), "the vertex of the head"),
    "levator_scapulae_1": (
        {"lateral_neck", "interscapular"},
        {"scapula"},
        "the angle of the neck and along the medial border of the scapula",
    ),
    "scalenes_anterior": (
        {"anterior_chest", "anterior_arm", "thumb"},
        {"anterior_forearm"},
        "chest, front and back of the arm, radial forearm, thumb and index",
    ),
    "infraspinatus_1": (
        {"anterior_shoulder"},
        {"anterior_arm", "lateral_arm"},
        "deep in the front of the shoulder, down the anterolateral arm",
    ),
    "supraspinatus_1": (
        {"lateral_shoulder"},
        {"elbow_lateral", "lateral_arm"},
        "the mid-deltoid region, down the arm to the lateral epicondyle",
    ),
    "subscapularis": (
        {"posterior_shoulder", "wrist_dorsal"},
        {"scapula"},
        "the back of the shoulder and a band around the wrist",
    ),
    "rhomboids": ({"interscapular"}, set(), "along the vertebral border of the scapula"),
    "pectoralis_major_sternal": (
        {"anterior_chest"},
        {"medial_arm", "fingers"},
        "the front of the chest and down the ulnar side of the arm",
    ),
    "supinator": (
        {"elbow_lateral"},
        {"thumb"},
        "the lateral epicondyle and the web of the thumb: tennis-elbow-like pain",
    ),
    "extensor_carpi_radialis_longus": (
        {"elbow_lateral", "hand_dorsal"},
        set(),
        "lateral epicondyle and the back of the hand",
    ),
    "quadratus_lumborum_superficial": (
        {"lumbar", "hip_lateral"},
        {"lower_abdomen"},
        "along the iliac crest to the greater trochanter",
    ),
    "quadratus_lumborum_deep": (
        {"buttock"},
        {"sacrum"},
        "the sacroiliac joint and the lower buttock",
    ),
    "iliopsoas_psoas": (
        {"lumbar", "anterior_thigh"},
        {"groin"},
        "a vertical band along the lumbar spine and the front of the thigh",
    ),
    "multifidi_sacral": ({"coccyx"}, set(), "S1 level multifidi refer to the coccyx"),
    "gluteus_medius_2": (
        {"buttock", "hip_lateral"},
        {"lateral_thigh"},
        "the buttock and the lateral hip",
    ),
    "gluteus_minimus_anterior": (
        {"hip_lateral", "lateral_thigh", "knee_lateral", "lateral_leg"},
        {"ankle_lateral"},
        "down the lateral thigh, knee and leg towards the ankle",
    ),
    "gluteus_minimus_posterior": (
        {"buttock", "posterior_thigh"},
        {"calf"},
        "the buttock, back of the thigh and calf: pseudo-sciatica",
    ),
    "piriformis_lateral": (
        {"sacrum", "buttock"},
        {"posterior_thigh"},
        "the sacroiliac region, buttock and back of the hip and thigh",
    ),
    "tensor_fasciae_latae": (
        {"hip_lateral", "lateral_thigh"},
        {"knee_lateral"},
        "the greater trochanter and down the lateral thigh",
    ),
    "vastus_medialis_1": (
        {"knee_anterior", "knee_medial"},
        set(),
        "the front and inside of the knee",
    ),
    "rectus_femoris": ({"knee_anterior"}, {"anterior_thigh"}, "the kneecap and around it"),
    "biceps_femoris": ({"knee_posterior"}, {"posterior_thigh"}, "the back of the knee"),
    "gastrocnemius_1": ({"sole"}, {"calf", "knee_posterior"}, "the instep of the foot"),
    "soleus_1": ({"heel"}, {"calf"}, "the back and underside of the heel"),
    "tibialis_anterior": (
        {"ankle_anterior", "big_toe"},
        {"shin"},
        "the front of the ankle and the big toe",
    ),
    "fibularis_longus": (
        {"ankle_lateral"},
        {"lateral_leg"},
        "around the lateral malleolus and the outer leg",
    ),
    "extensor_hallucis_longus": (
        {"foot_dorsal", "big_toe"},
        set(),
        "the top of the foot to the big toe",
    ),
    "abductor_hallucis": ({"heel"}, {"sole"}, "the medial side of the heel and the instep"),
}


@pytest.mark.parametrize("point_id", sorted(PATTERNS))
def test_essential_zone_reaches_the_regions_of_the_literature(atlas: Atlas, point_id: str) -> None:
    must, _may, _words = PATTERNS[point_id]
    point = atlas.trigger_points[point_id]
    assert must <= set(point.essential_regions), must - set(point.essential_regions)


@pytest.mark.parametrize("point_id", sorted(p for p in PATTERNS if PATTERNS[p][1]))
def test_the_wider_pattern_is_drawn_too(atlas: Atlas, point_id: str) -> None:
    _must, may, _words = PATTERNS[point_id]
    point = atlas.trigger_points[point_id]
    drawn = set(point.essential_regions) | set(point.spillover_regions)
    assert may <= drawn, may - drawn


def test_upper_trapezius_pattern_climbs_the_same_side(atlas: Atlas) -> None:
    """The zone is drawn on the side of the trigger point, in every view it shows."""
    point = atlas.trigger_points["upper_trapezius_1"]
    for zone in point.zones:
        x = zone.geometry.centroid.x
        if zone.view == "front":
            assert (x < 500) == (zone.side == "right")
        elif zone.view == "back":
            assert (x > 500) == (zone.side == "right")


def test_patterns_cross_the_midline_only_where_the_literature_says(atlas: Atlas) -> None:
    """Sternalis and the low multifidi reach the midline; a trapezius point does not."""
    sternalis = atlas.trigger_points["sternalis"]
    front = [z for z in sternalis.zones_for("right", "front") if z.kind == "essential"]
    assert any(z.geometry.bounds[0] < 500 < z.geometry.bounds[2] for z in front)
    trapezius = atlas.trigger_points["upper_trapezius_1"]
    back = trapezius.zones_for("right", "back")
    assert all(z.geometry.bounds[0] > 495 for z in back)


# The plantar patterns in the soles view (Travell & Simons 1992, vol. 2): trigger point id:
# (regions its essential zone covers on the sole, regions its spillover covers, the words).
PLANTAR: dict[str, tuple[set[str], set[str], str]] = {
    "soleus_1": ({"heel"}, {"sole"}, "the posterior and plantar surface of the heel"),
    "quadratus_plantae": ({"heel"}, set(), "the plantar surface of the heel"),
    "abductor_hallucis": ({"heel"}, {"sole"}, "the medial side of the heel, into the instep"),
    "gastrocnemius_1": ({"sole"}, set(), "the instep of the foot"),
    "flexor_digitorum_brevis": (
        {"sole"},
        set(),
        "the plantar surface over the heads of metatarsals two to four",
    ),
    "abductor_digiti_minimi_foot": ({"sole"}, set(), "the plantar head of the fifth metatarsal"),
    "flexor_hallucis_longus": (
        {"big_toe", "sole"},
        set(),
        "the plantar big toe and the head of the first metatarsal",
    ),
    "flexor_digitorum_longus": (
        {"sole"},
        {"toes"},
        "the plantar forefoot, spilling into the lesser toes",
    ),
    "tibialis_posterior": (
        set(),
        {"heel", "sole", "toes", "big_toe"},
        "spillover over the heel and the whole sole and toes",
    ),
}


def _sole_regions(atlas: Atlas, point_id: str, side: str, kind: str) -> set[str]:
    """The soles-view regions of `side` that the point's zones of `kind` cover (not a sliver)."""
    point = atlas.trigger_points[point_id]
    zones = [z.geometry for z in point.zones_for(side, "soles") if z.kind == kind]
    return {
        region.id
        for region in atlas.view("soles").regions
        if region.side == side
        and sum(zone.intersection(region.geometry).area for zone in zones) > 150
    }


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("point_id", sorted(PLANTAR))
def test_plantar_patterns_lie_on_the_sole_of_the_points_side(
    atlas: Atlas, point_id: str, side: str
) -> None:
    essential, spillover, _words = PLANTAR[point_id]
    assert _sole_regions(atlas, point_id, side, "essential") == essential
    assert spillover <= _sole_regions(atlas, point_id, side, "spillover")


def _essential_centre(atlas: Atlas, point_id: str, side: str) -> tuple[float, float]:
    point = atlas.trigger_points[point_id]
    (zone,) = [z for z in point.zones_for(side, "soles") if z.kind == "essential"]
    return zone.geometry.centroid.x, zone.geometry.centroid.y


@pytest.mark.parametrize("side", ["right", "left"])
def test_plantar_patterns_sit_where_the_literature_puts_them(atlas: Atlas, side: str) -> None:
    """Medial is towards the midline of the soles view, the toes are up."""

    def medial(point_id: str) -> float:
        return abs(_essential_centre(atlas, point_id, side)[0] - 500)

    def y(point_id: str) -> float:
        return _essential_centre(atlas, point_id, side)[1]

    # Abductor hallucis: the inner side of the heel; quadratus plantae: under the whole heel.
    assert medial("abductor_hallucis") < medial("quadratus_plantae")
    # Gastrocnemius TrP1: the instep, on the inner side of the midfoot, behind the ball.
    assert medial("gastrocnemius_1") < medial("flexor_digitorum_brevis")
    assert y("gastrocnemius_1") > y("flexor_digitorum_brevis")
    # Abductor digiti minimi: the fifth metatarsal head, the outermost of the forefoot points.
    assert medial("abductor_digiti_minimi_foot") > medial("flexor_digitorum_brevis")
    # Flexor digitorum brevis: the ball of the foot, in front of the heel points.
    assert y("flexor_digitorum_brevis") < y("gastrocnemius_1") < y("soleus_1")


def test_every_bilateral_trigger_point_shows_an_essential_zone_on_the_left(atlas: Atlas) -> None:
    """Plantar patterns used to be drawn only in the side view, which shows the right side."""
    missing = [
        point.id
        for point in atlas.trigger_points.values()
        if point.sides == "bilateral"
        and not any(z.kind == "essential" for z in point.zones_for("left"))
    ]
    assert missing == []


# Regions a zone only grazes, which the listing once named although a person looking at the
# figure sees nothing there (the usability review): trigger point id -> (kind, region).
GRAZED = {
    "splenius_cervicis_lower": ("essential", "interscapular"),
    "infraspinatus_1": ("spillover", "occiput"),
}


@pytest.mark.parametrize("point_id", sorted(GRAZED))
def test_a_region_the_zone_only_grazes_is_not_named(atlas: Atlas, point_id: str) -> None:
    kind, region = GRAZED[point_id]
    point = atlas.trigger_points[point_id]
    named = point.essential_regions if kind == "essential" else point.spillover_regions
    assert named and region not in named
    assert any(
        z.kind == kind and r.id == region and r.geometry.intersects(z.geometry)
        for z in point.zones_for("right")
        for r in atlas.views[z.view].regions
    ), "the zone no longer touches the region: pick another example"
