"""`bodymap kiosk set-pin`, run as an administrator runs it (the PIN piped in)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bodymap.state.kiosk import load_config, pin_matches


def set_pin(config: Path, typed: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bodymap", "kiosk", "set-pin", "--config", str(config)],
        input=typed,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_set_pin_writes_a_salted_hash_and_keeps_the_rest(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.yaml"
    config.write_text("# reception\nclinic_name: Riverside Physio\n", encoding="utf-8")
    result = set_pin(config, "482916\n482916\n")
    assert result.returncode == 0, result.stderr
    assert str(config) in result.stdout
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# reception\nclinic_name: Riverside Physio\n")
    assert "482916" not in text
    loaded, problems = load_config(config)
    assert problems == [] and loaded.clinic_name == "Riverside Physio"
    assert pin_matches("482916", loaded.admin_pin)
    assert oct(config.stat().st_mode & 0o777) == "0o600"
    assert set_pin(config, "111111\n111111\n").returncode == 0  # a new PIN replaces the old
    loaded, _ = load_config(config)
    assert pin_matches("111111", loaded.admin_pin) and not pin_matches("482916", loaded.admin_pin)


def test_a_bad_or_mistyped_pin_changes_nothing(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.yaml"
    for typed, said in (("12\n12\n", "4 to 12 digits"), ("1234\n1243\n", "differ")):
        result = set_pin(config, typed)
        assert result.returncode == 2 and said in result.stderr
        assert "Traceback" not in result.stderr
    assert not config.exists()


def test_the_kiosk_options_are_offered() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bodymap", "gui", "--help"], capture_output=True, text=True
    )
    assert "--kiosk" in result.stdout and "--idle-timeout" in result.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "bodymap", "--kiosk", "--idle-timeout", "2"],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "from 10 to 3600 seconds" in bad.stderr
