"""`bodymap kiosk set-pin`: the administrator's PIN written to the kiosk's config file as a
salted scrypt hash; the PIN itself is never stored (docs/kiosk.md)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from bodymap import places
from bodymap.state.kiosk import MAX_CONFIG_BYTES, PIN_PATTERN, hash_pin, with_pin


def _ask(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()  # piped in: a setup script, or the tests


def set_pin(config: str | None) -> int:
    path = Path(config) if config else places.kiosk_config_file()
    pin = _ask("New administrator PIN (4 to 12 digits): ")
    if not PIN_PATTERN.fullmatch(pin):
        print("bodymap: a PIN is 4 to 12 digits; nothing was changed", file=sys.stderr)
        return 2
    if _ask("The same PIN again: ") != pin:
        print("bodymap: the two PINs differ; nothing was changed", file=sys.stderr)
        return 2
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as error:
        print(f"bodymap: could not read {path}: {error}; nothing was changed", file=sys.stderr)
        return 1
    if len(text.encode()) > MAX_CONFIG_BYTES:
        print(f"bodymap: {path} is larger than 64 KiB; nothing was changed", file=sys.stderr)
        return 1
    temporary = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(with_pin(text, hash_pin(pin)), encoding="utf-8")
        os.chmod(temporary, 0o600)  # the hash is no secret, but nobody else needs to read it
        temporary.replace(path)  # whole or not at all
    except OSError as error:
        temporary.unlink(missing_ok=True)
        print(f"bodymap: could not write {path}: {error.strerror}", file=sys.stderr)
        return 1
    print(f"The PIN is set (as a salted hash) in {path}")
    return 0
