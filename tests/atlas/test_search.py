"""Search as a therapist types it: names, abbreviations, Latin, regions, complaints, symptoms
and typos, best first (bodymap/atlas/search.py), on the shipped atlas."""

from __future__ import annotations

import pytest

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.rank import rank_complaint
from bodymap.atlas.search import Searcher

# query -> the muscle its first result must belong to, and what was understood ("" = as typed)
FIRST: dict[str, tuple[str, str]] = {
    "SCM": ("sternocleidomastoid", ""),
    "QL": ("quadratus_lumborum", ""),
    "TFL": ("tensor_fasciae_latae", ""),
    "upper trap": ("upper_trapezius", ""),
    "trapezus": ("upper_trapezius", "trapezius"),
    "infraspinatis": ("infraspinatus", "infraspinatus"),
    "pirformis": ("piriformis", "piriformis"),
    "deltiod": ("deltoid", "deltoid"),
    "musculus masseter": ("masseter", ""),
    "gluteus": ("gluteus_maximus", ""),
    "masseter": ("masseter", ""),
}


@pytest.fixture(scope="module")
def searcher(atlas: Atlas) -> Searcher:
    return Searcher(atlas)


@pytest.mark.parametrize("query", sorted(FIRST))
def test_a_name_an_abbreviation_or_a_typo_finds_its_muscle_first(
    searcher: Searcher, atlas: Atlas, query: str
) -> None:
    muscle, understood = FIRST[query]
    found = searcher.search(query)
    assert found.ids and atlas.trigger_points[found.ids[0]].muscle == muscle
    assert found.understood == understood


@pytest.mark.parametrize(
    ("query", "complaint"),
    [
        ("headache", "tension_headache"),
        ("migraine", "tension_headache"),
        ("sciatica", "sciatica"),
        ("low back", "low_back_pain"),
        ("tennis elbow", "tennis_elbow"),
        ("heel pain", "heel_pain"),
        ("glutes", "buttock_pain"),
    ],
)
def test_a_complaint_lists_its_ranking_first(
    searcher: Searcher, atlas: Atlas, query: str, complaint: str
) -> None:
    """'headache' opens what the ranking puts first, not the first muscle by body area."""
    found = searcher.search(query)
    ranked = [c.trigger_point for c in rank_complaint(atlas, atlas.complaints[complaint])]
    assert found.ids[:3] == tuple(ranked[:3])
    assert found.why[found.ids[0]].startswith("complaint: ")


def test_low_back_lists_the_back_before_a_name_with_both_words(searcher: Searcher) -> None:
    found = searcher.search("low back")
    assert found.ids.index("vastus_lateralis_3") > found.ids.index("quadratus_lumborum_superficial")


def test_a_region_lists_what_refers_there(searcher: Searcher, atlas: Atlas) -> None:
    found = searcher.search("temple")
    assert found.why[found.ids[0]] == "pain at: temple"
    assert {"temporalis_2", "upper_trapezius_1"} <= set(found.ids)


def test_nothing_found_says_what_was_meant(searcher: Searcher) -> None:
    found = searcher.search("mastoidus")
    assert found.ids == () and "sternomastoid" in found.suggestions
    assert searcher.search("zzz").ids == ()
    assert searcher.search("").ids == tuple(searcher.atlas.trigger_points)
