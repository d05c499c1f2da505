"""Study mode's questions, grading and schedule, drawn from the shipped atlas."""

from __future__ import annotations

import random

import pytest
from shapely import affinity
from shapely.geometry import Point, box

from bodymap.atlas.patterns import pattern_geometry
from bodymap.state.study import (
    PASS,
    Deck,
    Progress,
    area_decks,
    grade_choice,
    grade_paint,
    grade_tap,
    make_question,
    round_questions,
)


def test_every_point_gives_answerable_questions_and_a_wrong_answer_fails(atlas) -> None:
    rng = random.Random(7)
    for point_id, point in atlas.trigger_points.items():
        asked = make_question(atlas, "pattern", point_id, rng)
        assert point_id in asked.choices and len(set(asked.choices)) == 4
        assert not pattern_geometry(point, asked.view, "right", "essential").is_empty
        marker = next(m for m in point.markers if m.side == "right")
        assert grade_tap(atlas, asked, marker.view, marker.x, marker.y).score == 1.0, point_id
        assert grade_choice(asked, point_id).score == 1.0
        wrong = next(c for c in asked.choices if c != point_id)
        assert not grade_choice(asked, wrong).passed
        own = [Point(m.x, m.y) for m in point.markers if m.view == marker.view]
        far = max(  # another point's X, as far as the view holds from this one's
            (m for m in atlas.markers(marker.view) if m.trigger_point != point_id),
            key=lambda m: min(Point(m.x, m.y).distance(o) for o in own),
        )
        assert not grade_tap(atlas, asked, marker.view, far.x, far.y).passed

        paint = make_question(atlas, "paint", point_id, rng)
        zone = pattern_geometry(point, paint.view, "right", "essential")
        assert grade_paint(atlas, paint, zone).score == 1.0, point_id
        assert not grade_paint(atlas, paint, affinity.translate(zone, 0, 600)).passed


def test_every_complaint_asks_for_its_ranking_s_first_point(atlas) -> None:
    rng = random.Random(3)
    for complaint_id in atlas.complaints:
        asked = make_question(atlas, "symptom", complaint_id, rng)
        assert asked.point in asked.choices and len(set(asked.choices)) == 4
        assert grade_choice(asked, asked.point).passed
        assert all(not grade_choice(asked, c).passed for c in asked.choices if c != asked.point)


def a_part(zone, share: float):  # type: ignore[no-untyped-def]
    """The top of `zone` holding about `share` of its area."""
    x0, y0, x1, y1 = zone.bounds
    for step in range(1, 101):
        part = zone.intersection(box(x0, y0, x1, y0 + (y1 - y0) * step / 100))
        if part.area >= share * zone.area:
            return part
    return zone


@pytest.mark.parametrize(
    ("how", "expected"),
    [("match", (1.0, 1.0)), ("quarter", (0.4, 0.59)), ("miss", (0.0, 0.0))],
)
def test_a_painted_answer_scores_by_its_overlap(atlas, how: str, expected) -> None:
    asked = make_question(atlas, "paint", "upper_trapezius_1", random.Random(1))
    zone = pattern_geometry(
        atlas.trigger_points["upper_trapezius_1"], asked.view, "right", "essential"
    )
    painted = {
        "match": zone,
        "quarter": a_part(zone, 0.25),  # a quarter and nothing outside it: partial credit
        "miss": affinity.translate(zone, 0, 900),
    }[how]
    grade = grade_paint(atlas, asked, painted)
    low, high = expected
    assert low <= grade.score <= high, grade
    assert grade.passed == (how == "match")
    assert "you covered" in grade.reason


