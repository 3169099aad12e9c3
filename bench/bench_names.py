"""Speed of ``parse_byline`` and ``split_caption``: strings per CPU second.

    PYTHONPATH=$PWD python bench/bench_names.py [--rounds 7]

Strings are the project's own invented byline and caption sets (``tests/data``), plus the
shared evaluation strings when ``../shared/eval/bylines`` is there (read, never copied).
``parse_byline`` keeps a small cache of recent strings, so the uncached parser behind it is
timed. CPU time (``time.process_time``) and the best of several rounds, because the machine is
shared and wall time is noisy; compare two versions by running this script on each, side by side.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent.parent / "shared" / "eval" / "bylines"


def _raws(kind: str) -> list[str]:
    files = sorted((ROOT / "tests" / "data").rglob(f"*{kind}*.jsonl"))
    if SHARED.is_dir():
        files.append(SHARED / f"{kind}s.jsonl")
    out: list[str] = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line).get("raw")
                if isinstance(raw, str):
                    out.append(raw)
    return out


def _rate(func: Callable[[str], object], raws: list[str], rounds: int) -> float:
    best = 0.0
    for _ in range(rounds):
        start = time.process_time()
        for raw in raws:
            func(raw)
        spent = time.process_time() - start
        best = max(best, len(raws) / spent if spent > 0 else 0.0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    from newsclean import split_caption
    from newsclean.normalize.byline import _parse_safely

    bylines, captions = _raws("byline"), _raws("caption")
    print(f"parse_byline (uncached)  {_rate(_parse_safely, bylines, args.rounds):8.0f} strings/s"
          f"  (n={len(bylines)})")
    print(f"split_caption            {_rate(split_caption, captions, args.rounds):8.0f} strings/s"
          f"  (n={len(captions)})")


if __name__ == "__main__":
    main()
