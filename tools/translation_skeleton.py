"""Write or complete the atlas translation files for one language.

    .venv/bin/python tools/translation_skeleton.py es

For each map file in maps/ (muscles/*.yaml and complaints.yaml) this writes
maps/translations/<lang>/<same path> with every text a reader sees, keyed by id, in the
order of the English file. Entries already translated are kept as they are; missing ones are
added with the English text, for a translator to replace (`bodymap validate` reports any
text still left in English). The file format is in docs/translating.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "maps"

POINT_FIELDS = ("name", "summary", "location", "referral", "symptoms", "red_flag")
TECHNIQUE_FIELDS = ("name", "notes")


class _Dumper(yaml.SafeDumper):
    pass


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = ">" if len(value) > 70 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def _point(point: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in POINT_FIELDS:
        if point.get(key):
            out[key] = old.get(key, point[key])
    technique = point.get("technique") or {}
    old_technique = old.get("technique") or {}
    out["technique"] = {
        key: old_technique.get(key, technique[key]) for key in TECHNIQUE_FIELDS if key in technique
    }
    if point.get("precautions"):
        out["precautions"] = old.get("precautions", point["precautions"])
    return out


def _muscles(english: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for muscle in english.get("muscles") or []:
        before = (old.get("muscles") or {}).get(muscle["id"]) or {}
        entry: dict[str, Any] = {"name": before.get("name", muscle["name"])}
        if muscle.get("aliases"):
            entry["aliases"] = before.get("aliases", [])
        points = before.get("trigger_points") or {}
        entry["trigger_points"] = {
            p["id"]: _point(p, points.get(p["id"]) or {}) for p in muscle.get("trigger_points", [])
        }
        out[muscle["id"]] = entry
    return {"muscles": out}


def _complaints(english: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for complaint in english.get("complaints") or []:
        before = (old.get("complaints") or {}).get(complaint["id"]) or {}
        entry = {
            "name": before.get("name", complaint["name"]),
            "words": before.get("words", complaint["words"]),
        }
        if complaint.get("red_flags"):
            entry["red_flags"] = before.get("red_flags", complaint["red_flags"])
        out[complaint["id"]] = entry
    return {"complaints": out}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    language = argv[0]
    sources = [*sorted((MAPS / "muscles").glob("*.yaml")), MAPS / "complaints.yaml"]
    for source in sources:
        relative = source.relative_to(MAPS)
        target = MAPS / "translations" / language / relative
        english = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
        old = yaml.safe_load(target.read_text(encoding="utf-8")) if target.exists() else {}
        body = (_complaints if "complaints" in english else _muscles)(english, old or {})
        header = (
            f"# {language}: the reader's text of maps/{relative}, keyed by id "
            "(docs/translating.md).\n"
            f"language: {language}\n"
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.dump(body, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=96)
        target.write_text(header + text, encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
