"""Study mode's rules, without Qt: questions drawn from the atlas, graded by geometry, and a
Leitner schedule so that each student sees the patterns they miss more often.

Three kinds of question, for any trigger point:
- "pattern": its referral pattern is shown; the student taps the trigger point on the body
  (right when the tap is near the point's X in that view) or picks its name from four.
- "paint": the point is named and marked; the student paints where it refers, graded by the
  overlap with its essential zone (intersection over union, with partial credit).
- "symptom": a complaint is named; the student picks, from four, the trigger point the
  ranking puts first for it.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.patterns import pattern_geometry
from bodymap.atlas.rank import rank_complaint
from bodymap.atlas.spec import Choice, Field, Fields, ListOf, Text
from bodymap.atlas.yamlnodes import Mark, ParseIssue, Record, read_yaml
from bodymap.state.observable import Observable
from bodymap.state.wording import Translate, english, fill

Kind = Literal["pattern", "paint", "symptom"]
KINDS: tuple[Kind, ...] = ("pattern", "paint", "symptom")
PASS = 0.6  # a score this good counts as right for the schedule
TAP_TOLERANCE = 45.0  # canvas units from the X: right; up to twice that, half right
FULL_IOU = 0.5  # a painted answer overlapping this well (IoU) earns full marks
CHOICES = 4


@dataclass(frozen=True)
class Question:
    kind: Kind
    point: str  # the trigger point it is about (for "symptom", the right answer)
    view: str  # where it is shown or answered
    prompt: str
    choices: tuple[str, ...] = ()  # trigger point ids to pick from, when it has choices
    complaint: str = ""  # for "symptom"

    @property
    def key(self) -> str:
        """What the schedule remembers: one item per kind and point (or complaint)."""
        return f"{self.kind}:{self.complaint or self.point}"


@dataclass(frozen=True)
class Grade:
    score: float  # 0 to 1
    right: str  # the right answer, for the feedback (a point id)
    reason: str

    @property
    def passed(self) -> bool:
        return self.score >= PASS


def _view_of(atlas: Atlas, point_id: str) -> str:
    """The view that shows a point's essential zone on the right best: the largest."""
    point = atlas.trigger_points[point_id]
    areas: dict[str, float] = {}
    for zone in point.zones:
        if zone.side == "right" and zone.kind == "essential":
            areas[zone.view] = areas.get(zone.view, 0.0) + zone.geometry.area
    marked = {m.view for m in point.markers if m.side == "right"}
    shown = [v for v in areas if v in marked] or list(areas)
    return max(shown, key=lambda v: areas[v])


def _others(atlas: Atlas, point_id: str, rng: random.Random, count: int) -> list[str]:
    """Wrong choices: other muscles' points, from the same body area where there are enough."""
    muscle = atlas.muscle_of(point_id)
    near = sorted(
        p.id
        for p in atlas.trigger_points.values()
        if p.muscle != muscle.id and atlas.muscles[p.muscle].body_area == muscle.body_area
    )
    far = sorted(p.id for p in atlas.trigger_points.values() if p.muscle != muscle.id)
    picked = rng.sample(near, min(count, len(near)))
    rest = [p for p in far if p not in picked]
    return picked + rng.sample(rest, count - len(picked))


def make_question(
    atlas: Atlas, kind: Kind, item: str, rng: random.Random, translate: Translate = english
) -> Question:
    """A question of `kind` about `item`: a trigger point id, or for "symptom" a complaint id."""
    if kind == "symptom":
        complaint = atlas.complaints[item]
        ranked = rank_complaint(atlas, complaint, limit=CHOICES + 4)
        right = ranked[0].trigger_point
        # Wrong choices from outside the top of the ranking, so that only one is best.
        top = {c.trigger_point for c in ranked[:3]}
        others = [p for p in _others(atlas, right, rng, CHOICES + 3) if p not in top]
        choices = [right, *others[: CHOICES - 1]]
        rng.shuffle(choices)
        return Question(
            "symptom",
            right,
            _view_of(atlas, right),
            fill(
                translate(
                    "Study", "A client has %1. Which trigger point is the most likely source?"
                ),
                complaint.name.lower(),
            ),
            tuple(choices),
            complaint.id,
        )
    point = atlas.trigger_points[item]
    view = _view_of(atlas, item)
    if kind == "pattern":
        choices = [item, *_others(atlas, item, rng, CHOICES - 1)]
        rng.shuffle(choices)
        return Question(
            "pattern",
            item,
            view,
            translate(
                "Study",
                "Which trigger point refers pain here? Tap it on the body, or pick its name.",
            ),
            tuple(choices),
        )
    prompt = fill(translate("Study", "Paint where %1 refers pain."), point.name)
    return Question("paint", item, view, prompt)


