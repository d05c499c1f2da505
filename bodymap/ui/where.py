"""Where does it hurt? Tap regions or paint where it hurts; the trigger points that explain it
are ranked beside the figure, and one or several can be laid over the drawing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)
from shapely import unary_union
from shapely.geometry.base import BaseGeometry

from bodymap.atlas import Atlas, Side
from bodymap.atlas.rank import Candidate, drawing_issue, find_complaint, rank_pain, region_words
from bodymap.ui.body_area import BodyArea
from bodymap.ui.mode import Mode
from bodymap.ui.pain_drawing import COMPARE, HATCHES, MATCH, PainDrawing, WhereLayers
from bodymap.ui.sketch import Sketch

SHOWN = 8
# How long each turn of the event loop may spend building the pattern index while idle: well
# within a frame at 60 Hz, so that the app answers at once while it is built.
PREPARE_SECONDS = 0.006
QUICK_COMPLAINTS = ("headache", "toothache", "neck pain", "tennis elbow", "low back pain",
                    "sciatica", "knee pain", "heel pain")


class CandidateRow(QWidget):
    """One ranked trigger point: name and side, a score bar, the reason, a compare box."""

    def __init__(self, name: str, side: str, score: float, reason: str) -> None:
        super().__init__()
        title = QLabel(f"<b>{name}</b> · {side}")
        title.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(score * 100))
        bar.setFormat(self.tr("match %p%"))
        bar.setAccessibleName(self.tr("How well it matches"))
        bar.setMaximumHeight(16)
        because = QLabel(reason)
        because.setWordWrap(True)
        because.setObjectName("reason")
        self.compare = QCheckBox(self.tr("compare"))
        self.compare.setAccessibleName(self.tr("Compare %s") % name)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.compare)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(bar)
        layout.addWidget(because)


class WhereMode(Mode):
    candidate_selected = Signal(str, str)   # trigger point id, side ("right", "left", "both")
    ranked = Signal(int)                    # how many candidates are listed

    def __init__(self, atlas: Atlas, sketch: Sketch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.drawing = PainDrawing(atlas, self)
        self.body = BodyArea(sketch, atlas)
        self.layers = {view_id: WhereLayers(scene) for view_id, scene in self.body.scenes.items()}
        self.candidates: list[Candidate] = []
        self.rows: list[CandidateRow] = []
        self._unprepared: list[str] = list(atlas.views)   # views whose patterns wait
        self._preparing: QTimer | None = None
        self._stroke: list[tuple[float, float]] = []

        self._three_panes(self._tools(), self.body, self._results(), (240, 700, 380))

        self.body.tapped.connect(self.on_tap)
        for view in self.body.views.values():
            view.stroke_started.connect(self.on_stroke_started)
            view.stroke_moved.connect(self.on_stroke_moved)
            view.stroke_finished.connect(self.on_stroke_finished)
        self.drawing.changed.connect(self.rerank)
        self.rerank()

    # -- widgets -------------------------------------------------------------------------------
    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setMinimumHeight(36)
        return button

    def _tools(self) -> QWidget:
        tools = QWidget()
        layout = QVBoxLayout(tools)
        layout.setContentsMargins(0, 0, 6, 0)
        intro = QLabel(self.tr("Tap the body where it hurts (tap again to remove), or switch "
                               "on Paint and paint the area with a finger or the mouse."))
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
        self.undo.clicked.connect(self.drawing.undo_stack.undo)
        self.clear_button = self._button(self.tr("Clear"), self.tr("Clear the drawing"))
        self.clear_button.clicked.connect(self.drawing.clear)
        row.addWidget(self.undo)
        row.addWidget(self.clear_button)
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
            button = self._button(self.tr(words), self.tr("Show %s") % words)
            button.setObjectName("complaint")
            button.clicked.connect(lambda _=False, w=words: self.search_symptom(w))
            layout.addWidget(button)
        layout.addStretch(1)
        return tools

    def _results(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 0, 0, 0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("whereMessage")
        self.message.setAccessibleName(self.tr("What the ranking says"))
        layout.addWidget(self.message)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Trigger points that may explain it"))
        self.list.currentRowChanged.connect(self._row_chosen)
        layout.addWidget(self.list, 1)
        self.compare_button = self._button(self.tr("Compare the ticked ones"),
                                           self.tr("Compare the ticked trigger points"))
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
        region = self.atlas.region_at(view_id, x, y)
        if region is None:
            self.message.setText(self.tr("That was outside the body: tap on the figure "
                                         "where it hurts."))
            return
        self.drawing.toggle_region((region.id, region.side))

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
        moved = max(abs(px - points[0][0]) + abs(py - points[0][1]) for px, py in points)
        if moved < 3:
            self.message.setText(self.tr("That was a single tap. Drag to paint the area, or "
                                         "switch Paint off to tap whole regions."))
            return
        if not self.atlas.inside_body(view_id, x, y) and not any(
                self.atlas.inside_body(view_id, px, py) for px, py in points):
            self.message.setText(self.tr("That was painted outside the body: paint on the "
                                         "figure where it hurts."))
            return
        self.drawing.add_stroke(view_id, points, float(self.brush.value()))

    @Slot(str)
    def search_symptom(self, text: str) -> None:
        complaint = find_complaint(self.atlas, text)
        if complaint is None:
            self.message.setText(self.tr("No complaint called “%1”. Try headache, toothache, "
                                         "sciatica, tennis elbow or heel pain.")
                                 .replace("%1", text))
            return
        self.drawing.reset()
        for view in self.atlas.views.values():
            for region in view.regions:
                if region.id in complaint.regions:
                    self.drawing.regions.add((region.id, region.side))
        self.drawing.changed.emit()
        self.message.setText(self.tr("%1: the regions it usually means are marked.")
                             .replace("%1", complaint.name) + " " + self.message.text())

    # -- ranking -------------------------------------------------------------------------------
    @Slot()
    def rerank(self) -> None:
        painted = self.drawing.geometry()
        for view_id, layers in self.layers.items():
            layers.show_pain(painted.get(view_id))
            layers.clear_overlays()
        self.legend.clear()
        self.list.clear()
        self.rows = []
        self.candidates = []
        issue = drawing_issue(self.atlas, painted)
        if issue is not None:
            self.message.setText({
                "empty": self.tr("Nothing marked yet. Tap where it hurts, paint it, or pick a "
                                 "complaint on the left."),
                "outside": self.tr("What is marked lies outside the body: mark the figure."),
                "small": self.tr("That is only a dot. Paint a little more of the area that "
                                 "hurts."),
            }[issue])
            self.ranked.emit(0)
            return
        sides = self.drawing.sides()
        side: Side | None = next(iter(sides)) if len(sides) == 1 else None
        self.candidates = rank_pain(self.atlas, painted, side, SHOWN)
        if not self.candidates:
            self.message.setText(self.tr("No trigger point in the atlas refers pain there."))
        else:
            self.message.setText(self.tr("Trigger points whose pain pattern best matches what "
                                         "you marked (tap one to see its pattern):"))
        for candidate in self.candidates:
            self._add_row(candidate)
        self.ranked.emit(len(self.candidates))

    def _side_text(self, side: Side | None) -> str:
        return {None: self.tr("both sides"), "right": self.tr("patient’s right"),
                "left": self.tr("patient’s left")}[side]

    def reason(self, candidate: Candidate) -> str:
        names = ", ".join(self.tr(w) for w in region_words(candidate.regions))
        text = self.tr("Its usual pattern covers %1% of what you marked: %2.") \
            .replace("%1", str(round(100 * candidate.essential_share))).replace("%2", names)
        if candidate.spillover_share >= 0.05:
            text += " " + self.tr("Its occasional spread covers another %1%.").replace(
                "%1", str(round(100 * candidate.spillover_share)))
        return text

    def _add_row(self, candidate: Candidate) -> None:
        point = self.atlas.trigger_points[candidate.trigger_point]
        row = CandidateRow(point.name, self._side_text(candidate.side), candidate.score,
                           self.reason(candidate))
        row.compare.toggled.connect(self._compare_count_changed)
        item = QListWidgetItem()
        item.setSizeHint(row.sizeHint())
        self.list.addItem(item)
        self.list.setItemWidget(item, row)
        self.rows.append(row)

    @Slot()
    def _compare_count_changed(self) -> None:
        ticked = sum(row.compare.isChecked() for row in self.rows)
        self.compare_button.setEnabled(ticked == 0 or 2 <= ticked <= 4)

    # -- overlays ------------------------------------------------------------------------------
    def _pattern(self, candidate: Candidate, view_id: str, kind: str | None) -> BaseGeometry:
        point = self.atlas.trigger_points[candidate.trigger_point]
        sides = ("right", "left") if candidate.side is None else (candidate.side,)
        return unary_union([z.geometry for z in point.zones if z.view == view_id
                            and z.side in sides and (kind is None or z.kind == kind)])

    @Slot(int)
    def _row_chosen(self, index: int) -> None:
        if 0 <= index < len(self.candidates):
            self.show_candidate(index)

    def show_candidate(self, index: int) -> None:
        """Lay one candidate's pattern over the drawing, in blue."""
        candidate = self.candidates[index]
        sides: tuple[Side, ...] = (("right", "left") if candidate.side is None
                                   else (candidate.side,))
        for view_id, layers in self.layers.items():
            layers.clear_overlays()
            layers.show_marker(candidate.trigger_point, sides)
            spill = self._pattern(candidate, view_id, "spillover")
            layers.add_overlay(spill, MATCH, Qt.BrushStyle.Dense5Pattern, outline=False)
            layers.add_overlay(self._pattern(candidate, view_id, "essential"), MATCH,
                               Qt.BrushStyle.SolidPattern, alpha=120)
        self.legend.setText(self.tr("<span style='color:#f28c28'>■</span> what you marked   "
                                    "<span style='color:#2563eb'>■</span> its pattern "
                                    "(solid: usual, dotted: occasional)"))
        views = self.atlas.trigger_points[candidate.trigger_point].views
        self.body.ensure_visible(views)
        side = candidate.side or "both"
        self.candidate_selected.emit(candidate.trigger_point, side)

    @Slot()
    def compare_checked(self) -> None:
        chosen = [c for c, row in zip(self.candidates, self.rows, strict=True)
                  if row.compare.isChecked()]
        if not 2 <= len(chosen) <= 4:
            self.message.setText(self.tr("Tick two to four trigger points to compare them."))
            return
        self.compare(chosen)

    def compare(self, chosen: list[Candidate]) -> None:
        """Lay 2-4 patterns over the drawing, each in its own colour and hatching, and shade
        what only one of them covers."""
        legend = []
        for index, candidate in enumerate(chosen):
            color = COMPARE[index]
            name = self.atlas.trigger_points[candidate.trigger_point].name
            legend.append(f"<span style='color:{color.name()}'>■</span> {name}")
        for view_id, layers in self.layers.items():
            layers.clear_overlays()
            for candidate in chosen:
                layers.show_marker(candidate.trigger_point,
                                   ("right", "left") if candidate.side is None
                                   else (candidate.side,))
            patterns = [self._pattern(c, view_id, None) for c in chosen]
            for index, pattern in enumerate(patterns):
                others = unary_union([p for i, p in enumerate(patterns) if i != index])
                layers.add_overlay(pattern.difference(others), COMPARE[index],
                                   Qt.BrushStyle.SolidPattern, alpha=70, outline=False)
                layers.add_overlay(pattern, COMPARE[index], HATCHES[index])
        self.legend.setText("<br/>".join(legend) + "<br/>" + self.tr(
            "Shaded: where only that one refers pain, which tells them apart."))

    def prepare(self) -> None:
        """Build the atlas's pattern index while the app is idle, a few milliseconds per turn
        of the event loop, so that the first ranking does not wait for it (~0.4 s in all
        here) and nothing stalls meanwhile. What is asked for first is built on demand."""
        self._unprepared = [view_id for view_id in self.atlas.views]
        if self._preparing is None:
            self._preparing = QTimer(self)   # stops with the mode (a reload replaces it)
            self._preparing.setInterval(0)
            self._preparing.timeout.connect(self._prepare_next)
        self._preparing.start()

    @property
    def prepared(self) -> bool:
        return not self._unprepared

    @Slot()
    def _prepare_next(self) -> None:
        if self._unprepared and self.atlas.prepare_patterns(self._unprepared[0],
                                                            PREPARE_SECONDS):
            self._unprepared.pop(0)
        if not self._unprepared and self._preparing is not None:
            self._preparing.stop()

    def reset(self) -> None:
        self.set_painting(False)
        self.symptom.clear()
        self.drawing.reset()
        self.body.reset()
