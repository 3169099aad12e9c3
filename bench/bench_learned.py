"""Measure chrome learned from a crawl on the ``fixtures/learned`` replay.

``fixtures/learned`` holds the pages of one invented aggregator no profile knows, each with its
labels in ``spec.json``: ``articleBody`` (the article's paragraphs) and ``chrome`` (every chrome
line the page shows). For each way of cleaning the batch it prints:

- chrome leak: labelled chrome lines still in the body / all labelled chrome lines;
- article lines lost: labelled article paragraphs missing from the body (must be 0);
- time per page (median and mean ms, learning and store included).

Modes: ``off`` (no learning: the leak before), ``crawl`` (one pass in a shuffled crawl order,
learning as it goes: what the Scrapy pipeline does), ``batch`` (``newsclean clean --jsonl
--learn-chrome``: observe every page, then clean them all) and ``unguarded`` (``batch`` with
the safeguard off: no line counts as article text, to show what the safeguard saves). The
store is an in-memory SQLite one unless ``--db`` names a file.

    python bench/bench_learned.py [--data fixtures/learned] [--db FILE] [--min-pages N]
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository's dev tools
from newsclean import Article, clean_html, clean_text
from newsclean.core.learned import ArticleText
from newsclean.learn import ChromeLearner, Policy, SqliteChromeStore, clean_learning
from newsclean.normalize.text import key
from tools.regen_fixtures import Case, cases

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Score:
    chrome: int = 0
    leaked: int = 0
    article: int = 0
    lost: int = 0
    removed: int = 0

    def add(self, case: Case, article: Article) -> None:
        spec = case.spec() or {}
        body = {key(line) for line in article.articleBody.split("\n") if line.strip()}
        chrome = [key(line) for line in spec["chrome"]]
        paras = [key(line) for line in spec["articleBody"].split("\n") if line.strip()]
        self.chrome += len(chrome)
        self.leaked += sum(line in body for line in chrome)
        self.article += len(paras)
        self.lost += sum(line not in body for line in paras)


def clean_case(case: Case, learner: ChromeLearner | None) -> Article:
    clean = clean_html if case.body_path.suffix == ".html" else clean_text
    if learner is None:
        return clean(case.body(), url=case.url)
    return clean_learning(clean, case.body(), url=case.url, learner=learner)


def timed(
    pages: list[Case], learner: ChromeLearner | None
) -> Iterator[tuple[Case, Article, float]]:
    for case in pages:
        start = time.perf_counter()
        article = clean_case(case, learner)
        yield case, article, time.perf_counter() - start


def run(mode: str, pages: list[Case], store_path: str, policy: Policy) -> tuple[Score, list[float]]:
    score, times = Score(), []
    learner = None if mode == "off" else ChromeLearner(SqliteChromeStore(store_path), policy)
    if mode == "crawl":
        pages = pages[:]
        random.Random(12).shuffle(pages)
    if mode in ("batch", "unguarded"):
        assert learner is not None
        for _case, _article, seconds in timed(pages, learner):  # pass 1: observe
            times.append(seconds)
        learner.learn = False
    for i, (case, article, seconds) in enumerate(timed(pages, learner)):
        score.add(case, article)
        if mode in ("batch", "unguarded"):
            times[i] += seconds  # a page's cost is both of its passes
        else:
            times.append(seconds)
    if learner is not None:
        score.removed = learner.totals.lines_removed
        learner.close()
    return score, times


@contextlib.contextmanager
def unguarded() -> Iterator[None]:
    """No line is ever article text: the safeguard off, for the ablation row."""
    holds = ArticleText.holds
    ArticleText.holds = lambda self, line: False  # type: ignore[method-assign]
    try:
        yield
    finally:
        ArticleText.holds = holds  # type: ignore[method-assign]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "fixtures" / "learned")
    parser.add_argument("--db", default=":memory:", help="SQLite store (default: in memory)")
    parser.add_argument("--min-pages", type=int, default=Policy().min_pages)
    args = parser.parse_args()
    pages = cases(args.data)
    policy = Policy(min_pages=args.min_pages)
    print(f"{len(pages)} pages, {args.data}; policy {policy}")
    print("| mode | chrome leak | article lines lost | ms/page median | ms/page mean |")
    print("| --- | --- | --- | --- | --- |")
    for mode in ("off", "crawl", "batch", "unguarded"):
        if args.db != ":memory:":
            for suffix in ("", "-wal", "-shm"):
                Path(args.db + suffix).unlink(missing_ok=True)
        with unguarded() if mode == "unguarded" else contextlib.nullcontext():
            score, times = run(mode, pages, args.db, policy)
        leak = score.leaked / score.chrome if score.chrome else 0.0
        print(f"| {mode} | {score.leaked}/{score.chrome} = {leak:.1%} | "
              f"{score.lost}/{score.article} | {statistics.median(times) * 1000:.2f} | "
              f"{statistics.mean(times) * 1000:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
