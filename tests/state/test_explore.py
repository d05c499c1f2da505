"""Explore: what a tap, a hover, a choice from the list and a search show."""

from __future__ import annotations

import itertools

import pytest

from bodymap.atlas.rank import rank_complaint
from bodymap.state.explore import BOTH, ExploreState, Selection

from .conftest import TOLERANCE


@pytest.fixture
def explore(atlas):
    return ExploreState(atlas)


def observable_values(state: ExploreState) -> dict[str, object]:
    return {
        "selection": state.selection,
        "region": state.region,
        "hover": state.hover,
        "query": state.query,
        "found": state.found,
        "layout": state.layout,
    }


# -- at the start ------------------------------------------------------------------------------
def test_a_fresh_explore_shows_nothing_lists_every_point_and_lays_out_front_and_back(atlas):
    explore = ExploreState(atlas)
    assert explore.selection is None
    assert explore.region is None
    assert explore.hover == ""
    assert explore.query == ""
    assert explore.found == tuple(atlas.trigger_points)
    assert explore.layout == BOTH


# -- tapping -----------------------------------------------------------------------------------
@pytest.mark.parametrize("side", ["left", "right"])
def test_tapping_a_marker_selects_its_point_on_the_markers_side(explore, places, heard, side):
    marker = places.marker("front", side)
    explore.subscribe(heard)
    explore.tap("front", marker.x, marker.y, TOLERANCE)
    assert explore.selection == Selection(marker.trigger_point, marker.side)
    assert explore.region is None
    assert heard.aspects == ["selection"]


def test_tapping_the_body_away_from_markers_names_the_region(explore, places, heard):
    explore.select(places.marker("front", "left").trigger_point, "left")
    region, x, y = places.away_from_markers("front")
    explore.subscribe(heard)
    explore.tap("front", x, y, TOLERANCE)
    assert explore.selection is None
    assert explore.region == region
    assert explore.hover == region.label
    assert heard.aspects == ["selection", "hover"]


def test_tapping_outside_the_body_clears_what_was_shown(explore, places, heard):
    marker = places.marker("front", "right")
    explore.tap("front", marker.x, marker.y, TOLERANCE)
    explore.subscribe(heard)
    explore.tap("front", *places.outside("front"), TOLERANCE)
    assert explore.selection is None
    assert explore.region is None
    assert heard.aspects == ["selection"]


def test_tapping_outside_when_nothing_is_shown_tells_nobody(explore, places, heard):
    explore.subscribe(heard)
    explore.tap("front", *places.outside("front"), TOLERANCE)
    assert heard.aspects == []


def test_tapping_a_region_clears_the_point_and_tapping_a_marker_clears_the_region(explore, places):
    _, x, y = places.away_from_markers("front")
    marker = places.marker("front", "right")
    explore.tap("front", x, y, TOLERANCE)
    explore.tap("front", marker.x, marker.y, TOLERANCE)
    assert explore.region is None
    assert explore.selection == Selection(marker.trigger_point, "right")


# -- choosing from the list --------------------------------------------------------------------
def test_choosing_from_the_list_shows_the_point_on_the_right_at_first(explore, atlas):
    first = next(iter(atlas.trigger_points))
    explore.choose(first)
    assert explore.selection == Selection(first, "right")


def test_choosing_from_the_list_keeps_the_side_shown(explore, atlas):
    first, second, *_ = atlas.trigger_points
    explore.select(first, "left")
    explore.choose(second)
    assert explore.selection == Selection(second, "left")


def test_selecting_an_unknown_point_raises_key_error_and_changes_nothing(explore, atlas, heard):
    first = next(iter(atlas.trigger_points))
    explore.select(first, "left")
    explore.subscribe(heard)
    with pytest.raises(KeyError):
        explore.select("no_such_point")
    with pytest.raises(KeyError):
        explore.choose("no_such_point")
    assert explore.selection == Selection(first, "left")
    assert heard.aspects == []


# -- the layout follows the point --------------------------------------------------------------
def test_a_point_drawn_only_outside_front_and_back_switches_the_layout_to_a_view_of_it(atlas):
    elsewhere = [p for p in atlas.trigger_points.values() if not {"front", "back"} & set(p.views)]
    assert elsewhere, "the shipped atlas has points drawn only in the side or soles views"
    for point in elsewhere:
        explore = ExploreState(atlas)
        explore.select(point.id)
        assert explore.layout in point.views, point.id


