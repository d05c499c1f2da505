"""Study: a round of questions on the referral patterns, by touch or keyboard, with the
pattern drawn after each answer and a score at the end. It renders a `StudySession`
(bodymap/state/study.py); progress is kept in the user's data folder."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shapely import union_all

from bodymap import places
from bodymap.atlas.patterns import pattern_geometry
from bodymap.state.pain import Stroke
from bodymap.state.study import (
    BOXES,
    Deck,
    StudySession,
    area_decks,
    load_deck,
    load_progress,
    save_progress,
)
from bodymap.ui import palette
from bodymap.ui.body_area import BodyArea
from bodymap.ui.mode import Mode
from bodymap.ui.overlays import WhereLayers
from bodymap.ui.translate import translate

BRUSH = 28.0  # canvas units: the width a student paints with


def progress_file() -> Path:
    return places.data_dir() / "study" / "progress.json"


class StudyMode(Mode):
    """The Study tab."""

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.translate = translate  # questions and grades in the interface's language
        atlas = session.atlas
        self.body = BodyArea(atlas)
        self.layers = {view_id: WhereLayers(scene) for view_id, scene in self.body.scenes.items()}
        self.decks = area_decks(atlas)
        self.painted: list[Stroke] = []
        self._stroke: list[tuple[float, float]] = []
        self._three_panes(self._tools(), self.body, self._answers(), (260, 700, 400))
        self.body.tapped.connect(self._tapped)
        for view in self.body.views.values():
            view.stroke_started.connect(self._stroke_started)
            view.stroke_moved.connect(self._stroke_moved)
            view.stroke_finished.connect(self._stroke_finished)
        progress, note = load_progress(progress_file())
        session.progress = progress
        if note:
            logging.getLogger(places.LOG_NAME).warning("%s", note)
            self.note.setText(note)
        session.subscribe(self._changed)
        self._show()

    # -- the panes -----------------------------------------------------------------------------
    def _tools(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("<b>Study the patterns</b>")))
        self.deck = QComboBox()
        self.deck.setAccessibleName(self.tr("Deck"))
        for deck in self.decks:
            self.deck.addItem(translate("Study", deck.name))
        layout.addWidget(self.deck)
        open_deck = QPushButton(self.tr("Open a teacher's deck…"))
        open_deck.clicked.connect(lambda: self.open_deck())
        layout.addWidget(open_deck)
        layout.addWidget(QLabel(self.tr("Questions in a round:")))
        self.count = QSpinBox()
        self.count.setRange(3, 40)
        self.count.setValue(10)
        self.count.setAccessibleName(self.tr("Questions in a round"))
        layout.addWidget(self.count)
        self.start = QPushButton(self.tr("Start a round"))
        self.start.clicked.connect(self.start_round)
        layout.addWidget(self.start)
        self.learned = QLabel()
        self.learned.setWordWrap(True)
        layout.addWidget(self.learned)
        export = QPushButton(self.tr("Export my progress…"))
        export.clicked.connect(lambda: self.export_progress())
        layout.addWidget(export)
        forget = QPushButton(self.tr("Reset my progress"))
        forget.clicked.connect(self.reset_progress)
        layout.addWidget(forget)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addStretch(1)
        return box

    def _answers(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.counter = QLabel()
        layout.addWidget(self.counter)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("studyPrompt")
        layout.addWidget(self.prompt)
        self.choices = [QPushButton() for _ in range(4)]
        for number, button in enumerate(self.choices, 1):
            button.clicked.connect(lambda _=False, b=button: self._chosen(b))
            QShortcut(QKeySequence(str(number)), self, button.click)
            layout.addWidget(button)
        self.done = QPushButton(self.tr("Done painting"))
        self.done.clicked.connect(self._painted)
        layout.addWidget(self.done)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setObjectName("studyFeedback")
        layout.addWidget(self.feedback)
        self.next = QPushButton(self.tr("Next question"))
        self.next.clicked.connect(self.session.next)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self, self.next.click)
        layout.addWidget(self.next)
        layout.addStretch(1)
        return box

    # -- what the student does -----------------------------------------------------------------
    @Slot()
    def start_round(self, deck: Deck | None = None) -> None:
        self.session.start(deck or self.decks[self.deck.currentIndex()], self.count.value())

    def open_deck(self, path: str | None = None) -> list[str]:
        """A teacher's deck (YAML): its round starts; its problems are shown."""
        path = (
            path
            or QFileDialog.getOpenFileName(
                self, self.tr("Open a deck"), "", self.tr("Deck (*.yaml *.yml)")
            )[0]
        )
        if not path:
            return []
        deck, problems = load_deck(Path(path), self.session.atlas)
        self.note.setText("\n".join(problems[:6]))
        if deck is not None:
            self.decks.append(deck)
            self.deck.addItem(deck.name)
            self.deck.setCurrentIndex(self.deck.count() - 1)
            self.start_round(deck)
        return problems

    def export_progress(self, path: str | None = None) -> Path | None:
        """A copy of the student's progress, for a teacher or another computer."""
        path = (
            path
            or QFileDialog.getSaveFileName(
                self, self.tr("Export my progress"), "study-progress.json", self.tr("JSON (*.json)")
            )[0]
        )
        if not path:
            return None
        try:
            save_progress(Path(path), self.session.progress)
        except OSError as error:
            self.note.setText(self.tr("Not exported: %1").replace("%1", str(error)))
            return None
        return Path(path)

    @Slot()
    def reset_progress(self) -> None:
        self.session.progress.boxes.clear()
        self.session.progress.asked = self.session.progress.right = 0
        self._keep()
        self._show()

    def _chosen(self, button: QPushButton) -> None:
        point = button.property("point")
        if point:
            self.session.choose(str(point))

    @Slot(str, float, float, float)
    def _tapped(self, view_id: str, x: float, y: float, tolerance: float) -> None:
        self.session.tap(view_id, x, y)

    @Slot(str, float, float)
    def _stroke_started(self, view_id: str, x: float, y: float) -> None:
        self._stroke = [(x, y)]

    @Slot(str, float, float)
    def _stroke_moved(self, view_id: str, x: float, y: float) -> None:
        self._stroke.append((x, y))
        self.layers[view_id].show_live(self._stroke, BRUSH)

    @Slot(str, float, float)
    def _stroke_finished(self, view_id: str, x: float, y: float) -> None:
        self._stroke.append((x, y))
        self.layers[view_id].show_live([], 1.0)
        self.painted.append(Stroke.of(view_id, self._stroke, BRUSH))
        self._show_painted()

    def paint(self, view_id: str, points: list[tuple[float, float]]) -> None:
        """A stroke painted (as the view's signals bring it; the tests call it too)."""
        self._stroke_started(view_id, *points[0])
        for x, y in points[1:-1]:
            self._stroke_moved(view_id, x, y)
        self._stroke_finished(view_id, *points[-1])

    @Slot()
    def _painted(self) -> None:
        question = self.session.question
        if question is None:
            return
        mine = [s.geometry for s in self.painted if s.view == question.view]
        self.session.paint(union_all(mine))

    def _show_painted(self) -> None:
        for view_id, layers in self.layers.items():
            mine = [s.geometry for s in self.painted if s.view == view_id]
            layers.show_pain(union_all(mine) if mine else None)

    # -- the session, shown --------------------------------------------------------------------
    @Slot(str)
    def _changed(self, aspect: str) -> None:
        if aspect == "question":
            self.painted = []
            self._show_painted()
        if aspect == "graded":
            self._keep()
        self._show()

    def _keep(self) -> None:
        try:
            save_progress(progress_file(), self.session.progress)
        except OSError as error:
            self.note.setText(self.tr("Progress not saved: %1").replace("%1", str(error)))

    def _show(self) -> None:
        session = self.session
        question = session.question
        atlas = session.atlas
        for layers in self.layers.values():
            layers.clear_overlays()
        boxes = session.progress.boxes
        self.learned.setText(
            self.tr("Learned so far: %1 of %2 items seen (box %3).")
            .replace("%1", str(sum(box == BOXES for box in boxes.values())))
            .replace("%2", str(len(boxes)))
            .replace("%3", str(BOXES))
        )
        right, asked = session.score()
        answered = session.grade is not None
        if question is None:
            self.counter.setText("")
            self.prompt.setText(
                self.tr("Round over: %1 of %2 right.")
                .replace("%1", str(right))
                .replace("%2", str(asked))
                if session.over
                else self.tr("Choose a deck and start a round.")
            )
            for button in self.choices:
                button.hide()
            self.done.hide()
            self.next.hide()
            self.feedback.setText("")
            for view in self.body.views.values():
                view.painting = False
            return
        self.counter.setText(
            self.tr("Question %1 of %2 · %3 right")
            .replace("%1", str(session.index + 1))
            .replace("%2", str(len(session.questions)))
            .replace("%3", str(right))
        )
        self.prompt.setText(question.prompt)
        point = atlas.trigger_points[question.point]
        self.body.ensure_visible((question.view,))
        if question.kind == "pattern" or answered:  # the pattern, red as on the charts
            for view_id, layers in self.layers.items():
                layers.add_overlay(
                    pattern_geometry(point, view_id, "right", "spillover"),
                    palette.SPILLOVER,
                    palette.spillover_brush(),
                    outline=False,
                )
                layers.add_overlay(
                    pattern_geometry(point, view_id, "right", "essential"),
                    palette.ESSENTIAL,
                    QBrush(palette.translucent(palette.ESSENTIAL, 170)),
                )
        if question.kind == "paint" or answered:  # its X: asked about, or the answer
            for layers in self.layers.values():
                layers.show_marker(question.point, ("right",))
        for button, choice in zip(self.choices, question.choices, strict=False):
            button.setText(atlas.trigger_points[choice].name)
            button.setProperty("point", choice)
        for index, button in enumerate(self.choices):
            button.setVisible(index < len(question.choices))
            button.setEnabled(not answered)
        self.done.setVisible(question.kind == "paint" and not answered)
        for view in self.body.views.values():
            view.painting = question.kind == "paint" and not answered
        grade = session.grade
        self.feedback.setText(
            ""
            if grade is None
            else f"{grade.reason} "
            + self.tr("It is %1: %2").replace("%1", point.name).replace("%2", point.referral)
        )
        if grade is not None:
            self.announce(self.feedback.text())
        self.next.setVisible(answered)

    def reset(self) -> None:
        super().reset()
        self.session.reset()
