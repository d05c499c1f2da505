"""The languages bodymap speaks, which one to use, and its interface text without Qt.

The interface text lives in Qt Linguist files, ``assets/translations/bodymap_<code>.ts``
(docs/translating.md): the app loads their compiled ``.qm`` twins into a QTranslator, and the
command line, which never imports Qt, reads the ``.ts`` itself (`catalogue`). Either way a
text without a translation stays English, never an id.
"""

from __future__ import annotations

import json
import locale
import os
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

from bodymap.resources import asset

Translate = Callable[[str, str], str]  # (context, English text) -> the text shown

ENGLISH = "en"
# The shipped languages, each named in itself (as a menu lists them).
LANGUAGES: Mapping[str, str] = {"en": "English", "es": "Español"}
# How each writes a decimal fraction (the app asks QLocale; the command line, this).
DECIMAL_MARK: Mapping[str, str] = {"en": ".", "es": ","}


def normalise(code: str | None) -> str | None:
    """A shipped language for a code or locale name ("es", "es_MX.UTF-8", "ES"), or None."""
    if not code:
        return None
    base = code.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str | None:
    """The shipped language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as
    gettext reads them), or None when it asks for none of ours."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            for part in value.split(":"):
                if (code := normalise(part)) is not None:
                    return code
            return None  # the first variable set decides, as in gettext
    code, _encoding = locale.getlocale()
    return normalise(code)


def choose(*wishes: str | None) -> str:
    """The first shipped language among `wishes` (the command line, then the settings or the
    kiosk's file), else the system's, else English."""
    for wish in wishes:
        if (code := normalise(wish)) is not None:
            return code
    return system_language() or ENGLISH


def settings_language(path: Path) -> str:
    """The language chosen in the app (View ▸ Language), read from its settings file before
    anything heavier is imported, so the splash shows at once; "" when none is chosen or the
    file cannot be read (the settings' own reader tells what is wrong with it)."""
    try:
        with path.open("rb") as file:
            data = json.loads(file.read(64 * 1024).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return ""
    value = data.get("language") if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""


def ts_file(code: str) -> str:
    return str(asset(f"translations/bodymap_{code}.ts"))


def qm_file(code: str) -> str:
    return str(asset(f"translations/bodymap_{code}.qm"))


@cache
def catalogue(code: str) -> Mapping[tuple[str, str], str]:
    """The finished translations of one language: (context, English) -> translated text.

    Read from the shipped ``.ts`` file with the standard library: a file we ship and trust.
    One that is missing or broken leaves the text English (the tests hold it whole).
    """
    if code == ENGLISH:
        return {}
    table: dict[tuple[str, str], str] = {}
    try:
        root = ElementTree.parse(ts_file(code)).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue  # unfinished, vanished or obsolete: English it stays
            if translation.text:
                table[(name, source)] = translation.text
    return table


def decimal(value: float, places: int, code: str) -> str:
    """`value` with `places` decimals as language `code` writes it: 0.58, 0,58."""
    return f"{value:.{places}f}".replace(".", DECIMAL_MARK.get(code, "."))


def translator(code: str) -> Translate:
    """`translate(context, text)` for the command line in language `code`."""
    table = catalogue(code)

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate
