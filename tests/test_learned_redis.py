"""Learned chrome shared through Redis (``newsclean.learn.redis_store``), on a real
redis-server, and the bound both stores keep.

The server comes from ``NEWSCLEAN_TEST_REDIS`` (``.ci/run`` starts one on 127.0.0.1); without
it the Redis tests skip, unless ``NEWSCLEAN_REQUIRE_REDIS=1`` (set by ``.ci/run``), where a skip
is a failure. Bad URLs only ever point at 127.0.0.1 or a socket path that does not exist.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newsclean import clean_html, clean_text
from newsclean.cli import main
from newsclean.core.learned import Policy, Sighting, fingerprint
from newsclean.learn import (
    Bound,
    ChromeLearner,
    ChromeStore,
    ChromeStoreError,
    SqliteChromeStore,
    clean_learning,
    open_chrome_store,
)
from newsclean.learn.store import APPLICATION_ID
from newsclean.scrapy.pipeline import CleanArticlePipeline
from newsclean.scrapy.redis_settings import redis_crawl_settings
from tools.regen_fixtures import cases

from .conftest import FIXTURES, IN_THREAD
from .test_learned_chrome import CHROME, CLOSING, HOST, html_page, page, url

SHARED = fingerprint("Partners: Sailmakers Direct") or 0
WORKERS = 2
PAGES_EACH = 150
OVERLAP = 30
"""Pages both processes count (each counts them once: one of the two wins)."""


def _count_pages(redis_url: str, worker: int, go: Any) -> None:
    """One crawl process: its own pages and the shared ones, each with the shared line."""
    store = open_chrome_store(redis_url)
    go.wait(30)
    mine = range(worker * PAGES_EACH, (worker + 1) * PAGES_EACH)
    for n in [*range(10_000, 10_000 + OVERLAP), *mine]:
        store.record(Sighting(HOST, n, frozenset({SHARED, n + 1_000_000})))
    store.close()


def test_two_processes_count_one_hosts_pages_together_without_losing_a_count(
    redis_url: str,
) -> None:
    spawn = multiprocessing.get_context("spawn")
    go = spawn.Event()
    procs = [spawn.Process(target=_count_pages, args=(redis_url, w, go)) for w in range(WORKERS)]
    for proc in procs:
        proc.start()
    go.set()  # both count at once
    for proc in procs:
        proc.join(60)
    assert [proc.exitcode for proc in procs] == [0] * WORKERS
    store = open_chrome_store(redis_url)
    pages = WORKERS * PAGES_EACH + OVERLAP
    assert store.hosts() == {HOST: pages}  # type: ignore[attr-defined]
    assert SHARED in store.chrome_lines(HOST, Policy(min_pages=pages)).lines
    assert SHARED not in store.chrome_lines(HOST, Policy(min_pages=pages + 1)).lines
    store.close()


def _learn_from(redis_url: str, numbers: list[int]) -> None:
    """A crawl process that cleans ``numbers``' pages, learning into the shared store."""
    lrn = ChromeLearner(open_chrome_store(redis_url), Policy(min_pages=4))
    for n in numbers:
        clean_learning(clean_text, page(n), url=url(n), learner=lrn)
    lrn.close()


def test_a_third_process_removes_chrome_two_others_learned(redis_url: str) -> None:
    spawn = multiprocessing.get_context("spawn")
    procs = [spawn.Process(target=_learn_from, args=(redis_url, part))
             for part in ([0, 2], [1, 3])]  # each saw two pages: under N=4 on its own
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
    assert [proc.exitcode for proc in procs] == [0, 0]
    lrn = ChromeLearner(open_chrome_store(redis_url), Policy(min_pages=4))
    art = clean_learning(clean_text, page(4), url=url(4), learner=lrn, explain=True)
    assert not any(line in art.articleBody for line in CHROME)
    assert "Harbour master Ruth Adair said story 4" in art.articleBody
    learned = {r.line.strip() for r in art.metadata.removed or [] if r.rule == f"learned:{HOST}"}
    assert learned == set(CHROME)
    lrn.close()


def test_a_line_marked_article_text_by_one_process_is_never_chrome_for_another(
    redis_url: str,
) -> None:
    marker = ChromeLearner(open_chrome_store(redis_url), Policy(min_pages=3))
    clean_learning(clean_html, html_page(0, jsonld=True), url=url(0), learner=marker)
    other = ChromeLearner(open_chrome_store(redis_url), Policy(min_pages=3))
    arts = [clean_learning(clean_text, page(n, closing=True), url=url(n), learner=other)
            for n in range(1, 10)]
    assert all(CLOSING in art.articleBody for art in arts)
    assert CHROME[1] not in arts[-1].articleBody
    # Marked after it was learned: from then on it is kept too.
    fresh = "A line both processes print."
    line = fingerprint(fresh) or 0
    for n in range(20, 25):
        other.store.record(Sighting(HOST, n, frozenset({line})))
    assert line in other.store.chrome_lines(HOST, Policy(min_pages=3)).lines
    marker.store.record(Sighting(HOST, 30, frozenset(), article=frozenset({line})))
    assert line not in other.store.chrome_lines(HOST, Policy(min_pages=3)).lines
    marker.close()
    other.close()


