"""The hold timer on a fake clock: holds, rests, repetitions, pause, and the soreness
reminder over a visit."""

from __future__ import annotations

from bodymap.atlas.model import Technique
from bodymap.state.timer import REST_SECONDS, SORENESS_AFTER, HoldTimer

TECHNIQUE = Technique("Sustained compression", 30, 90, 3, "moderate", "")


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_hold_counts_down_from_the_low_end_and_says_where_it_ends(heard) -> None:
    clock = Clock()
    timer = HoldTimer(clock)
    timer.load("upper_trapezius_1", TECHNIQUE)
    assert (timer.phase, timer.remaining(), timer.longest) == ("ready", 30, 90)
    timer.subscribe(heard)
    timer.start()
    clock.now += 12.2
    timer.tick()
    assert (timer.phase, timer.remaining(), timer.repetition) == ("hold", 18, 1)
    assert round(timer.progress(), 2) == 0.41


def test_holds_and_rests_follow_each_other_to_the_end(heard) -> None:
    clock = Clock()
    timer = HoldTimer(clock)
    timer.load("upper_trapezius_1", TECHNIQUE)
    timer.subscribe(heard)
    timer.start()
    clock.now += 30
    timer.tick()
    assert (timer.phase, timer.repetition, timer.remaining()) == ("rest", 1, REST_SECONDS)
    clock.now += REST_SECONDS + 30 + 5  # the rest, the second hold, into the second rest
    timer.tick()  # caught up whole, though nobody ticked meanwhile
    assert (timer.phase, timer.repetition, timer.remaining()) == ("rest", 2, REST_SECONDS - 5)
    clock.now += REST_SECONDS - 5 + 30
    timer.tick()
    assert timer.phase == "done" and not timer.running and timer.progress() == 1.0
    assert "finished" in heard.aspects and timer.points_held == ["upper_trapezius_1"]


def test_a_pause_stops_the_clock_and_resume_goes_on() -> None:
    clock = Clock()
    timer = HoldTimer(clock)
    timer.load("masseter_1", TECHNIQUE)
    timer.start()
    clock.now += 10
    timer.toggle()  # pause
    clock.now += 300  # the therapist talks to the client
    timer.tick()
    assert (timer.phase, timer.remaining(), timer.running) == ("hold", 20, False)
    timer.toggle()  # resume
    clock.now += 19
    timer.tick()
    assert (timer.phase, timer.remaining()) == ("hold", 1)
    timer.reset()
    assert (timer.phase, timer.remaining(), timer.repetition) == ("ready", 30, 1)


def test_after_several_points_in_a_visit_it_reminds_of_soreness(heard) -> None:
    clock = Clock()
    timer = HoldTimer(clock)
    timer.subscribe(heard)
    once = Technique("Compression", 10, 20, 1, "light", "")
    for number in range(SORENESS_AFTER):
        timer.load(f"point_{number}", once)
        timer.start()
        clock.now += 10
        timer.tick()
    assert heard.aspects.count("soreness") == 1
    timer.new_visit()
    assert timer.points_held == [] and timer.phase == "ready"
