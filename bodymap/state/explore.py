"""Explore: which trigger point (and on which side) or which region is shown, what is under
the pointer, the search, and the views laid out."""

from __future__ import annotations

from dataclasses import dataclass

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.model import Marker, Region, Side
from bodymap.atlas.search import Found, Searcher
from bodymap.atlas.vocabulary import REGION_IDS, region_name
from bodymap.state.observable import Observable
from bodymap.state.wording import Translate, english, region_label

BOTH = "front+back"  # the default layout: front and back side by side


@dataclass(frozen=True)
class Selection:
    """A trigger point shown on one of the patient's sides."""

    point: str
    side: Side


class ExploreState(Observable):
    """Aspects: "selection" (the point or the region shown), "hover", "search", "layout",
    "focus" (the marker the keyboard is on)."""

    def __init__(self, atlas: Atlas, translate: Translate = english) -> None:
        super().__init__()
        self.atlas = atlas
        self.translate = translate
        self.selection: Selection | None = None
        self.region: Region | None = None
        self.hover = ""  # what is under the pointer, in words
        self.query = ""
        self.searcher = Searcher(
            atlas, {r: translate("Regions", region_name(r)) for r in REGION_IDS}
        )
        # the points listed, best first, why each was found, and the query as understood
        self.results = Found(tuple(atlas.trigger_points))
        self.layout = self.default_layout()
        self.focus: Marker | None = None  # the trigger point the keyboard is on, if any

    def default_layout(self) -> str:
        return BOTH if {"front", "back"} <= set(self.atlas.views) else next(iter(self.atlas.views))

    # -- what the person does ----------------------------------------------------------------
    def tap(self, view_id: str, x: float, y: float, tolerance: float) -> None:
        """A tap at (x, y) in a view's canvas: a marker selects its point, the body names
        its region, anywhere else clears."""
        marker = self.atlas.pick(view_id, x, y, tolerance)
        if marker is not None:
            self.select(marker.trigger_point, marker.side)
            return
        region = self.atlas.region_at(view_id, x, y)
        if region is not None:
            self.show_region(region)
        else:
            self.clear()

    def hover_at(self, view_id: str, x: float, y: float, tolerance: float) -> None:
        marker = self.atlas.pick(view_id, x, y, tolerance)
        if marker is not None:
            text = self.atlas.trigger_points[marker.trigger_point].name
        else:
            region = self.atlas.region_at(view_id, x, y)
            text = region_label(region, self.translate) if region is not None else ""
        self.set_hover(text)

    def set_hover(self, text: str) -> None:
        if text != self.hover:
            self.hover = text
            self._changed("hover")

    def choose(self, point_id: str) -> None:
        """A point chosen from the list: shown on the side shown already (the right at first)."""
        self.select(point_id, self.selection.side if self.selection else "right")

    def select(self, point_id: str, side: Side = "right") -> None:
        if point_id not in self.atlas.trigger_points:
            raise KeyError(point_id)
        self.selection = Selection(point_id, side)
        self.region = None
        point = self.atlas.trigger_points[point_id]
        self._show_views(point.views_for(side) or point.views)
        self._changed("selection")

    def show_region(self, region: Region) -> None:
        self.selection = None
        self.region = region
        self._changed("selection")
        self.set_hover(region_label(region, self.translate))

    def clear(self) -> None:
        """Nothing shown: no point, no region, and no word about either in the status line."""
        if self.selection is not None or self.region is not None:
            self.selection = None
            self.region = None
            self._changed("selection")
        self.set_hover("")

    @property
    def found(self) -> tuple[str, ...]:
        return self.results.ids

    def move_focus(self, view_id: str, step: int) -> None:
        """The keyboard moves to the next (or previous) trigger point of a view, in reading
        order: head to foot, and left to right within a band of the body."""
        markers = reading_order(self.atlas, view_id)
        if not markers:
            return
        if self.focus in markers:
            index = (markers.index(self.focus) + step) % len(markers)
        else:
            index = 0 if step > 0 else len(markers) - 1
        self.focus = markers[index]
        self.set_hover(self.atlas.trigger_points[self.focus.trigger_point].name)
        self._changed("focus")

    def select_focus(self) -> None:
        """Enter on the body: the point the keyboard is on, shown."""
        if self.focus is not None:
            self.select(self.focus.trigger_point, self.focus.side)

    def search(self, text: str) -> None:
        """Find points by name, alias, region, complaint or symptom, best first (search.py)."""
        self.query = text
        self.results = self.searcher.search(text)
        self._changed("search")

    def open_first(self) -> None:
        """What Enter in the search does: show the best match."""
        if self.found:
            self.choose(self.found[0])

    def set_layout(self, layout: str) -> None:
        if layout != BOTH and layout not in self.atlas.views:
            raise ValueError(f"no layout '{layout}'")
        if layout != self.layout:
            self.layout = layout
            self._changed("layout")
        self._follow_to_side_shown()

    def _follow_to_side_shown(self) -> None:
        """A side view shows one side of the patient: a point shown on the other side moves
        to the side in view (the same point, mirrored), rather than leave the figure blank."""
        if self.selection is None or self.layout not in self.atlas.views:
            return
        view = self.atlas.view(self.layout)
        point, side = self.selection.point, self.selection.side
        if view.lateral and side not in view.sides:
            other = view.sides[0]
            if self.layout in self.atlas.trigger_points[point].views_for(other):
                self.selection = Selection(point, other)
                self._changed("selection")

    def _show_views(self, view_ids: tuple[str, ...]) -> None:
        """Keep the layout when it shows one of `view_ids`; otherwise show the first of them."""
        shown = ("front", "back") if self.layout == BOTH else (self.layout,)
        if view_ids and not set(view_ids) & set(shown):
            # From one side view, a point on the other side is shown in the other side view.
            lateral = [v for v in view_ids if self.atlas.view(v).lateral]
            from_lateral = self.layout != BOTH and self.atlas.view(self.layout).lateral
            self.set_layout(lateral[0] if from_lateral and lateral else view_ids[0])

    def reset(self) -> None:
        """As it started: nothing shown or searched, the default layout."""
        self.clear()
        if self.focus is not None:
            self.focus = None
            self._changed("focus")
        if self.query:
            self.search("")
        self.set_layout(self.default_layout())


BAND = 40.0  # canvas units: markers this close in height are read on one line


def reading_order(atlas: Atlas, view_id: str) -> list[Marker]:
    """A view's markers as a person reads the figure: head to foot in bands, left to right."""
    return sorted(atlas.markers(view_id), key=lambda m: (round(m.y / BAND), m.x, m.trigger_point))
