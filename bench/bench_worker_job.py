"""What a worker spends on one page, step by step, in one warmed process: the job's pickle
(written by the crawl, read by the worker), cleaning it, the answer's pickle (written by the
worker, read by the crawl), and the garbage collector's share of the cleaning.

    python bench/bench_worker_job.py [--repeat 3] [--gc-young N]

The benchmark pages (``../shared/bench/article-extraction``) are cleaned as the pipeline's
jobs clean them (bytes, the page URL, ``text/html``), each ``--repeat`` times; CPU time per
step (``time.thread_time``), mean and median per page, so the mean's heavy pages show.
``--gc-young N`` sets the young-generation threshold as a worker does (default: the
worker's, ``WORKER_GC_YOUNG``; 700 is Python's own).
"""

from __future__ import annotations

import argparse
import gc
import gzip
import pickle
import resource
import statistics
import time
from pathlib import Path
from typing import Any

from newsclean.core.job import CleanJob, run_job_within, warm_up
from newsclean.core.options import CleanOptions
from newsclean.scrapy.workers import WORKER_GC_YOUNG

DEFAULT_DATA = (
    Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "article-extraction"
)
STEPS = ("job pickled", "job read", "cleaning", "answer pickled", "answer read")


class GcClock:
    """CPU seconds inside the collector and collections by generation (``gc.callbacks``)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.collections = [0, 0, 0]
        self._start = 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._start = time.thread_time()
        else:
            self.seconds += time.thread_time() - self._start
            self.collections[info["generation"]] += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--gc-young", type=int, default=WORKER_GC_YOUNG)
    args = ap.parse_args()
    pages = [(p.name.removesuffix(".html.gz"), gzip.decompress(p.read_bytes()))
             for p in sorted((args.data / "html").glob("*.html.gz"))]
    warm_up()
    gc.freeze()  # as a worker does after its warm-up
    gc.set_threshold(args.gc_young, *gc.get_threshold()[1:])
    clock = GcClock()
    steps: dict[str, list[float]] = {step: [] for step in STEPS}
    for _ in range(args.repeat):
        for name, body in pages:
            options = CleanOptions(url=f"https://bench.newsclean.example/0/{name}",
                                   content_type="text/html")
            marks = [time.thread_time()]
            frame = pickle.dumps(CleanJob("html", body, options), pickle.HIGHEST_PROTOCOL)
            marks.append(time.thread_time())
            job = pickle.loads(frame)
            marks.append(time.thread_time())
            result = run_job_within(job, 10.0)
            marks.append(time.thread_time())
            answer = pickle.dumps((True, result), pickle.HIGHEST_PROTOCOL)
            marks.append(time.thread_time())
            pickle.loads(answer)
            marks.append(time.thread_time())
            for step, start, end in zip(STEPS, marks, marks[1:], strict=False):
                steps[step].append(1000 * (end - start))
    count = len(pages) * args.repeat
    print(f"{len(pages)} pages x {args.repeat}, young-generation threshold {args.gc_young}\n")
    print("| step | mean ms/page | median ms/page |\n|---|---:|---:|")
    for step, values in steps.items():
        print(f"| {step} | {statistics.mean(values):.3f} | {statistics.median(values):.3f} |")
    heavy = sorted(steps["cleaning"], reverse=True)[: count // 10]
    print(f"\nthe heaviest tenth of pages: {sum(heavy) / sum(steps['cleaning']):.0%} of cleaning")
    print(f"collector: {1000 * clock.seconds / count:.3f} ms/page, collections by generation "
          f"{clock.collections}, max RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
