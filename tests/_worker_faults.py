"""Worker functions that fail on purpose, for the worker-pool tests (imported by the spawned
worker processes by name, so they live in a module, not in the test)."""

from __future__ import annotations

import os
import signal
import time

from newsclean.core.budget import time_budget
from newsclean.core.job import CleanJob, JobResult, run_job_within

CRASH = "worker: crash now"
HANG = "worker: hang now"
SLOW = "worker: take your time"
PAUSE = "worker: pause a little"
UNPICKLABLE = "worker: answer with what does not pickle"
PAUSE_SECONDS = 2.0


def crash_or_hang(job: CleanJob, seconds: float) -> JobResult:
    """Die at once on CRASH; on SLOW, sleep past the budget; on HANG, block the budget's alarm
    and sleep, as a hang in C code would; on PAUSE, sleep a while within the budget; on
    UNPICKLABLE, answer with a function (which cannot be sent back); clean anything else."""
    if job.raw == CRASH:
        os._exit(3)
    if job.raw == SLOW:
        with time_budget(seconds):
            time.sleep(60)  # Python code: the budget's alarm interrupts it
    if job.raw == HANG:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    if job.raw == PAUSE:
        time.sleep(PAUSE_SECONDS)
    result = run_job_within(job, seconds)
    if job.raw == UNPICKLABLE:
        return JobResult(result.article, (lambda: None,))  # type: ignore[arg-type]
    return result


def forked_warm() -> bool:
    """True in a worker forked from the fork server that preloaded (warmed) newsclean."""
    import sys

    from newsclean.scrapy.workers import PRELOAD

    return PRELOAD in sys.modules


def young_gc_threshold(job: CleanJob, seconds: float) -> int:
    """The worker's young-generation collection threshold, in place of an Article."""
    import gc

    return gc.get_threshold()[0]
