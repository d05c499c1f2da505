"""The state layer runs without Qt: the command line and the tests use it with no display."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from bodymap.atlas.loader import load_atlas
from bodymap.state.app import AppState

app = AppState(load_atlas())
heel = next(r for r in app.atlas.view("back").regions if r.id == "heel" and r.side == "right")
point = heel.geometry.representative_point()
assert app.where.tap("back", point.x, point.y)
assert app.where.candidates, "the tap ranked nothing"
app.where.say("sciatica")
app.where.compare([0, 1])
app.explore.search("tennis elbow")
print(sorted(name for name in sys.modules if name.startswith("PySide6")))
"""


def test_the_state_layer_taps_and_ranks_without_importing_qt():
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
