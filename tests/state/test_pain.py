"""The pain drawing: tapped regions and painted strokes, with undo and redo."""

from __future__ import annotations

import pytest
import shapely

from bodymap.state.pain import MIN_STROKE_MOVE, Drawing, PainDrawing

WIDTH = 12.0  # the brush, in canvas units


@pytest.fixture
def pain(atlas):
    return PainDrawing(atlas)


def tap_region(pain, places, view_id, region_id, side):
    return pain.tap(view_id, *places.inside(places.region(view_id, region_id, side)))


# -- tapping regions ---------------------------------------------------------------------------
def test_a_fresh_drawing_is_empty_with_no_history(pain):
    assert pain.is_empty()
    assert pain.regions == frozenset()
    assert pain.strokes == ()
    assert pain.geometry() == {}
    assert not pain.can_undo
    assert not pain.can_redo


def test_tapping_a_region_marks_it_and_tapping_again_unmarks_it(pain, places):
    assert tap_region(pain, places, "back", "calf", "left") is True
    assert pain.regions == {("calf", "left")}
    assert tap_region(pain, places, "back", "calf", "left") is True
    assert pain.regions == frozenset()
    assert pain.is_empty()


def test_a_region_tapped_in_one_view_is_drawn_in_every_view_that_draws_it(pain, places, atlas):
    tap_region(pain, places, "back", "heel", "right")
    drawn = pain.geometry()
    for view_id, view in atlas.views.items():
        heels = [r for r in view.regions if r.id == "heel" and r.side == "right"]
        assert (view_id in drawn) == bool(heels), view_id
        for heel in heels:
            assert drawn[view_id].covers(heel.geometry.representative_point())


def test_tapping_outside_the_body_changes_nothing(pain, places, heard):
    tap_region(pain, places, "back", "calf", "left")
    before = pain.drawing
    pain.subscribe(heard)
    assert pain.tap("back", *places.outside("back")) is False
    assert pain.drawing == before
    assert heard.aspects == []


# -- undo and redo -----------------------------------------------------------------------------
def test_undo_and_redo_step_through_the_history(pain, places):
    tap_region(pain, places, "back", "calf", "left")
    tap_region(pain, places, "back", "calf", "right")
    assert pain.can_undo and not pain.can_redo

    pain.undo()
    assert pain.regions == {("calf", "left")}
    assert pain.can_undo and pain.can_redo
    pain.undo()
    assert pain.regions == frozenset()
    assert not pain.can_undo and pain.can_redo

    pain.redo()
    assert pain.regions == {("calf", "left")}
    pain.redo()
    assert pain.regions == {("calf", "left"), ("calf", "right")}
    assert pain.can_undo and not pain.can_redo


def test_undo_and_redo_with_nothing_to_step_to_change_nothing(pain, places, heard):
    pain.subscribe(heard)
    pain.undo()
    pain.redo()
    assert pain.is_empty()
    assert heard.aspects == []


def test_a_new_edit_after_undo_drops_the_redo(pain, places):
    tap_region(pain, places, "back", "calf", "left")
    tap_region(pain, places, "back", "calf", "right")
    pain.undo()
    tap_region(pain, places, "back", "buttock", "left")
    assert not pain.can_redo
    pain.redo()
    assert pain.regions == {("calf", "left"), ("buttock", "left")}


def test_clear_is_undoable(pain, places):
    tap_region(pain, places, "back", "calf", "left")
    pain.add_stroke("back", places.stroke_in(places.region("back", "buttock", "right")), WIDTH)
    drawn = pain.drawing
    areas = {view_id: g.area for view_id, g in pain.geometry().items()}
    pain.clear()
    assert pain.is_empty()
    assert pain.geometry() == {}
    assert pain.can_undo
    pain.undo()
    assert pain.drawing == drawn
    assert {view_id: g.area for view_id, g in pain.geometry().items()} == areas


def test_reset_empties_the_drawing_and_its_history(pain, places):
    """The kiosk: what one visitor drew cannot be brought back by the next one."""
    tap_region(pain, places, "back", "calf", "left")
    tap_region(pain, places, "back", "calf", "right")
    pain.undo()
    pain.reset()
    assert pain.is_empty()
    assert not pain.can_undo
    assert not pain.can_redo
    pain.undo()
    pain.redo()
    assert pain.is_empty()
    assert pain.geometry() == {}


# -- strokes -----------------------------------------------------------------------------------
def test_a_stroke_that_hardly_moved_is_a_tap_and_changes_nothing(pain, places, heard):
    x, y = places.inside(places.region("front", "anterior_thigh", "right"))
    nudge = MIN_STROKE_MOVE / 3
    pain.subscribe(heard)
    assert pain.add_stroke("front", [(x, y), (x + nudge, y + nudge)], WIDTH) == "tap"
    assert pain.add_stroke("front", [(x, y)], WIDTH) == "tap"
    assert pain.is_empty()
    assert not pain.can_undo
    assert heard.aspects == []


def test_a_stroke_entirely_outside_the_body_is_outside_and_changes_nothing(pain, places, heard):
    x, y = places.outside("front")
    pain.subscribe(heard)
    assert pain.add_stroke("front", [(x, y - 20), (x, y), (x, y + 20)], WIDTH) == "outside"
    assert pain.is_empty()
    assert heard.aspects == []


