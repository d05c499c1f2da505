"""The sentences bodymap shows: whole sentences translated, with %1, %2 … filled in."""

from __future__ import annotations

import dataclasses
from typing import get_args

import pytest

from bodymap.atlas.model import Side
from bodymap.atlas.rank import DrawingIssue
from bodymap.state.where import WhereState
from bodymap.state.wording import drawing_issue, fill, reason, region_words, side_words

USUAL = "Its usual pattern covers %1% of what you marked: %2."
SPREAD = "Its occasional spread covers another %1%."


@pytest.fixture(scope="module")
def heel_best(atlas):
    """The best candidate for a tap on the patient's right heel."""
    where = WhereState(atlas)
    heel = next(r for r in atlas.view("back").regions if r.id == "heel" and r.side == "right")
    point = heel.geometry.representative_point()
    assert where.tap("back", point.x, point.y)
    best = where.candidates[0]
    assert best.regions == ("heel",)
    return best


class Recorder:
    """A translator that records what it was asked and answers in capitals."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def __call__(self, context: str, text: str) -> str:
        self.asked.append((context, text))
        return text.upper()


# -- reason ------------------------------------------------------------------------------------
def test_the_reason_names_the_share_of_the_drawing_and_the_regions(heel_best):
    usual_only = dataclasses.replace(heel_best, spillover_share=0.0)
    share = round(100 * heel_best.essential_share)
    assert reason(usual_only) == f"Its usual pattern covers {share}% of what you marked: heel."


def test_the_reason_adds_the_occasional_spread_when_it_covers_five_percent_or_more(heel_best):
    usual = f"Its usual pattern covers {round(100 * heel_best.essential_share)}% of what you "
    for spillover, spread in [(0.05, 5), (0.172, 17), (0.5, 50)]:
        candidate = dataclasses.replace(heel_best, spillover_share=spillover)
        assert reason(candidate) == (
            f"{usual}marked: heel. Its occasional spread covers another {spread}%."
        )


def test_the_reason_leaves_out_an_occasional_spread_under_five_percent(heel_best):
    for spillover in (0.0, 0.01, 0.049):
        candidate = dataclasses.replace(heel_best, spillover_share=spillover)
        assert "occasional" not in reason(candidate)


def test_the_reason_without_named_regions_says_the_pattern_is_at_its_edge(heel_best):
    candidate = dataclasses.replace(heel_best, regions=(), spillover_share=0.0)
    share = round(100 * heel_best.essential_share)
    assert (
        reason(candidate) == f"Its usual pattern covers {share}% of what you marked, at its edge."
    )


def test_the_reason_is_translated_in_whole_sentences(heel_best):
    translate = Recorder()
    candidate = dataclasses.replace(heel_best, spillover_share=0.2)
    text = reason(candidate, translate)
    assert ("Where", USUAL) in translate.asked
    assert ("Where", SPREAD) in translate.asked
    assert ("Regions", "Heel") in translate.asked
    assert all(context in ("Where", "Regions") for context, _ in translate.asked)
    share = round(100 * heel_best.essential_share)
    assert text == f"ITS USUAL PATTERN COVERS {share}% OF WHAT YOU MARKED: HEEL. " + (
        "ITS OCCASIONAL SPREAD COVERS ANOTHER 20%."
    )


def test_a_translation_may_put_the_placeholders_in_another_order(heel_best):
    def backwards(context: str, text: str) -> str:
        return "%2 : %1 %" if text == USUAL else text

    candidate = dataclasses.replace(heel_best, spillover_share=0.0)
    assert reason(candidate, backwards) == f"heel : {round(100 * heel_best.essential_share)} %"


def test_region_words_keep_a_leading_abbreviation_and_lower_case_the_rest():
    assert region_words(["heel", "tmj"]) == ["heel", "jaw joint (TMJ)"]
    assert region_words(["heel"], lambda context, text: "TMJ-ish") == ["TMJ-ish"]


# -- fill --------------------------------------------------------------------------------------
def test_fill_puts_the_values_where_their_numbers_are():
    assert fill("%2 after %1", "a", "b") == "b after a"
    assert fill("%1% of %2", 64, "heel") == "64% of heel"


def test_fill_does_not_read_percent_ten_as_percent_one():
    values = [f"v{number}" for number in range(1, 11)]
    assert fill("%10 %1", *values) == "v10 v1"
    assert fill("%1%10", *values) == "v1v10"


def test_fill_inserts_values_as_they_are_never_as_placeholders():
    assert fill("%2 %1", "a", "%1") == "%1 a"
    assert fill("%1 %2", "%2", "b") == "%2 b"


def test_fill_leaves_text_without_placeholders_alone():
    assert fill("100% sure") == "100% sure"
    assert fill("100% sure", "x") == "100% sure"


# -- sides and drawing issues ------------------------------------------------------------------
SIDES: list[Side | None] = [*get_args(Side), None]


def test_side_words_give_words_for_each_side():
    words = {side: side_words(side) for side in SIDES}
    assert words == {
        "right": "patient’s right",
        "left": "patient’s left",
        None: "both sides",
    }


def test_side_words_are_translated():
    translate = Recorder()
    assert [side_words(side, translate) for side in SIDES] == [
        side_words(side).upper() for side in SIDES
    ]
    assert {context for context, _ in translate.asked} == {"Sides"}


@pytest.mark.parametrize("issue", get_args(DrawingIssue))
def test_every_drawing_issue_has_its_own_sentence(issue):
    sentence = drawing_issue(issue)
    assert sentence[0].isupper() and sentence.endswith(".")
    others = {drawing_issue(other) for other in get_args(DrawingIssue) if other != issue}
    assert sentence not in others


@pytest.mark.parametrize("issue", get_args(DrawingIssue))
def test_a_drawing_issue_is_translated_as_one_sentence(issue):
    translate = Recorder()
    text = drawing_issue(issue, translate)
    assert ("Where", drawing_issue(issue)) in translate.asked
    assert text == drawing_issue(issue).upper()
