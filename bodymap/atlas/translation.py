"""The atlas's text in another language, laid over the English one.

A folder of maps keeps, beside its map files, ``translations/<code>/`` with a twin of each
file that has text a reader sees (docs/translating.md)::

    language: es
    muscles:
      upper_trapezius:                 # a muscle id of the atlas
        name: Trapecio (porción superior)
        aliases: [trapecio]            # searched as well as the English names
        trigger_points:
          upper_trapezius_1:           # a point of that muscle
            name: ...                  # summary, location, referral, symptoms, red_flag,
            technique: {name: ..., notes: ...}      # precautions (one for each English one)
    complaints:
      tension_headache: {name: ..., words: [...], red_flags: [...]}

Only text is translated: ids, geometry, hold times and sources stay those of the map files.
A text left out stays English (`missing` lists them, and `bodymap validate` reports them);
a wrong one is a problem at its file and line, and the rest of the file still applies.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.layers import TRANSLATIONS, Layer, map_paths
from bodymap.atlas.model import Complaint, Muscle, TriggerPoint
from bodymap.atlas.problems import Problem
from bodymap.atlas.yamlnodes import Items, Mark, ParseIssue, Record, read_yaml

POINT_TEXTS = ("name", "summary", "location", "referral", "red_flag")
POINT_LISTS = ("symptoms", "precautions")
TECHNIQUE_TEXTS = ("name", "notes")


@dataclass(frozen=True)
class TranslationFile:
    path: Path
    name: str  # as problems show it: maps/translations/es/muscles/neck.yaml


def translation_files(layers: Iterable[Layer], language: str) -> list[TranslationFile]:
    files = []
    for layer in layers:
        if not layer.folder.is_dir():
            continue
        folder = layer.folder / TRANSLATIONS / language
        if folder.is_dir():
            for path in map_paths(folder):
                shown = path.relative_to(layer.folder).as_posix()
                files.append(TranslationFile(path, f"maps/{shown}" if layer.builtin else str(path)))
    return files


class _Reader:
    """Reads one translation file into replacement values, reporting what is wrong."""

    def __init__(self, atlas: Atlas, file: TranslationFile, language: str) -> None:
        self.atlas = atlas
        self.file = file
        self.language = language
        self.problems: list[Problem] = []
        self.muscles: dict[str, dict[str, Any]] = {}
        self.points: dict[str, dict[str, Any]] = {}
        self.complaints: dict[str, dict[str, Any]] = {}

    def report(self, mark: Mark | None, message: str) -> None:
        line, col = (mark.line, mark.col) if mark is not None else (0, 0)
        self.problems.append(Problem(self.file.name, line, col, message))

    def read(self) -> None:
        try:
            root, duplicates = read_yaml(self.file.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            self.report(None, f"cannot read the file: {error}")
            return
        except ParseIssue as issue:
            self.report(issue.mark, issue.message)
            return
        for mark, key in duplicates:
            self.report(mark, f"'{key}' is written twice; the second one is used")
        if not isinstance(root, Record):
            self.report(
                Mark(1, 1), "expected a mapping with 'language' and 'muscles' or 'complaints'"
            )
            return
        for key in root:
            key_mark = root.key_marks.get(key)
            if key == "language":
                if root[key] != self.language:
                    said = f"language: '{root[key]}' in the folder of '{self.language}'"
                    self.report(key_mark, said)
            elif key == "muscles":
                for muscle_id, entry in self._entries(root, key):
                    self._muscle(muscle_id, entry, root[key].key_marks.get(muscle_id))
            elif key == "complaints":
                for complaint_id, entry in self._entries(root, key):
                    self._complaint(complaint_id, entry, root[key].key_marks.get(complaint_id))
            else:
                self.report(key_mark, f"unknown top-level field '{key}'")

    def _entries(self, record: Record, key: str) -> Iterator[tuple[str, Record]]:
        value = record[key]
        if not isinstance(value, Record):
            self.report(record.key_marks.get(key), f"{key}: expected a mapping of ids")
            return
        for item_id, entry in value.items():
            if isinstance(entry, Record):
                yield str(item_id), entry
            else:
                self.report(value.key_marks.get(item_id), f"{key}.{item_id}: expected a mapping")

    def _text(self, record: Record, key: str, where: str) -> str | None:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
        self.report(record.key_marks.get(key), f"{where}.{key}: expected text")
        return None

    def _texts(self, record: Record, key: str, where: str, count: int | None) -> tuple[str, ...]:
        value = record.get(key)
        mark = record.key_marks.get(key)
        if not isinstance(value, Items) or not all(isinstance(v, str) and v.strip() for v in value):
            self.report(mark, f"{where}.{key}: expected a list of text")
            return ()
        if count is not None and len(value) != count:
            self.report(mark, f"{where}.{key}: {len(value)} items, the English has {count}")
            return ()
        return tuple(" ".join(v.split()) for v in value)

    def _fields(
        self,
        record: Record,
        where: str,
        texts: Iterable[str],
        lists: Mapping[str, int | None],
        nested: str = "",
    ) -> dict[str, Any]:
        """The texts and lists of `record` that are sound; `nested` is read by the caller."""
        texts = tuple(texts)
        values: dict[str, Any] = {}
        for key in record:
            if key == nested:
                continue
            if key in texts:
                if (text := self._text(record, key, where)) is not None:
                    values[key] = text
            elif key in lists:
                if items := self._texts(record, key, where, lists[key]):
                    values[key] = items
            else:
                self.report(record.key_marks.get(key), f"{where}: unknown field '{key}'")
        return values

    def _muscle(self, muscle_id: str, entry: Record, mark: Mark | None) -> None:
        muscle = self.atlas.muscles.get(muscle_id)
        if muscle is None:
            self.report(mark, f"no muscle '{muscle_id}' in the atlas")
            return
        points = entry.get("trigger_points")
        self.muscles[muscle_id] = self._fields(
            entry, muscle_id, ("name",), {"aliases": None}, nested="trigger_points"
        )
        if points is None:
            return
        if not isinstance(points, Record):
            self.report(entry.key_marks.get("trigger_points"), "expected a mapping of point ids")
            return
        for point_id, values in points.items():
            where = points.key_marks.get(point_id)
            point = self.atlas.trigger_points.get(point_id)
            if point is None or point.muscle != muscle_id:
                self.report(where, f"no trigger point '{point_id}' in muscle '{muscle_id}'")
            elif not isinstance(values, Record):
                self.report(where, f"{point_id}: expected a mapping")
            else:
                self._point(point, values)

    def _point(self, point: TriggerPoint, record: Record) -> None:
        lists = {"symptoms": None, "precautions": len(point.precautions)}
        fields = self._fields(record, point.id, POINT_TEXTS, lists, nested="technique")
        technique = record.get("technique")
        if technique is not None:
            if isinstance(technique, Record):
                fields["technique"] = self._fields(
                    technique, f"{point.id}.technique", TECHNIQUE_TEXTS, {}
                )
            else:
                self.report(record.key_marks.get("technique"), f"{point.id}.technique: a mapping")
        self.points[point.id] = fields

    def _complaint(self, complaint_id: str, record: Record, mark: Mark | None) -> None:
        complaint = self.atlas.complaints.get(complaint_id)
        if complaint is None:
            self.report(mark, f"no complaint '{complaint_id}' in the atlas")
            return
        lists = {"words": None, "red_flags": len(complaint.red_flags)}
        self.complaints[complaint_id] = self._fields(record, complaint_id, ("name",), lists)


def translated(
    atlas: Atlas, layers: Iterable[Layer], language: str, problems: list[Problem]
) -> Atlas:
    """`atlas` with the text of `language` where its translation files give it."""
    muscles: dict[str, Muscle] = dict(atlas.muscles)
    points: dict[str, TriggerPoint] = dict(atlas.trigger_points)
    complaints: dict[str, Complaint] = dict(atlas.complaints)
    for file in translation_files(layers, language):
        reader = _Reader(atlas, file, language)
        reader.read()
        problems.extend(reader.problems)
        # Each file over what the files before it made: a clinic's translation over ours.
        # The English names stay searchable, as aliases and complaint words.
        for muscle_id, values in reader.muscles.items():
            english = atlas.muscles[muscle_id]
            muscle = muscles[muscle_id]
            if "aliases" in values:  # shown: the language's own; the English still found
                muscle = replace(muscle, aliases=values["aliases"])
            hidden = (*muscle.search_names, english.name, *english.aliases)
            muscles[muscle_id] = replace(
                muscle,
                name=values.get("name", muscle.name),
                search_names=tuple(dict.fromkeys(hidden)),
            )
        for point_id, values in reader.points.items():
            english_point = atlas.trigger_points[point_id]
            point = points[point_id]
            technique = replace(point.technique, **values.pop("technique", {}))
            hidden = (*point.search_names, english_point.name, *english_point.aliases)
            points[point_id] = replace(
                point,
                **values,
                technique=technique,
                aliases=(),  # English abbreviations ("TrP1"); found, not shown
                search_names=tuple(dict.fromkeys(hidden)),
            )
        for complaint_id, values in reader.complaints.items():
            complaint = complaints[complaint_id]
            words = (*values.pop("words", ()), *complaint.words)
            complaints[complaint_id] = replace(
                complaint, **values, words=tuple(dict.fromkeys(words))
            )
    return replace(atlas, muscles=muscles, trigger_points=points, complaints=complaints)


def _untranslated(translation: Any, english: Any) -> bool:
    """A text (or a list's item) still the English one, beyond a name that reads the same in
    both languages ("Masseter" may stay; three words and more may not)."""
    if isinstance(english, tuple):
        return any(_untranslated(t, e) for t, e in zip(translation, english, strict=False))
    return translation == english and len(str(english).split()) > 3


def missing(english: Atlas, layers: Iterable[Layer], language: str) -> list[Problem]:
    """Each text a reader sees that `language` does not translate, or leaves in English: one
    problem per muscle, trigger point or complaint, naming the fields. What `bodymap
    validate --lang` reports, and what the tests hold every shipped language to."""
    given: dict[str, dict[str, Any]] = {}
    for file in translation_files(layers, language):
        reader = _Reader(english, file, language)
        reader.read()
        for key, values in (
            *reader.muscles.items(),
            *reader.points.items(),
            *(("complaint:" + k, v) for k, v in reader.complaints.items()),
        ):
            flat = {k: v for k, v in values.items() if k != "technique"}
            flat |= {f"technique.{k}": v for k, v in values.get("technique", {}).items()}
            given.setdefault(key, {}).update(flat)
    where = f"maps/{TRANSLATIONS}/{language}"
    problems = []

    def need(key: str, label: str, wanted: Mapping[str, Any]) -> None:
        have = given.get(key, {})
        lacking = [field for field in wanted if field not in have]
        english_still = [
            field for field in wanted if field in have and _untranslated(have[field], wanted[field])
        ]
        if lacking:
            problems.append(
                Problem(where, 0, 0, f"{label}: no {language} text for {', '.join(lacking)}")
            )
        if english_still:
            problems.append(
                Problem(where, 0, 0, f"{label}: still in English: {', '.join(english_still)}")
            )

    for muscle in english.muscles.values():
        need(muscle.id, f"muscle '{muscle.id}'", {"name": muscle.name})
    for point in english.trigger_points.values():
        wanted = {f: getattr(point, f) for f in (*POINT_TEXTS, *POINT_LISTS) if getattr(point, f)}
        wanted |= {
            f"technique.{f}": getattr(point.technique, f)
            for f in TECHNIQUE_TEXTS
            if getattr(point.technique, f)
        }
        need(point.id, f"trigger point '{point.id}'", wanted)
    for complaint in english.complaints.values():
        wanted = {"name": complaint.name, "words": complaint.words}
        if complaint.red_flags:
            wanted["red_flags"] = complaint.red_flags
        need("complaint:" + complaint.id, f"complaint '{complaint.id}'", wanted)
    return problems
