"""Imported once by the worker pool's fork server (see :mod:`newsclean.scrapy.workers`).

Warming newsclean up here, before any worker exists, means every worker forked from the server
starts with its modules imported, its rules compiled and its language model loaded: a crawl
pays that start-up once instead of once per worker, and a replaced worker is ready at once.
The worker's own loop (:mod:`newsclean.scrapy.workers`, which imports Twisted's Deferred and the
settings) is imported here too, else each new worker imports it before its first job.

A worker does not run the crawl's main script either. ``multiprocessing`` runs it again in
every process it starts (as ``__mp_main__``, for targets defined there); a worker's target is
:func:`newsclean.scrapy.workers._work`, which needs none of it, and under ``scrapy crawl`` that
script imports Scrapy: 0.15 s of CPU and ~20 MB more in each new worker.

The language model is loaded by a thread of its own while the main thread imports the
cleaners: its load (~0.5 s of CPU, mostly LZMA decompression) holds the GIL little, so on a
second core it is off the fork server's start-up, which every first item waits for. The
thread is joined before the server forks anything.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Mapping
from contextlib import suppress
from multiprocessing import spawn
from typing import Any

from ..core.job import warm_up
from ..normalize.language import load_model
from . import workers  # (imported for the workers, see above)

_MAIN_KEYS = ("init_main_from_name", "init_main_from_path")
_prepare = getattr(spawn, "prepare", None)


def _prepare_without_main(data: Mapping[str, Any]) -> None:
    """``spawn.prepare`` (a new process's set-up, from what its parent sent), without the
    main-module keys for a newsclean worker; any other process this server starts (the
    project's own, if it uses the fork server too) is prepared as before."""
    if str(data.get("name", "")).startswith(workers.WORKER_NAME_PREFIX):
        data = {k: v for k, v in data.items() if k not in _MAIN_KEYS}
    assert _prepare is not None
    _prepare(data)


if callable(_prepare):  # a Python whose multiprocessing has none: workers run main, as before
    spawn.prepare = _prepare_without_main


def _load_model() -> None:
    with suppress(Exception):  # as the warm-up's: the first job that needs it tries again
        load_model()


_loading = threading.Thread(target=_load_model, name="newsclean-language-model", daemon=True)
_loading.start()
# A failure here must not kill the fork server: each worker warms up again and reports it.
with suppress(Exception):
    warm_up()
_loading.join()  # no thread may run when the server forks
# What is warmed up here lives as long as every worker: kept out of the collector's full passes
# in each of them (and those pages stay shared with the server instead of being copied).
gc.freeze()
