"""Crawl throughput with the cleaning pipeline in 0, 1 and N workers, against the same crawl
without it, side by side in one run.

A replay folder of the benchmark pages (``../shared/bench/article-extraction``, each page
stored under ``--copies`` URLs, 910 pages by default) is crawled offline by a minimal spider
that yields ``{"url", "html", "headers"}`` per page, with a simulated download latency
(``--latency``, seconds per request) at ``CONCURRENT_REQUESTS = --concurrency``. Each mode runs
in a fresh process (``--runs`` times; the fastest counts), and the records of every pipeline
mode are compared with the in-thread mode's.

    python bench/bench_crawl.py [--copies 10] [--latency 0.1] [--concurrency 16]
                                [--workers 0,1,2] [--runs 1] [--concurrent-items N]

``--concurrent-items`` sets Scrapy's ``CONCURRENT_ITEMS`` (default: Scrapy's own, 100, as in a
project that lists the pipeline itself; the add-on and the newsclean project set 16).

Nothing from ``../shared`` is copied into the repository: the replay folder is made in a
temporary directory and removed after.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_DATA = (
    Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "article-extraction"
)
HOST = "https://bench.newsclean.example"


def make_replay(data: Path, copies: int, folder: Path) -> list[str]:
    """Store every benchmark page under ``copies`` URLs; the replay map and the URL list."""
    urls: dict[str, Any] = {}
    for page in sorted((data / "html").glob("*.html.gz")):
        body = gzip.decompress(page.read_bytes())
        name = page.name.removesuffix(".html.gz")
        (folder / f"{name}.html").write_bytes(body)
        for n in range(copies):
            urls[f"{HOST}/{n}/{name}"] = {
                "file": f"{name}.html",
                "status": 200,
                "content_type": "text/html",
                "encoding": "utf-8",
            }
    (folder / "urls.json").write_text(json.dumps(urls), encoding="utf-8")
    return list(urls)


def crawl(
    folder: Path, latency: float, concurrency: int, workers: int | None, out: Path,
    cpu_out: Path | None = None, concurrent_items: int | None = None,
) -> None:
    """One crawl in this process: ``workers`` None runs it without the pipeline."""
    import scrapy
    from scrapy.crawler import CrawlerProcess

    urls = json.loads((folder / "urls.json").read_text(encoding="utf-8"))

    class Latency:
        """A downloader middleware that waits ``latency`` seconds before each download."""

        async def process_request(self, request: scrapy.Request) -> None:
            await asyncio.sleep(latency)

    class Pages(scrapy.Spider):
        name = "bench"

        async def start(self) -> Any:
            for url in urls:
                yield scrapy.Request(url)

        def parse(self, response: Any) -> Any:
            yield {"url": response.url, "html": response.body, "headers": response.headers}

    settings: dict[str, Any] = {
        "NEWSCLEAN_REPLAY_DIR": str(folder),
        "DOWNLOADER_MIDDLEWARES": {
            "newsclean.scrapy.middleware.ReplayMiddleware": 950,
            Latency: 940,
        },
        "CONCURRENT_REQUESTS": concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "ROBOTSTXT_OBEY": False,
        "LOG_LEVEL": "ERROR",
        "TELNETCONSOLE_ENABLED": False,
        **({"CONCURRENT_ITEMS": concurrent_items} if concurrent_items else {}),
        "FEEDS": {str(out): {"format": "jsonlines"}} if workers is not None else {},
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
    }
    if workers is not None:
        settings["ITEM_PIPELINES"] = {"newsclean.pipelines.CleanArticlePipeline": 300}
        settings["NEWSCLEAN_WORKERS"] = workers
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(Pages)
    clock = CpuClock(crawler) if cpu_out is not None else None
    process.crawl(crawler)
    process.start()
    if clock is not None and cpu_out is not None:
        cpu_out.write_text(json.dumps(clock.figures()), encoding="utf-8")


def _age() -> float:
    """Wall seconds since this process started (its start time in ``/proc``, in clock ticks
    since boot): the start-up marks count the interpreter's own start and imports too."""
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    return time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")


