"""The kiosk's rules without Qt: its config file, the administrator's PIN, the idle watch."""

from __future__ import annotations

from pathlib import Path

import pytest

from bodymap.state.kiosk import (
    IdleWatch,
    KioskConfig,
    PinLock,
    hash_pin,
    load_config,
    pin_matches,
    with_pin,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def lines(problems: list) -> list[str]:
    return [f"{p.line}:{p.col}: {p.message}" for p in problems]


def test_a_sound_config_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.yaml"
    path.write_text(
        "kiosk: true\nclinic_name: Riverside Physiotherapy\nlogo: art/logo.png\n"
        "idle_timeout: 90\ncountdown: 15\nlanguage: es\nhigh_contrast: true\nmodes: [explore]\n",
        encoding="utf-8",
    )
    config, problems = load_config(path)
    assert problems == []
    assert config == KioskConfig(
        kiosk=True,
        clinic_name="Riverside Physiotherapy",
        logo=(tmp_path / "art" / "logo.png").resolve(),
        idle_timeout=90.0,
        countdown=15.0,
        language="es",
        high_contrast=True,
        modes=("explore",),
    )


def test_a_language_not_shipped_is_named_and_the_systems_is_used(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.yaml"
    path.write_text("clinic_name: Riverside\nlanguage: fr\n", encoding="utf-8")
    config, problems = load_config(path)
    assert config.language == "" and config.clinic_name == "Riverside"
    assert [p.line for p in problems] == [2]
    assert "en" in problems[0].message and "es" in problems[0].message


def test_no_config_file_is_the_defaults_and_no_problem(tmp_path: Path) -> None:
    assert load_config(tmp_path / "none.yaml") == (KioskConfig(), [])


def test_what_is_wrong_keeps_its_default_and_is_named_by_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.yaml"
    path.write_text(
        "clinic_name: Riverside\nidle_timeout: 5\nmodes: [where, explor]\nidel_timeout: 90\n"
        "admin_pin: '1234'\n",
        encoding="utf-8",
    )
    config, problems = load_config(path)
    assert config.clinic_name == "Riverside"  # what is sound is used ...
    assert (config.idle_timeout, config.modes, config.admin_pin) == (60.0, ("where", "explore"), "")
    assert all(p.file == str(path) for p in problems)
    assert lines(problems) == [
        "2:1: idle_timeout: 5 is out of range (expected at least 10)",
        "3:16: modes[1]: 'explor' is not one of where, explore (did you mean 'explore'?)",
        "4:1: top level: unknown field 'idel_timeout' (did you mean 'idle_timeout'?)",
        "5:1: admin_pin: '1234' is not a hash written by 'bodymap kiosk set-pin'",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("clinic_name: [unclosed\n", "2:1: YAML syntax: "),
        ("- a list\n", "1:1: expected a mapping of settings"),
        ("kiosk: !!python/object:os.system x\n", "1:8: refused a YAML tag"),
    ],
)
def test_a_broken_config_gives_the_defaults_and_one_clear_line(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "kiosk.yaml"
    path.write_text(text, encoding="utf-8")
    config, problems = load_config(path)
    assert config == KioskConfig()
    assert len(problems) == 1 and lines(problems)[0].startswith(expected), lines(problems)


def test_a_pin_is_kept_only_as_a_salted_hash() -> None:
    stored = hash_pin("2468")
    assert "2468" not in stored and stored.startswith("scrypt$16384$8$1$")
    assert pin_matches("2468", stored)
    assert not pin_matches("2469", stored) and not pin_matches("", stored)
    assert hash_pin("2468") != stored  # salted: the same PIN hashes differently each time
    assert not pin_matches("2468", "scrypt$broken") and not pin_matches("2468", "")
    with pytest.raises(ValueError):
        hash_pin("12a4")


def test_setting_the_pin_keeps_the_rest_of_the_file() -> None:
    text = "# our kiosk\nclinic_name: Riverside\nadmin_pin: 'old'\nidle_timeout: 90\n"
    assert with_pin(text, "NEW") == (
        '# our kiosk\nclinic_name: Riverside\nadmin_pin: "NEW"\nidle_timeout: 90\n'
    )
    assert with_pin("clinic_name: A", "NEW") == 'clinic_name: A\nadmin_pin: "NEW"\n'


def test_three_wrong_pins_lock_the_prompt_for_a_minute() -> None:
    clock = Clock()
    lock = PinLock(hash_pin("1357"), clock)
    assert [lock.try_pin("0000"), lock.try_pin("1111")] == ["wrong", "wrong"]
    assert lock.try_pin("2222") == "locked"
    assert lock.try_pin("1357") == "locked"  # even the right PIN, while locked
    clock.now += 59
    assert lock.locked_for() == 1 and lock.try_pin("1357") == "locked"
    clock.now += 1
    assert lock.locked_for() == 0 and lock.try_pin("1357") == "ok"
    assert PinLock("", clock).try_pin("1357") == "no_pin"  # no PIN set: no way out by PIN


def test_the_idle_watch_asks_then_starts_over_and_a_touch_answers() -> None:
    clock = Clock()
    watch = IdleWatch(60, 10, clock)
    clock.now += 59.9
    assert watch.phase() == "active"
    clock.now += 0.1
    assert watch.phase() == "asking" and watch.remaining() == 10
    clock.now += 5.5
    assert watch.remaining() == 5
    watch.touched()  # "I'm still here"
    assert watch.phase() == "active"
    clock.now += 70
    assert watch.phase() == "reset"
