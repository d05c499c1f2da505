"""Shared fixtures: Qt runs offscreen; the shipped atlas is loaded once per session."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's own maps, logs and settings live in the platform's folders: point them (for this
# process and every `bodymap` the tests start) at an empty place, never at the tester's home.
_HOME = Path(tempfile.mkdtemp(prefix="bodymap-test-home-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_variable] = str(_HOME / _variable.lower())
# The atlas cache too: each test run starts with an empty one (under XDG_CACHE_HOME above),
# whatever the tester's own settings, so the first load is built from the maps.
os.environ["BODYMAP_CACHE_DIR"] = str(_HOME / "atlas-cache")
# English unless a test asks for another language, whatever the tester's locale.
os.environ["LANGUAGE"] = "en"
os.environ.pop("BODYMAP_NO_CACHE", None)

from bodymap.atlas.atlas import Atlas  # noqa: E402 - after the environment above
from bodymap.atlas.loader import load_atlas  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def atlas() -> Atlas:
    """The atlas that ships with bodymap, through the real loader."""
    return load_atlas()


@pytest.fixture(scope="session")
def mini_atlas() -> Atlas:
    return load_atlas(FIXTURES / "mini")


@pytest.fixture
def write_maps(tmp_path: Path) -> Callable[..., Path]:
    """Write files {name: yaml text} into a fresh folder and return it."""

    def write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "maps"
        folder.mkdir(exist_ok=True)
        for name, text in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return folder

    return write


def run_bodymap(
    *args: str, cwd: Path | None = None, data_home: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """The real `bodymap` command in a fresh process, as a user runs it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if data_home is not None:
        env["XDG_DATA_HOME"] = str(data_home)
    return subprocess.run(
        [sys.executable, "-m", "bodymap", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def bodymap_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Runs the real `bodymap` command: bodymap_cli("show", "SCM", cwd=..., data_home=...)."""
    return run_bodymap
