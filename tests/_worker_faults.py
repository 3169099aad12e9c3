"""Worker functions that fail on purpose, for the worker-pool tests (imported by the spawned
worker processes by name, so they live in a module, not in the test)."""

from __future__ import annotations

import os
import signal
import time

from newsclean.article import Article
from newsclean.core.job import CleanJob, run_job_within

CRASH = "worker: crash now"
HANG = "worker: hang now"


def crash_or_hang(job: CleanJob, seconds: float) -> Article:
    """Die at once on CRASH; on HANG, block the budget's alarm and sleep, as a hang in C code
    would; clean anything else."""
    if job.raw == CRASH:
        os._exit(3)
    if job.raw == HANG:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    return run_job_within(job, seconds)
