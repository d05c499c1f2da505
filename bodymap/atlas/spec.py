"""A small description language for the map format: it checks values read from YAML and
writes the same description out as JSON Schema, so the two can never disagree."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bodymap.atlas.vocabulary import closest
from bodymap.atlas.yamlnodes import Items, Mark, Record

Report = Callable[[Mark, str], None]  # where, what: how a check reports a problem


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{value[:40]}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class Spec:
    description: str = ""

    def check(self, value: Any, where: str, mark: Mark, report: Report) -> bool:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def _with_description(self, schema: dict[str, Any]) -> dict[str, Any]:
        if self.description:
            schema["description"] = self.description
        return schema


@dataclass
class Text(Spec):
    description: str = ""
    pattern: re.Pattern[str] | None = None  # the whole text must match
    pattern_hint: str = ""  # what the pattern stands for, in words
    max_length: int | None = None

    def check(self, value: Any, where: str, mark: Mark, report: Report) -> bool:
        if not isinstance(value, str) or not value.strip():
            report(mark, f"{where}: expected text, found {_type_name(value)}")
            return False
        if self.max_length is not None and len(value) > self.max_length:
            report(
                mark, f"{where}: {len(value)} characters, more than the {self.max_length} allowed"
            )
            return False
        if self.pattern is not None and not self.pattern.fullmatch(value):
            report(mark, f"{where}: '{value}' is not {self.pattern_hint}")
            return False
        return True

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string", "minLength": 1}
        if self.max_length is not None:
            schema["maxLength"] = self.max_length
        if self.pattern is not None:
            schema["pattern"] = self.pattern.pattern
        return self._with_description(schema)


@dataclass
class Number(Spec):
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    exclusive_minimum: bool = False
    description: str = ""

    def check(self, value: Any, where: str, mark: Mark, report: Report) -> bool:
        kind = "a whole number" if self.integer else "a number"
        ok_type = isinstance(value, int) if self.integer else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok_type:
            report(mark, f"{where}: expected {kind}, found {_type_name(value)}")
            return False
        if isinstance(value, float) and not math.isfinite(value):
            report(mark, f"{where}: expected a finite number, found {value}")
            return False
        low, high = self.minimum, self.maximum
        if low is not None and (value <= low if self.exclusive_minimum else value < low):
            bound = f"more than {low:g}" if self.exclusive_minimum else f"at least {low:g}"
            report(mark, f"{where}: {value} is out of range (expected {bound})")
            return False
        if high is not None and value > high:
            report(mark, f"{where}: {value} is out of range (expected at most {high:g})")
            return False
        return True

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "integer" if self.integer else "number"}
        if self.minimum is not None:
            schema["exclusiveMinimum" if self.exclusive_minimum else "minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        return self._with_description(schema)


@dataclass
class Choice(Spec):
    values: tuple[str, ...]
    description: str = ""

    def check(self, value: Any, where: str, mark: Mark, report: Report) -> bool:
        if value not in self.values:
            shown = value if isinstance(value, str) else _type_name(value)
            report(
                mark,
                f"{where}: '{shown}' is not one of {', '.join(self.values)}"
                + (closest(value, self.values) if isinstance(value, str) else ""),
            )
            return False
        return True

    def json_schema(self) -> dict[str, Any]:
        return self._with_description({"enum": list(self.values)})


@dataclass
class Flag(Spec):
    description: str = ""

    def check(self, value: Any, where: str, mark: Mark, report: Report) -> bool:
        if not isinstance(value, bool):
            report(mark, f"{where}: expected true or false, found {_type_name(value)}")
            return False
        return True

    def json_schema(self) -> dict[str, Any]:
        return self._with_description({"type": "boolean"})


@dataclass
class ListOf(Spec):
    item: Spec
    min_items: int = 0
    max_items: int | None = None
    description: str = ""
    single_allowed: bool = False  # a lone item may stand for a list of one

    def check(self, value: Any, where: str, mark: Mark, report: Report) -> bool:
        if not isinstance(value, list):
            if self.single_allowed and isinstance(value, dict):
                return self.item.check(value, where, mark, report)
            report(mark, f"{where}: expected a list, found {_type_name(value)}")
            return False
        if len(value) < self.min_items:
            report(mark, f"{where}: expected at least {self.min_items} item(s), found {len(value)}")
            return False
        if self.max_items is not None and len(value) > self.max_items:
            report(mark, f"{where}: expected at most {self.max_items} item(s), found {len(value)}")
            return False
        ok = True
        for index, item in enumerate(value):
            item_mark = value.mark_of(index) if isinstance(value, Items) else mark
            ok = self.item.check(item, f"{where}[{index}]", item_mark, report) and ok
        return ok

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self.item.json_schema()}
        if self.min_items:
            schema["minItems"] = self.min_items
        if self.max_items is not None:
            schema["maxItems"] = self.max_items
        if self.single_allowed:
            schema = {"anyOf": [schema, self.item.json_schema()]}
        return self._with_description(schema)


@dataclass
class Field:
    spec: Spec
    required: bool = True


@dataclass
class Fields(Spec):
    """A mapping with known keys; unknown keys are reported with the closest known one."""

    fields: Mapping[str, Field]
    one_of: tuple[str, ...] = ()
    description: str = ""
    extra: Spec | None = None  # for mappings keyed by free names (landmarks, views)
    key_choices: tuple[str, ...] = ()
    key_name: str = "field"  # what a key names, for messages: "unknown view 'top'"

    def check(self, value: Any, where: str, mark: Mark, report: Report) -> bool:
        if not isinstance(value, dict):
            report(mark, f"{where}: expected a mapping, found {_type_name(value)}")
            return False
        marks = value.mark_of if isinstance(value, Record) else (lambda _key: mark)
        ok = True
        suggested: set[str] = set()
        for key, item in value.items():
            path = f"{where}.{key}" if where else key
            if key in self.fields:
                ok = self.fields[key].spec.check(item, path, marks(key), report) and ok
            elif self.extra is not None and (not self.key_choices or key in self.key_choices):
                ok = self.extra.check(item, path, marks(key), report) and ok
            else:
                known = list(self.fields) or list(self.key_choices)
                hint = closest(key, known)
                suggested.add(hint.split("'")[1] if hint else "")
                report(
                    marks(key),
                    f"{where or 'top level'}: unknown {self.key_name} '{key}'"
                    + (hint or f" (expected one of {', '.join(known)})"),
                )
                ok = False
        for key, spec_field in self.fields.items():
            # A misspelt required field is reported once, as the typo with its correction.
            if spec_field.required and key not in value and key not in suggested:
                report(mark, f"{where or 'top level'}: missing required field '{key}'")
                ok = False
        if self.one_of:
            present = [key for key in self.one_of if key in value]
            if len(present) != 1:
                found = ", ".join(present) if present else "none"
                report(
                    mark,
                    f"{where}: expected exactly one of {', '.join(self.one_of)} (found {found})",
                )
                ok = False
        return ok

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "type": "object",
            "properties": {key: f.spec.json_schema() for key, f in self.fields.items()},
        }
        required = [key for key, f in self.fields.items() if f.required]
        if required:
            schema["required"] = required
        if self.extra is None:
            schema["additionalProperties"] = False
        elif self.key_choices:
            for key in self.key_choices:
                schema["properties"][key] = self.extra.json_schema()
            schema["additionalProperties"] = False
        else:
            schema["additionalProperties"] = self.extra.json_schema()
        if self.one_of:
            schema["oneOf"] = [{"required": [key]} for key in self.one_of]
        return self._with_description(schema)


def parse_ring_text(text: str) -> list[tuple[float, float]] | None:
    """Points written as text, "x y, x y, ...", or None when the text is not of that form."""
    points = []
    for pair in text.split(","):
        parts = pair.split()
        if len(parts) != 2:
            return None
        try:
            x, y = float(parts[0]), float(parts[1])
        except ValueError:
            return None
        points.append((x, y))
    return points


@dataclass
class PointsText(Spec):
    """A ring of points as a list of [x, y] or, compactly, as text "x y, x y, ..."."""

    as_list: ListOf
    description: str = ""

    def check(self, value: Any, where: str, mark: Mark, report: Report) -> bool:
        if not isinstance(value, str):
            return self.as_list.check(value, where, mark, report)
        points = parse_ring_text(value)
        if points is None:
            report(mark, f"{where}: expected points as 'x y, x y, ...'")
            return False
        # Written as text or as a list, the same points meet the same checks. They run in
        # full only when a quick look finds something wrong: an outline has thousands.
        as_list = [list(point) for point in points]
        if self._looks_right(as_list):
            return True
        return self.as_list.check(as_list, where, mark, report)

    def _looks_right(self, points: list[list[float]]) -> bool:
        count, point = self.as_list, self.as_list.item
        coordinate = point.item if isinstance(point, ListOf) else None
        if (
            not isinstance(coordinate, Number)
            or len(points) < count.min_items
            or (count.max_items is not None and len(points) > count.max_items)
        ):
            return False
        low = -math.inf if coordinate.minimum is None else coordinate.minimum
        high = math.inf if coordinate.maximum is None else coordinate.maximum
        return all(low <= x <= high and low <= y <= high for x, y in points)

    def json_schema(self) -> dict[str, Any]:
        return self._with_description(
            {
                "anyOf": [
                    self.as_list.json_schema(),
                    {
                        "type": "string",
                        "pattern": r"^\s*[-+0-9.eE]+\s+[-+0-9.eE]+\s*"
                        r"(,\s*[-+0-9.eE]+\s+[-+0-9.eE]+\s*)*$",
                    },
                ]
            }
        )
