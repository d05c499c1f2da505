"""Finding trigger points by what a therapist types: a name, an alias or abbreviation (SCM,
QL, TFL), a Latin name, a region ("temple"), a complaint or a symptom ("sciatica", "stiff
neck"), with a typo or two; best first.

The order: an exact name or alias; a name or alias that begins with what was typed; a
complaint's or a region's candidates, in the order the ranking gives them ("low back" lists
quadratus lumborum before "Vastus lateralis, back of the lower thigh"); names and aliases
whose words begin with the words typed, then that contain them; symptom words; anything else
that contains every word. A word the atlas does not know is taken for its nearest known word
("trapezus" is trapezius), and said so.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from bodymap.atlas.rank import match_complaint, rank_complaint, rank_regions
from bodymap.atlas.vocabulary import REGION_IDS, fold, region_name

if TYPE_CHECKING:
    from bodymap.atlas.atlas import Atlas

# Scores of the ways a point can match; the best one counts.
EXACT = 100.0
BEGINS = 90.0  # a name or alias begins with the query
COMPLAINT = 55.0  # + up to 30 by the complaint's ranking score
REGION = 52.0  # + up to 30 by the region's ranking score
WORDS = 50.0  # every word typed begins a word of a name or alias
CONTAINS = 45.0
SYMPTOM = 40.0
ANYWHERE = 30.0
TYPO_CUTOFF = 0.75  # difflib ratio at which an unknown word is taken for a known one
RANKED = 12  # how many of a complaint's or region's candidates are listed


@dataclass(frozen=True)
class Found:
    """What a search found: trigger point ids best first, why each was found, the query as it
    was understood (when a typo was corrected) and, when nothing was found, what was meant."""

    ids: tuple[str, ...]
    why: dict[str, str] = field(default_factory=dict)
    understood: str = ""  # the corrected query, or "" when taken as typed
    suggestions: tuple[str, ...] = ()


class Searcher:
    """The atlas's words, folded once, and searches over them."""

    def __init__(self, atlas: Atlas, region_names: Mapping[str, str] | None = None) -> None:
        """`region_names`: region id -> its name in the reader's language, searched as well
        as the English one."""
        self.atlas = atlas
        self._region_names = {
            region: {fold(region_name(region)), fold(region)}
            | ({fold(region_names[region])} if region_names and region in region_names else set())
            for region in REGION_IDS
        }
        # a complaint's or a region's ranked candidates: the same for every search
        self._ranked: dict[str, list[tuple[str, float]]] = {}

    @cached_property
    def _fields(self) -> dict[str, tuple[list[str], list[str], str]]:
        """point id -> (names and aliases, symptoms, everything), all folded."""
        fields = {}
        for point in self.atlas.trigger_points.values():
            muscle = self.atlas.muscles[point.muscle]
            names = [fold(text) for text in (*point.names, *muscle.names[1:])]
            symptoms = [fold(text) for text in point.symptoms]
            fields[point.id] = (names, symptoms, " ".join(names + symptoms))
        return fields

    @cached_property
    def _words(self) -> set[str]:
        """Every word the atlas knows: names, aliases, symptoms, regions, complaints."""
        texts = [text for names, symptoms, _ in self._fields.values() for text in names + symptoms]
        texts += [name for names in self._region_names.values() for name in names]
        for complaint in self.atlas.complaints.values():
            texts += [fold(complaint.name), *(fold(word) for word in complaint.words)]
        return {word for text in texts for word in re.findall(r"[\w']+", text)}

    def search(self, text: str) -> Found:
        query = fold(text)
        if not query:
            return Found(tuple(self.atlas.trigger_points))
        corrected = self._corrected(query)
        if corrected != query:  # a word the atlas does not know: its nearest word is meant
            found = self._scored(corrected)
            if found.ids:
                return Found(found.ids, found.why, corrected)
        found = self._scored(query)
        if found.ids:
            return found
        return Found((), {}, "", self._suggestions(query))

    def _scored(self, query: str) -> Found:
        words = query.split()
        scores: dict[str, float] = {}
        why: dict[str, str] = {}

        def offer(point_id: str, score: float, reason: str) -> None:
            if score > scores.get(point_id, 0.0):
                scores[point_id] = score
                why[point_id] = reason

        for point_id, (names, symptoms, everything) in self._fields.items():
            for name in names:
                name_words = name.split()
                if name == query:
                    offer(point_id, EXACT, "name")
                elif name.startswith(query):
                    offer(point_id, BEGINS, "name")
                elif all(any(w.startswith(word) for w in name_words) for word in words):
                    offer(point_id, WORDS, "name")
                elif all(word in name for word in words):
                    offer(point_id, CONTAINS, "name")
            if all(any(word in symptom for symptom in symptoms) for word in words):
                offer(point_id, SYMPTOM, "symptom")
            elif all(word in everything for word in words):
                offer(point_id, ANYWHERE, "")
        complaint = match_complaint(self.atlas, query).complaint
        if complaint is not None:
            key = f"complaint {complaint.id}"
            if key not in self._ranked:
                ranked = rank_complaint(self.atlas, complaint, limit=RANKED)
                self._ranked[key] = [(c.trigger_point, c.score) for c in ranked]
            for point_id, score in self._ranked[key]:
                offer(point_id, COMPLAINT + 30 * score, f"complaint: {complaint.name}")
        regions = [r for r in REGION_IDS if query in self._region_names[r]]
        for region in regions:
            key = f"region {region}"
            if key not in self._ranked:
                ranked = rank_regions(self.atlas, [region], limit=RANKED)
                self._ranked[key] = [(c.trigger_point, c.score) for c in ranked]
            for point_id, score in self._ranked[key]:
                offer(point_id, REGION + 30 * score, f"pain at: {region}")
        order = {point_id: index for index, point_id in enumerate(self.atlas.trigger_points)}
        best = sorted(scores, key=lambda point_id: (-scores[point_id], order[point_id]))
        return Found(tuple(best), why)

    def _corrected(self, query: str) -> str:
        """The query with each word the atlas does not know replaced by its nearest word."""
        known = self._words
        words = []
        for word in query.split():
            if word in known or any(w.startswith(word) for w in known):
                words.append(word)
                continue
            near = difflib.get_close_matches(word, known, n=1, cutoff=TYPO_CUTOFF)
            words.append(near[0] if near else word)
        return " ".join(words)

    def _suggestions(self, query: str) -> tuple[str, ...]:
        """Names, aliases and complaints close to what was typed, for "did you mean"."""
        names = {fold(m.name): m.name for m in self.atlas.muscles.values()}
        names |= {fold(c.name): c.name for c in self.atlas.complaints.values()}
        for muscle in self.atlas.muscles.values():
            names |= {fold(alias): alias for alias in (*muscle.aliases, *muscle.search_names)}
        near = difflib.get_close_matches(query, list(names), n=3, cutoff=0.5)
        return tuple(names[n] for n in near)
