"""A tiny observer: a state tells its listeners which aspect of it changed."""

from __future__ import annotations

from collections.abc import Callable

Listener = Callable[[str], None]


class Observable:
    """Listeners are called, in the order they subscribed, with the name of what changed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(aspect)` on every change from now on; returns the unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _changed(self, aspect: str) -> None:
        for listener in list(self._listeners):
            listener(aspect)