def test_switching_the_layout_for_a_point_tells_listeners(atlas, heard):
    point = next(p for p in atlas.trigger_points.values() if p.views == ("side", "side_left"))
    explore = ExploreState(atlas)
    explore.subscribe(heard)
    explore.select(point.id)
    assert explore.layout == "side"
    assert heard.aspects == ["layout", "selection"]
    explore.select(point.id, "left")  # the patient's left: the left side view
    assert explore.layout == "side_left"
    assert heard.aspects[2:] == ["layout", "selection"]


def test_a_point_in_front_or_back_keeps_front_and_back_laid_out(atlas):
    in_front_or_back = [
        p for p in atlas.trigger_points.values() if {"front", "back"} & set(p.views)
    ]
    assert in_front_or_back
    explore = ExploreState(atlas)
    for point in in_front_or_back:
        explore.select(point.id)
        assert explore.layout == BOTH, point.id


@pytest.mark.parametrize("shown", ["front", "back", "side", "soles"])
def test_a_single_view_is_kept_for_a_point_it_draws_and_left_for_one_it_does_not(atlas, shown):
    for point in atlas.trigger_points.values():
        explore = ExploreState(atlas)
        explore.set_layout(shown)
        explore.select(point.id)
        if shown in point.views:
            assert explore.layout == shown, point.id
        else:
            assert explore.layout == point.views[0], point.id


def test_an_unknown_layout_raises_value_error_and_keeps_the_layout(explore, heard):
    explore.subscribe(heard)
    with pytest.raises(ValueError):
        explore.set_layout("top")
    assert explore.layout == BOTH
    assert heard.aspects == []


def test_setting_the_layout_shown_already_tells_nobody(explore, heard):
    explore.subscribe(heard)
    explore.set_layout(BOTH)
    explore.set_layout("side")
    explore.set_layout("side")
    assert heard.aspects == ["layout"]


# -- search ------------------------------------------------------------------------------------
def words_of(atlas, point) -> str:
    muscle = atlas.muscles[point.muscle]
    return " ".join(
        (point.id, point.name, *point.aliases, muscle.name, *muscle.aliases, *point.symptoms)
    ).casefold()


def test_search_lists_the_complaint_s_ranking_first_then_every_point_with_the_words(explore, atlas):
    explore.search("tennis elbow")
    with_words = {
        p.id
        for p in atlas.trigger_points.values()
        if "tennis" in words_of(atlas, p) and "elbow" in words_of(atlas, p)
    }
    ranked = [c.trigger_point for c in rank_complaint(atlas, atlas.complaints["tennis_elbow"])]
    assert explore.query == "tennis elbow"
    assert explore.found[: len(ranked)] == tuple(ranked[: len(explore.found)])
    assert with_words <= set(explore.found)
    assert explore.results.why[explore.found[0]] == "complaint: Tennis elbow"
    muscles = {atlas.trigger_points[point_id].muscle for point_id in explore.found}
    assert "supinator" in muscles
    assert "temporalis" not in muscles
    assert len(explore.found) < len(atlas.trigger_points)


def test_search_ignores_case(explore):
    explore.search("tennis elbow")
    found = explore.found
    explore.search("Tennis ELBOW")
    assert explore.found == found


def test_searching_for_nothing_lists_every_point(explore, atlas, heard):
    explore.search("tennis elbow")
    explore.subscribe(heard)
    explore.search("")
    assert explore.found == tuple(atlas.trigger_points)
    explore.search("   ")
    assert explore.found == tuple(atlas.trigger_points)
    assert heard.aspects == ["search", "search"]


def test_a_search_matching_nothing_lists_nothing(explore):
    explore.search("purple elbows")
    assert explore.found == ()


# -- hover -------------------------------------------------------------------------------------
def test_hovering_a_marker_gives_the_points_name(explore, atlas, places):
    marker = places.marker("back", "left")
    explore.hover_at("back", marker.x, marker.y, TOLERANCE)
    assert explore.hover == atlas.trigger_points[marker.trigger_point].name


def test_hovering_the_body_away_from_markers_gives_the_regions_label(explore, places):
    region, x, y = places.away_from_markers("back")
    explore.hover_at("back", x, y, TOLERANCE)
    assert explore.hover == region.label


