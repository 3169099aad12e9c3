"""Where ``clean_text``'s time goes: CPU time per stage of the text path, per item.

Each stage ``clean_text`` and ``clean_page`` call (``newsclean.core.text``'s own steps and the
ones it imports: chrome rules, header, shapes, captions, language, dates, the Article) is
wrapped in a CPU-time counter; each input is cleaned ``--repeat`` times and its fastest run's
stages are kept, so the figures are steadier than wall time on a shared machine. What no
stage names (reading the input, building the Page, the wrappers' own cost) is the total's
remainder. Run it on two checkouts to compare them stage by stage.

    PYTHONPATH=$PWD python bench/bench_text_stages.py [--cases DIR] [--repeat N] [--one-line]

Inputs: the 91 reference bodies of ``bench/bench_text.py`` (default), the ``text`` of each
case of an aggregator case folder (``--cases``: pages with chrome, headers and dates), or a
one-line item (``--one-line``: the fixed cost every item pays).
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_text import bodies

import newsclean
from newsclean.core import text

# (module, function name, label): the stages as newsclean.core.text calls them, in order.
STAGES = [
    (text, "read_input", "read input"),
    (text, "normalize_text", "normalise"),
    (text, "split_feed_card", "feed card"),
    (text, "profile_for", "profile"),
    (text, "_apply_rules", "chrome rules"),
    (text, "claim_site_chrome", "site chrome"),
    (text, "claim_glued_crumbs", "glued crumbs"),
    (text, "claim_above_header", "above header"),
    (text, "run_layout", "header"),
    (text, "claim_author_box", "author box"),
    (text, "_claim_related_tail", "related tail"),
    (text, "_claim_see_also_items", "see-also items"),
    (text, "_claim_counters", "counters"),
    (text, "_claim_link_rows", "link rows"),
    (text, "_claim_footer_links", "footer links"),
    (text, "_inline_captions", "captions"),
    (text, "claim_shapes", "shapes"),
    (text, "mark_cut_paragraph", "cut paragraph"),
    (text, "mark_read_more_link", "read-more link"),
    (text, "_drop_header_repeats", "header repeats"),
    (text, "parse_byline", "byline"),
    (text, "_claim_author_bio", "author bio"),
    (text, "_assemble", "assemble"),
    (text, "detect_language", "  language"),
    (text, "parse_date", "  dates"),
]


def _timed(func: Callable[..., Any], label: str, spent: dict[str, float]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start

    return wrapper


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
    args = parser.parse_args(argv)
    texts = inputs(args.cases, args.one_line)
    if args.one_line:
        texts = texts * 200
    spent: dict[str, float] = defaultdict(float)
    for module, name, label in STAGES:
        setattr(module, name, _timed(getattr(module, name), label, spent))
    for item, options in texts:  # warm-up: imports, compiled rules, language model
        newsclean.clean_text(item, **options)
    per_stage: dict[str, list[float]] = defaultdict(list)
    totals = []
    for item, options in texts:
        best, best_stages = float("inf"), {}
        for _ in range(args.repeat):
            spent.clear()
            start = time.process_time()
            newsclean.clean_text(item, **options)
            total = time.process_time() - start
            if total < best:
                best, best_stages = total, dict(spent)
        totals.append(best)
        for _, _, label in STAGES:
            per_stage[label].append(best_stages.get(label, 0.0))
    print(f"{len(texts)} inputs: CPU µs an item, mean (share of the total)\n")
    print("| stage | mean µs | share |\n|---|---:|---:|")
    whole = statistics.mean(totals)
    print(f"| clean_text | {whole * 1e6:.0f} | 100% |")
    for _, _, label in STAGES:
        spent_mean = statistics.mean(per_stage[label])
        print(f"| {label} | {spent_mean * 1e6:.0f} | {spent_mean / whole:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
