"""The kiosk's rules, without Qt: its configuration file, the administrator's PIN, and when an
idle screen asks "Are you still there?" and then starts over for the next visitor.

A clinic runs bodymap on a reception touch screen, unattended (docs/kiosk.md). What a visitor
did never outlives the reset; the configuration is read-only to the app (only `bodymap kiosk
set-pin` writes it); the PIN is kept only as a salted scrypt hash.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from bodymap.atlas.problems import Problem
from bodymap.atlas.spec import Choice, Field, Fields, Flag, ListOf, Number, Spec, Text
from bodymap.atlas.yamlnodes import Mark, ParseIssue, Record, read_yaml
from bodymap.language import LANGUAGES

MODES = ("where", "explore")
MAX_CONFIG_BYTES = 64 * 1024


@dataclass(frozen=True)
class KioskConfig:
    """What a clinic sets for its kiosk; every field has a safe default."""

    kiosk: bool = False  # start as a kiosk even without --kiosk
    clinic_name: str = ""  # shown on the attract screen
    logo: Path | None = None  # an image beside the clinic's name (relative to the file)
    idle_timeout: float = 60.0  # seconds without a touch before "Are you still there?"
    countdown: float = 10.0  # seconds the question waits before starting over
    language: str = ""  # a shipped language (bodymap.language); "" follows the system
    high_contrast: bool = False  # on: always; off: as the system is set
    modes: tuple[str, ...] = MODES  # what the attract screen offers, in this order
    admin_pin: str = ""  # the PIN's salted hash (hash_pin), never the PIN
    source: Path | None = field(default=None, compare=False)  # the file it was read from


FIELDS: dict[str, Spec] = {
    "kiosk": Flag(),
    "clinic_name": Text(max_length=80, description="the clinic's name on the attract screen"),
    "logo": Text(max_length=4096, description="an image file (PNG, SVG), relative to this file"),
    "idle_timeout": Number(minimum=10, maximum=3600),
    "countdown": Number(minimum=3, maximum=120),
    "language": Choice(tuple(LANGUAGES)),
    "high_contrast": Flag(),
    "modes": ListOf(Choice(MODES), min_items=1, max_items=len(MODES)),
    "admin_pin": Text(
        pattern=re.compile(r"scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+"),
        pattern_hint="a hash written by 'bodymap kiosk set-pin'",
    ),
}
CONFIG = Fields({name: Field(spec, required=False) for name, spec in FIELDS.items()})


def load_config(path: Path) -> tuple[KioskConfig, list[Problem]]:
    """The configuration in `path`, with a problem (file, line, field) for each thing wrong;
    what is wrong keeps its default, what is sound is used. A missing file is no problem."""
    name = str(path)
    try:
        raw = path.read_bytes()[: MAX_CONFIG_BYTES + 1]
    except FileNotFoundError:
        return KioskConfig(), []
    except OSError as error:
        return KioskConfig(), [Problem(name, 0, 0, f"could not read it: {error.strerror}")]
    if len(raw) > MAX_CONFIG_BYTES:
        return KioskConfig(), [Problem(name, 0, 0, "larger than 64 KiB; not a kiosk config")]
    try:
        value, duplicates = read_yaml(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return KioskConfig(), [Problem(name, 0, 0, "not UTF-8 text")]
    except ParseIssue as issue:
        return KioskConfig(), [Problem(name, issue.mark.line, issue.mark.col, issue.message)]
    problems = [Problem(name, mark.line, mark.col, message) for mark, message in duplicates]
    if value is None:
        return KioskConfig(source=path), problems
    if not isinstance(value, Record):
        return KioskConfig(), [*problems, Problem(name, 1, 1, "expected a mapping of settings")]

    def report(mark: Mark, message: str) -> None:
        problems.append(Problem(name, mark.line, mark.col, message))

    sound: dict[str, Any] = {}
    for key, item in value.items():
        spec = FIELDS.get(key)
        if spec is None:  # an unknown or misspelt setting: reported with the closest one
            CONFIG.check({key: item}, "", value.mark_of(key), report)
        elif spec.check(item, key, value.mark_of(key), report):
            sound[key] = item
    config = KioskConfig(source=path)
    for key, item in sound.items():
        if key == "logo":
            item = (path.parent / item).resolve()
        elif key == "modes":
            item = tuple(dict.fromkeys(item))
        elif key in ("idle_timeout", "countdown"):
            item = float(item)
        config = replace(config, **{key: item})
    return config, sorted(problems)


# -- the administrator's PIN -----------------------------------------------------------------
PIN_PATTERN = re.compile(r"\d{4,12}")
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1  # about 50 ms a try: slow for a guesser


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """The PIN as the config keeps it: `scrypt$N$r$p$salt$hash` (base64)."""
    if not PIN_PATTERN.fullmatch(pin):
        raise ValueError("a PIN is 4 to 12 digits")
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    encoded = (base64.b64encode(part).decode() for part in (salt, digest))
    return "$".join(("scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), *encoded))


def pin_matches(pin: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        tried = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=64 * 1024 * 1024,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(tried, base64.b64decode(digest))


def with_pin(text: str, stored: str) -> str:
    """The config file's text with `admin_pin` set to `stored`, the rest as it was."""
    line = f'admin_pin: "{stored}"'
    pattern = re.compile(r"^admin_pin\s*:.*$", flags=re.M)
    if pattern.search(text):
        return pattern.sub(lambda _match: line, text, count=1)
    return text + ("" if not text or text.endswith("\n") else "\n") + line + "\n"


PinAnswer = Literal["ok", "wrong", "locked", "no_pin"]


class PinLock:
    """The administrator's way out: a right PIN opens it; three wrong ones lock it for a
    minute. Time comes from `clock`, so that tests never sleep."""

    ATTEMPTS = 3
    LOCK_SECONDS = 60.0

    def __init__(self, stored: str, clock: Callable[[], float]) -> None:
        self.stored = stored
        self.clock = clock
        self.wrong = 0
        self.locked_until = 0.0

    def locked_for(self) -> int:
        """Whole seconds the prompt stays locked (0 when open)."""
        return max(0, math.ceil(self.locked_until - self.clock()))

    def try_pin(self, pin: str) -> PinAnswer:
        if not self.stored:
            return "no_pin"
        if self.locked_for():
            return "locked"
        if pin_matches(pin, self.stored):
            self.wrong = 0
            return "ok"
        self.wrong += 1
        if self.wrong >= self.ATTEMPTS:
            self.wrong = 0
            self.locked_until = self.clock() + self.LOCK_SECONDS
            return "locked"
        return "wrong"


# -- idle: ask, then start over ----------------------------------------------------------------
IdlePhase = Literal["active", "asking", "reset"]


class IdleWatch:
    """When the screen has been left alone: after `idle` seconds it asks "Are you still
    there?" for `countdown` seconds, then it is time to start over. A touch answers."""

    def __init__(self, idle: float, countdown: float, clock: Callable[[], float]) -> None:
        self.idle = idle
        self.countdown = countdown
        self.clock = clock
        self.last = clock()

    def touched(self) -> None:
        self.last = self.clock()

    def phase(self) -> IdlePhase:
        quiet = self.clock() - self.last
        if quiet >= self.idle + self.countdown:
            return "reset"
        return "asking" if quiet >= self.idle else "active"

    def remaining(self) -> int:
        """Whole seconds left before starting over, while asking."""
        return max(0, math.ceil(self.idle + self.countdown - (self.clock() - self.last)))