def test_hovering_outside_the_body_gives_nothing(explore, places):
    _, x, y = places.away_from_markers("back")
    explore.hover_at("back", x, y, TOLERANCE)
    explore.hover_at("back", *places.outside("back"), TOLERANCE)
    assert explore.hover == ""


def test_hover_tells_listeners_only_when_the_words_change(explore, places, heard):
    _, x, y = places.away_from_markers("back")
    explore.subscribe(heard)
    explore.hover_at("back", x, y, TOLERANCE)
    explore.hover_at("back", x, y, TOLERANCE)
    explore.hover_at("back", *places.outside("back"), TOLERANCE)
    explore.hover_at("back", *places.outside("back"), TOLERANCE)
    assert heard.aspects == ["hover", "hover"]


def test_hovering_does_not_select(explore, places):
    marker = places.marker("front", "right")
    explore.hover_at("front", marker.x, marker.y, TOLERANCE)
    assert explore.selection is None
    assert explore.region is None


# -- reset -------------------------------------------------------------------------------------
def test_reset_returns_to_exactly_what_a_fresh_explore_shows(atlas, places):
    explore = ExploreState(atlas)
    side_only = next(p for p in atlas.trigger_points.values() if p.views == ("side", "side_left"))
    explore.search("tennis elbow")
    explore.select(side_only.id, "left")
    _, x, y = places.away_from_markers("side")
    explore.tap("side", x, y, TOLERANCE)
    explore.hover_at("side", x, y, TOLERANCE)
    assert observable_values(explore) != observable_values(ExploreState(atlas))

    explore.reset()
    assert observable_values(explore) == observable_values(ExploreState(atlas))


def test_reset_after_a_selection_shows_the_default_side_again(atlas):
    explore = ExploreState(atlas)
    first, second, *_ = atlas.trigger_points
    explore.select(first, "left")
    explore.reset()
    explore.choose(second)
    assert explore.selection == Selection(second, "right")


def test_unsubscribing_stops_the_listener(explore, heard):
    unsubscribe = explore.subscribe(heard)
    explore.set_layout("side")
    unsubscribe()
    explore.set_layout("front")
    assert heard.aspects == ["layout"]


def test_a_side_view_shows_the_point_on_its_own_side(atlas, heard):
    """Choosing the left side view with a point shown on the patient's right shows the same
    point on the left, where that view draws it, rather than a blank figure."""
    point = next(p for p in atlas.trigger_points.values() if "side" in p.views)
    explore = ExploreState(atlas)
    explore.select(point.id, "right")
    explore.subscribe(heard)
    explore.set_layout("side_left")
    assert explore.selection == Selection(point.id, "left")
    assert heard.aspects == ["layout", "selection"]
    explore.set_layout("front")  # front and back show both sides: the side stays
    assert explore.selection == Selection(point.id, "left")
    explore.set_layout("side")
    assert explore.selection == Selection(point.id, "right")
    explore.select(point.id, "left")  # picked on the left: the left side view, not the front
    assert explore.layout == "side_left"
    # A point the side views do not draw stays as it is.
    elsewhere = next(p for p in atlas.trigger_points.values() if "side" not in p.views)
    explore.select(elsewhere.id, "right")
    explore.set_layout("side_left")
    assert explore.selection == Selection(elsewhere.id, "right")


def test_the_keyboard_moves_through_a_view_s_points_in_reading_order(atlas, heard):
    from bodymap.state.explore import BAND, reading_order

    order = reading_order(atlas, "back")
    assert len(order) == len(atlas.markers("back"))
    for before, after in itertools.pairwise(order):  # head to foot, left to right
        assert round(before.y / BAND) < round(after.y / BAND) or (
            round(before.y / BAND) == round(after.y / BAND) and before.x <= after.x
        )
    explore = ExploreState(atlas)
    explore.subscribe(heard)
    explore.move_focus("back", -1)  # from nowhere, backwards: the last
    assert explore.focus == order[-1]
    explore.move_focus("back", 1)  # and round to the first
    assert explore.focus == order[0] and "focus" in heard.aspects
    assert explore.hover == atlas.trigger_points[order[0].trigger_point].name
    explore.select_focus()
    assert explore.selection == Selection(order[0].trigger_point, order[0].side)
