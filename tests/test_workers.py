"""``NEWSCLEAN_WORKERS``: cleaning in worker processes gives the records in-thread cleaning
gives, and a crashed or hung worker costs its item a flag, never the item or the crawl."""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from scrapy.utils.defer import deferred_f_from_coro_f, maybe_deferred_to_future
from scrapy.utils.test import get_crawler

from newsclean.article import Article
from newsclean.core.budget import TimeBudgetExceeded
from newsclean.core.job import CleanJob
from newsclean.scrapy.pipeline import CleanArticlePipeline
from newsclean.scrapy.spiders import SPIDERS
from newsclean.scrapy.workers import (
    WORKER_GC_YOUNG,
    WorkerCrashed,
    WorkerHung,
    WorkerPool,
    usable_cores,
    worker_context,
    worker_count,
)
from tools.regen_fixtures import expected_dict

from ._worker_faults import (
    CRASH,
    HANG,
    PAUSE,
    PAUSE_SECONDS,
    SLOW,
    UNPICKLABLE,
    crash_or_hang,
    forked_warm,
    young_gc_threshold,
)
from .conftest import FIXTURES, IN_THREAD, ROOT
from .test_spiders import crawl

PAGE = "Harbour fees rise\n\nThe harbour board raised mooring fees by a tenth on Monday."


def _records(items: list[Any]) -> list[dict[str, Any]]:
    return sorted((expected_dict(i) for i in items), key=lambda r: str(r["url"]))


@pytest.mark.parametrize("name", ["inkl", "msn"])  # an HTML site and the JSON-API site
@deferred_f_from_coro_f
async def test_a_crawl_in_two_workers_gives_the_in_thread_records(name: str) -> None:
    in_thread, _ = await crawl(SPIDERS[name], FIXTURES, settings={"NEWSCLEAN_WORKERS": 0})
    in_workers, stats = await crawl(SPIDERS[name], FIXTURES, settings={"NEWSCLEAN_WORKERS": 2})
    assert _records(in_workers) == _records(in_thread)
    assert len(in_workers) >= 3
    assert stats["newsclean/items/cleaned"] == len(in_workers)
    assert "newsclean/workers/replaced" not in stats


@deferred_f_from_coro_f
async def test_a_job_that_kills_its_worker_fails_alone_after_one_retry() -> None:
    pool = WorkerPool(2, 5.0, run=crash_or_hang)
    try:
        doomed = pool.submit(CleanJob("text", CRASH))
        fine = pool.submit(CleanJob("text", PAGE))
        with pytest.raises(WorkerCrashed, match="died, with no other item"):
            await maybe_deferred_to_future(doomed)
        article = (await maybe_deferred_to_future(fine)).article  # its pool broke: retried
        assert article.articleBody.startswith("The harbour board raised")
        assert pool.replaced == 2
        after = (await maybe_deferred_to_future(pool.submit(CleanJob("text", PAGE)))).article
        assert after.articleBody == article.articleBody
    finally:
        pool.close()


@deferred_f_from_coro_f
async def test_a_worker_collects_young_garbage_less_often_than_python_does() -> None:
    pool = WorkerPool(1, 5.0, run=young_gc_threshold)  # type: ignore[arg-type]
    try:
        threshold = await maybe_deferred_to_future(pool.submit(CleanJob("text", PAGE)))
        assert threshold == WORKER_GC_YOUNG > gc.get_threshold()[0]
    finally:
        pool.close()


@deferred_f_from_coro_f
async def test_a_hung_worker_is_killed_and_replaced() -> None:
    pool = WorkerPool(1, 0.2, hang_after=2.0, run=crash_or_hang)
    try:
        # hang_after from when the worker starts the job, not from when it was sent
        with pytest.raises(WorkerHung, match="no answer from its worker after 2 s"):
            await maybe_deferred_to_future(pool.submit(CleanJob("text", HANG)))
        assert pool.replaced == 1
        article = (await maybe_deferred_to_future(pool.submit(CleanJob("text", PAGE)))).article
        assert article.headline == "Harbour fees rise"
    finally:
        pool.close()


@deferred_f_from_coro_f
async def test_a_job_waiting_behind_another_in_its_worker_does_not_count_the_wait_as_a_hang(
) -> None:
    # Each job takes PAUSE_SECONDS, under hang_after; the second waits as long again in the
    # worker behind the first, which together is over it: the clock starts when it starts.
    pool = WorkerPool(1, 30.0, hang_after=PAUSE_SECONDS * 1.5, run=crash_or_hang)
    try:
        pool.start()
        while not pool.running():
            await asyncio.sleep(0.05)
        first, second = pool.submit(CleanJob("text", PAUSE)), pool.submit(CleanJob("text", PAUSE))
        for answer in (first, second):
            assert (await maybe_deferred_to_future(answer)).article.articleBody == PAUSE
        assert pool.replaced == 0
    finally:
        pool.close()


@pytest.mark.parametrize(
    ("budget", "raw", "error", "match"),
    [
        (0.5, SLOW, TimeBudgetExceeded, r"longer than 0\.5 s"),  # over budget: no crash
        (5.0, UNPICKLABLE, RuntimeError, "JobResult"),  # an answer that cannot be sent back
    ],
)
@deferred_f_from_coro_f
async def test_a_job_that_fails_in_its_worker_fails_its_item_not_its_worker(
    budget: float, raw: str, error: type[Exception], match: str
) -> None:
    pool = WorkerPool(1, budget, run=crash_or_hang)
    try:
        with pytest.raises(error, match=match):
            await maybe_deferred_to_future(pool.submit(CleanJob("text", raw)))
        article = (await maybe_deferred_to_future(pool.submit(CleanJob("text", PAGE)))).article
        assert article.headline == "Harbour fees rise"
        assert pool.replaced == 0
    finally:
        pool.close()


@deferred_f_from_coro_f
async def test_the_pipeline_flags_the_item_whose_worker_crashed() -> None:
    crawler = get_crawler(settings_dict={"NEWSCLEAN_WORKERS": 1})
    pipeline = CleanArticlePipeline.from_crawler(crawler)
    assert pipeline.pool is not None
    pipeline.pool.run = crash_or_hang
    try:
        # In flight together, as in a crawl: the replacements are counted once, not per item.
        flagged, cleaned = await asyncio.gather(
            pipeline.process_item({"url": "https://example.com/x", "text": CRASH}),
            pipeline.process_item({"url": "https://example.com/y", "text": PAGE}),
        )
    finally:
        pipeline.close_spider()
    assert isinstance(flagged, Article) and isinstance(cleaned, Article)
    assert flagged.metadata.flags[0].startswith("clean-failed: WorkerCrashed")
    assert flagged.articleBody == CRASH  # the page's text, never lost
    assert cleaned.headline == "Harbour fees rise"
    stats = crawler.stats.get_stats()
    assert stats["newsclean/errors/WorkerCrashed"] == 1
    assert stats["newsclean/workers/replaced"] == 2
    assert stats["newsclean/items/cleaned"] == 1


def test_zero_workers_clean_in_the_calling_thread() -> None:
    pipeline = CleanArticlePipeline.from_crawler(get_crawler(settings_dict=IN_THREAD))
    assert pipeline.pool is None
    article = pipeline.process_item({"text": PAGE})
    assert isinstance(article, Article) and article.headline == "Harbour fees rise"


def test_by_default_there_is_one_worker_per_usable_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    assert usable_cores() == 3
    pipeline = CleanArticlePipeline.from_crawler(get_crawler(settings_dict={}))
    try:
        assert pipeline.pool is not None and pipeline.pool.workers == 3
        assert not pipeline.pool._workers["main"]  # no process starts before the crawl opens
    finally:
        pipeline.close_spider()


@pytest.mark.parametrize(("value", "count"), [("auto", 3), ("AUTO", 3), ("2", 2), (0, 0), ("0", 0)])
def test_the_worker_setting_reads_auto_and_numbers_as_settings_files_give_them(
    monkeypatch: pytest.MonkeyPatch, value: object, count: int
) -> None:
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    assert worker_count(value) == count


@pytest.mark.parametrize("value", [-1, "-2", "many", "1.5", True])
def test_a_worker_count_that_is_not_one_is_a_clear_error(value: object) -> None:
    with pytest.raises(ValueError, match=r'NEWSCLEAN_WORKERS must be "auto", 0 .* not '):
        CleanArticlePipeline.from_crawler(get_crawler(settings_dict={"NEWSCLEAN_WORKERS": value}))


