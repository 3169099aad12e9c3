"""Where ``clean_html``'s time goes: CPU time per step of the HTML path, median over pages.

Each step named below (functions of ``newsclean.core.html`` and ``newsclean.core.maincontent``
as ``clean_tree`` calls them) is wrapped in a CPU-time counter; every page is cleaned
``--repeat`` times and its fastest run's steps are kept, so the figures are steadier than wall
time on a shared machine. Nested steps are shown indented (the main-content step holds the
lean extraction and trafilatura's own); what no step names (building the Article, freeing the
tree) is the total's remainder. Run it on two checkouts to compare them step by step.

    PYTHONPATH=$PWD python bench/bench_stages.py [--data DIR] [--ids-from DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extraction import DEFAULT_DATA, ids_in, load_pages

import newsclean
from newsclean.core import document, html, lean, maincontent, marked

# (module, function name, label): the steps of clean_tree on a page no profile knows.
STEPS = [
    (html, "parse_page", "parse"),
    (document, "_parse", "  lxml parse"),
    (document, "_text_lost", "  text-loss estimate"),
    (html, "scan_head", "head scan"),
    (html, "_metadata", "metadata"),
    (marked.MarkedElements, "_marked", "  class pass (first asker's)"),
    (html, "_shown_byline", "  visible byline"),
    (html, "find_dates_in_html", "dates"),
    (html, "_heading_dek", "dek"),
    (html, "_article_chrome_lines", "in-article chrome"),
    (html, "_content_root", "content root"),
    (html, "_figure_elements", "figures (found)"),
    (html, "paragraph_chars", "paragraph measure"),
    (html, "main_content_lines", "main content"),
    (html, "restore_holes", "holes restored"),
    (html, "without_trailing_heading", "trailing heading"),
    (maincontent, "_drop_dead_weight", "  dead weight"),
    (maincontent.lean, "lean_extract", "  lean extraction"),
    (lean, "_lean_copy", "    copy of the page, pre-cleaned"),
    (lean, "_plain_copy", "      copy"),
    (lean, "_tree_cleaning", "    trafilatura's cleaning"),
    (lean, "_extract", "    trafilatura's _extract"),
    (maincontent, "_extract", "  trafilatura.extract"),
    (html, "clean_page", "text cleaner"),
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder")
    parser.add_argument("--ids-from", type=Path, default=None, help="only a half's pages")
    parser.add_argument("--repeat", type=int, default=5, help="runs per page; the fastest counts")
    args = parser.parse_args(argv)
    pages = load_pages(args.data, None)
    if args.ids_from is not None:
        wanted = ids_in(args.ids_from)
        pages = [p for p in pages if p.id in wanted]
    spent: dict[str, float] = defaultdict(float)
    for module, name, label in STEPS:
        setattr(module, name, _timed(getattr(module, name), label, spent))
    for page in pages:  # warm-up: imports, compiled rules, caches
        newsclean.clean_html(page.html, url=page.url or None)
    per_step: dict[str, list[float]] = defaultdict(list)
    totals = []
    for page in pages:
        best, best_steps = float("inf"), {}
        for _ in range(args.repeat):
            spent.clear()
            start = time.process_time()
            newsclean.clean_html(page.html, url=page.url or None)
            total = time.process_time() - start
            if total < best:
                best, best_steps = total, dict(spent)
        totals.append(best)
        for _, _, label in STEPS:
            per_step[label].append(best_steps.get(label, 0.0))
    print(f"{len(pages)} pages from {args.data}: CPU ms a page, median (mean)\n")
    print("| step | median | mean |\n|---|---:|---:|")
    print(f"| clean_html | {statistics.median(totals) * 1000:.2f} "
          f"| {statistics.mean(totals) * 1000:.2f} |")
    for _, _, label in STEPS:
        times = per_step[label]
        print(f"| {label} | {statistics.median(times) * 1000:.2f} "
              f"| {statistics.mean(times) * 1000:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
