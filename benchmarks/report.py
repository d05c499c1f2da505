"""The figures as a plain-text table and as JSON."""

from __future__ import annotations

from typing import Any

from benchmarks.stats import Figure


def _number(value: float) -> str:
    if value != value:  # NaN
        return "-"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(
    figures: list[Figure], info: dict[str, Any], quick: bool, seen: list[str] | None = None
) -> str:
    lines = [
        f"bodymap benchmark{' (quick: too few runs to trust)' if quick else ''}",
        f"machine: {info['cpu']}, {info['cores']} cores, {info['system']}; Python "
        f"{info['python']}, PySide6 {info['pyside6']}, Shapely {info['shapely']} "
        f"(GEOS {info['geos']}), PyYAML {info['pyyaml']} (libyaml: {info['libyaml']}); "
        f"{info.get('memory_gb', '?')} GB, load average {info.get('load_average', '?')}",
        "",
        f"{'figure':<38} {'median':>9} {'p95':>9} {'unit':<4} {'target':>8}  {'':<4} runs",
    ]
    for figure in figures:
        target = f"< {_number(figure.target)}" if figure.target is not None else ""
        verdict = {True: "ok", False: "MISS", None: ""}[figure.met]
        note = ""
        if "ratio_to_index" in figure.extra:
            note = f"  {figure.extra['ratio_to_index']:.0f}x the index"
        if "ratio_to_bare" in figure.extra:
            note = f"  {figure.extra['ratio_to_bare']:.2f}x bare"
        if "patterns_build_ms" in figure.extra:
            note = f"  pieces built in {figure.extra['patterns_build_ms']:.0f} ms"
        if "ratio_to_baseline" in figure.extra:
            note = f"  {figure.extra['ratio_to_baseline']:.2f}x the baseline"
        if "ratio_of_medians" in figure.extra:
            note = f"  {figure.extra['ratio_of_medians']:.2f}x as a ratio of medians"
        lines.append(
            f"{figure.name:<38} {_number(figure.median):>9} {_number(figure.p95):>9} "
            f"{figure.unit:<4} {target:>8}  {verdict:<4} {len(figure.samples)}{note}"
        )
    if seen:
        lines += ["", "seen while measuring:", *(f"  {note}" for note in seen)]
    return "\n".join(lines)


def figures_json(figures: list[Figure]) -> dict[str, Any]:
    return {figure.name: figure.as_json() for figure in figures}
