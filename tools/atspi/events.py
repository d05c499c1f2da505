"""Print what the platform's accessibility bus (AT-SPI) hears from bodymap: announcements and
accessible descriptions as they change, for `seconds`. Run by check.sh with the system's
python3 and its pyatspi (Debian: python3-pyatspi), not bodymap's virtual environment.

    /usr/bin/python3 tools/atspi/events.py OUT.txt SECONDS
"""

import sys

import pyatspi
from gi.repository import GLib

out = open(sys.argv[1], "w", buffering=1, encoding="utf-8")  # noqa: SIM115 - kept open while listening


def heard(event: object) -> None:
    out.write(f"{event.type} | {event.source.name!r} | {event.any_data!r}\n")  # type: ignore[attr-defined]


for kind in ("object:announcement", "object:property-change:accessible-description"):
    pyatspi.Registry.registerEventListener(heard, kind)
GLib.timeout_add_seconds(int(sys.argv[2]), lambda: pyatspi.Registry.stop())
pyatspi.Registry.start()
