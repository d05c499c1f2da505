"""Mutated map text through the real loader: whatever the text, the answer is Problems, never
an exception (a seeded generator, so a failure names the seed that reproduces it)."""

from __future__ import annotations

import random
import re
import threading
from pathlib import Path

import pytest

from bodymap.atlas.loader import LoadResult, load
from bodymap.atlas.problems import Problem

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEEDS = range(240)

TOKENS = [
    "[",
    "]",
    "{",
    "}",
    ":",
    ": ",
    "- ",
    ",",
    "&a ",
    "*a",
    "*nope",
    "<<: *a",
    "!!python/object:os.system ",
    "!!binary ",
    "!!set ",
    "!custom ",
    ".nan",
    ".inf",
    "-.inf",
    "-1e9",
    "1e999",
    "0",
    "-5",
    "99999",
    "~",
    "null",
    "true",
    "'",
    '"',
    "? ",
    "\t",
    "\n",
    "\n  ",
    "\x00",
    "\u2028",
    "é",
    "#",
    "|\n",
    ">-\n",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "[[1, 2], [3, 4]]",
    "{polygon: [[0, 0], [1, 1]]}",
    "regions: [nowhere]",
    "side: opposite",
    "front",
    "back",
    "side",
    "top",
    "ellipse: {}",
    # aliases inside the values they name: once, nested, and through another anchor
    "&x [*x]",
    "&x {k: [1, *x]}",
    "&y [1, &z [*y, *z]]",
]
SECONDS = 10.0  # a case that takes longer hangs: it fails the run rather than stalling it
NUMBER = re.compile(r"-?\d+(\.\d+)?")


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 4)):
        lines = text.split("\n")
        choice = rng.randrange(7)
        at = rng.randrange(len(text) + 1)
        if choice == 0:  # insert a token
            text = text[:at] + rng.choice(TOKENS) + text[at:]
        elif choice == 1:  # delete a span
            text = text[:at] + text[at + rng.randint(1, 40) :]
        elif choice == 2:  # swap two lines
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        elif choice == 3:  # duplicate a line (duplicate keys, duplicate ids)
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
            text = "\n".join(lines)
        elif choice == 4:  # re-indent a line
            i = rng.randrange(len(lines))
            lines[i] = " " * rng.randint(0, 12) + lines[i].lstrip()
            text = "\n".join(lines)
        elif choice == 5:  # a number becomes another number, or not a number
            numbers = list(NUMBER.finditer(text))
            if numbers:
                hit = rng.choice(numbers)
                value = rng.choice(["-1", "0", "1e6", "3000", ".nan", "x", "[]", "2.5", "-0"])
                text = text[: hit.start()] + value + text[hit.end() :]
        else:  # cut the file short
            text = text[:at]
    return text


@pytest.fixture(scope="module")
def originals() -> dict[str, str]:
    files = {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted((FIXTURES / "mini").glob("*.yaml"))
    }
    files["clinic.yaml"] = (FIXTURES / "broken" / "byte_order_mark" / "clinic.yaml").read_text(
        encoding="utf-8-sig"
    )
    return files


@pytest.mark.parametrize("seed", SEEDS)
def test_mutated_maps_give_problems_not_exceptions(
    seed: int, originals: dict[str, str], tmp_path: Path
) -> None:
    rng = random.Random(seed)
    victim = rng.choice(sorted(originals))
    for name, text in originals.items():
        (tmp_path / name).write_text(
            mutate(text, rng) if name == victim else text, encoding="utf-8", errors="surrogatepass"
        )
    results: list[LoadResult] = []
    worker = threading.Thread(target=lambda: results.append(load(tmp_path)), daemon=True)
    worker.start()
    worker.join(SECONDS)
    assert results, f"seed {seed}: the load did not end within {SECONDS} s"
    (result,) = results
    for problem in result.problems:
        assert isinstance(problem, Problem)
        assert problem.file.endswith(".yaml")
        assert problem.line >= 0 and problem.col >= 0
        assert problem.message.strip() and "\n" not in problem.message, problem
        assert "Traceback" not in problem.message
