"""Turn YAML text into plain values that remember where they were written.

PyYAML's ``safe_load`` forgets positions and silently keeps the last of two duplicate keys, so
we compose the node tree with the safe loader ourselves and build the values from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, cast

import yaml
from yaml.resolver import Resolver

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"


def loader_for(parser: type[Resolver]) -> type[Resolver]:
    """PyYAML's safe loader class `parser` (C or pure Python), reading numbers as YAML 1.2
    and JSON do, and so as the shipped JSON Schema has editors read them: 3e1 and 4.58e2 are
    numbers (YAML 1.1 wants 3.0e+1), 1:30 is text (YAML 1.1 reads 90)."""
    loader = cast(type[Resolver], type(f"JsonNumbers{parser.__name__}", (parser,), {}))
    loader.yaml_implicit_resolvers = {
        first: [(tag, rule) for tag, rule in rules if tag not in (_INT, _FLOAT)]
        for first, rules in parser.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(_INT, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
    loader.add_implicit_resolver(
        _FLOAT,
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        list("-+0123456789."),
    )
    return loader


_Loader: type = loader_for(getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # C when built

MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 400_000


@dataclass(frozen=True)
class Mark:
    """A 1-based position in a file."""

    line: int
    col: int


class Record(dict[str, Any]):
    """A mapping read from YAML, with the position of itself and of each key."""

    mark: Mark
    key_marks: dict[str, Mark]

    def mark_of(self, key: str) -> Mark:
        return self.key_marks.get(key, self.mark)


class Items(list[Any]):
    """A sequence read from YAML, with the position of itself and of each item."""

    mark: Mark
    item_marks: list[Mark]

    def mark_of(self, index: int) -> Mark:
        return self.item_marks[index] if 0 <= index < len(self.item_marks) else self.mark


@dataclass
class ParseIssue(Exception):
    """The text could not be read as YAML at all."""

    mark: Mark
    message: str
    notes: list[tuple[Mark, str]] = field(default_factory=list)


_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


def _shown_tag(tag: str) -> str:
    """A tag as it is written in YAML: '!!python/object', not 'tag:yaml.org,2002:...'."""
    tag = tag.strip("'\" ")
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:") else tag


def _expanded_size(root: yaml.Node) -> tuple[int, int]:
    """How many values the node tree stands for once every alias is expanded, and how many
    are written (capped just above MAX_NODES).

    Aliases share nodes, so counting each node once with its children's sizes memoised
    answers in time linear in the text, before anything is expanded ("billion laughs").
    Raises ParseIssue for an alias inside the value it names (`&x [*x]`), which would
    stand for a value without end.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()  # nodes whose children are being counted: the path here
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        if not children_done and id(node) in open_nodes:
            raise ParseIssue(
                _mark(node),
                "an alias is used inside the value it names, which would never end; refused",
            )
        if isinstance(node, yaml.MappingNode):
            children = [child for pair in node.value for child in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        else:
            sizes[id(node)] = 1
            continue
        if children_done:
            open_nodes.discard(id(node))
            sizes[id(node)] = min(MAX_NODES + 1, 1 + sum(sizes.get(id(c), 1) for c in children))
        else:
            open_nodes.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
    return sizes[id(root)], len(sizes)


class _Builder:
    def __init__(self) -> None:
        self.duplicates: list[tuple[Mark, str]] = []
        self.constructor = yaml.SafeLoader("")

    def build(self, node: yaml.Node, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise ParseIssue(_mark(node), f"nesting deeper than {MAX_DEPTH} levels; refused")
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN_TAGS:
            raise ParseIssue(
                _mark(node),
                f"refused a YAML tag {_shown_tag(node.tag)}: maps "
                "hold plain data, not program objects",
            )
        if isinstance(node, yaml.MappingNode):
            record = Record()
            record.mark = _mark(node)
            record.key_marks = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise ParseIssue(_mark(key_node), "merge keys ('<<') are not supported")
                key = self.build(key_node, depth + 1)
                if not isinstance(key, (str, int, float, bool)) or key is None:
                    raise ParseIssue(_mark(key_node), "a mapping key must be plain text")
                key = str(key)
                if key in record:
                    self.duplicates.append(
                        (
                            _mark(key_node),
                            f"duplicate key '{key}' (first written at line "
                            f"{record.key_marks[key].line}); the second one would be ignored",
                        )
                    )
                    continue
                record[key] = self.build(value_node, depth + 1)
                record.key_marks[key] = _mark(key_node)
            return record
        if isinstance(node, yaml.SequenceNode):
            items = Items(self.build(child, depth + 1) for child in node.value)
            items.mark = _mark(node)
            items.item_marks = [_mark(child) for child in node.value]
            return items
        return self.constructor.construct_object(node, deep=True)


def read_yaml(text: str) -> tuple[Any, list[tuple[Mark, str]]]:
    """Parse one YAML document; returns the values and the duplicate keys found.

    Raises ParseIssue for text that is not YAML, uses Python tags, nests too deep or
    expands too far.
    """
    text = text.removeprefix("\ufeff")
    if "\t" in text:
        for number, line in enumerate(text.splitlines(), 1):
            indent = line[: len(line) - len(line.lstrip(" \t"))]
            if "\t" in indent:
                raise ParseIssue(
                    Mark(number, indent.index("\t") + 1),
                    "a tab character in the indentation; YAML indents with spaces",
                )
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        where = error.problem_mark or error.context_mark
        mark = Mark(where.line + 1, where.column + 1) if where else Mark(0, 0)
        message = error.problem or error.context or "not valid YAML"
        context = error.context_mark
        if error.problem and error.context and context is not None and context != where:
            message += f" ({error.context} started at line {context.line + 1})"
        raise ParseIssue(mark, f"YAML syntax: {message}") from None
    except yaml.reader.ReaderError as error:
        before = text[: error.position]
        mark = Mark(before.count("\n") + 1, error.position - (before.rfind("\n") + 1) + 1)
        raise ParseIssue(
            mark,
            f"the character #x{error.character:04x} is not allowed in a "
            "YAML file (a control character; is this a text file?)",
        ) from None
    except yaml.YAMLError as error:
        raise ParseIssue(Mark(0, 0), f"YAML: {error}") from None
    except RecursionError:  # the pure-Python parser, on very deep nesting
        raise ParseIssue(Mark(1, 1), "nesting too deep to read; refused") from None
    if node is None:
        return None, []
    expanded, written = _expanded_size(node)
    if expanded > MAX_NODES:
        why = "" if written > MAX_NODES else " once aliases are expanded (an alias bomb?)"
        raise ParseIssue(_mark(node), f"more than {MAX_NODES} values{why}; refused")
    builder = _Builder()
    try:
        value = builder.build(node)
    except yaml.constructor.ConstructorError as error:
        where = error.problem_mark
        mark = Mark(where.line + 1, where.column + 1) if where else Mark(0, 0)
        tag = (error.problem or "").split("tag ")[-1].strip() or "an unknown tag"
        raise ParseIssue(
            mark,
            f"refused a YAML tag {_shown_tag(tag)}: maps hold plain data, not program objects",
        ) from None
    return value, builder.duplicates
