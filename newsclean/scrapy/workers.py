"""Cleaning off the reactor thread: a pool of worker processes for the pipeline.

Cleaning is CPU work; in Scrapy's reactor thread it stalls downloads and uses one core. With
``NEWSCLEAN_WORKERS = N`` the pipeline sends each item's :class:`~newsclean.core.job.CleanJob`
to one of N processes and awaits the Article, so the reactor keeps downloading.

Nothing is lost when a worker fails:

- the time budget is enforced inside the worker (``SIGALRM`` in its main thread), so a slow
  page raises there like in-thread;
- a worker that dies (a crash, the OOM killer) breaks the pool, and every job in it fails
  with it, though only one was to blame: the pool is replaced, and each of those jobs is tried
  once more *alone*, one at a time in a one-process pool, so the job that kills its worker
  there is known for certain and fails with :class:`WorkerCrashed`, and the others are
  cleaned;
- a worker still busy well after its budget (a hang in C code the alarm cannot interrupt) is
  killed, the pool replaced, and its job fails with :class:`WorkerHung`.

A failed job reaches the pipeline as an exception, and the pipeline flags or drops the item
as ``NEWSCLEAN_ON_ERROR`` says, as for any other failure. Items may finish out of order.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import select
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from twisted.internet.defer import Deferred

from ..core.job import CleanJob, JobResult, run_job_within, warm_up
from .settings import BadSettingError

logger = logging.getLogger(__name__)

HANG_GRACE = 5.0
"""Seconds past its budget before a busy worker is taken for hung and killed."""

PREFETCH = 2
"""Jobs in flight per worker: the next one waits in the pool's queue, so a worker that answers
takes it at once instead of idling until the reactor thread, busy with downloads, sends one
(measured: 910 pages, 2 workers, no latency, 13.4 s -> 12.8 s). A job's hang clock therefore
allows for the one before it (``hang_after`` × ``PREFETCH``)."""

STARTUP_GRACE = 30.0
"""Extra seconds for the jobs of a pool that is still starting (a new process imports and warms
up newsclean before its first job)."""


def _reactor() -> Any:
    """The running reactor, imported late: importing it at module load would install the
    default reactor before Scrapy installs the one its settings ask for."""
    from twisted.internet import reactor

    return reactor


def reactor_running() -> bool:
    """Whether a Twisted reactor is running here (a crawl), found without importing one: the
    workers answer through it, so without it (a test calling ``process_item`` directly)
    cleaning stays in the calling thread."""
    reactor = sys.modules.get("twisted.internet.reactor")
    return bool(getattr(reactor, "running", False))


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, e.g. a container's cpuset), not
    the machine's: more workers than those only queue for them."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_count(value: object) -> int:
    """``NEWSCLEAN_WORKERS`` as a number of processes: "auto" (or unset) is one per usable
    core; 0 cleans in the reactor thread."""
    if value is None or (isinstance(value, str) and value.strip().lower() in {"", "auto"}):
        return usable_cores()
    try:
        count = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        count = -1
    if isinstance(value, bool) or count < 0:
        raise BadSettingError(
            f"NEWSCLEAN_WORKERS must be \"auto\", 0 (clean in the reactor thread) or a number "
            f"of worker processes, not {value!r}"
        )
    return count


class WorkerCrashed(RuntimeError):
    """The worker process cleaning this item died, twice."""


class WorkerHung(RuntimeError):
    """The worker cleaning this item did not answer long after its time budget."""


def _start_worker(crawl_pid: int) -> None:
    """A new worker's first call: watch the crawl process, then warm up.

    A worker waits for jobs on a queue whose both ends it holds, so it never learns that the
    crawl process is gone: a crawl killed outright (the OOM killer, ``kill -9``) would leave
    its workers, and their fork server, waiting for ever. A daemon thread waits for the crawl
    process to end (a pidfd where Linux has one, else a check every second) and ends the
    worker with it."""
    threading.Thread(target=_exit_with, args=(crawl_pid,), daemon=True,
                     name="newsclean-crawl-watch").start()
    warm_up()


def _exit_with(pid: int) -> None:
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):  # not Linux >= 5.3, or already gone
        while _alive(pid):
            time.sleep(1.0)
    else:
        select.select([fd], [], [])  # readable when the process ends
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's (the PID was reused)
        return True
    return True


def _start_processes(pool: ProcessPoolExecutor, workers: int) -> None:
    """One empty call per worker: each makes the pool start one process."""
    try:
        for _ in range(workers):
            pool.submit(_ready)
    except (BrokenProcessPool, RuntimeError):  # broken or shut down meanwhile: the next job
        pass  # sees it and starts a new pool


def _ready() -> None:
    """Nothing: run once by each new worker, to start it."""


PRELOAD = "newsclean.scrapy.preload"
"""The module the fork server imports (and so warms newsclean up) before forking workers."""


def worker_context() -> multiprocessing.context.BaseContext:
    """Where workers come from: forked from a fork server that warmed newsclean up once (a
    clean, single-purpose process), so N workers cost one start-up, not N; ``spawn`` where
    there is no fork server (Windows). Either way each worker still runs ``warm_up``, which
    is cheap when the server already did it."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([PRELOAD])
    return context


