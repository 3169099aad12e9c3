"""Score clean_text on the labelled real aggregator pages in ../shared (not part of the tests).

    python bench/eval_text.py [--cases DIR] [--out PRED.jsonl]

Writes predictions (one Article per line) and runs the corpus's own score.py on them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from newsclean import clean_text

# ../shared beside the checkout; a worktree under wt/ finds it one level further up.
SHARED = next(
    (p / "shared" for p in Path(__file__).resolve().parents[1:4]
     if (p / "shared" / "eval").is_dir()),
    Path(__file__).resolve().parents[1].parent / "shared",
)
DEFAULT_CASES = SHARED / "eval" / "aggregator_text" / "cases"
SCORER = DEFAULT_CASES.parent / "score.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--cases", type=Path, default=DEFAULT_CASES,
        help="folder of case files, e.g. one half written by ../shared/eval/halves.py",
    )
    ap.add_argument("--out", type=Path, default=Path("bench/out/aggregator_text.jsonl"))
    args = ap.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for path in sorted(args.cases.glob("*.json")):
            case = json.loads(path.read_text(encoding="utf-8"))
            article = clean_text(case["text"], url=case["url"])
            out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    # The corpus's own scorer, wherever the cases were copied to (a half lives outside it).
    return subprocess.call([sys.executable, str(SCORER), str(args.out), "--cases", str(args.cases)])


if __name__ == "__main__":
    sys.exit(main())
