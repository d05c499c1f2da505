"""`bodymap where`, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable

# The `bodymap_cli` fixture (conftest.py): runs the real command in a fresh process.
Cli = Callable[..., subprocess.CompletedProcess[str]]


def test_where_regions_prints_the_ranked_candidates_best_first(bodymap_cli: Cli) -> None:
    result = bodymap_cli("where", "heel", "--side", "right")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    assert "soleus_1" in lines[0] and "right" in lines[0] and "heel" in lines[0]
    scores = [float(line.split()[0]) for line in lines]
    assert scores == sorted(scores, reverse=True)


def test_where_polygon_json_gives_id_score_regions_reason(bodymap_cli: Cli) -> None:
    result = bodymap_cli(
        "where", "--view", "back", "--polygon", "540 1880, 610 1880, 610 1925, 540 1925", "--json"
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["complaint"] is None and answer["red_flags"] == []
    rows = answer["candidates"]
    assert rows and {"id", "score", "regions", "reason"} <= set(rows[0])
    assert 0 < rows[0]["score"] <= 1


def test_where_symptom_gives_the_same_list_as_its_regions(bodymap_cli: Cli) -> None:
    by_words = json.loads(bodymap_cli("where", "--symptom", "tennis elbow", "--json").stdout)
    by_regions = json.loads(bodymap_cli("where", "elbow_lateral", "--json").stdout)
    assert by_words["candidates"] == by_regions["candidates"]
    assert by_words["complaint"] == "tennis_elbow"


def test_a_complaint_s_red_flags_come_before_its_ranking(bodymap_cli: Cli) -> None:
    result = bodymap_cli("where", "--symptom", "chest pain")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith(": see a doctor rather than a therapist if")
    assert "heart attack; call emergency services now" in lines[1]
    first_candidate = next(i for i, line in enumerate(lines) if "█" in line)
    assert all(line.startswith("  ! ") for line in lines[1 : first_candidate - 1])
    answer = json.loads(bodymap_cli("where", "--symptom", "chest pain", "--json").stdout)
    assert answer["complaint"] == "chest_pain" and len(answer["red_flags"]) >= 2
    assert "emergency" in answer["red_flags"][0]


def test_a_complaint_it_is_not_sure_of_is_asked_about(bodymap_cli: Cli) -> None:
    result = bodymap_cli("where", "--symptom", "knee bursitis")
    assert result.returncode == 2
    assert "no complaint called 'knee bursitis'; did you mean: " in result.stderr
    assert "outer knee pain (Pain at the outer knee)" in result.stderr


def test_where_errors_are_one_line_and_exit_2(bodymap_cli: Cli) -> None:
    for args, message in [
        (("templ",), "unknown region 'templ' (did you mean 'temple'?)"),
        (("--view", "back", "--polygon", "1 2, x"), "expected at least three points"),
        (("--view", "back", "--polygon", "0 0, 20 0, 20 20"), "outside the body"),
        (("--symptom", "purple elbows"), "no complaint called 'purple elbows'"),
        ((), "give regions"),
    ]:
        result = bodymap_cli("where", *args)
        assert result.returncode == 2, args
        assert message in result.stderr
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
