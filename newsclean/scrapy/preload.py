"""Imported once by the worker pool's fork server (see :mod:`newsclean.scrapy.workers`).

Warming newsclean up here, before any worker exists, means every worker forked from the server
starts with its modules imported, its rules compiled and its language model loaded: a crawl
pays that start-up once instead of once per worker, and a replaced worker is ready at once.
The worker's own loop (:mod:`newsclean.scrapy.workers`, which imports Twisted's Deferred and the
settings) is imported here too, else each new worker imports it before its first job.
"""

from __future__ import annotations

import gc
from contextlib import suppress

from ..core.job import warm_up
from . import workers  # noqa: F401  (imported for the workers, see above)

# A failure here must not kill the fork server: each worker warms up again and reports it.
with suppress(Exception):
    warm_up()
# What is warmed up here lives as long as every worker: kept out of the collector's full passes
# in each of them (and those pages stay shared with the server instead of being copied).
gc.freeze()
