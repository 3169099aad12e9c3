"""How a large ``newsclean report`` behaves: time to write it, its size, and (with chromium)
how long the browser takes to open it, filter it by a search and show one article.

The articles are the text fixtures cleaned with ``explain=True`` (invented pages, their lines
and rules), repeated with distinct URLs over many hosts until there are ``--articles`` of them.

    python bench/bench_report.py [--articles 10000] [--out /tmp/report-10k.html] [--no-browser]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository's dev tools
from newsclean import clean_text
from newsclean.report import compact, write_report
from tools import report_browser
from tools.report_browser import Session

ROOT = Path(__file__).resolve().parents[1]


def articles(n: int) -> list[dict[str, Any]]:
    """``n`` report records from the text fixtures, each under its own URL."""
    base = []
    for case in sorted((ROOT / "fixtures" / "text").glob("*/body.txt")):
        url = json.loads((case.parent / "response.json").read_text(encoding="utf-8"))["url"]
        base.append(clean_text(case.read_bytes(), url=url, explain=True).to_dict())
    out = []
    for i in range(n):
        record = dict(base[i % len(base)])
        record["url"] = f"https://site{i % 97}.example.org/story/{i}"
        out.append(compact(record))
    return out


def browse(path: Path, runs: int) -> dict[str, float]:
    """Median milliseconds over ``runs`` fresh pages: open to usable (as Playwright sees it),
    a search (less its 400 ms wait), one article's detail after a click (inside the page)."""
    timings: dict[str, list[float]] = {"open": [], "search": [], "article": []}

    def look(s: Session) -> None:
        timings["open"].append(s.open(path))
        s.articles()
        start = time.perf_counter()
        s.search("site42.example.org")
        timings["search"].append((time.perf_counter() - start) * 1000 - 400)  # less debounce
        s.open_article(4242)  # the list scrolled there; then one row clicked, timed in the page
        timings["article"].append(s.page.evaluate(
            "(() => { const t = performance.now(); "
            "document.querySelector(\"#list .row[data-index='4243']\").click(); "
            "return performance.now() - t; })()"))
        errors = s.console_errors()
        if errors:
            raise SystemExit(f"console errors: {errors}")

    for _ in range(runs):
        report_browser.session(look)
    return {k: statistics.median(v) for k, v in timings.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/newsclean-report-bench.html"))
    parser.add_argument("--runs", type=int, default=3, help="browser runs (median counts)")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args(argv)
    records = articles(args.articles)
    start = time.perf_counter()
    with args.out.open("w", encoding="utf-8") as out:
        write_report(records, out)
    write_s = time.perf_counter() - start
    size = args.out.stat().st_size / 1e6
    print(f"{args.articles} articles: written in {write_s:.2f} s, {size:.1f} MB ({args.out})")
    missing = report_browser.missing()
    if args.no_browser or missing:
        print(f"browser: skipped ({missing or '--no-browser'})")
        return 0
    ms = browse(args.out, args.runs)
    print(f"chromium (median of {args.runs}): open to usable {ms['open']:.0f} ms, search "
          f"{ms['search']:.0f} ms, one article {ms['article']:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
