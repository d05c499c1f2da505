"""A long soak of the UI monkey (tests/ui/test_fuzz.py): many seeds, many events per seed.

    python tools/soak.py --minutes 30            # new seeds until the time is up
    python tools/soak.py --events 50000 --seed 7 # one long run

Stops at the first failure and prints the seed that reproduces it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(seed: int, events: int) -> int:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BODYMAP_FUZZ_SEED": str(seed),
        "BODYMAP_FUZZ_EVENTS": str(events),
    }
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            "-m",
            "slow",
            "tests/ui/test_fuzz.py",
        ],
        cwd=ROOT,
        env=env,
    ).returncode


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to keep going")
    parser.add_argument("--events", type=int, default=20000, help="events per seed")
    parser.add_argument("--seed", type=int, help="run this one seed only")
    args = parser.parse_args()
    if args.seed is not None:
        return run(args.seed, args.events)
    deadline = time.monotonic() + args.minutes * 60
    seed = int(time.time()) % 1_000_000
    runs = 0
    while time.monotonic() < deadline:
        code = run(seed, args.events)
        runs += 1
        if code:
            print(
                f"soak: failed with seed {seed}; again: python tools/soak.py --seed {seed} "
                f"--events {args.events}"
            )
            return code
        seed += 1
    print(f"soak: {runs} run(s) of {args.events} events, no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