def test_the_schedule_asks_missed_patterns_more_often(atlas) -> None:
    rng = random.Random(11)
    progress = Progress()
    deck = Deck("Neck", ("upper_trapezius_1", "levator_scapulae_1", "splenius_capitis"))
    missed = make_question(atlas, "pattern", "upper_trapezius_1", rng)
    learned = make_question(atlas, "pattern", "splenius_capitis", rng)
    for _ in range(4):
        progress.record(learned, grade_choice(learned, learned.point))
    progress.record(missed, grade_choice(missed, "splenius_capitis"))
    assert progress.boxes == {missed.key: 1, learned.key: 5}
    assert progress.asked == 5 and progress.right == 4
    firsts = [progress.pick([learned.key, missed.key], 1, rng)[0] for _ in range(200)]
    assert firsts.count(missed.key) > 150  # 16 to 1
    questions = round_questions(atlas, deck, progress, 4, rng)
    assert len(questions) == 4 and all(q.point in deck.points for q in questions)


def test_there_is_a_deck_for_every_body_area(atlas) -> None:
    decks = area_decks(atlas)
    assert decks[0].name == "Everything" and len(decks[0].points) == len(atlas.trigger_points)
    assert {"Neck", "Thigh", "Forearm and hand"} <= {d.name for d in decks}
    assert PASS == 0.6


def test_progress_is_kept_whole_and_a_damaged_file_is_set_aside(tmp_path, atlas) -> None:
    from bodymap.state.study import load_progress, save_progress

    path = tmp_path / "study" / "progress.json"
    assert load_progress(path) == (Progress(), "")  # a first time: nothing kept yet
    progress = Progress({"pattern:masseter_1": 3, "paint:upper_trapezius_1": 1}, 9, 6)
    save_progress(path, progress)
    assert load_progress(path) == (progress, "")
    assert [p.name for p in path.parent.iterdir()] == ["progress.json"]  # no leftovers
    path.write_text('{"boxes": {"pattern:x": 9}}', encoding="utf-8")
    again, note = load_progress(path, clock=lambda: 0.0)
    assert again == Progress() and "was damaged; it was set aside as" in note
    assert not path.exists() and len(list(path.parent.glob("progress.json.damaged-*"))) == 1


def test_a_teacher_s_deck_is_checked_like_the_maps(tmp_path, atlas) -> None:
    from bodymap.state.study import load_deck

    path = tmp_path / "neck.yaml"
    path.write_text(
        "deck:\n  name: Neck and jaw, week 3\n  points: [upper_trapezius_1, SCM, masseter_99]\n"
        "  kinds: [pattern, paint]\n  complaints: [tension_headache, ear_worm]\n",
        encoding="utf-8",
    )
    deck, problems = load_deck(path, atlas)
    assert deck is not None and deck.name == "Neck and jaw, week 3"
    assert deck.points == ("upper_trapezius_1", "sternocleidomastoid_sternal_lower")
    assert deck.complaints == ("tension_headache",)
    assert problems == [
        f"{path}:3:36: deck.points[2]: no trigger point 'masseter_99'; left out",
        f"{path}:5:34: deck.complaints[1]: no complaint 'ear_worm'; left out",
    ]
    path.write_text("deck:\n  name: x\n  points: [SCM]\n  kinds: [pattrn]\n", encoding="utf-8")
    deck, problems = load_deck(path, atlas)
    assert deck is None and "4:11: deck.kinds[0]: 'pattrn' is not one of" in problems[0]
    path.write_text("deck: [unclosed\n", encoding="utf-8")
    deck, problems = load_deck(path, atlas)
    assert deck is None and problems[0].startswith(f"{path}:2:1: YAML syntax")


def test_a_pattern_like_another_muscle_s_is_hard(atlas) -> None:
    from bodymap.state.study import difficulty

    levels = {p: difficulty(atlas, p) for p in atlas.trigger_points}
    assert all(0.0 <= d <= 1.0 for d in levels.values())
    same = [p for p, d in levels.items() if d == 1.0]
    for point_id in same:  # a pattern exactly like another muscle's: someone lists the same
        mine = set(atlas.trigger_points[point_id].essential_regions)
        assert any(
            set(o.essential_regions) == mine
            for o in atlas.trigger_points.values()
            if o.muscle != atlas.trigger_points[point_id].muscle
        )
