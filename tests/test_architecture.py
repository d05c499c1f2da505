"""The layers stay apart: the atlas never imports Qt (STYLE.md, point 2)."""

from __future__ import annotations

import subprocess
import sys


def test_the_atlas_layer_loads_and_answers_without_qt() -> None:
    code = (
        "import sys, bodymap\n"
        "atlas = bodymap.load_atlas()\n"
        "atlas.region_at('front', 500, 600)\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(qt)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