def _proc_cpu(path: str) -> float:
    """CPU seconds (user + system) of a process or thread, from its ``/proc`` stat file."""
    try:
        fields = Path(path).read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class CpuClock:
    """CPU seconds of the crawl's reactor thread (engine start to spider closed), of the whole
    crawl process, of each worker (read just before the pool closes them) and of the fork
    server: CPU time holds on a busy machine where wall time does not. Also the start-up's
    marks: wall seconds since the crawl process started, and the crawl process's CPU seconds
    then (which a busy machine does not stretch), at the pool's start, the engine's start, the
    first worker ready, the first item cleaned and the spider closed."""

    def __init__(self, crawler: Any) -> None:
        from scrapy import signals

        from newsclean.scrapy import workers

        self.reactor = 0.0
        self.workers: list[float] = []
        self.forkserver = 0.0
        self.marks: dict[str, tuple[float, float]] = {}
        crawler.signals.connect(self._started, signals.engine_started)
        crawler.signals.connect(self._closed, signals.spider_closed)
        crawler.signals.connect(self._scraped, signals.item_scraped)
        close = workers.WorkerPool.close
        frame = workers.WorkerPool._frame
        start = workers.WorkerPool.start
        clock = self

        def frame_marked(pool: Any, worker: Any, data: bytes) -> None:
            if not worker.ready:  # its first frame, its hello
                clock.mark("worker ready")
            frame(pool, worker, data)

        def start_marked(pool: Any) -> None:
            clock.mark("pool started")
            start(pool)

        workers.WorkerPool._frame = frame_marked  # type: ignore[method-assign,assignment]
        workers.WorkerPool.start = start_marked  # type: ignore[method-assign,assignment]

        def close_sampled(pool: Any) -> None:
            clock.workers = [_proc_cpu(f"/proc/{pid}/stat") for pid in pool.running()]
            from multiprocessing import forkserver

            server = getattr(forkserver._forkserver, "_forkserver_pid", None)
            clock.forkserver = _proc_cpu(f"/proc/{server}/stat") if server else 0.0
            close(pool)

        workers.WorkerPool.close = close_sampled  # type: ignore[method-assign,assignment]

    def mark(self, name: str) -> None:
        """The first time ``name`` happens: (wall seconds, crawl process CPU seconds)."""
        if name not in self.marks:
            times = os.times()
            self.marks[name] = (_age(), times.user + times.system)

    def _started(self) -> None:
        self.mark("engine started")
        self.reactor = -time.thread_time()

    def _scraped(self) -> None:
        self.mark("first item")

    def _closed(self) -> None:
        self.reactor += time.thread_time()
        self.mark("spider closed")

    def figures(self) -> dict[str, Any]:
        times = os.times()
        return {"reactor": self.reactor, "process": times.user + times.system,
                "workers": self.workers, "forkserver": self.forkserver, "marks": self.marks}


def run_mode(
    args: argparse.Namespace, folder: Path, workers: int | None, out: Path
) -> tuple[float, dict[str, Any]]:
    """One crawl in a fresh process: its wall seconds and its CPU figures (:class:`CpuClock`)."""
    cpu = out.with_suffix(".cpu.json")
    cmd = [
        sys.executable, __file__, "--crawl", str(folder), "--latency", str(args.latency),
        "--concurrency", str(args.concurrency), "--out", str(out), "--cpu-out", str(cpu),
    ]
    if workers is not None:
        cmd += ["--as-workers", str(workers)]
    if args.concurrent_items:
        cmd += ["--concurrent-items", str(args.concurrent_items)]
    start = time.perf_counter()
    subprocess.run(cmd, check=True)
    wall = time.perf_counter() - start
    return wall, json.loads(cpu.read_text(encoding="utf-8"))