def test_redis_and_sqlite_clean_the_daily_brief_batch_the_same(
    redis_url: str, tmp_path: Path
) -> None:
    pages = cases(FIXTURES / "learned")

    def batch(store: ChromeStore) -> list[str]:
        lrn = ChromeLearner(store)
        bodies = []
        for learn in (True, False):
            lrn.learn = learn
            bodies = [clean_learning(clean_html if c.body_path.suffix == ".html" else clean_text,
                                     c.body(), url=c.url, learner=lrn).articleBody
                      for c in pages]
        lrn.close()
        return bodies

    in_redis = batch(open_chrome_store(redis_url))
    assert in_redis == batch(SqliteChromeStore(tmp_path / "c.sqlite"))
    assert in_redis != batch(SqliteChromeStore(tmp_path / "other.sqlite", Bound(max_lines=1)))


# --- the pipeline and the crawl -------------------------------------------------------------


def _pipeline(db: str, **settings: Any) -> tuple[Any, CleanArticlePipeline]:
    crawler = get_crawler(settings_dict={"NEWSCLEAN_LEARN_CHROME": True, **IN_THREAD,
                                         "NEWSCLEAN_CHROME_DB": db, **settings})
    return crawler, build_from_crawler(CleanArticlePipeline, crawler)


def test_two_pipelines_on_one_redis_url_learn_together(redis_url: str) -> None:
    first_crawler, first = _pipeline(redis_url)
    second_crawler, second = _pipeline(redis_url)
    out = [(first if n % 2 else second).process_item({"url": url(n), "text": page(n)})
           for n in range(7)]
    assert CHROME[1] in out[4].articleBody  # counted on four pages before it
    assert all(CHROME[1] not in a.articleBody for a in out[5:])  # on five, by both
    first.close_spider()
    second.close_spider()
    assert first_crawler.stats.get_value("newsclean/learned_chrome/pages_counted") == 3
    assert second_crawler.stats.get_value("newsclean/learned_chrome/pages_counted") == 4
    # The next crawl starts with it learned.
    _, later = _pipeline(redis_url)
    assert CHROME[1] not in later.process_item({"url": url(40), "text": page(40)}).articleBody
    later.close_spider()


def test_crawl_redis_puts_the_chrome_store_on_the_same_server() -> None:
    url = "redis://127.0.0.1:6390/3"
    assert redis_crawl_settings(url)["NEWSCLEAN_CHROME_DB"] == url


def test_a_pipeline_on_a_redis_crawl_with_a_file_store_says_it_is_not_shared(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="newsclean.scrapy.pipeline"):
        _, pipe = _pipeline(str(tmp_path / "local.sqlite"), REDIS_URL="redis://127.0.0.1:1/0")
    pipe.close_spider()
    assert "on this machine only" in caplog.text


# --- bad URLs and foreign keys ---------------------------------------------------------------


@pytest.mark.parametrize("bad", [
    "redis://127.0.0.1:1/0",  # nothing listens on port 1
    "redis://:s3cret-pass@127.0.0.1:1/0",
    "redis://127.0.0.1:notaport/0",
    "unix:///nonexistent/newsclean-test.sock",
])
def test_a_bad_redis_url_is_a_clear_error_with_the_password_masked(bad: str) -> None:
    with pytest.raises(ChromeStoreError, match="cannot use Redis at") as caught:
        open_chrome_store(bad)
    assert "s3cret" not in str(caught.value)


def test_a_pipeline_with_an_unreachable_redis_cleans_without_learning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR):
        crawler, pipe = _pipeline("redis://:s3cret@127.0.0.1:1/0")
    assert "learning is off" in caplog.text and "s3cret" not in caplog.text
    art = pipe.process_item({"url": url(0), "text": page(0)})
    assert art.articleBody
    pipe.close_spider()
    assert crawler.stats.get_value("newsclean/learned_chrome/store_errors") == 1


def test_cli_with_an_unreachable_redis_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"url": "https://a.example/1", "text": "One line."}\n')
    status = main(["clean", "--jsonl", "--learn-chrome", "--chrome-db",
                   "redis://127.0.0.1:1/0", str(batch)])
    err = capsys.readouterr().err
    assert status == 2 and "cannot use Redis at redis://127.0.0.1:1/0" in err
    assert "Traceback" not in err


def test_cli_batch_learns_into_redis(
    redis_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text("".join(
        json.dumps({"url": url(n), "text": page(n)}) + "\n"
        for n in range(6)))
    assert main(["clean", "--jsonl", "--learn-chrome", "--chrome-db", redis_url,
                 str(batch)]) == 0
    assert CHROME[1] not in capsys.readouterr().out
    assert open_chrome_store(redis_url).hosts() == {HOST: 6}  # type: ignore[attr-defined]


def test_keys_of_another_kind_or_layout_are_refused_not_overwritten(redis_url: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    client.set("newsclean:chrome:meta", "something else's")
    with pytest.raises(ChromeStoreError, match="WRONGTYPE"):
        open_chrome_store(redis_url)
    client.delete("newsclean:chrome:meta")
    client.hset("newsclean:chrome:meta", "layout", "99")
    with pytest.raises(ChromeStoreError, match="use another prefix"):
        open_chrome_store(redis_url)
    client.close()


# --- the bound (both stores) -----------------------------------------------------------------


def _stores(request: pytest.FixtureRequest, tmp_path: Path, bound: Bound) -> ChromeStore:
    if request.param == "redis":
        return open_chrome_store(request.getfixturevalue("redis_url"), bound)
    return SqliteChromeStore(tmp_path / "bound.sqlite", bound)


@pytest.fixture(params=["redis", "sqlite"])
def small_store(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    store = _stores(request, tmp_path, Bound(max_lines=60))
    yield store
    store.close()


def _held(store: Any) -> int:
    if isinstance(store, SqliteChromeStore):
        db = store._db
        (held,) = db.execute("SELECT count(*) FROM lines WHERE host = ?", (HOST,)).fetchone()
        (kept,) = db.execute("SELECT lines FROM hosts WHERE host = ?", (HOST,)).fetchone()
        assert kept == held  # the running count the bound reads is the true one
        return int(held)
    return int(store.held(HOST))


def test_a_long_crawl_keeps_the_host_in_bound_and_its_chrome_learned(small_store: Any) -> None:
    menu = {fingerprint(f"Menu item {i}") or 0 for i in range(5)}
    for n in range(400):  # 5 menu lines and 10 lines of its own on every page
        story = {fingerprint(f"story {n} line {i}") or 0 for i in range(10)}
        small_store.record(Sighting(HOST, n, frozenset(menu | story)))
    assert 60 <= _held(small_store) <= Bound(max_lines=60).most_held == 66
    assert small_store.chrome_lines(HOST, Policy()).lines == menu
    assert small_store.hosts() == {HOST: 400}


def test_a_page_with_more_article_lines_than_sqlite_variables_is_counted(
        small_store: Any) -> None:
    if isinstance(small_store, SqliteChromeStore):  # SQLite's default build allows 32,766
        small_store._db.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    body = frozenset(range(1, 5_001))  # a hostile articleBody: 5,000 one-word paragraphs
    assert small_store.record(Sighting(HOST, 1, frozenset({1, 2}), article=body))
    assert small_store.record(Sighting(HOST, 2, frozenset({1, 2, 99_999}), article=body))
    assert 60 <= _held(small_store) <= 66
    assert small_store.hosts() == {HOST: 2}


def test_an_article_mark_outlives_lines_seen_once(small_store: Any) -> None:
    agency = fingerprint(CLOSING) or 0
    small_store.record(Sighting(HOST, 0, frozenset(), article=frozenset({agency})))
    for n in range(1, 150):  # 20 lines of their own each: the store turns over many times
        story = {fingerprint(f"story {n} line {i}") or 0 for i in range(20)}
        small_store.record(Sighting(HOST, n, frozenset(story | ({agency} if n > 140 else set()))))
    assert agency not in small_store.chrome_lines(HOST, Policy(min_pages=5)).lines


def test_a_page_older_than_the_bound_counts_again(small_store: Any) -> None:
    for n in range(70):
        assert small_store.record(Sighting(HOST, n, frozenset({1})))
    assert not small_store.record(Sighting(HOST, 69, frozenset({1})))  # remembered
    assert small_store.record(Sighting(HOST, 0, frozenset({1})))  # forgotten


def test_a_version_1_sqlite_store_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript(
            "CREATE TABLE hosts (host TEXT PRIMARY KEY, pages INTEGER NOT NULL);"
            "CREATE TABLE pages (host TEXT NOT NULL, page INTEGER NOT NULL,"
            " PRIMARY KEY (host, page)) WITHOUT ROWID;"
            "CREATE TABLE lines (host TEXT NOT NULL, fp INTEGER NOT NULL,"
            " pages INTEGER NOT NULL DEFAULT 0, prose INTEGER NOT NULL DEFAULT 0,"
            " article INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (host, fp)) WITHOUT ROWID;"
            f"PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 1;"
        )
        db.execute("INSERT INTO hosts VALUES (?, 6)", (HOST,))
        db.executemany("INSERT INTO pages VALUES (?, ?)", [(HOST, n) for n in range(6)])
        db.execute("INSERT INTO lines VALUES (?, 7, 6, 0, 0)", (HOST,))
    store = SqliteChromeStore(path)
    assert store._db.execute("SELECT lines FROM hosts").fetchone() == (1,)  # counted on upgrade
    assert store.chrome_lines(HOST, Policy()).lines == {7}
    assert not store.record(Sighting(HOST, 3, frozenset({7})))  # still remembered
    assert store.record(Sighting(HOST, 6, frozenset({7})))
    assert store.chrome_lines(HOST, Policy(min_pages=7)).lines == {7}
    store.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2
