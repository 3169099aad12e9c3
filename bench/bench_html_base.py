"""``clean_html`` of this checkout against a base commit's, in one process: same Articles, and
CPU time side by side with trafilatura's default.

A speed change to the HTML path must keep every Article (or be measured better on the tuning
half and not worse on the checking half), and its gain is a few percent: on a machine shared
with other work, two runs minutes apart differ by more than that. So the base is imported
beside this checkout (unpack it first: ``git archive <commit> newsclean | tar -x -C DIR`` and
rename ``DIR/newsclean`` to ``DIR/newsclean_base``), every page is cleaned by both, and the
times are CPU time, the systems interleaved page by page, fastest of ``--repeat`` a page.

    PYTHONPATH=$PWD python bench/bench_html_base.py --base DIR --same     # Articles compared
    PYTHONPATH=$PWD python bench/bench_html_base.py --base DIR --time --data fixtures/publishers

``--same`` cleans every HTML input: the benchmark pages with their URLs, the Readability pages
of ``../shared``, and every ``.html`` under ``fixtures/`` and ``tests/data/`` with its response
URL, with none and with an example URL; each as bytes and as text, at a fixed ``now``.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extraction import DEFAULT_DATA, ids_in, load_pages

import newsclean

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
EXAMPLE_URL = "https://www.example.com/2026/12/07/a-story.html"


def html_inputs() -> Iterator[tuple[str, bytes, str | None]]:
    """(name, bytes, url) of every HTML input ``--same`` compares."""
    truth = json.loads((DEFAULT_DATA / "ground-truth-dev.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        path = DEFAULT_DATA / "html" / f"{page_id}.html.gz"
        if path.exists():
            yield page_id, gzip.decompress(path.read_bytes()), truth[page_id].get("url") or None
    for path in sorted((DEFAULT_DATA.parent / "readability").glob("*/*.html")):
        yield str(path), path.read_bytes(), EXAMPLE_URL
    for path in sorted([*ROOT.glob("fixtures/**/*.html"), *ROOT.glob("tests/data/**/*.html")]):
        raw = path.read_bytes()
        response = path.parent / "response.json"
        url = json.loads(response.read_text(encoding="utf-8")).get("url") \
            if response.exists() else None
        for shown_url in dict.fromkeys((url, None, EXAMPLE_URL)):
            yield f"{path.relative_to(ROOT)} url={shown_url}", raw, shown_url


def _record(article: Any) -> dict[str, Any]:
    data: dict[str, Any] = article.to_dict()
    data.get("metadata", {}).pop("dateDownloaded", None)
    return data


def same(base: Any) -> int:
    runs = differ = 0
    for name, raw, url in html_inputs():
        for form in (raw, raw.decode("utf-8", "replace")):
            ours = _record(newsclean.clean_html(form, url=url, now=NOW))
            theirs = _record(base.clean_html(form, url=url, now=NOW))
            runs += 1
            if ours != theirs:
                differ += 1
                fields = sorted(k for k in {*ours, *theirs} if ours.get(k) != theirs.get(k))
                print(f"differs: {name} ({type(form).__name__}): {', '.join(fields)}")
    print(f"{runs} runs, {differ} differ")
    return 1 if differ else 0


def side_by_side(base: Any, pages: list[Any], repeat: int) -> None:
    import trafilatura

    systems: dict[str, Callable[[Any], object]] = {
        "base": lambda p: base.clean_html(p.html, url=p.url or None),
        "this": lambda p: newsclean.clean_html(p.html, url=p.url or None),
        "trafilatura": lambda p: trafilatura.extract(p.html, url=p.url or None),
    }
    for page in pages:  # warm-up: imports, compiled rules, caches
        for run in systems.values():
            run(page)
    best: dict[str, list[float]] = {name: [] for name in systems}
    for page in pages:
        fastest = dict.fromkeys(systems, float("inf"))
        for _ in range(repeat):
            for name, run in systems.items():
                start = time.process_time()
                run(page)
                fastest[name] = min(fastest[name], time.process_time() - start)
        for name in systems:
            best[name].append(fastest[name])
    median = {name: statistics.median(times) * 1000 for name, times in best.items()}
    per_page = statistics.median(t / b for t, b in zip(best["this"], best["base"], strict=True))
    print(f"{len(pages)} pages, CPU ms a page (median, fastest of {repeat}): "
          + ", ".join(f"{name} {ms:.2f}" for name, ms in median.items()))
    print(f"x trafilatura: base {median['base'] / median['trafilatura']:.3f}, "
          f"this {median['this'] / median['trafilatura']:.3f}; "
          f"this/base per page, median {per_page:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, required=True,
                        help="folder holding the base commit's package as newsclean_base")
    parser.add_argument("--same", action="store_true", help="compare every Article")
    parser.add_argument("--time", action="store_true", help="time base, this and trafilatura")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="pages to time")
    parser.add_argument("--ids-from", type=Path, default=None, help="only a half's pages")
    parser.add_argument("--repeat", type=int, default=5, help="runs a page; the fastest counts")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.base))
    base = importlib.import_module("newsclean_base")
    status = same(base) if args.same else 0
    if args.time:
        pages = load_pages(args.data, None)
        if args.ids_from is not None:
            wanted = ids_in(args.ids_from)
            pages = [p for p in pages if p.id in wanted]
        side_by_side(base, pages, args.repeat)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
