"""The hold timer for the point shown: its hold time counted down, repetition by repetition
with a rest between, pause and resume; and, over a visit, a reminder that too many points in
one session leave the client sore. Time comes from a clock passed in, so tests never sleep.

A hold starts at the low end of the technique's range (the tissue often releases by then) and
says where the range ends; the therapist holds on while it has not released.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Literal

from bodymap.atlas.model import Technique
from bodymap.state.observable import Observable

REST_SECONDS = 20  # between repetitions: the tissue refills, the hands rest
SORENESS_AFTER = 6  # points held in one visit before the reminder
Phase = Literal["ready", "hold", "rest", "done"]


class HoldTimer(Observable):
    """Aspects: "timer" (the phase or the running state changed: the widget ticks itself
    for the digits), "finished" (the last repetition ended), "soreness" (the reminder)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        super().__init__()
        self.clock = clock
        self.point = ""
        self.hold = 0
        self.longest = 0
        self.repetitions = 1
        self.rest = REST_SECONDS
        self.phase: Phase = "ready"
        self.repetition = 1  # 1-based, the one held or about to be
        self.running = False
        self._started = 0.0  # when the running phase began (moved on by pauses)
        self._paused_at = 0.0
        self.points_held: list[str] = []  # this visit's points whose holds were finished

    # -- what the therapist does ---------------------------------------------------------------
    def load(self, point_id: str, technique: Technique) -> None:
        """The timer set for a point's technique, stopped at its start."""
        self.point = point_id
        self.hold = technique.hold_min
        self.longest = technique.hold_max
        self.repetitions = max(1, technique.repetitions)
        self._to("ready", 1, running=False)

    def start(self) -> None:
        if self.phase in ("ready", "done"):
            self._to("hold", 1, running=True)
        elif not self.running:
            self.resume()

    def pause(self) -> None:
        if self.running:
            self._paused_at = self.clock()
            self.running = False
            self._changed("timer")

    def resume(self) -> None:
        if not self.running and self.phase in ("hold", "rest"):
            self._started += self.clock() - self._paused_at
            self.running = True
            self._changed("timer")

    def toggle(self) -> None:
        """Space on the timer: start, pause or resume."""
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to the start of the same point's holds."""
        self._to("ready", 1, running=False)

    def new_visit(self) -> None:
        """A new client: the count of points held starts again."""
        self.points_held = []
        self.reset()

    # -- the time ------------------------------------------------------------------------------
    def length(self) -> int:
        """Seconds of the current phase."""
        return {"hold": self.hold, "rest": self.rest}.get(self.phase, 0)

    def elapsed(self) -> float:
        if self.phase not in ("hold", "rest"):
            return 0.0
        now = self._paused_at if not self.running else self.clock()
        return max(0.0, now - self._started)

    def remaining(self) -> int:
        """Whole seconds left in this phase (the hold time itself when ready)."""
        if self.phase == "ready":
            return self.hold
        return max(0, math.ceil(self.length() - self.elapsed()))

    def progress(self) -> float:
        """0 to 1 through the current phase (1 when done)."""
        if self.phase == "done":
            return 1.0
        length = self.length()
        return min(1.0, self.elapsed() / length) if length else 0.0

    def tick(self) -> None:
        """Move on when the time of a phase is up (the widget calls this a few times a
        second); a phase that ended while nobody ticked is caught up whole."""
        while self.running and self.elapsed() >= self.length():
            ended = self._started + self.length()
            if self.phase == "hold" and self.repetition < self.repetitions:
                self._to("rest", self.repetition, running=True, at=ended)
            elif self.phase == "rest":
                self._to("hold", self.repetition + 1, running=True, at=ended)
            else:
                self._finish()

    def _finish(self) -> None:
        self._to("done", self.repetition, running=False)
        if self.point and self.point not in self.points_held:
            self.points_held.append(self.point)
        self._changed("finished")
        if len(self.points_held) == SORENESS_AFTER:
            self._changed("soreness")

    def _to(self, phase: Phase, repetition: int, running: bool, at: float | None = None) -> None:
        self.phase = phase
        self.repetition = repetition
        self.running = running
        self._started = self.clock() if at is None else at
        self._paused_at = self._started
        self._changed("timer")
