"""Cleaning off the reactor thread: a pool of worker processes for the pipeline.

Cleaning is CPU work; in Scrapy's reactor thread it stalls downloads and uses one core. With
``NEWSCLEAN_WORKERS = N`` the pipeline sends each item's :class:`~newsclean.core.job.CleanJob`
to one of N processes and awaits the Article, so the reactor keeps downloading. The reactor
thread itself talks to each worker over a socket (:mod:`.workers_ipc`): no other thread of the
crawl process handles a job.

Nothing is lost when a worker fails:

- the time budget is enforced inside the worker (``SIGALRM`` in its main thread), so a slow
  page raises there like in-thread;
- a worker that dies (a crash, the OOM killer) is replaced; the job it was cleaning (its
  oldest unanswered one) is tried once more *alone*, in a one-process retry worker, so the job
  that kills its worker there is known for certain and fails with :class:`WorkerCrashed`; the
  jobs queued behind it, never started, go back to the front of the queue;
- a worker still busy well after its budget (a hang in C code the alarm cannot interrupt) is
  killed and replaced, and its job fails with :class:`WorkerHung`.

A failed job reaches the pipeline as an exception, and the pipeline flags or drops the item
as ``NEWSCLEAN_ON_ERROR`` says, as for any other failure. Items may finish out of order.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import select
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..core.job import CleanJob, JobResult, run_job_within, warm_up
from .settings import BadSettingError
from .workers_ipc import Channel, encode, serve, socket_pair

if TYPE_CHECKING:  # Twisted is the crawl process's: a worker and its fork server need none of it
    from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)

HANG_GRACE = 5.0
"""Seconds past its budget before a busy worker is taken for hung and killed."""

PREFETCH = 4
"""Jobs sent to a worker before it answers: the next ones are already in the worker when it
answers, so it goes on at once instead of idling until the reactor thread, busy with downloads
or simply not scheduled (three processes on two cores), sends one. With 2 a worker still found
no page waiting about 25 times in a 910-page crawl (0.4-0.5 s idle each), with 4 only 2-8 times
(0.05 s). A job's hang clock starts only when the worker starts it (when the one ahead of it
is answered), so the wait behind other jobs is never counted."""

STARTUP_GRACE = 30.0
"""Seconds a new worker may take to start and warm up before it is taken for hung (a fork
server that starts for the first time imports and warms up newsclean)."""

def _reactor() -> Any:
    """The running reactor, imported late: importing it at module load would install the
    default reactor before Scrapy installs the one its settings ask for."""
    from twisted.internet import reactor

    return reactor


def _deferred(value: Any = None) -> Deferred[Any]:
    """A new Deferred (fired with ``value`` when one is given). Twisted is imported here, in
    the crawl process, not with this module: the fork server imports this module for the
    workers' loop, and Twisted's ``defer`` cost it ~0.14 s of CPU that no worker uses."""
    from twisted.internet.defer import Deferred, succeed

    return Deferred() if value is None else succeed(value)


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
    gc.freeze()  # as in the fork server (see ``preload``): what a worker warmed up stays
    gc.set_threshold(WORKER_GC_YOUNG, *gc.get_threshold()[1:])


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


WORKER_GC_YOUNG = 10_000
"""A worker's young-generation threshold (Python's default is 700): cleaning a page allocates
thousands of short-lived containers, and at 700 the collector ran ~1.5 times a page (417
young, 37 middle, 3 full collections in 273 pages) for ~0.17 ms a page; at 10,000, 11 young
ones and 0.04 ms a page (``gc.callbacks`` timing, three runs each), max RSS +2-3 MiB."""

WORKER_NAME_PREFIX = "newsclean-"
"""Every worker process's name starts so (``newsclean-main-worker``, ``newsclean-retry-worker``):
the fork server knows its own by it (see ``preload``)."""

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
Job = tuple[CleanJob, "Deferred[JobResult]"]


@dataclass(eq=False)
class _Worker:
    """One worker process; the jobs sent to it and not answered yet, oldest (the one it is
    cleaning) first."""

    role: str
    """"main", or "retry" for the one-process worker where a suspect job runs alone."""
    process: Any = None
    channel: Channel | None = None
    sent: deque[Job] = field(default_factory=deque)
    ready: bool = False
    timer: Any = None
    started: float = 0.0
    """When the worker started its current job (the reactor's clock): its hang clock."""
    gone: bool = False


@dataclass(frozen=True, slots=True)
class Hello:
    """A worker's first frame: it is warmed up, and what the crawl process needs to know that
    only the loaded cleaners know. The pipeline tells a JSON-API item by its field, and the
    fields are declared by the site modules, which import the cleaners (about 1.1 s of CPU):
    learned from a worker, which has them loaded anyway, the crawl process never imports
    them, and that second the workers' two cores spent on it is theirs again."""

    json_fields: tuple[str, ...]


def _hello() -> Hello:
    from ..sites import json_adapters  # loaded by the warm-up: the fork server imported it

    return Hello(tuple(a.field for a in json_adapters()))


def _work(
    sock: Any, crawl_pid: int, run: Callable[[CleanJob, float], JobResult], budget: float
) -> None:
    """A worker process's life: watch the crawl, warm up, then clean what the socket brings."""
    _start_worker(crawl_pid)
    serve(sock, run, budget, _hello())


class WorkerPool:
    """N worker processes, started on first use, and a one-process retry worker where the job
    a dead worker was cleaning is tried again alone. Workers never inherit the reactor's
    process (its threads make ``fork`` unsafe): see :func:`worker_context`."""

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
        self._size = {"main": workers, "retry": 1}
        self._depth = {"main": PREFETCH, "retry": 1}
        self._workers: dict[str, list[_Worker]] = {"main": [], "retry": []}
        self._waiting: dict[str, deque[Job]] = {"main": deque(), "retry": deque()}
        self._closed = False
        self.replaced = 0
        """How many times a dead or hung worker was replaced (for stats)."""
        self.hello: Hello | None = None
        """The first ready worker's :class:`Hello` (None before one is ready)."""
        self._hello_waiters: list[Deferred[Hello]] = []
        self._users = 0

    def start(self) -> None:
        """Start the workers now (at the crawl's start), so that their start-up (import and
        warm-up, about a second each) overlaps the first downloads instead of delaying the
        first items. Workers already running are left as they are."""
        self._closed = False
        self._grow("main")

    def running(self) -> list[int]:
        """The process ids of the workers started, warmed up and taking jobs."""
        return [w.process.pid for ws in self._workers.values() for w in ws if w.ready]

    def greeted(self) -> Deferred[Hello]:
        """A worker's :class:`Hello`, as soon as one is ready (at once if one was); fails with
        :class:`WorkerCrashed` when no worker can start, or the pool closes first."""
        if self.hello is not None:
            return _deferred(self.hello)
        self._closed = False
        waiter: Deferred[Hello] = _deferred()
        self._hello_waiters.append(waiter)
        self._dispatch("main")
        return waiter

    def _greet(self, hello: Hello | None, failure: Exception | None = None) -> None:
        if hello is not None:
            self.hello = hello
        waiters, self._hello_waiters = self._hello_waiters, []
        for waiter in waiters:
            if hello is not None:
                waiter.callback(hello)
            else:
                waiter.errback(failure or WorkerCrashed("no worker started"))

    def submit(self, job: CleanJob) -> Deferred[JobResult]:
        """The job's Article, from a worker, as a Deferred fired in the reactor thread."""
        self._closed = False
        result: Deferred[JobResult] = _deferred()
        self._waiting["main"].append((job, result))
        self._dispatch("main")
        return result

    # --- workers coming and going --------------------------------------------------------
    def _grow(self, role: str) -> None:
        """Start the workers ``role`` is short of. Starting a process can block (the fork
        server's first start warms newsclean up, about a second): a thread waits for that,
        not the reactor, which goes on downloading."""
        new = [_Worker(role) for _ in range(self._size[role] - len(self._workers[role]))]
        if new:
            self._workers[role].extend(new)
            threading.Thread(target=self._launch, args=(new,), daemon=True,
                             name="newsclean-workers-start").start()

    def _launch(self, new: list[_Worker]) -> None:  # in a thread of its own
        reactor = _reactor()
        for worker in new:
            try:
                ours, theirs = socket_pair()
                process = worker_context().Process(  # type: ignore[attr-defined]
                    target=_work, args=(theirs, os.getpid(), self.run, self.budget),
                    name=f"{WORKER_NAME_PREFIX}{worker.role}-worker", daemon=True,
                )
                process.start()
                theirs.close()  # the worker's end is the worker's alone: its exit is seen
            except Exception as exc:  # no process (no memory, no fork server)
                reactor.callFromThread(self._not_started, worker, exc)
            else:
                reactor.callFromThread(self._attach, worker, process, ours)

    def _attach(self, worker: _Worker, process: Any, sock: Any) -> None:
        worker.process = process
        if worker.gone or self._closed:
            sock.close()  # the worker reads the end of its socket and exits
            return
        worker.channel = Channel(
            _reactor(), sock, lambda frame: self._frame(worker, frame),
            lambda: self._lost(worker),
        )
        if self.hang_after > 0:
            worker.timer = _reactor().callLater(
                STARTUP_GRACE + self.hang_after, self._hung, worker,
                STARTUP_GRACE + self.hang_after,
            )
        self._dispatch(worker.role)

    def _not_started(self, worker: _Worker, exc: Exception) -> None:
        """No process could start: the jobs waiting for one fail now rather than wait for
        ever (the next job tries to start it again)."""
        logger.error("newsclean: a worker process could not start: %s", exc)
        self._retire(worker)
        waiting = self._waiting[worker.role]
        if not any(w.channel is not None for w in self._workers[worker.role]):
            if worker.role == "main":
                self._greet(None, WorkerCrashed(f"no worker could start: {exc}"))
            while waiting:
                waiting.popleft()[1].errback(WorkerCrashed(f"no worker could start: {exc}"))

    def _retire(self, worker: _Worker, *, kill: bool = False) -> None:
        worker.gone = True
        self._stop_clock(worker)
        if worker in self._workers[worker.role]:
            self._workers[worker.role].remove(worker)
        if worker.channel is not None:
            worker.channel.close()
        if kill and worker.process is not None:
            worker.process.kill()

    # --- jobs out, answers in -----------------------------------------------------------------
    def _dispatch(self, role: str) -> None:
        """Send waiting jobs to the least busy workers with room; start missing workers."""
        waiting = self._waiting[role]
        # (a pipeline waiting for a hello needs a worker too, though it sent no job yet)
        if self._closed or not (waiting or (role == "main" and self._hello_waiters)):
            return
        self._grow(role)
        depth = self._depth[role]
        for worker in sorted(self._workers[role], key=lambda w: len(w.sent)):
            while waiting and worker.channel is not None and len(worker.sent) < depth:
                job, result = waiting.popleft()
                try:
                    frame = encode(job)
                except Exception as exc:  # a field that does not pickle
                    result.errback(exc)
                    continue
                worker.sent.append((job, result))
                if len(worker.sent) == 1:
                    self._start_clock(worker)
                worker.channel.send(frame)

    def _frame(self, worker: _Worker, frame: bytes) -> None:
        if not worker.ready:  # its hello
            worker.ready = True
            try:
                hello = pickle.loads(frame)
            except Exception:  # not a newsclean worker's hello: a broken worker
                hello = None
            if not isinstance(hello, Hello):
                self._lost(worker)
                return
            self._stop_clock(worker)
            self._start_clock(worker)
            if self.hello is None:
                self._greet(hello)
            return
        if not worker.sent:  # an answer to nothing: a broken worker
            self._lost(worker)
            return
        _, result = worker.sent.popleft()
        if worker.sent:
            self._start_clock(worker)  # the next job's clock starts as the worker starts it
        else:
            self._stop_clock(worker)
        self._dispatch(worker.role)  # its next job on its way before this item goes on
        try:
            ok, value = pickle.loads(frame)
        except Exception as exc:  # an exception class the crawl cannot rebuild
            ok, value = False, exc
        if ok:
            result.callback(value)
        else:
            result.errback(value)

    def _start_clock(self, worker: _Worker) -> None:
        """The worker starts its oldest job now. Its timer, if one runs, is left as it is (a
        timer per job, cancelled and set again at every answer, was the reactor's biggest
        cost per answer after the answer itself): when it fires, :meth:`_hung` sets it again
        for what is left of the job now running."""
        if self.hang_after > 0 and worker.ready and worker.sent:
            worker.started = _reactor().seconds()
            if worker.timer is None:
                worker.timer = _reactor().callLater(
                    self.hang_after, self._hung, worker, self.hang_after
                )

    def _stop_clock(self, worker: _Worker) -> None:
        if worker.timer is not None and worker.timer.active():
            worker.timer.cancel()
        worker.timer = None

    def _lost(self, worker: _Worker) -> None:
        """The worker is gone (its socket closed): it died."""
        if worker.gone:
            return
        self._retire(worker)
        if self._closed:
            return
        self.replaced += 1
        self._requeue(worker)
        if worker.sent:
            job, result = worker.sent.popleft()
            if worker.role == "retry":
                result.errback(WorkerCrashed("the worker cleaning it died, with no other item"))
            else:
                logger.warning("newsclean: a worker process died; its item is tried again alone")
                self._waiting["retry"].append((job, result))
        self._dispatch("retry")
        self._dispatch("main")

    def _requeue(self, worker: _Worker) -> None:
        """The jobs sent to a gone worker behind the one it was cleaning, never started: back
        to the front of the queue, in order."""
        while len(worker.sent) > 1:
            self._waiting[worker.role].appendleft(worker.sent.pop())

    def _hung(self, worker: _Worker, allowed: float) -> None:
        worker.timer = None
        if worker.gone:
            return
        left = worker.started + allowed - _reactor().seconds()
        if worker.ready and worker.sent and left > 0:  # a later job, started since the timer
            worker.timer = _reactor().callLater(left, self._hung, worker, allowed)
            return
        logger.warning(
            "newsclean: a worker gave no answer %.0f s after it started its item; killed and "
            "replaced", allowed,
        )
        self._retire(worker, kill=True)
        self.replaced += 1
        self._requeue(worker)
        if worker.sent:
            worker.sent.popleft()[1].errback(
                WorkerHung(f"no answer from its worker after {allowed:g} s")
            )
        self._dispatch(worker.role)

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
        self._closed = True
        ended = WorkerCrashed("the crawl ended before this item was cleaned")
        workers = [w for ws in self._workers.values() for w in ws]
        for worker in workers:
            self._retire(worker, kill=bool(worker.sent))  # an idle worker exits on its own
            self._waiting[worker.role].extendleft(reversed(worker.sent))
            worker.sent.clear()
        for waiting in self._waiting.values():
            while waiting:
                waiting.popleft()[1].errback(ended)
        self._greet(None, ended)
        for worker in workers:
            if worker.process is not None:
                worker.process.join(2.0)
                if worker.process.is_alive():
                    worker.process.kill()