def test_a_real_stroke_is_added_and_drawn_in_its_view_only(pain, places):
    thigh = places.region("front", "anterior_thigh", "right")
    points = places.stroke_in(thigh)
    assert pain.add_stroke("front", points, WIDTH) == "added"
    assert len(pain.strokes) == 1
    assert set(pain.geometry()) == {"front"}
    drawn = pain.geometry()["front"]
    assert all(drawn.covers(shapely.Point(x, y)) for x, y in points)
    assert drawn.area == pytest.approx(pain.strokes[0].geometry.area)
    assert pain.can_undo


def test_a_stroke_and_a_tap_are_drawn_together(pain, places):
    pain.add_stroke("front", places.stroke_in(places.region("front", "shin", "left")), WIDTH)
    tap_region(pain, places, "front", "knee_anterior", "left")
    knee = places.region("front", "knee_anterior", "left")
    drawn = pain.geometry()["front"]
    assert drawn.area > knee.geometry.area
    assert drawn.covers(knee.geometry.representative_point())


# -- sides -------------------------------------------------------------------------------------
def test_a_stroke_on_the_viewers_left_of_the_front_is_on_the_patients_right(pain, places, atlas):
    points = places.stroke_in(places.region("front", "anterior_thigh", "right"))
    assert all(x < atlas.view("front").width / 2 for x, _ in points)
    pain.add_stroke("front", points, WIDTH)
    assert pain.sides() == {"right"}
    assert pain.side() == "right"


def test_a_stroke_on_the_viewers_left_of_the_back_is_on_the_patients_left(pain, places, atlas):
    points = places.stroke_in(places.region("back", "posterior_thigh", "left"))
    assert all(x < atlas.view("back").width / 2 for x, _ in points)
    pain.add_stroke("back", points, WIDTH)
    assert pain.sides() == {"left"}
    assert pain.side() == "left"


def test_a_stroke_in_the_side_view_is_on_the_patients_right(pain, places):
    pain.add_stroke(
        "side", places.stroke_in(places.region("side", "lateral_thigh", "right")), WIDTH
    )
    assert pain.sides() == {"right"}


def test_tapped_midline_regions_count_for_neither_side(pain, places):
    tap_region(pain, places, "back", "sacrum", None)
    assert pain.regions == {("sacrum", None)}
    assert pain.sides() == set()
    assert pain.side() is None


def test_marks_on_both_sides_have_no_one_side(pain, places):
    tap_region(pain, places, "back", "calf", "left")
    tap_region(pain, places, "back", "calf", "right")
    tap_region(pain, places, "back", "sacrum", None)
    assert pain.sides() == {"left", "right"}
    assert pain.side() is None


# -- whole regions -----------------------------------------------------------------------------
def test_marking_the_right_heel_marks_only_the_right_heels_in_every_view_drawing_one(
    pain, places, atlas
):
    tap_region(pain, places, "back", "calf", "left")  # replaced by the marking
    pain.mark_regions(["heel"], "right")
    assert pain.regions == {("heel", "right")}
    drawn = pain.geometry()
    heel_views = {
        v
        for v, view in atlas.views.items()
        if any(r.id == "heel" and r.side == "right" for r in view.regions)
    }
    assert "side" in heel_views and "side_left" not in heel_views
    assert set(drawn) == heel_views
    for view_id in heel_views:
        for heel in (r for r in atlas.view(view_id).regions if r.id == "heel"):
            inside = drawn[view_id].covers(heel.geometry.representative_point())
            assert inside == (heel.side == "right"), (view_id, heel.side)
    assert pain.sides() == {"right"}


def test_marking_regions_on_no_side_marks_both_sides_and_the_midline(pain):
    pain.mark_regions(["calf", "sacrum"])
    assert pain.regions == {("calf", "left"), ("calf", "right"), ("sacrum", None)}


def test_marking_regions_is_undoable(pain, places):
    tap_region(pain, places, "back", "calf", "left")
    pain.mark_regions(["heel"], "right")
    pain.undo()
    assert pain.regions == {("calf", "left")}


# -- listeners ---------------------------------------------------------------------------------
def test_listeners_hear_drawing_once_per_edit(pain, places, heard):
    pain.subscribe(heard)
    tap_region(pain, places, "back", "calf", "left")
    pain.add_stroke("back", places.stroke_in(places.region("back", "buttock", "right")), WIDTH)
    pain.mark_regions(["heel"], "right")
    pain.undo()
    pain.redo()
    pain.clear()
    assert heard.aspects == ["drawing"] * 6


def test_listeners_hear_nothing_for_an_edit_that_changes_nothing(pain, heard):
    pain.mark_regions(["heel"], "right")
    pain.subscribe(heard)
    pain.mark_regions(["heel"], "right")  # marked already
    pain.clear()
    pain.clear()  # empty already
    assert heard.aspects == ["drawing"]
    pain.undo()
    pain.undo()  # back to the empty drawing: nothing was recorded for the no-op edits
    assert pain.is_empty()
    assert not pain.can_undo


def test_clearing_an_empty_drawing_is_not_an_edit(pain, heard):
    pain.subscribe(heard)
    pain.clear()
    assert heard.aspects == []
    assert not pain.can_undo
    assert pain.drawing == Drawing()