@deferred_f_from_coro_f
async def test_opening_the_crawl_starts_every_worker_before_the_first_item() -> None:
    pool = WorkerPool(2, 5.0)
    try:
        pool.start()
        pool.start()  # a second crawler of the process opening: nothing more starts
        deadline = asyncio.get_running_loop().time() + 60
        while len(pool.running()) < 2 and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.05)
        started = pool.running()
        assert len(started) == 2
        article = (await maybe_deferred_to_future(pool.submit(CleanJob("text", PAGE)))).article
        assert article.headline == "Harbour fees rise"
        assert pool.running() == started
    finally:
        pool.close()


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here"
)
def test_workers_start_from_a_fork_server_that_warmed_newsclean_up_once() -> None:
    with ProcessPoolExecutor(2, mp_context=worker_context()) as pool:
        assert all(pool.submit(forked_warm).result(timeout=120) for _ in range(2))


def test_the_crawlers_of_one_process_share_one_pool_until_the_last_is_done() -> None:
    first = CleanArticlePipeline.from_crawler(get_crawler(settings_dict={"NEWSCLEAN_WORKERS": 2}))
    second = CleanArticlePipeline.from_crawler(get_crawler(settings_dict={"NEWSCLEAN_WORKERS": 2}))
    other = CleanArticlePipeline.from_crawler(get_crawler(settings_dict={"NEWSCLEAN_WORKERS": 1}))
    assert first.pool is not None and first.pool is second.pool
    assert other.pool is not first.pool  # another size is another pool
    first.close_spider()
    assert WorkerPool.shared(2, first.time_budget) is second.pool  # still in use: not closed
    second.pool.release()
    second.close_spider()
    assert WorkerPool.shared(2, first.time_budget) is not first.pool  # the last user closed it
    WorkerPool.shared(2, first.time_budget).release()  # the pool this check made
    other.close_spider()


def test_outside_a_running_crawl_the_default_pipeline_cleans_in_the_calling_thread(
    tmp_path: Path,
) -> None:
    # A plain script (no reactor, as in a user's own test or notebook) gets the item back,
    # not an awaitable, though NEWSCLEAN_WORKERS is "auto".
    script = tmp_path / "direct.py"
    script.write_text(
        "from scrapy.utils.test import get_crawler\n"
        "from newsclean.scrapy.pipeline import CleanArticlePipeline\n"
        "pipe = CleanArticlePipeline.from_crawler(get_crawler())\n"
        "assert pipe.pool is not None\n"
        f"print(pipe.process_item({{'text': {PAGE!r}}}).headline)\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=300, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Harbour fees rise"


def test_workers_end_when_the_crawl_process_is_killed_outright(tmp_path: Path) -> None:
    # kill -9 (the OOM killer) gives the crawl no chance to stop its workers: they must
    # notice on their own, or they and their fork server wait for jobs for ever.
    script = tmp_path / "doomed.py"
    script.write_text(
        "from twisted.internet import reactor\n"
        "from newsclean.scrapy.workers import WorkerPool\n"
        "def started(pool):\n"
        "    if len(pool.running()) < 2:\n"
        "        reactor.callLater(0.05, started, pool)\n"
        "    else:  # both started and answering\n"
        "        print(*pool.running(), flush=True)\n"
        "if __name__ == '__main__':\n"
        "    pool = WorkerPool(2, 5.0)\n"
        "    pool.start()\n"
        "    reactor.callWhenRunning(started, pool)\n"
        "    reactor.run()\n",
        encoding="utf-8",
    )
    with subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                          cwd=ROOT) as doomed:
        try:
            assert doomed.stdout is not None
            workers = [int(pid) for pid in doomed.stdout.readline().split()]
        finally:
            doomed.kill()
    assert len(workers) == 2
    deadline = time.monotonic() + 30
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(pid) for pid in workers)


def _running(pid: int) -> bool:
    """Alive and not a zombie (a worker's exit is reaped by its parent, the fork server)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_worker_whose_crawl_closed_before_it_was_up_exits_quietly() -> None:
    # A short crawl can close its end of a worker's socket before the worker says it is ready:
    # the worker ends with status 0 and no traceback on stderr (a user's crawl log).
    script = (
        "import socket\n"
        "from newsclean.scrapy.workers_ipc import serve\n"
        "mine, theirs = socket.socketpair()\n"
        "theirs.close()\n"
        "serve(mine, lambda job, budget: None, 1.0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=False)
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr
