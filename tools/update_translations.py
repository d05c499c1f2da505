"""Bring the interface translations up to date with the code, and compile them.

    .venv/bin/python tools/update_translations.py          # update every .ts, then compile
    .venv/bin/python tools/update_translations.py --check  # fail if a .ts or .qm is stale

1. `pyside6-lupdate` reads every `tr(...)` and `translate("Context", "...")` in bodymap/, plus
   the words the code translates from tables (region, view and body-area names, the doctor
   card, guidance, match strengths, decks), and merges them into
   assets/translations/bodymap_<code>.ts: new texts arrive unfinished, texts no longer in the
   code are dropped.
2. `pyside6-lrelease` compiles each .ts into the .qm the app loads (shipped beside it).

Translate the .ts files with Qt Linguist (`pyside6-linguist`) or any editor; see
docs/translating.md.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bodymap.atlas.vocabulary import AREA_TITLES, REGION_IDS, region_name  # noqa: E402
from bodymap.language import ENGLISH, LANGUAGES  # noqa: E402
from bodymap.state import study, wording  # noqa: E402

FOLDER = ROOT / "assets" / "translations"


def table_words() -> dict[str, list[str]]:
    """Texts the code passes to translate() from a table, by context."""
    from bodymap.atlas.loader import load_atlas
    from bodymap.ui import handout, where

    atlas = load_atlas()
    return {
        "Regions": [region_name(r) for r in REGION_IDS],
        "Views": [view.name for view in atlas.views.values()],
        "BodyAreas": list(AREA_TITLES.values()),
        "Kiosk": list(wording.DOCTOR_NOW),
        "Where": [words for _floor, words in (*wording.STRENGTHS, *wording.SHARES)],
        "Guidance": [text for heading, lines in wording.GUIDANCE for text in (heading, *lines)],
        "Handout": [handout.SELF_CARE, handout.DISCLAIMER],
        "WhereMode": list(where.QUICK_COMPLAINTS),
        "Study": [
            "Everything",
            *(f"{name} patterns" for name, _low, _high in study.LEVELS),
            *AREA_TITLES.values(),
        ],
    }


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def update(folder: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "bodymap").rglob("*.py"))
    with tempfile.TemporaryDirectory() as scratch:
        tables = Path(scratch) / "tables.py"
        tables.write_text(
            "".join(
                f"translate({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})\n"
                for context, texts in table_words().items()
                for text in dict.fromkeys(texts)
            ),
            encoding="utf-8",
        )
        for code in LANGUAGES:
            if code == ENGLISH:
                continue
            target = folder / f"bodymap_{code}.ts"
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    *sources,
                    str(tables),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-target-language",
                    code,
                    "-ts",
                    str(target),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )


def release(folder: Path) -> None:
    for ts in sorted(folder.glob("bodymap_*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if a .ts or .qm is stale")
    args = parser.parse_args(argv)
    if not args.check:
        FOLDER.mkdir(parents=True, exist_ok=True)
        update(FOLDER)
        release(FOLDER)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for path in FOLDER.iterdir():
            shutil.copy(path, copy / path.name)
        update(copy)
        release(copy)
        stale = [
            path.name
            for path in sorted(copy.iterdir())
            if not (FOLDER / path.name).exists() or not filecmp.cmp(path, FOLDER / path.name)
        ]
    if stale:
        print("stale: " + ", ".join(stale) + "; run tools/update_translations.py")
        return 1
    print("translations up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
