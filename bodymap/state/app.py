"""The whole application's state: the atlas with the problems found loading it, and each
mode's state; which mode is in front; a reset to how a fresh start finds it."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.problems import Problem
from bodymap.state.explore import ExploreState
from bodymap.state.observable import Observable
from bodymap.state.study import StudySession
from bodymap.state.timer import HoldTimer
from bodymap.state.where import WhereState
from bodymap.state.wording import Translate, english

MODES = ("explore", "where", "study")


class AppState(Observable):
    """Aspects: "mode", "client_view", "all_points", "anatomy", "mirrored", "return"
    (whether Explore shows a point opened from "Where does it hurt?", with the way back)."""

    def __init__(
        self,
        atlas: Atlas,
        problems: Sequence[Problem] = (),
        clock: Callable[[], float] = time.monotonic,
        translate: Translate = english,
    ) -> None:
        super().__init__()
        self.atlas = atlas
        self.problems = tuple(problems)
        self.translate = translate  # the interface's language, for what the state words
        self.explore = ExploreState(atlas, translate)
        self.where = WhereState(atlas)
        self.timer = HoldTimer(clock)  # the hold timer of the point shown in Explore
        # a round of questions (its progress: the UI's file)
        self.study = StudySession(atlas, translate=translate)
        self.mode = MODES[0]
        self.returns_to_where = False  # Explore shows a candidate opened from the drawing
        # A screen a client or the public reads: techniques marked clinician-only show the
        # label alone, never their steps. A setting, so a reset keeps it.
        self.client_view = False
        # While a pattern is shown the other trigger points step out of the way, so that
        # nothing covers the pattern; a person finding points nearby can keep them all on.
        self.all_points = False
        # The anatomy layer: the muscles of the shown point's body area drawn faintly under
        # its pattern, its own muscle standing out (for students).
        self.anatomy = False
        # The figure as the client sees themself in a mirror (their right on the right in
        # the front view), rather than as the therapist facing them sees them.
        self.mirrored = False

    def set_mirrored(self, on: bool) -> None:
        if on != self.mirrored:
            self.mirrored = on
            self._changed("mirrored")

    def set_anatomy(self, on: bool) -> None:
        if on != self.anatomy:
            self.anatomy = on
            self._changed("anatomy")

    def set_all_points(self, on: bool) -> None:
        if on != self.all_points:
            self.all_points = on
            self._changed("all_points")

    def set_client_view(self, on: bool) -> None:
        if on != self.client_view:
            self.client_view = on
            self._changed("client_view")

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"no mode '{mode}'")
        if mode != self.mode:
            self.mode = mode
            self._changed("mode")

    def open_candidate(self, index: int) -> None:
        """A candidate of "Where does it hurt?" opened in Explore (its technique, hold time and
        precautions), on its side; the drawing stays, for the way back."""
        candidate = self.where.candidates[index]
        side = candidate.side or "right"
        self.explore.select(candidate.trigger_point, side)
        self._set_return(True)
        self.set_mode("explore")

    def back_to_where(self) -> None:
        """Back to the drawing a candidate was opened from, as it was."""
        self._set_return(False)
        self.set_mode("where")

    def _set_return(self, on: bool) -> None:
        if on != self.returns_to_where:
            self.returns_to_where = on
            self._changed("return")

    def clear(self) -> None:
        """What Escape does: the mode in front shows nothing chosen; a drawing stays."""
        if self.mode == "explore":
            self.explore.clear()
        else:
            self.where.clear_choice()

    def start_over(self) -> None:
        """Back to the first mode with nothing shown; the drawing is cleared as an undoable
        edit, so a person who did not mean it can bring it back."""
        self.explore.reset()
        self.where.clear_choice()
        self.where.drawing.clear()
        self._set_return(False)
        self.set_mode(MODES[0])

    def reset(self) -> None:
        """As a fresh start: every mode as it started, no drawing and no history of one
        (what a kiosk does between visitors)."""
        self.explore.reset()
        self.where.reset()
        self.study.reset()
        self.timer.new_visit()
        self._set_return(False)
        self.set_mode(MODES[0])