def grade_choice(question: Question, chosen: str, translate: Translate = english) -> Grade:
    right = question.point
    if chosen == right:
        return Grade(1.0, right, translate("Study", "Right."))
    return Grade(
        0.0, right, translate("Study", "Not this one: the pattern shown is another point's.")
    )


def grade_tap(
    atlas: Atlas,
    question: Question,
    view: str,
    x: float,
    y: float,
    translate: Translate = english,
) -> Grade:
    """A tap near the right point's X in the view (either side of the patient)."""
    right = question.point
    markers = [m for m in atlas.markers(view) if m.trigger_point == right]
    if not markers:
        return Grade(0.0, right, translate("Study", "This point is not marked in that view."))
    distance = min(Point(m.x, m.y).distance(Point(x, y)) for m in markers)
    if distance <= TAP_TOLERANCE:
        return Grade(1.0, right, translate("Study", "Right: that is where the point lies."))
    if distance <= 2 * TAP_TOLERANCE:
        return Grade(0.5, right, translate("Study", "Close: the point lies a little further off."))
    return Grade(0.0, right, translate("Study", "Not there: the point lies elsewhere."))


def grade_paint(
    atlas: Atlas, question: Question, painted: BaseGeometry, translate: Translate = english
) -> Grade:
    """A painted answer against the essential zone in the question's view (the patient's
    right): intersection over union, full marks from `FULL_IOU`."""
    point = atlas.trigger_points[question.point]
    zone = pattern_geometry(point, question.view, "right", "essential")
    if painted.is_empty or zone.is_empty:
        return Grade(0.0, point.id, translate("Study", "Nothing painted where it refers."))
    union = painted.union(zone).area
    iou = painted.intersection(zone).area / union if union else 0.0
    score = min(1.0, iou / FULL_IOU)
    covered = round(100 * painted.intersection(zone).area / zone.area)
    if score >= PASS:
        text = translate("Study", "Right: you covered %1% of its usual pattern.")
    elif score > 0.2:
        text = translate("Study", "Partly: you covered %1% of its usual pattern.")
    else:
        text = translate("Study", "Not there: you covered %1% of its usual pattern.")
    return Grade(score, point.id, fill(text, covered))


# -- the schedule: Leitner boxes --------------------------------------------------------------
BOXES = 5  # box 1: seen often; box 5: learned


@dataclass
class Progress:
    """Which box each item is in, and the rounds' scores; saved by the widget as JSON."""

    boxes: dict[str, int] = field(default_factory=dict)
    asked: int = 0
    right: int = 0

    def record(self, question: Question, grade: Grade) -> None:
        box = self.boxes.get(question.key, 1)
        self.boxes[question.key] = min(BOXES, box + 1) if grade.passed else 1
        self.asked += 1
        self.right += grade.passed

    def pick(self, items: Sequence[str], count: int, rng: random.Random) -> list[str]:
        """`count` items, those in low boxes (missed, or new) far more often: an item in box
        b is drawn with weight 2**(BOXES - b)."""
        pool = list(dict.fromkeys(items))
        chosen: list[str] = []
        while pool and len(chosen) < count:
            weights = [2 ** (BOXES - self.boxes.get(item, 1)) for item in pool]
            item = rng.choices(pool, weights)[0]
            chosen.append(item)
            pool.remove(item)
        return chosen


@dataclass(frozen=True)
class Deck:
    """What a round asks about: trigger points (and complaints) and the kinds of question."""

    name: str
    points: tuple[str, ...]
    kinds: tuple[Kind, ...] = KINDS
    complaints: tuple[str, ...] = ()


