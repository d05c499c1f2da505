"""The Study tab through its widgets: a round by touch and keyboard, painting an answer, the
progress kept, a teacher's deck."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bodymap.atlas.atlas import Atlas
from bodymap.state.study import Deck, load_progress
from bodymap.ui.main_window import MainWindow
from bodymap.ui.study import progress_file

MakeWindow = Callable[..., MainWindow]


def test_a_round_by_touch_and_keyboard_keeps_the_student_s_progress(
    qtbot: QtBot, make_window: MakeWindow, atlas: Atlas
) -> None:
    window = make_window(mode="study")
    with qtbot.waitActive(window):
        window.activateWindow()
    study = window.study
    session = window.state.study
    study.start_round(Deck("Neck", ("upper_trapezius_1", "levator_scapulae_1"), ("pattern",)))
    question = session.question
    assert question is not None and "Question 1 of 2" in study.counter.text()
    right = next(b for b in study.choices if b.property("point") == question.point)
    qtbot.mouseClick(right, Qt.MouseButton.LeftButton)  # a touch on the right name
    assert session.grade is not None and session.grade.passed
    assert study.next.isVisible() and "Right" in study.feedback.text()
    qtbot.mouseClick(study.next, Qt.MouseButton.LeftButton)
    second = session.question
    assert second is not None
    number = next(i for i, c in enumerate(second.choices, 1) if c != second.point)
    qtbot.keyClick(study, str(number))  # a wrong name, by its number key
    assert session.grade is not None and not session.grade.passed
    assert atlas.trigger_points[second.point].name in study.feedback.text()  # the answer
    session.next()
    assert session.over and "1 of 2 right" in study.prompt.text()
    kept, note = load_progress(progress_file())
    assert note == "" and kept == session.progress
    assert kept.boxes[second.key] == 1 and kept.boxes[question.key] >= 2


def test_painting_an_answer_is_graded_by_its_overlap(
    qtbot: QtBot, make_window: MakeWindow, atlas: Atlas
) -> None:
    window = make_window(mode="study")
    study = window.study
    study.start_round(Deck("One", ("upper_trapezius_1",), ("paint",)))
    question = window.state.study.question
    assert question is not None and study.done.isVisible()
    assert study.body.views[question.view].painting
    zone = atlas.trigger_points["upper_trapezius_1"]
    from bodymap.atlas.patterns import pattern_geometry

    shape = pattern_geometry(zone, question.view, "right", "essential")
    x0, y0, x1, y1 = shape.bounds
    middle = (x0 + x1) / 2
    study.paint(question.view, [(middle, y0 + 10 + i * (y1 - y0 - 20) / 20) for i in range(21)])
    qtbot.mouseClick(study.done, Qt.MouseButton.LeftButton)
    grade = window.state.study.grade
    assert grade is not None and grade.score > 0 and "you covered" in study.feedback.text()


def test_a_teacher_s_deck_opens_and_its_problems_are_shown(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(mode="study")
    deck = tmp_path / "class.yaml"
    deck.write_text("deck:\n  name: Week 3\n  points: [SCM, QL, nonesuch]\n", encoding="utf-8")
    problems = window.study.open_deck(str(deck))
    assert len(problems) == 1 and "nonesuch" in window.study.note.text()
    assert window.study.deck.currentText() == "Week 3"
    question = window.state.study.question
    assert question is not None
    assert atlas_muscle(window, question.point) in {"sternocleidomastoid", "quadratus_lumborum"}


def atlas_muscle(window: MainWindow, point: str) -> str:
    return window.state.atlas.trigger_points[point].muscle


def test_decks_by_difficulty_and_the_progress_exported(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(mode="study")
    names = [window.study.deck.itemText(i) for i in range(window.study.deck.count())]
    assert names[:4] == ["Everything", "Easy patterns", "Medium patterns", "Hard patterns"]
    window.study.start_round(Deck("One", ("masseter_1",), ("pattern",)))
    window.state.study.choose("masseter_1")
    out = window.study.export_progress(str(tmp_path / "mine.json"))
    assert out is not None
    kept, _ = load_progress(out)
    assert kept == window.state.study.progress and kept.boxes["pattern:masseter_1"] >= 2
