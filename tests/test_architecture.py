"""The layers stay apart (STYLE.md, point 2): the static contracts are import-linter's
(pyproject.toml, run in CI); these check what a user's process actually loads."""

from __future__ import annotations

import subprocess
import sys

import pytest

LOADED_QT = "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"


def test_the_atlas_and_the_state_load_and_answer_without_qt() -> None:
    code = (
        "import sys\n"
        "from bodymap import load_atlas\n"
        "from bodymap.state.app import AppState\n"
        "state = AppState(load_atlas())\n"
        "state.where.say('sciatica')\n"
        "state.explore.search('jaw')\n"
        f"{LOADED_QT}\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "command",
    [["validate"], ["list"], ["show", "SCM"], ["where", "--symptom", "headache"], ["schema"]],
)
def test_the_command_line_never_loads_qt(command: list[str]) -> None:
    code = (
        "import sys, contextlib, io\n"
        "from bodymap import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = cli.main({command!r})\n"
        "assert code == 0, code\n"
        f"{LOADED_QT}\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