def difficulty(atlas: Atlas, point_id: str) -> float:
    """How easily a point's pattern is taken for another muscle's, 0 to 1: the most its
    essential regions share with another muscle's point's (Jaccard)."""
    point = atlas.trigger_points[point_id]
    mine = set(point.essential_regions)
    shared = 0.0
    for other in atlas.trigger_points.values():
        if other.muscle != point.muscle and mine:
            theirs = set(other.essential_regions)
            shared = max(shared, len(mine & theirs) / len(mine | theirs))
    return shared


LEVELS = (("Easy", 0.0, 0.34), ("Medium", 0.34, 0.67), ("Hard", 0.67, 1.01))


def area_decks(atlas: Atlas) -> list[Deck]:
    """One of everything, one per difficulty (how alike a pattern is to another muscle's),
    and one per body area, head to foot."""
    from bodymap.atlas.vocabulary import AREA_TITLES

    decks = [Deck("Everything", tuple(atlas.trigger_points), KINDS, tuple(atlas.complaints))]
    level = {point_id: difficulty(atlas, point_id) for point_id in atlas.trigger_points}
    for name, low, high in LEVELS:
        points = tuple(p for p, d in level.items() if low <= d < high)
        if points:
            decks.append(Deck(f"{name} patterns", points, ("pattern", "paint")))
    for area, title in AREA_TITLES.items():
        points = tuple(
            p.id for p in atlas.trigger_points.values() if atlas.muscles[p.muscle].body_area == area
        )
        if points:
            decks.append(Deck(title, points, ("pattern", "paint")))
    return decks


def round_questions(
    atlas: Atlas,
    deck: Deck,
    progress: Progress,
    count: int,
    rng: random.Random,
    translate: Translate = english,
) -> list[Question]:
    """A round of `count` questions from the deck, missed items first (the schedule)."""
    items = [f"{kind}:{point}" for kind in deck.kinds if kind != "symptom" for point in deck.points]
    if "symptom" in deck.kinds:
        items += [f"symptom:{complaint}" for complaint in deck.complaints]
    questions = []
    for item in progress.pick(items, count, rng):
        kind, _, what = item.partition(":")
        questions.append(make_question(atlas, kind, what, rng, translate))  # type: ignore[arg-type]
    return questions


