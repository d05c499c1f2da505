"""The whole application's state: the mode in front, Escape, start over, and the kiosk reset."""

from __future__ import annotations

import pytest

from bodymap.state.app import MODES, AppState
from bodymap.state.explore import Selection
from bodymap.state.pain import Drawing

from .conftest import TOLERANCE

WIDTH = 12.0


@pytest.fixture
def app(atlas):
    return AppState(atlas)


def tap_region(app, places, view_id, region_id, side):
    return app.where.tap(view_id, *places.inside(places.region(view_id, region_id, side)))


def observable_values(app: AppState) -> dict[str, object]:
    """Everything a person could see of the state, as plain values."""
    explore, where = app.explore, app.where
    return {
        "mode": app.mode,
        "selection": explore.selection,
        "region": explore.region,
        "hover": explore.hover,
        "query": explore.query,
        "found": explore.found,
        "layout": explore.layout,
        "drawing": where.drawing.drawing,
        "can_undo": where.drawing.can_undo,
        "can_redo": where.drawing.can_redo,
        "candidates": where.candidates,
        "issue": where.issue,
        "chosen": where.chosen,
        "compared": where.compared,
        "comparison": where.comparison,
        "complaint": where.complaint,
    }


def a_visit(app: AppState, atlas, places) -> None:
    """What one visitor does: looks around, searches, then draws where it hurts."""
    side_only = next(p for p in atlas.trigger_points.values() if p.views == ("side", "side_left"))
    app.explore.select(side_only.id, "left")
    marker = places.marker("back", "left")
    app.explore.hover_at("back", marker.x, marker.y, TOLERANCE)
    app.explore.search("tennis elbow")
    app.set_mode("where")
    tap_region(app, places, "back", "heel", "right")
    tap_region(app, places, "back", "calf", "right")
    app.where.stroke("back", places.stroke_in(places.region("back", "lumbar", "left")), WIDTH)
    app.where.say("sciatica")
    app.where.choose(0)
    app.where.drawing.undo()  # something to redo as well as to undo
    app.where.compare([0, 1, 2])


def test_a_fresh_app_is_in_explore_with_nothing_shown_or_drawn(app):
    assert app.mode == MODES[0] == "explore"
    assert app.explore.selection is None
    assert app.where.drawing.drawing == Drawing()
    assert app.problems == ()


def test_set_mode_switches_and_tells_listeners_once(app, heard):
    app.subscribe(heard)
    app.set_mode("where")
    app.set_mode("where")
    assert app.mode == "where"
    assert heard.aspects == ["mode"]


def test_an_unknown_mode_raises_value_error_and_keeps_the_mode(app, heard):
    app.subscribe(heard)
    with pytest.raises(ValueError):
        app.set_mode("quiz")
    assert app.mode == "explore"
    assert heard.aspects == []


# -- Escape ------------------------------------------------------------------------------------
def test_clear_in_explore_clears_the_selection(app, atlas):
    point = next(iter(atlas.trigger_points))
    app.explore.select(point, "left")
    app.clear()
    assert app.explore.selection is None
    assert app.explore.region is None


def test_clear_in_explore_leaves_the_drawing_alone(app, places):
    tap_region(app, places, "back", "heel", "right")
    app.where.choose(0)
    app.clear()
    assert app.where.chosen == 0
    assert not app.where.drawing.is_empty()


def test_clear_in_where_clears_only_the_chosen_candidate_and_keeps_the_drawing(app, atlas, places):
    point = next(iter(atlas.trigger_points))
    app.explore.select(point, "left")
    app.set_mode("where")
    tap_region(app, places, "back", "heel", "right")
    drawing, candidates = app.where.drawing.drawing, app.where.candidates
    app.where.choose(0)
    app.clear()
    assert app.where.candidate is None
    assert app.where.drawing.drawing == drawing
    assert app.where.candidates == candidates
    assert app.explore.selection == Selection(point, "left")  # explore is not in front


def test_clear_in_where_clears_a_comparison_and_keeps_the_drawing(app, places):
    app.set_mode("where")
    app.where.say("sciatica")
    drawing = app.where.drawing.drawing
    app.where.compare([0, 1])
    app.clear()
    assert app.where.compared == ()
    assert app.where.comparison == {}
    assert app.where.drawing.drawing == drawing


# -- start over --------------------------------------------------------------------------------
def test_start_over_returns_to_explore_with_nothing_shown_and_the_drawing_cleared(
    app, atlas, places
):
    a_visit(app, atlas, places)
    app.start_over()
    assert app.mode == "explore"
    assert app.explore.selection is None
    assert app.explore.region is None
    assert app.explore.query == ""
    assert app.explore.found == tuple(atlas.trigger_points)
    assert app.where.drawing.is_empty()
    assert app.where.candidates == []
    assert app.where.candidate is None
    assert app.where.compared == ()


def test_start_over_can_be_undone_in_the_drawing(app, places):
    app.set_mode("where")
    tap_region(app, places, "back", "heel", "right")
    drawing, candidates = app.where.drawing.drawing, app.where.candidates
    app.start_over()
    assert app.where.drawing.can_undo
    app.where.drawing.undo()
    assert app.where.drawing.drawing == drawing
    assert app.where.candidates == candidates


# -- the kiosk reset ---------------------------------------------------------------------------
def test_the_visit_changes_what_reset_must_restore(app, atlas, places):
    """The reset test below is only worth something when the visit changed these."""
    a_visit(app, atlas, places)
    fresh = observable_values(AppState(atlas))
    visited = observable_values(app)
    changed = {name for name in fresh if visited[name] != fresh[name]}
    assert changed >= {
        "mode",
        "selection",
        "hover",
        "query",
        "found",
        "layout",
        "drawing",
        "can_undo",
        "can_redo",
        "candidates",
        "issue",
        "compared",
        "comparison",
    }


def test_reset_gives_a_state_equal_in_every_observable_value_to_a_fresh_one(app, atlas, places):
    a_visit(app, atlas, places)
    app.reset()
    assert observable_values(app) == observable_values(AppState(atlas))


def test_reset_after_a_region_a_complaint_and_a_choice_gives_a_fresh_state(app, atlas, places):
    region, x, y = places.away_from_markers("front")
    app.explore.tap("front", x, y, TOLERANCE)
    app.set_mode("where")
    app.where.say("sciatica")
    app.where.choose(0)
    assert app.explore.region == region
    assert app.where.complaint is not None
    app.reset()
    assert observable_values(app) == observable_values(AppState(atlas))


def test_after_reset_undo_brings_nothing_back(app, atlas, places):
    a_visit(app, atlas, places)
    app.reset()
    app.where.drawing.undo()
    app.where.drawing.redo()
    assert app.where.drawing.is_empty()
    assert app.where.candidates == []


def test_a_candidate_opens_in_explore_and_the_way_back_keeps_the_drawing(app, places, heard):
    tap_region(app, places, "front", "temple", "right")
    app.set_mode("where")
    drawing = app.where.drawing.drawing
    candidate = app.where.candidates[1]
    app.subscribe(heard)
    app.open_candidate(1)
    assert app.mode == "explore" and app.returns_to_where
    assert app.explore.selection == Selection(candidate.trigger_point, candidate.side or "right")
    assert heard.aspects == ["return", "mode"]
    app.explore.select("masseter_1", "left")  # looking around meanwhile
    app.back_to_where()
    assert app.mode == "where" and not app.returns_to_where
    assert app.where.drawing.drawing == drawing and app.where.candidates[1] == candidate
    app.open_candidate(0)
    app.reset()
    assert not app.returns_to_where