def records(path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        row["metadata"].pop("dateDownloaded", None)
    return sorted(rows, key=lambda r: str(r["url"]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--latency", type=float, default=0.1)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--workers", default=f"0,1,{os.cpu_count() or 2}")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--concurrent-items", type=int, default=None)
    ap.add_argument("--crawl", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--as-workers", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--cpu-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.crawl:
        crawl(args.crawl, args.latency, args.concurrency, args.as_workers, args.out, args.cpu_out,
              args.concurrent_items)
        return 0
    modes: list[int | None] = [None, *(int(w) for w in args.workers.split(","))]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "replay"
        folder.mkdir()
        pages = len(make_replay(args.data, args.copies, folder))
        times: dict[int | None, float] = {}
        cpus: dict[int | None, list[dict[str, Any]]] = {}
        for mode in modes:
            out = Path(tmp) / f"out-{mode}.jsonl"
            runs = [run_mode(args, folder, mode, out) for _ in range(args.runs)]
            times[mode] = min(wall for wall, _ in runs)
            cpus[mode] = [cpu for _, cpu in runs]
        base = times[None]
        print(f"{pages} replayed pages, {args.latency * 1000:g} ms simulated latency, "
              f"{args.concurrency} concurrent requests, {os.cpu_count()} cores\n")
        print("| pipeline | seconds | × no pipeline | items/s | records as in-thread |")
        print("|---|---:|---:|---:|---|")
        reference = records(Path(tmp) / "out-0.jsonl") if 0 in modes else None
        for mode in modes:
            label = "none" if mode is None else (
                "in-thread (0 workers)" if mode == 0 else f"{mode} worker(s)"
            )
            same = "–"
            if mode is not None and reference is not None:
                same = "yes" if records(Path(tmp) / f"out-{mode}.jsonl") == reference else "NO"
            print(f"| {label} | {times[mode]:.1f} | {times[mode] / base:.2f} | "
                  f"{pages / times[mode]:.0f} | {same} |")
        print_cpu(modes, cpus, pages)
        print_marks(modes, cpus)
    return 0


def print_cpu(modes: list[int | None], cpus: dict[int | None, list[dict[str, Any]]],
              pages: int) -> None:
    """CPU milliseconds per item, the median of the runs: what a busy machine does not blur."""
    print("\nCPU ms per item (median of runs): reactor thread from engine start to spider "
          "closed; crawl process in all; workers together (and per worker); fork server\n")
    print("| pipeline | reactor thread | crawl process | workers | fork server |")
    print("|---|---:|---:|---:|---:|")
    for mode in modes:
        label = "none" if mode is None else f"{mode} worker(s)" if mode else "in-thread"
        runs = cpus[mode]

        def ms(key: str, runs: list[dict[str, Any]] = runs) -> float:
            values = sorted(sum(r[key]) if isinstance(r[key], list) else r[key] for r in runs)
            return float(1000 * values[len(values) // 2] / pages)

        each = " + ".join(f"{1000 * w / pages:.2f}" for w in runs[len(runs) // 2]["workers"])
        print(f"| {label} | {ms('reactor'):.2f} | {ms('process'):.2f} | "
              f"{ms('workers'):.2f} ({each or '-'}) | {ms('forkserver'):.2f} |")


def print_marks(modes: list[int | None], cpus: dict[int | None, list[dict[str, Any]]]) -> None:
    """The start-up (median of runs): how long the crawl runs before its first worker can
    clean, in wall seconds since the crawl process started and, in brackets, the crawl
    process's CPU seconds by then."""
    names = ("pool started", "engine started", "worker ready", "first item", "spider closed")
    print("\nStart-up: wall seconds since the crawl process started (its CPU seconds by then), "
          "median of runs\n")
    print("| pipeline | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for mode in modes:
        label = "none" if mode is None else f"{mode} worker(s)" if mode else "in-thread"
        cells = []
        for name in names:
            values = sorted(tuple(r["marks"][name]) for r in cpus[mode] if name in r["marks"])
            wall, cpu = values[len(values) // 2] if values else (None, None)
            cells.append("–" if wall is None else f"{wall:.2f} ({cpu:.2f})")
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    raise SystemExit(main())
