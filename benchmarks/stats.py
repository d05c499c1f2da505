"""Small measuring tools: repeated timings, their median and 95th percentile, the machine."""

from __future__ import annotations

import contextlib
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any


def percentile(values: Sequence[float], share: float) -> float:
    """The `share` (0..1) percentile by linear interpolation between the closest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * share
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass
class Figure:
    """One measured figure: samples in `unit`, a target (or None) and how to compare."""

    name: str
    unit: str
    samples: list[float]
    target: float | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def p95(self) -> float:
        return percentile(self.samples, 0.95)

    @property
    def met(self) -> bool | None:
        if self.target is None or not self.samples:
            return None
        return self.median <= self.target

    def as_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "median": self.median,
            "p95": self.p95,
            "runs": len(self.samples),
            "target": self.target,
            "met": self.met,
            "note": self.note,
            **self.extra,
            "samples": [round(value, 4) for value in self.samples],
        }


def timed(action: Callable[[], object], repeat: int, scale: float = 1e3) -> list[float]:
    """Run `action` `repeat` times; each run's wall time, times `scale` (ms by default)."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * scale)
    return samples


def per_call(
    action: Callable[[float, float], object], points: Sequence[tuple[float, float]], rounds: int = 3
) -> list[float]:
    """Latency of single calls in µs, one sample per point and round (after one warm round)."""
    for x, y in points[: min(len(points), 50)]:
        action(x, y)
    clock = time.perf_counter_ns
    overhead = min(_empty_call_ns(clock) for _ in range(5))
    samples = []
    for _ in range(rounds):
        for x, y in points:
            start = clock()
            action(x, y)
            samples.append(max(0.0, (clock() - start - overhead) / 1000.0))
    return samples


def _empty_call_ns(clock: Callable[[], int]) -> float:
    count = 2000
    start_all = clock()
    for _ in range(count):
        start = clock()
        _ = clock() - start
    return (clock() - start_all) / count / 2


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> float | None:
    """The machine's memory (MemTotal), where /proc says."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            return round(int(meminfo.readline().split()[1]) / 2**20, 1)
    except (OSError, ValueError, IndexError):
        return None


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    import shapely
    import yaml

    info: dict[str, Any] = {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "shapely": shapely.__version__,
        "geos": shapely.geos_version_string,
        "pyyaml": yaml.__version__,
        "libyaml": bool(getattr(yaml, "__with_libyaml__", False)),
    }
    try:
        import PySide6

        info["pyside6"] = PySide6.__version__
    except ImportError:
        info["pyside6"] = None
    info["memory_gb"] = _memory_gb()
    with contextlib.suppress(OSError):  # no load average on Windows
        info["load_average"] = [round(v, 2) for v in os.getloadavg()]
    return info
