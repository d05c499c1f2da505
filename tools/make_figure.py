"""Generate the figure views maps/views/{front,back,side,soles}.yaml from the tables in
tools/figure/.

Usage: .venv/bin/python tools/make_figure.py [--check]
(--check: build the views, write nothing, exit 1 if a file in maps/views differs.)

The output depends on the Shapely/GEOS version; tests/test_tools.py records the GEOS version
that made the shipped files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from bodymap.atlas.vocabulary import MIDLINE_REGIONS, REGION_IDS

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figure.back import build_back
from figure.emit import dump_view
from figure.front import build_front
from figure.side import build_side
from figure.soles import build_soles
from figure.tiling import check
from figure.view import View

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "maps" / "views"

EXPECTED: dict[str, set[str]] = {
    "front": set(
        """vertex forehead temple orbit ear cheek tmj jaw teeth_upper teeth_lower chin
        anterior_neck lateral_neck anterior_chest lateral_chest upper_abdomen lower_abdomen groin
        anterior_shoulder lateral_shoulder anterior_arm lateral_arm medial_arm elbow_lateral
        elbow_medial anterior_forearm wrist_palmar palm thumb fingers hip_lateral anterior_thigh
        lateral_thigh medial_thigh knee_anterior knee_medial knee_lateral shin lateral_leg
        ankle_anterior ankle_medial ankle_lateral foot_dorsal big_toe toes
        shoulder_top axilla elbow_anterior""".split()
    ),
    "back": set(
        """vertex occiput ear posterior_neck lateral_neck posterior_shoulder lateral_shoulder
        scapula interscapular lateral_chest thoracolumbar lumbar sacrum coccyx buttock hip_lateral
        posterior_arm lateral_arm medial_arm elbow_lateral elbow_medial posterior_forearm
        wrist_dorsal hand_dorsal thumb fingers posterior_thigh lateral_thigh medial_thigh
        knee_posterior knee_medial knee_lateral calf lateral_leg ankle_medial ankle_lateral
        heel shoulder_top axilla perineum achilles""".split()
    ),
    "side": set(
        """vertex forehead temple orbit ear cheek tmj jaw teeth_upper teeth_lower chin occiput
        posterior_neck lateral_neck anterior_neck anterior_chest lateral_chest scapula thoracolumbar
        lumbar upper_abdomen lower_abdomen groin buttock sacrum hip_lateral anterior_shoulder
        lateral_shoulder posterior_shoulder lateral_arm anterior_arm posterior_arm elbow_lateral
        posterior_forearm anterior_forearm wrist_dorsal hand_dorsal thumb fingers anterior_thigh
        lateral_thigh posterior_thigh knee_anterior knee_lateral knee_posterior shin lateral_leg
        calf ankle_anterior ankle_lateral heel foot_dorsal sole toes achilles""".split()
    ),
    "soles": {"heel", "sole", "big_toe", "toes"},
}


def check_ids(view: View) -> None:
    keys = {(r.id, r.side) for r in view.regions}
    ids = {r.id for r in view.regions}
    if ids != EXPECTED[view.id]:
        raise AssertionError(
            f"{view.id}: missing {sorted(EXPECTED[view.id] - ids)}, "
            f"unexpected {sorted(ids - EXPECTED[view.id])}"
        )
    for rid in ids:
        if rid in MIDLINE_REGIONS:
            assert (rid, None) in keys, f"{view.id}: {rid} must have no side"
        elif view.id == "side":
            assert keys & {(rid, "right")} and not keys & {(rid, "left")}, f"side: {rid}"
        else:
            assert (rid, "right") in keys and (rid, "left") in keys, f"{view.id}: {rid} pair"
    assert len(keys) == len(view.regions), f"{view.id}: duplicated region"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a view file is stale"
    )
    args = parser.parse_args()
    views = [build_front(), build_back(), build_side(), build_soles()]
    seen: set[str] = set()
    stale: list[Path] = []
    if not args.check:
        OUT.mkdir(parents=True, exist_ok=True)
    for view in views:
        check_ids(view)
        stats = check(view.id, view.outline, view.regions)
        seen |= {r.id for r in view.regions}
        text = dump_view(view)
        loaded = yaml.safe_load(text)
        assert loaded["view"]["id"] == view.id
        path = OUT / f"{view.id}.yaml"
        if args.check:
            if not path.is_file() or path.read_bytes() != text.encode("utf-8"):
                stale.append(path)
            continue
        path.write_text(text, encoding="utf-8")
        print(
            f"{path.relative_to(ROOT)}: {len(text) / 1024:.0f} KB, {len(view.regions)} regions, "
            f"coverage {stats['coverage']:.5f}, worst overlap {stats['worst_overlap']:.6f} "
            f"({stats['worst_pair']})"
        )
    missing = set(REGION_IDS) - seen
    if missing:
        raise AssertionError(f"region ids in no view: {sorted(missing)}")
    if args.check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is stale: run tools/make_figure.py", file=sys.stderr)
        if stale:
            return 1
        print(f"{OUT.relative_to(ROOT)}: up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
