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
store is an in-memory SQLite one unless ``--db`` names a file. With ``--redis URL`` (its
``newsclean:chrome:`` keys are deleted first), ``crawl`` and ``batch`` run again on the
Redis store, and ``batch`` once more with the bound cut to ``--small-bound`` lines per host.

``×2`` rows split the pages between two processes that run at once: ``shared`` stores (the
Redis URL, or one SQLite file) count both processes' pages together; ``separate`` (one SQLite
file per process) shows what each would learn alone. The store column says how many pages
the store counted in the end.

    python bench/bench_learned.py [--data fixtures/learned] [--db FILE] [--min-pages N]
                                  [--redis redis://127.0.0.1:6379/15] [--small-bound 300]
                                  [--long PAGES]

``--long PAGES`` then times the stores alone on a synthetic crawl of one host (each page: 10
menu lines, 40 lines of its own), with the default bound and without one, and prints the
store's size at the end and whether the menu is still learned.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository's dev tools
from newsclean import Article, clean_html, clean_text
from newsclean.core.learned import ArticleText, Sighting
from newsclean.learn import (
    Bound,
    ChromeLearner,
    ChromeStore,
    Policy,
    SqliteChromeStore,
    clean_learning,
    open_chrome_store,
)
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


def run(mode: str, pages: list[Case], store: ChromeStore | None,
        policy: Policy) -> tuple[Score, list[float]]:
    score, times = Score(), []
    learner = None if store is None else ChromeLearner(store, policy)
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


def half(mode: str, pages: list[Case], spec: str, policy: Policy, phase: str,
         wait: object) -> tuple[Score, list[float]]:
    """One of two processes: ``crawl`` learns as it cleans; ``batch`` observes its pages
    (``phase`` "observe"), then cleans them with what both processes learned ("clean")."""
    learner = ChromeLearner(open_chrome_store(spec), policy, learn=phase != "clean")
    clean_case(pages[0], None)  # warm up (rules loaded) before the clock starts
    wait.wait()  # type: ignore[attr-defined]  # both processes start together
    score, times = Score(), []
    for case, article, seconds in timed(pages, learner):
        times.append(seconds)
        if phase != "observe":
            score.add(case, article)
    learner.close()
    return score, times


def two_processes(mode: str, pages: list[Case], specs: tuple[str, str],
                  policy: Policy) -> tuple[Score, list[float]]:
    """``mode`` on two processes at once, each with half the pages (crawl order shuffled)."""
    pages = pages[:]
    random.Random(12).shuffle(pages)
    halves = [pages[0::2], pages[1::2]]
    phases = ["crawl"] if mode == "crawl" else ["observe", "clean"]
    context = multiprocessing.get_context("spawn")
    score, times = Score(), [0.0] * len(pages)
    with context.Manager() as manager, context.Pool(2) as pool:
        for phase in phases:
            wait = manager.Barrier(2)
            done = pool.starmap(half, [(mode, halves[i], specs[i], policy, phase, wait)
                                       for i in range(2)])
            for i, (part, part_times) in enumerate(done):
                for name in ("chrome", "leaked", "article", "lost"):
                    setattr(score, name, getattr(score, name) + getattr(part, name))
                for j, seconds in enumerate(part_times):
                    times[i + 2 * j] += seconds  # a page's cost is all of its passes
    return score, times


def counted(specs: tuple[str, str]) -> str:
    """Pages each store counted in the end (a shared store once), joined by "+"."""
    totals = []
    for spec in dict.fromkeys(specs):
        store = open_chrome_store(spec)
        totals.append(str(sum(store.hosts().values())))  # type: ignore[attr-defined]
        store.close()
    return "+".join(totals)


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
    parser.add_argument("--redis", help="also run on the Redis store at this URL (emptied)")
    parser.add_argument("--small-bound", type=int, default=300,
                        help="lines per host for the bounded Redis row (default 300)")
    parser.add_argument("--long", type=int, default=0, metavar="PAGES",
                        help="also time the stores alone on a synthetic crawl this long")
    args = parser.parse_args()
    pages = cases(args.data)
    policy = Policy(min_pages=args.min_pages)
    print(f"{len(pages)} pages, {args.data}; policy {policy}")
    print("| mode | store | chrome leak | article lines lost | ms/page median | ms/page mean |")
    print("| --- | --- | --- | --- | --- | --- |")
    rows = [(mode, "sqlite", Bound()) for mode in ("off", "crawl", "batch", "unguarded")]
    if args.redis:
        rows += [("crawl", "redis", Bound()), ("batch", "redis", Bound()),
                 ("batch", "redis", Bound(max_lines=args.small_bound))]
    for mode, kind, bound in rows:
        store = None if mode == "off" else fresh_store(kind, args.db, args.redis, bound)
        with unguarded() if mode == "unguarded" else contextlib.nullcontext():
            score, times = run(mode, pages, store, policy)
        where = "–" if store is None else f"{kind}, {bound.max_lines} lines/host"
        print(row(mode, where, score, times))
    folder = tempfile.mkdtemp()
    shared_file = str(Path(folder) / "shared.sqlite")
    pairs = [("shared", "sqlite", (shared_file, shared_file)),
             ("separate", "sqlite", (str(Path(folder) / "one.sqlite"),
                                     str(Path(folder) / "two.sqlite")))]
    if args.redis:
        pairs.insert(0, ("shared", "redis", (args.redis, args.redis)))
    for mode in ("crawl", "batch"):
        for sharing, kind, specs in pairs:
            for spec in specs:
                fresh_store(kind, spec, args.redis, Bound()).close()
            score, times = two_processes(mode, pages, specs, policy)
            print(row(f"{mode} ×2", f"{kind}, {sharing} ({counted(specs)} pages counted)",
                      score, times))
    if args.long:
        long_crawl(args.long, args.db, args.redis)
    return 0


def row(mode: str, where: str, score: Score, times: list[float]) -> str:
    """One line of the table."""
    leak = score.leaked / score.chrome if score.chrome else 0.0
    return (f"| {mode} | {where} | {score.leaked}/{score.chrome} = {leak:.1%} | "
            f"{score.lost}/{score.article} | {statistics.median(times) * 1000:.2f} | "
            f"{statistics.mean(times) * 1000:.2f} |")


def long_crawl(pages: int, db: str, redis_url: str | None) -> None:
    """The stores alone on ``pages`` synthetic pages of one host, bounded and not."""
    import os

    print(f"\nstores alone, {pages} synthetic pages of one host (10 menu + 40 own lines each)")
    print("| store | bound (lines/host) | ms/page (record + read) | lines held | size | "
          "menu learned |")
    print("| --- | --- | --- | --- | --- | --- |")
    menu = frozenset(range(10))
    host = "long.example"
    folder = tempfile.mkdtemp()
    for kind in ("sqlite", "redis") if redis_url else ("sqlite",):
        for bound in (Bound(), Bound(max_lines=10**9)):
            path = os.path.join(folder, f"long-{bound.max_lines}.sqlite")
            store = fresh_store(kind, path, redis_url, bound)
            start = time.perf_counter()
            for n in range(pages):
                store.chrome_lines(host, Policy())
                own = frozenset(range(1000 + 40 * n, 1040 + 40 * n))
                store.record(Sighting(host, n, menu | own))
            per_page = (time.perf_counter() - start) / pages * 1000
            learned = menu <= store.chrome_lines(host, Policy()).lines
            held, size = store_size(store, host, path)
            store.close()
            label = "none" if bound.max_lines == 10**9 else str(bound.max_lines)
            print(f"| {kind} | {label} | {per_page:.2f} | {held} | {size / 1e6:.1f} MB | "
                  f"{learned} |")


def store_size(store: ChromeStore, host: str, path: str) -> tuple[int, int]:
    """Lines held for ``host`` and the store's bytes (SQLite file, or Redis MEMORY USAGE)."""
    if isinstance(store, SqliteChromeStore):
        db = store._db  # a bench reads the table directly
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        held = db.execute("SELECT count(*) FROM lines WHERE host = ?", (host,)).fetchone()[0]
        return int(held), Path(path).stat().st_size
    r = store.r  # type: ignore[attr-defined]
    keys = list(r.scan_iter(match="newsclean:chrome:*"))
    size = sum(int(r.memory_usage(k, samples=0) or 0) for k in keys)
    return int(store.held(host)), size  # type: ignore[attr-defined]


def fresh_store(kind: str, db: str, redis_url: str | None, bound: Bound) -> ChromeStore:
    """An empty store of ``kind``: the SQLite file removed first, the Redis keys deleted."""
    if kind == "redis" and redis_url:
        import redis

        with redis.Redis.from_url(redis_url) as client:
            for found in client.scan_iter(match="newsclean:chrome:*"):
                client.delete(found)
        return open_chrome_store(redis_url, bound)
    if db != ":memory:":
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
    return SqliteChromeStore(db, bound)


if __name__ == "__main__":
    sys.exit(main())
