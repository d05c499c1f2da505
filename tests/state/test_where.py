"""Where does it hurt?: the drawing ranked, a candidate chosen, candidates compared."""

from __future__ import annotations

import pytest

from bodymap.atlas.rank import Comparison, find_complaint
from bodymap.state.pain import Drawing
from bodymap.state.where import WhereState

WIDTH = 12.0


@pytest.fixture
def where(atlas):
    return WhereState(atlas)


def tap_region(where, places, view_id, region_id, side):
    return where.tap(view_id, *places.inside(places.region(view_id, region_id, side)))


def muscles(atlas, candidates):
    return [atlas.trigger_points[c.trigger_point].muscle for c in candidates]


@pytest.fixture
def sciatica(where):
    complaint = where.say("sciatica").complaint
    assert complaint is not None
    assert len(where.candidates) >= 5
    return where


# -- ranking -----------------------------------------------------------------------------------
def test_an_empty_drawing_ranks_nothing_and_says_it_is_empty(where):
    assert where.drawing.is_empty()
    assert where.issue == "empty"
    assert where.candidates == []
    assert where.candidate is None


def test_a_tap_on_the_right_heel_ranks_soleus_first_on_the_right(where, places):
    assert tap_region(where, places, "back", "heel", "right") is True
    assert where.issue is None
    best = where.candidates[0]
    assert best.trigger_point == "soleus_1"
    assert best.side == "right"
    assert 1 < len(where.candidates) <= where.shown
    scores = [c.score for c in where.candidates]
    assert scores == sorted(scores, reverse=True)


def test_the_same_heel_tapped_in_the_soles_view_ranks_the_same(where, atlas, places):
    tap_region(where, places, "back", "heel", "right")
    from_behind = where.candidates
    other = WhereState(atlas)
    tap_region(other, places, "soles", "heel", "right")
    assert other.candidates == from_behind


def test_untapping_the_last_region_empties_the_ranking(where, places):
    tap_region(where, places, "back", "heel", "right")
    tap_region(where, places, "back", "heel", "right")
    assert where.issue == "empty"
    assert where.candidates == []


def test_a_tap_outside_the_body_returns_false_and_changes_nothing(where, places, heard):
    tap_region(where, places, "back", "heel", "right")
    drawing, candidates = where.drawing.drawing, where.candidates
    where.subscribe(heard)
    assert where.tap("back", *places.outside("back")) is False
    assert where.drawing.drawing == drawing
    assert where.candidates == candidates
    assert heard.aspects == []


def test_a_tap_outside_the_body_keeps_the_complaint(sciatica, places):
    complaint = sciatica.complaint
    assert sciatica.tap("back", *places.outside("back")) is False
    assert sciatica.complaint == complaint


def test_a_stroke_that_is_not_added_keeps_the_complaint(sciatica, places):
    complaint = sciatica.complaint
    x, y = places.outside("back")
    assert sciatica.stroke("back", [(x, y - 20), (x, y + 20)], WIDTH) == "outside"
    x, y = places.inside(places.region("back", "calf", "left"))
    assert sciatica.stroke("back", [(x, y), (x + 1, y)], WIDTH) == "tap"
    assert sciatica.complaint == complaint


def test_a_painted_stroke_is_ranked_and_drops_the_complaint(sciatica, places):
    calf = places.region("back", "calf", "left")
    assert sciatica.stroke("back", places.stroke_in(calf), WIDTH) == "added"
    assert sciatica.complaint is None
    assert sciatica.issue is None
    assert sciatica.candidates


def test_listeners_hear_drawing_once_per_edit_with_the_ranking_already_made(where, places):
    seen = []
    where.subscribe(lambda aspect: seen.append((aspect, list(where.candidates), where.issue)))
    tap_region(where, places, "back", "heel", "right")
    assert seen == [("drawing", where.candidates, None)]
    where.drawing.undo()
    assert seen[1:] == [("drawing", [], "empty")]


# -- a complaint in words ----------------------------------------------------------------------
def test_saying_sciatica_marks_its_regions_and_ranks_gluteus_minimus_in_the_top_three(where, atlas):
    complaint = where.say("sciatica").complaint
    assert complaint == find_complaint(atlas, "sciatica")
    assert where.complaint == complaint
    assert {region_id for region_id, _ in where.drawing.regions} == set(complaint.regions)
    assert where.drawing.sides() == {"left", "right"}
    assert "gluteus_minimus" in muscles(atlas, where.candidates[:3])


def test_saying_a_complaint_replaces_the_drawing_and_is_undoable(where, places):
    tap_region(where, places, "back", "heel", "right")
    before = where.drawing.drawing
    where.say("sciatica")
    assert ("heel", "right") not in where.drawing.regions
    where.drawing.undo()
    assert where.drawing.drawing == before