_SHARED: dict[tuple[int, float], WorkerPool] = {}


class WorkerPool:
    """N worker processes, started on first use, and a one-process pool where the jobs of a
    broken pool are tried again one at a time. Workers never inherit the reactor's process
    (its threads make ``fork`` unsafe): see :func:`worker_context`."""

    def __init__(
        self,
        workers: int,
        budget: float,
        *,
        hang_after: float | None = None,
        run: Callable[[CleanJob, float], JobResult] = run_job_within,
    ) -> None:
        if workers < 1:
            raise ValueError(f"a worker pool needs at least one worker, not {workers}")
        self.workers = workers
        self.budget = budget
        # With no budget there is no "long after it": a hang is never assumed.
        self.hang_after = hang_after if hang_after is not None else (
            budget + HANG_GRACE if budget > 0 else 0.0
        )
        self.run = run
        """What a worker runs: a module-level function (it is sent to the worker by name)."""
        self._pools: dict[str, ProcessPoolExecutor] = {}
        self._born: dict[str, float] = {}
        # Jobs wait here, not in the executor, so that a job's hang clock starts when at most
        # one job is ahead of it: "main" sends ``workers × PREFETCH`` at a time, "retry" one.
        self._capacity = {"main": workers * PREFETCH, "retry": 1}
        self._waiting: dict[str, deque[tuple[CleanJob, Deferred[JobResult]]]] = {
            "main": deque(), "retry": deque()
        }
        self._busy = {"main": 0, "retry": 0}
        self.replaced = 0
        """How many times a broken or hung pool was replaced (for stats)."""
        self._users = 0

    def start(self) -> None:
        """Start the workers now (at the crawl's start), so that their start-up (import and
        warm-up, about a second each) overlaps the first downloads instead of delaying the
        first items. A pool already running is left as it is."""
        if "main" in self._pools:
            return
        pool = self._pool("main")
        # Starting the fork server blocks its caller until newsclean is warmed up in it (about
        # a second): a thread waits for that, not the reactor, which goes on downloading.
        threading.Thread(target=_start_processes, args=(pool, self.workers), daemon=True,
                         name="newsclean-workers-start").start()

    def submit(self, job: CleanJob) -> Deferred[JobResult]:
        """The job's Article, from a worker, as a Deferred fired in the reactor thread."""
        result: Deferred[JobResult] = Deferred()
        self._enqueue("main", job, result)
        return result

    def _enqueue(self, name: str, job: CleanJob, result: Deferred[JobResult]) -> None:
        self._waiting[name].append((job, result))
        while self._busy[name] < self._capacity[name] and self._waiting[name]:
            self._busy[name] += 1
            self._send(name, *self._waiting[name].popleft())

    def _done(self, name: str) -> None:
        self._busy[name] -= 1
        if self._waiting[name]:
            self._enqueue(name, *self._waiting[name].popleft())

    def _pool(self, name: str) -> ProcessPoolExecutor:
        pool = self._pools.get(name)
        if pool is None:
            size = self.workers if name == "main" else 1
            self._born[name] = time.monotonic()
            pool = self._pools[name] = ProcessPoolExecutor(
                max_workers=size,
                mp_context=worker_context(),
                initializer=_start_worker,
                initargs=(os.getpid(),),
            )
        return pool

    def _replace(self, name: str, broken: ProcessPoolExecutor, *, kill: bool) -> None:
        """Retire ``broken`` (killing its processes when one hangs); the next job starts a new
        pool. A pool already replaced is left alone."""
        if self._pools.get(name) is not broken:
            return
        del self._pools[name]
        self.replaced += 1
        if kill:
            for process in list(getattr(broken, "_processes", {}).values()):
                process.kill()
        broken.shutdown(wait=False, cancel_futures=True)

    def _send(self, name: str, job: CleanJob, result: Deferred[JobResult]) -> None:
        reactor = _reactor()
        pool = self._pool(name)
        try:
            future = pool.submit(self.run, job, self.budget)
        except (BrokenProcessPool, RuntimeError):  # broke before this job was sent
            self._replace(name, pool, kill=False)
            self._done(name)
            self._broken(name, job, result)
            return
        timer = None
        if self.hang_after > 0:
            starting = max(0.0, STARTUP_GRACE - (time.monotonic() - self._born[name]))
            # a job may wait for the one ahead of it in its worker's queue
            allowed = self.hang_after * (PREFETCH if name == "main" else 1)
            timer = reactor.callLater(
                allowed + starting, self._hung, name, pool, future, result, allowed
            )

        def done(f: Future[JobResult]) -> None:  # in the pool's management thread
            reactor.callFromThread(self._resolve, name, f, job, result, pool, timer)

        future.add_done_callback(done)

    def _resolve(
        self,
        name: str,
        future: Future[JobResult],
        job: CleanJob,
        result: Deferred[JobResult],
        pool: ProcessPoolExecutor,
        timer: Any,
    ) -> None:
        if timer is not None and timer.active():
            timer.cancel()
        broken = not future.cancelled() and isinstance(future.exception(), BrokenProcessPool)
        if broken:
            self._replace(name, pool, kill=False)  # before the next job is sent to it
        self._done(name)
        if result.called:  # already failed as hung
            pass
        elif future.cancelled():
            result.errback(WorkerCrashed("the worker pool was shut down before this item ran"))
        elif broken:
            self._broken(name, job, result)
        elif future.exception() is not None:
            result.errback(future.exception())
        else:
            result.callback(future.result())

    def _broken(self, name: str, job: CleanJob, result: Deferred[JobResult]) -> None:
        """A job lost with its pool: tried again alone, unless it was alone already."""
        if name == "retry":
            result.errback(WorkerCrashed("the worker cleaning it died, with no other item"))
            return
        logger.warning("newsclean: a worker process died; its items are tried again alone")
        self._enqueue("retry", job, result)

    def _hung(
        self,
        name: str,
        pool: ProcessPoolExecutor,
        future: Future[JobResult],
        result: Deferred[JobResult],
        allowed: float,
    ) -> None:
        if future.done() or result.called:
            return
        logger.warning(
            "newsclean: a worker gave no answer %.0f s after its item was sent; killed and "
            "replaced", allowed,
        )
        self._replace(name, pool, kill=True)
        result.errback(WorkerHung(f"no answer from its worker after {allowed:g} s"))

    @classmethod
    def shared(cls, workers: int, budget: float) -> WorkerPool:
        """The process's pool of this size and budget: the crawlers of one process (``newsclean
        crawl`` runs every spider at once) share N workers instead of starting N each. Each
        user calls :meth:`release` once; the last one stops the workers."""
        pool = _SHARED.get((workers, budget))
        if pool is None:
            pool = _SHARED[workers, budget] = cls(workers, budget)
        pool._users += 1
        return pool

    def release(self) -> None:
        """One user of a :meth:`shared` pool is done; the last one closes it."""
        self._users -= 1
        if self._users <= 0:
            if _SHARED.get((self.workers, self.budget)) is self:
                del _SHARED[self.workers, self.budget]
            self.close()

    def close(self) -> None:
        """Stop the workers (at the end of the crawl); pending jobs fail as crashed."""
        for waiting in self._waiting.values():
            while waiting:
                _, result = waiting.popleft()
                result.errback(WorkerCrashed("the crawl ended before this item was cleaned"))
        for pool in self._pools.values():
            pool.shutdown(wait=True, cancel_futures=True)
        self._pools.clear()
