"""Where does it hurt?: the pain drawing, the trigger points ranked for it, the candidate laid
over it and the candidates compared."""

from __future__ import annotations

from collections.abc import Sequence

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.model import Complaint, Side
from bodymap.atlas.rank import (
    Candidate,
    Comparison,
    ComplaintMatch,
    DrawingIssue,
    compare,
    match_complaint,
    rank_drawing,
)
from bodymap.state.client_file import ClientRecord
from bodymap.state.observable import Observable
from bodymap.state.pain import Drawing, PainDrawing, StrokeOutcome

SHOWN = 8  # candidates listed
COMPARED = (2, 4)  # how few and how many candidates can be compared


class WhereState(Observable):
    """Aspects: "drawing" (and with it the ranking), "chosen" (the candidate or comparison
    laid over the drawing), "complaint" (a complaint marked the drawing), "record" (the
    points the therapist confirmed, and the notes, kept with the drawing in a client file)."""

    def __init__(self, atlas: Atlas, shown: int = SHOWN) -> None:
        super().__init__()
        self.atlas = atlas
        self.shown = shown
        self.drawing = PainDrawing(atlas)
        self.candidates: list[Candidate] = []
        self.issue: DrawingIssue | None = "empty"  # why nothing is ranked, if so
        self.chosen: int | None = None  # the candidate laid over the drawing
        self.compared: tuple[int, ...] = ()  # the candidates laid over it together
        self.comparison: dict[str, list[Comparison]] = {}
        # The complaint that marked the drawing, while the drawing is the one it marked.
        self.complaint: Complaint | None = None
        self._marked: Drawing | None = None
        # For the client's record (a client file): the points confirmed, and notes.
        self.confirmed: tuple[tuple[str, Side | None], ...] = ()
        self.notes = ""
        self.drawing.subscribe(self._drawing_changed)

    def _drawing_changed(self, aspect: str) -> None:
        if self.drawing.drawing is not self._marked:
            self.complaint = None
        ranking = rank_drawing(self.atlas, self.drawing.geometry(), self.drawing.side(), self.shown)
        self.issue, self.candidates = ranking.issue, ranking.candidates
        self.chosen = None
        self.compared = ()
        self.comparison = {}
        self._changed("drawing")

    # -- input -------------------------------------------------------------------------------
    def tap(self, view_id: str, x: float, y: float) -> bool:
        """Mark or unmark the region under (x, y); False when that is outside the body."""
        return self.drawing.tap(view_id, x, y)

    def stroke(
        self, view_id: str, points: Sequence[tuple[float, float]], width: float
    ) -> StrokeOutcome:
        """Add a painted stroke; or say why it was not (see `PainDrawing.add_stroke`)."""
        return self.drawing.add_stroke(view_id, points, width)

    def say(self, text: str) -> ComplaintMatch:
        """Mark the regions a complaint in words stands for ("sciatica"). When no complaint is
        called that, the drawing stays as it was and the match says which were considered."""
        match = match_complaint(self.atlas, text)
        complaint = match.complaint
        if complaint is not None:
            self.drawing.mark_regions(complaint.regions)
            self.complaint, self._marked = complaint, self.drawing.drawing
            self._changed("complaint")
        return match

    # -- what is laid over the drawing -------------------------------------------------------
    def choose(self, index: int | None) -> None:
        """Lay one candidate's pattern over the drawing (None: none)."""
        if index is not None and not 0 <= index < len(self.candidates):
            raise IndexError(index)
        self.chosen = index
        self.compared = ()
        self.comparison = {}
        self._changed("chosen")

    def compare(self, indexes: Sequence[int]) -> bool:
        """Lay two to four candidates over the drawing at once; False (nothing changed) for
        fewer or more."""
        chosen = tuple(dict.fromkeys(indexes))
        if not COMPARED[0] <= len(chosen) <= COMPARED[1] or not all(
            0 <= i < len(self.candidates) for i in chosen
        ):
            return False
        self.chosen = None
        self.compared = chosen
        self.comparison = compare(self.atlas, [self.candidates[i] for i in chosen])
        self._changed("chosen")
        return True

    @property
    def candidate(self) -> Candidate | None:
        return self.candidates[self.chosen] if self.chosen is not None else None

    def clear_choice(self) -> None:
        """Nothing laid over the drawing; the drawing stays."""
        if self.chosen is not None or self.compared:
            self.choose(None)

    def confirm(self, index: int) -> None:
        """The therapist confirms a candidate (or takes the confirmation back)."""
        candidate = self.candidates[index]
        key = (candidate.trigger_point, candidate.side)
        kept = self.confirmed
        self.confirmed = tuple(k for k in kept if k != key) if key in kept else (*kept, key)
        self._changed("record")

    def set_notes(self, text: str) -> None:
        if text != self.notes:
            self.notes = text
            self._changed("record")

    def record(self) -> ClientRecord:
        return ClientRecord(self.drawing.drawing, self.confirmed, self.notes)

    def restore(self, record: ClientRecord) -> None:
        """A client file opened: its drawing (ranked again), confirmed points and notes."""
        self.confirmed = record.confirmed
        self.notes = record.notes
        self.drawing.restore(record.drawing)
        self._changed("record")

    def reset(self) -> None:
        """Nothing drawn, nothing in the history, nothing chosen."""
        self.confirmed = ()
        self.notes = ""
        self.drawing.reset()