# -- keeping progress: a small JSON file in the user's data folder -----------------------------
def save_progress(path: Path, progress: Progress) -> None:
    """Whole or not at all (a crash mid-write leaves the old file). Raises OSError."""
    data = {"version": 1, "boxes": progress.boxes, "asked": progress.asked, "right": progress.right}
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        temporary.replace(path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def load_progress(path: Path, clock: Callable[[], float] = time.time) -> tuple[Progress, str]:
    """The progress kept in `path`, and a note when it could not be used: a damaged file is
    set aside (renamed, not deleted) and the student starts afresh."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Progress(), ""
    except OSError as error:
        return Progress(), f"{path}: could not be read ({error.strerror}); starting afresh"
    try:
        data = json.loads(raw.decode("utf-8"))
        boxes = data["boxes"]
        if not isinstance(boxes, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and 1 <= v <= BOXES for k, v in boxes.items()
        ):
            raise ValueError("boxes")
        progress = Progress(dict(boxes), int(data.get("asked", 0)), int(data.get("right", 0)))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(clock()))
        aside = path.with_name(f"{path.name}.damaged-{stamp}")
        try:
            path.replace(aside)
        except OSError:
            return Progress(), f"{path} is damaged; starting afresh"
        return Progress(), f"{path} was damaged; it was set aside as {aside.name}"
    return progress, ""


# -- a teacher's deck: a small YAML file, checked like the maps -------------------------------
DECK = Fields(
    {
        "deck": Field(
            Fields(
                {
                    "name": Field(Text(max_length=80)),
                    "points": Field(ListOf(Text(max_length=80), min_items=1, max_items=500)),
                    "kinds": Field(ListOf(Choice(KINDS), min_items=1), required=False),
                    "complaints": Field(ListOf(Text(max_length=80)), required=False),
                }
            )
        )
    }
)


def load_deck(path: Path, atlas: Atlas) -> tuple[Deck | None, list[str]]:
    """A teacher's deck (docs/study.md) and its problems as `file:line:col: message`; ids the
    atlas does not know are left out with a note, and a deck with no point left is refused."""
    name = str(path)
    try:
        value, _ = read_yaml(path.read_text(encoding="utf-8"))
    except OSError as error:
        return None, [f"{name}: could not be read ({error.strerror})"]
    except UnicodeDecodeError:
        return None, [f"{name}: not UTF-8 text"]
    except ParseIssue as issue:
        return None, [f"{name}:{issue.mark.line}:{issue.mark.col}: {issue.message}"]
    problems: list[str] = []

    def report(mark: Mark, message: str) -> None:
        problems.append(f"{name}:{mark.line}:{mark.col}: {message}")

    if not DECK.check(value, "", Mark(1, 1), report):
        return None, problems
    body: Record = value["deck"]
    points = []
    for index, point in enumerate(body["points"]):
        found = atlas.find(point)
        if found is None:
            mark = body["points"].mark_of(index)
            report(mark, f"deck.points[{index}]: no trigger point '{point}'; left out")
        else:
            points.append(found.id)
    complaints = [c for c in body.get("complaints", []) if c in atlas.complaints]
    for index, complaint in enumerate(body.get("complaints", [])):
        if complaint not in atlas.complaints:
            mark = body["complaints"].mark_of(index)
            report(mark, f"deck.complaints[{index}]: no complaint '{complaint}'; left out")
    if not points:
        return None, problems
    kinds = tuple(body.get("kinds", ("pattern", "paint")))
    return Deck(body["name"], tuple(dict.fromkeys(points)), kinds, tuple(complaints)), problems


class StudySession(Observable):
    """A round of questions: the one asked, the answers graded, the score. Aspects:
    "question" (a new one is asked, or the round is over), "graded" (the answer's grade)."""

    def __init__(
        self,
        atlas: Atlas,
        progress: Progress | None = None,
        seed: int | None = None,
        translate: Translate = english,
    ):
        super().__init__()
        self.atlas = atlas
        self.translate = translate
        self.progress = progress or Progress()
        self.rng = random.Random(seed)
        self.questions: list[Question] = []
        self.index = 0
        self.grades: list[Grade] = []
        self.grade: Grade | None = None  # of the question asked, once answered

    @property
    def question(self) -> Question | None:
        return self.questions[self.index] if self.index < len(self.questions) else None

    @property
    def over(self) -> bool:
        return bool(self.questions) and self.question is None

    def start(self, deck: Deck, count: int = 10) -> None:
        self.questions = round_questions(
            self.atlas, deck, self.progress, count, self.rng, self.translate
        )
        self.index = 0
        self.grades = []
        self.grade = None
        self._changed("question")

    def _graded(self, grade: Grade) -> None:
        question = self.question
        if question is None or self.grade is not None:
            return
        self.grade = grade
        self.grades.append(grade)
        self.progress.record(question, grade)
        self._changed("graded")

    def choose(self, point_id: str) -> None:
        if self.question is not None:
            self._graded(grade_choice(self.question, point_id, self.translate))

    def tap(self, view: str, x: float, y: float) -> None:
        if self.question is not None and self.question.kind == "pattern":
            self._graded(grade_tap(self.atlas, self.question, view, x, y, self.translate))

    def paint(self, painted: BaseGeometry) -> None:
        if self.question is not None and self.question.kind == "paint":
            self._graded(grade_paint(self.atlas, self.question, painted, self.translate))

    def next(self) -> None:
        if self.question is not None and self.grade is not None:
            self.index += 1
            self.grade = None
            self._changed("question")

    def score(self) -> tuple[int, int]:
        """(right, asked) in this round."""
        return sum(g.passed for g in self.grades), len(self.grades)

    def reset(self) -> None:
        self.questions = []
        self.index = 0
        self.grades = []
        self.grade = None
        self._changed("question")
