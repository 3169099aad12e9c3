"""Score ``parse_date`` on a ``dates.jsonl`` set: exact ISO matches.

    PYTHONPATH=$PWD python bench/eval_dates.py tests/data/leftovers/heldout/dates.jsonl [-v]

Each line is ``{"raw": …, "languages": [...] or null, "iso": …}``; relative stamps are read
from a fixed ``now`` (2026-06-01 UTC) so the figures do not drift. ``-v`` prints the misses.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path

from newsclean.normalize.dates import parse_date

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    total = hits = 0
    for line in args.path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        got = parse_date(case["raw"], now=NOW, languages=case.get("languages"))
        total += 1
        hits += got == case["iso"]
        if got != case["iso"] and args.verbose:
            print(f"  miss {case['raw']!r}: {got} (want {case['iso']})")
    print(f"{args.path}: dates exact {hits}/{total} = {100 * hits / max(total, 1):.1f}%")


if __name__ == "__main__":
    main()
