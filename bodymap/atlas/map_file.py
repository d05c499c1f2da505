"""Reading one map file from disk: its name as shown in problems, and its parsed contents."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bodymap.atlas.map_format import FILE_KINDS
from bodymap.atlas.problems import Problem
from bodymap.atlas.spec import Report
from bodymap.atlas.vocabulary import closest
from bodymap.atlas.yamlnodes import MAX_FILE_BYTES, Mark, ParseIssue, Record, read_yaml


@dataclass
class MapFile:
    """One file's top-level record, once it parsed and had a known kind."""

    name: str
    kind: str
    body: Any  # the value under the top-level key
    record: Record
    layer: int  # 0 for the built-in maps, 1.. for user folders laid over them


def display_name(path: Path, folder: Path, builtin: bool) -> str:
    if builtin:
        return f"maps/{path.relative_to(folder).as_posix()}"
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def reporter(name: str, problems: list[Problem]) -> Report:
    def report(mark: Mark, message: str) -> None:
        problems.append(Problem(name, mark.line, mark.col, message))

    return report


def read_map_file(path: Path, name: str, layer: int, problems: list[Problem]) -> MapFile | None:
    """Read, parse and identify one file; every problem goes to `problems`."""
    report = reporter(name, problems)
    try:
        size = path.stat().st_size
        raw = b""
        if size <= MAX_FILE_BYTES:
            # At most one byte over the limit: a file that grows once looked at is caught.
            with path.open("rb") as file:
                raw = file.read(MAX_FILE_BYTES + 1)
            size = max(size, len(raw))
    except OSError as error:
        report(Mark(0, 0), f"cannot read the file: {error.strerror or error}")
        return None
    if size > MAX_FILE_BYTES:
        report(
            Mark(0, 0),
            f"file is {(size + 1023) // 1024} KiB, over the limit of "
            f"{MAX_FILE_BYTES // 1024} KiB for a map file; not read",
        )
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        report(Mark(line, col), "the file is not UTF-8 text (save it as UTF-8)")
        return None
    try:
        value, duplicates = read_yaml(text)
    except ParseIssue as issue:
        report(issue.mark, issue.message)
        return None
    for mark, message in duplicates:
        report(mark, message)
    if value is None:
        report(Mark(1, 1), "the file is empty; expected one of the keys " + ", ".join(FILE_KINDS))
        return None
    if not isinstance(value, Record):
        found = "a list" if isinstance(value, list) else "plain text"
        report(
            Mark(1, 1),
            f"expected a mapping with one of the keys {', '.join(FILE_KINDS)}, found {found}",
        )
        return None
    kinds = [key for key in value if key in FILE_KINDS]
    if len(kinds) != 1:
        unknown = [key for key in value if key not in FILE_KINDS]
        hint = closest(unknown[0], list(FILE_KINDS)) if unknown else ""
        report(
            value.mark,
            "expected exactly one top-level key of "
            f"{', '.join(FILE_KINDS)}, found {', '.join(value) or 'none'}{hint}",
        )
        return None
    kind = kinds[0]
    for key in value:
        if key != kind:
            report(value.mark_of(key), f"unknown top-level field '{key}' beside '{kind}'")
    return MapFile(name, kind, value[kind], value, layer)
