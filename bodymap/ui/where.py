"""Where does it hurt? Tap regions or paint where it hurts; the trigger points that explain it
are ranked beside the figure, and one or several can be laid over the drawing.

It renders a `WhereState` and forwards taps, strokes and words to it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from bodymap.atlas.model import Side
from bodymap.atlas.patterns import sides_of
from bodymap.state import wording
from bodymap.state.where import WhereState
from bodymap.ui import palette
from bodymap.ui.body_area import BodyArea
from bodymap.ui.candidates import CandidateList
from bodymap.ui.mode import Mode
from bodymap.ui.overlays import WhereLayers
from bodymap.ui.translate import translate

QUICK_COMPLAINTS = (
    "headache",
    "toothache",
    "neck pain",
    "tennis elbow",
    "low back pain",
    "sciatica",
    "knee pain",
    "heel pain",
)


class WhereMode(Mode):
    candidate_selected = Signal(str, str)  # trigger point id, side ("right", "left", "both")
    open_requested = Signal(int)  # a candidate's details asked for (opened in Explore)
    ranked = Signal(int)  # how many candidates are listed

    def __init__(self, state: WhereState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.public = False  # a public screen: the reasons in words, no percentages
        self.state = state
        self.body = BodyArea(state.atlas)
        self.layers = {view_id: WhereLayers(scene) for view_id, scene in self.body.scenes.items()}
        self._stroke: list[tuple[float, float]] = []
        self._three_panes(self._tools(), self.body, self._results(), (240, 700, 380))
        self.body.tapped.connect(self.on_tap)
        self.body.layout_chosen.connect(self.body.set_layout)
        for view in self.body.views.values():
            view.stroke_started.connect(self.on_stroke_started)
            view.stroke_moved.connect(self.on_stroke_moved)
            view.stroke_finished.connect(self.on_stroke_finished)
        state.subscribe(self._changed)
        self._show_ranking()

    # -- widgets -------------------------------------------------------------------------------
    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setMinimumHeight(36)
        return button

    def _tools(self) -> QWidget:
        tools = QWidget()
        # Scrolled: on a low screen the buttons go below, rather than the window growing.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(tools)
        layout = QVBoxLayout(tools)
        layout.setContentsMargins(0, 0, 6, 0)
        intro = QLabel(
            self.tr(
                "Tap the body where it hurts (tap again to remove), or switch "
                "on Paint and paint the area with a finger or the mouse."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.paint = self._button(self.tr("Paint"), self.tr("Paint with a brush"))
        self.paint.setCheckable(True)
        self.paint.toggled.connect(self.set_painting)
        layout.addWidget(self.paint)
        self.width_label = QLabel()
        layout.addWidget(self.width_label)
        self.brush = QSlider(Qt.Orientation.Horizontal)
        self.brush.setRange(10, 120)
        self.brush.setValue(40)
        self.brush.setAccessibleName(self.tr("Brush width"))
        self.brush.valueChanged.connect(self._show_width)
        self._show_width(self.brush.value())
        layout.addWidget(self.brush)
        row = QHBoxLayout()
        self.undo = self._button(self.tr("Undo"), self.tr("Undo the last change"))
        self.undo.clicked.connect(self.state.drawing.undo)
        self.redo = self._button(self.tr("Redo"), self.tr("Redo the change undone"))
        self.redo.clicked.connect(self.state.drawing.redo)
        self.clear_button = self._button(self.tr("Clear"), self.tr("Clear the drawing"))
        self.clear_button.clicked.connect(self.state.drawing.clear)
        for button in (self.undo, self.redo, self.clear_button):
            row.addWidget(button)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Or say what it is:")))
        self.symptom = QLineEdit()
        self.symptom.setPlaceholderText(self.tr("headache, sciatica, heel pain…"))
        self.symptom.setAccessibleName(self.tr("Complaint in words"))
        self.symptom.setClearButtonEnabled(True)
        self.symptom.returnPressed.connect(lambda: self.search_symptom(self.symptom.text()))
        layout.addWidget(self.symptom)
        for words in QUICK_COMPLAINTS:
            label = self.tr(words)  # listed for translators by tools/update_translations.py
            button = self._button(label, self.tr("Show %1").replace("%1", label))
            button.setObjectName("complaint")
            button.clicked.connect(lambda _=False, w=words: self.search_symptom(w))
            layout.addWidget(button)
        # The client's record, kept with the drawing in a client file (File menu).
        layout.addSpacing(10)
        self.record_title = QLabel(self.tr("<b>For the client's record</b>"))
        layout.addWidget(self.record_title)
        self.confirm = self._button(
            self.tr("Confirm the chosen point"),
            self.tr("Keep the candidate laid over the drawing in the client's record"),
        )
        self.confirm.clicked.connect(self._confirm_chosen)
        layout.addWidget(self.confirm)
        self.confirmed = QLabel()
        self.confirmed.setWordWrap(True)
        layout.addWidget(self.confirmed)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes…"))
        self.notes.setAccessibleName(self.tr("Notes for the client's record"))
        self.notes.setMaximumHeight(110)
        self.notes.textChanged.connect(lambda: self.state.set_notes(self.notes.toPlainText()))
        layout.addWidget(self.notes)
        layout.addStretch(1)
        scroller.setMinimumWidth(
            tools.minimumSizeHint().width() + scroller.verticalScrollBar().sizeHint().width()
        )
        return scroller

    def _results(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 0, 0, 0)
        # A complaint's red flags come first, before any candidate (maps/complaints.yaml).
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setObjectName("redFlags")
        self.flags.setTextFormat(Qt.TextFormat.RichText)
        self.flags.setAccessibleName(self.tr("When to see a doctor"))
        self.flags.setVisible(False)
        layout.addWidget(self.flags)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("whereMessage")
        self.message.setAccessibleName(self.tr("What the ranking says"))
        layout.addWidget(self.message)
        self.list = CandidateList(self.state.shown)
        self.list.chosen.connect(self.state.choose)
        self.list.opened.connect(self.open_requested)
        self.list.compare_changed.connect(self._compare_count_changed)
        layout.addWidget(self.list, 1)
        self.compare_button = self._button(
            self.tr("Compare the ticked ones"), self.tr("Compare the ticked trigger points")
        )
        self.compare_button.clicked.connect(self.compare_checked)
        layout.addWidget(self.compare_button)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        return box

    @Slot(int)
    def _show_width(self, value: int) -> None:
        self.width_label.setText(self.tr("Brush width: %1").replace("%1", str(value)))

    # -- input ---------------------------------------------------------------------------------
    @Slot(bool)
    def set_painting(self, on: bool) -> None:
        for view in self.body.views.values():
            view.painting = on
        if self.paint.isChecked() != on:
            self.paint.setChecked(on)

    @Slot(str, float, float, float)
    def on_tap(self, view_id: str, x: float, y: float, tolerance: float) -> None:
        if not self.state.tap(view_id, x, y):
            self.message.setText(wording.tapped_outside(translate))

    @Slot(str, float, float)
    def on_stroke_started(self, view_id: str, x: float, y: float) -> None:
        self._stroke = [(x, y)]

    @Slot(str, float, float)
    def on_stroke_moved(self, view_id: str, x: float, y: float) -> None:
        if self._stroke:
            self._stroke.append((x, y))
            self.layers[view_id].show_live(self._stroke, float(self.brush.value()))

    @Slot(str, float, float)
    def on_stroke_finished(self, view_id: str, x: float, y: float) -> None:
        points, self._stroke = [*self._stroke, (x, y)], []
        self.layers[view_id].show_live([], 1.0)
        outcome = self.state.stroke(view_id, points, float(self.brush.value()))
        if outcome != "added":
            self.message.setText(wording.stroke_note(outcome, translate))

    @Slot(str)
    def search_symptom(self, text: str) -> None:
        match = self.state.say(text)
        if match.complaint is None:
            self.message.setText(wording.no_complaint(text, match.considered, translate))

    @Slot()
    def compare_checked(self) -> None:
        if not self.state.compare(self.list.ticked()):
            self.message.setText(self.tr("Tick two to four trigger points to compare them."))

    @Slot()
    def _compare_count_changed(self) -> None:
        ticked = len(self.list.ticked())
        self.compare_button.setEnabled(ticked == 0 or 2 <= ticked <= 4)

    # -- rendering the state --------------------------------------------------------------------
    def _changed(self, aspect: str) -> None:
        if aspect in ("record", "chosen", "drawing"):
            self._show_record()
        if aspect in ("drawing", "complaint"):
            self._show_flags()
        if aspect == "drawing":
            self._show_ranking()
        elif aspect == "chosen":
            self._show_chosen()
        elif aspect == "complaint" and self.state.complaint is not None:
            self.message.setText(
                wording.fill(
                    self.tr("%1: the regions it usually means are marked."),
                    self.state.complaint.name,
                )
                + " "
                + self.message.text()
            )

    def _show_flags(self) -> None:
        complaint = self.state.complaint
        if complaint is None or not complaint.red_flags:
            self.flags.setVisible(False)
            return
        self.flags.setText(
            f"<b>⚠ {escape(wording.complaint_flags(complaint, translate))}</b><ul>"
            + "".join(f"<li>{escape(flag)}</li>" for flag in complaint.red_flags)
            + "</ul>"
        )
        self.flags.setVisible(True)

    def _show_ranking(self) -> None:
        state = self.state
        painted = state.drawing.geometry()
        for view_id, layers in self.layers.items():
            layers.show_pain(painted.get(view_id))
            layers.clear_overlays()
        self.legend.clear()
        self.undo.setEnabled(state.drawing.can_undo)
        self.redo.setEnabled(state.drawing.can_redo)
        self.clear_button.setEnabled(not state.drawing.is_empty())
        if state.issue is not None:
            self.message.setText(wording.drawing_issue(state.issue, translate))
        else:
            self.message.setText(wording.ranking_note(len(state.candidates), translate))
        if state.candidates:  # what changed, for a screen reader: the best match first
            best = state.candidates[0]
            self.announce(
                wording.fill(
                    self.tr("%1 candidates; the best: %2, %3."),
                    len(state.candidates),
                    state.atlas.trigger_points[best.trigger_point].name,
                    wording.strength(best.score, translate),
                )
            )
        self.list.show_rows(
            [
                (
                    state.atlas.trigger_points[c.trigger_point].name,
                    wording.side_words(c.side, translate),
                    c.score,
                    wording.strength(c.score, translate),
                    (wording.public_reason if self.public else wording.reason)(c, translate),
                )
                for c in state.candidates
            ]
        )
        self._compare_count_changed()
        self.ranked.emit(len(state.candidates))

    def _show_chosen(self) -> None:
        state = self.state
        for layers in self.layers.values():
            layers.clear_overlays()
        self.list.set_current(state.chosen)
        self.legend.clear()
        candidate = state.candidate
        if candidate is not None:
            sides: tuple[Side, ...] = sides_of(candidate.side_key)
            for view_id, layers in self.layers.items():
                layers.show_marker(candidate.trigger_point, sides)
                # As in Explore and on the charts: the usual pattern solid red, the occasional
                # spread stippled red, the X black.
                layers.add_overlay(
                    candidate.pattern(state.atlas, view_id, "spillover"),
                    palette.SPILLOVER,
                    palette.spillover_brush(),
                    outline=False,
                )
                layers.add_overlay(
                    candidate.pattern(state.atlas, view_id, "essential"),
                    palette.ESSENTIAL,
                    QBrush(palette.translucent(palette.ESSENTIAL, 190)),
                )
            self.legend.setText(
                self.tr(
                    "<span style='color:%1'>■</span> what you marked   "
                    "<span style='color:%2'>■</span> its pattern (solid: usual, dotted: "
                    "occasional)   ✕ the trigger point"
                )
                .replace("%1", palette.PAIN.name())
                .replace("%2", palette.ESSENTIAL.name())
            )
            point = state.atlas.trigger_points[candidate.trigger_point]
            self.body.ensure_visible(
                tuple(dict.fromkeys(v for side in sides for v in point.views_for(side)))
            )
            self.candidate_selected.emit(candidate.trigger_point, candidate.side_key)
        elif state.compared:
            self._show_comparison()

    def _show_comparison(self) -> None:
        state = self.state
        chosen = [state.candidates[i] for i in state.compared]
        for view_id, layers in self.layers.items():
            for index, candidate in enumerate(chosen):
                layers.show_marker(
                    candidate.trigger_point, sides_of(candidate.side_key), palette.COMPARE[index]
                )
            for index, part in enumerate(state.comparison.get(view_id, [])):
                color = palette.COMPARE[index]
                layers.add_overlay(
                    part.only_this,
                    color,
                    QBrush(palette.translucent(color, 70)),
                    outline=False,
                )
                layers.add_overlay(
                    part.pattern, color, palette.hatch_brush(color, palette.HATCHES[index])
                )
        legend = [
            f"<span style='color:{palette.COMPARE[index].name()}'>■ ✕</span> "
            f"{escape(state.atlas.trigger_points[c.trigger_point].name)}"
            for index, c in enumerate(chosen)
        ]
        self.legend.setText(
            "<br/>".join(legend)
            + "<br/>"
            + self.tr("Shaded: where only that one refers pain, which tells them apart.")
        )

    def hide_record(self) -> None:
        """No client record on a public screen (the kiosk): nothing is kept of a visitor."""
        for widget in (self.record_title, self.confirm, self.confirmed, self.notes):
            widget.hide()

    @Slot()
    def _confirm_chosen(self) -> None:
        if self.state.chosen is not None:
            self.state.confirm(self.state.chosen)

    def _show_record(self) -> None:
        atlas = self.state.atlas
        names = [atlas.trigger_points[point].name for point, _ in self.state.confirmed]
        self.confirmed.setText(
            self.tr("Confirmed: %1").replace("%1", ", ".join(names)) if names else ""
        )
        if self.notes.toPlainText() != self.state.notes:  # a file opened, a reset
            blocked = self.notes.blockSignals(True)
            self.notes.setPlainText(self.state.notes)
            self.notes.blockSignals(blocked)
        self.confirm.setEnabled(self.state.chosen is not None)

    def clear(self) -> None:
        self.state.clear_choice()

    def reset(self) -> None:
        self.set_painting(False)
        self.symptom.clear()
        super().reset()
