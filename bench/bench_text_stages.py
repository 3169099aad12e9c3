"""Where ``clean_text``'s time goes: CPU time per stage of the text path, per item.

Each stage ``clean_text`` and ``clean_page`` call (``newsclean.core.text``'s own steps and the
ones it imports: chrome rules, header, shapes, captions, language, dates, the Article) is
wrapped in a CPU-time counter; each input is cleaned ``--repeat`` times and its fastest run's
stages are kept, so the figures are steadier than wall time on a shared machine. The repeats
find their lines in the line-keyed caches; ``--cold`` empties those before each run (as for a
stream of distinct pages). What no stage names (reading the input, building the Page, the
wrappers' own cost) is the total's remainder.
Run it on two checkouts to compare them stage by stage.

    PYTHONPATH=$PWD python bench/bench_text_stages.py [--cases DIR] [--repeat N] [--one-line]
        [--cold]

Inputs: the 91 reference bodies of ``bench/bench_text.py`` (default), the ``text`` of each
case of an aggregator case folder (``--cases``: pages with chrome, headers and dates), or a
one-line item (``--one-line``: the fixed cost every item pays).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_stages import _timed
from bench_text import _caches, bodies

import newsclean
from newsclean.core import text

# function of newsclean.core.text (its own or imported) -> label, in the order it calls them
STAGES = {
    "read_input": "read input",
    "normalize_text": "normalise",
    "split_feed_card": "feed card",
    "profile_for": "profile",
    "_apply_rules": "chrome rules",
    "claim_site_chrome": "site chrome",
    "claim_consent_notices": "consent notices",
    "claim_walls": "walls",
    "claim_glued_crumbs": "glued crumbs",
    "claim_above_header": "above header",
    "run_layout": "header",
    "claim_author_box": "author box",
    "_claim_related_tail": "related tail",
    "_claim_see_also_items": "see-also items",
    "_claim_counters": "counters",
    "_claim_link_rows": "link rows",
    "_claim_footer_links": "footer links",
    "_inline_captions": "captions",
    "claim_shapes": "shapes",
    "mark_cut_paragraph": "cut paragraph",
    "mark_read_more_link": "read-more link",
    "_drop_header_repeats": "header repeats",
    "parse_byline": "byline",
    "_claim_author_bio": "author bio",
    "_assemble": "assemble",
    "detect_language": "  language",
    "parse_date": "  dates",
}


Item = tuple[str, dict[str, Any]]


def inputs(cases: Path | None, one_line: bool) -> list[Item]:
    """The texts to clean, each with its options (a case's ``url``, as eval_text.py passes)."""
    if one_line:
        return [("The council approved the budget on Monday.", {})]
    if cases is None:
        return [(body, {}) for body in bodies()]
    out: list[Item] = []
    for path in sorted(cases.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data if isinstance(data, list) else [data]:
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                options = {"url": case["url"]} if case.get("url") else {}
                out.append((case["text"], options))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=None, help="aggregator case folder")
    parser.add_argument("--one-line", action="store_true", help="a one-line item")
    parser.add_argument("--repeat", type=int, default=5, help="runs per input; fastest counts")
    parser.add_argument(
        "--cold", action="store_true",
        help="empty the line-keyed caches before each run (else repeats find their lines)",
    )
    args = parser.parse_args(argv)
    texts = inputs(args.cases, args.one_line)
    if args.one_line:
        texts = texts * 200
    spent: dict[str, float] = defaultdict(float)
    for name, label in STAGES.items():
        setattr(text, name, _timed(getattr(text, name), label, spent))
    for item, options in texts:  # warm-up: imports, compiled rules, language model
        newsclean.clean_text(item, **options)
    per_stage: dict[str, list[float]] = defaultdict(list)
    totals = []
    caches = _caches() if args.cold else []
    for item, options in texts:
        best, best_stages = float("inf"), {}
        for _ in range(args.repeat):
            for cache in caches:
                cache.cache_clear()
            spent.clear()
            start = time.process_time()
            newsclean.clean_text(item, **options)
            total = time.process_time() - start
            if total < best:
                best, best_stages = total, dict(spent)
        totals.append(best)
        for label in STAGES.values():
            per_stage[label].append(best_stages.get(label, 0.0))
    print(f"{len(texts)} inputs: CPU µs an item, mean (share of the total)\n")
    print("| stage | mean µs | share |\n|---|---:|---:|")
    whole = statistics.mean(totals)
    print(f"| clean_text | {whole * 1e6:.0f} | 100% |")
    for label in STAGES.values():
        spent_mean = statistics.mean(per_stage[label])
        print(f"| {label} | {spent_mean * 1e6:.0f} | {spent_mean / whole:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