def test_saying_no_known_complaint_leaves_the_drawing_and_says_what_was_considered(
    where, places, heard
):
    tap_region(where, places, "back", "heel", "right")
    drawing, candidates = where.drawing.drawing, where.candidates
    where.subscribe(heard)
    assert where.say("purple dragons").complaint is None
    assert where.say("").complaint is None
    unsure = where.say("knee bursitis")
    assert unsure.complaint is None
    assert {"knee_pain", "outer_knee_pain", "inner_knee_pain"} <= {c.id for c in unsure.considered}
    assert where.drawing.drawing == drawing
    assert where.candidates == candidates
    assert where.complaint is None
    assert heard.aspects == []


# -- choosing ----------------------------------------------------------------------------------
def test_choosing_a_candidate_lays_it_over_the_drawing(where, places, heard):
    tap_region(where, places, "back", "heel", "right")
    where.subscribe(heard)
    where.choose(0)
    assert where.chosen == 0
    assert where.candidate == where.candidates[0]
    assert heard.aspects == ["chosen"]


def test_choosing_a_candidate_that_is_not_listed_raises_index_error(where, places):
    tap_region(where, places, "back", "heel", "right")
    with pytest.raises(IndexError):
        where.choose(len(where.candidates))
    with pytest.raises(IndexError):
        where.choose(-1)
    assert where.candidate is None


def test_a_new_drawing_edit_clears_the_choice(where, places):
    tap_region(where, places, "back", "heel", "right")
    where.choose(0)
    tap_region(where, places, "back", "calf", "right")
    assert where.chosen is None
    assert where.candidate is None


def test_clearing_the_choice_keeps_the_drawing(where, places, heard):
    tap_region(where, places, "back", "heel", "right")
    drawing, candidates = where.drawing.drawing, where.candidates
    where.choose(1)
    where.subscribe(heard)
    where.clear_choice()
    assert where.candidate is None
    assert where.drawing.drawing == drawing
    assert where.candidates == candidates
    assert heard.aspects == ["chosen"]
    where.clear_choice()  # nothing chosen: nothing to tell
    assert heard.aspects == ["chosen"]


# -- comparing ---------------------------------------------------------------------------------
def test_comparing_three_candidates_shows_each_pattern_and_what_only_it_covers(sciatica, atlas):
    assert sciatica.compare([0, 1, 2]) is True
    assert sciatica.compared == (0, 1, 2)
    assert sciatica.chosen is None
    assert sciatica.comparison
    compared = sciatica.candidates[:3]
    for view_id, comparisons in sciatica.comparison.items():
        assert len(comparisons) == 3
        assert all(isinstance(c, Comparison) for c in comparisons)
        for index, (candidate, comparison) in enumerate(zip(compared, comparisons, strict=True)):
            assert comparison.pattern.equals(candidate.pattern(atlas, view_id))
            for other_index, other in enumerate(comparisons):
                if other_index != index:
                    assert comparison.only_this.intersection(other.pattern).area < 1


def test_comparing_leaves_out_views_that_draw_none_of_the_candidates(sciatica, atlas):
    sciatica.compare([0, 1, 2])
    for view_id in atlas.views:
        drawn = any(not c.pattern(atlas, view_id).is_empty for c in sciatica.candidates[:3])
        assert (view_id in sciatica.comparison) == drawn, view_id


def test_comparing_replaces_the_choice_and_choosing_replaces_the_comparison(sciatica):
    sciatica.choose(0)
    sciatica.compare([0, 1])
    assert sciatica.candidate is None
    sciatica.choose(2)
    assert sciatica.compared == ()
    assert sciatica.comparison == {}
    assert sciatica.chosen == 2


@pytest.mark.parametrize("indexes", [[0], [0, 1, 2, 3, 4], [0, 0], [0, 99]])
def test_comparing_too_few_too_many_or_unlisted_candidates_changes_nothing(
    sciatica, heard, indexes
):
    sciatica.choose(1)
    sciatica.subscribe(heard)
    assert sciatica.compare(indexes) is False
    assert sciatica.chosen == 1
    assert sciatica.compared == ()
    assert sciatica.comparison == {}
    assert heard.aspects == []


def test_a_new_drawing_edit_clears_the_comparison(sciatica, places):
    sciatica.compare([0, 1, 2])
    tap_region(sciatica, places, "back", "heel", "right")
    assert sciatica.compared == ()
    assert sciatica.comparison == {}


def test_clearing_the_choice_clears_the_comparison_and_keeps_the_drawing(sciatica):
    drawing = sciatica.drawing.drawing
    sciatica.compare([0, 1, 2])
    sciatica.clear_choice()
    assert sciatica.compared == ()
    assert sciatica.comparison == {}
    assert sciatica.drawing.drawing == drawing


# -- reset -------------------------------------------------------------------------------------
def test_reset_leaves_no_candidates_no_history_and_no_complaint(sciatica):
    sciatica.compare([0, 1, 2])
    sciatica.reset()
    assert sciatica.drawing.drawing == Drawing()
    assert sciatica.candidates == []
    assert sciatica.issue == "empty"
    assert sciatica.candidate is None
    assert sciatica.compared == ()
    assert sciatica.comparison == {}
    assert sciatica.complaint is None
    assert not sciatica.drawing.can_undo
    assert not sciatica.drawing.can_redo
