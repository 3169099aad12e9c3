"""Imported once by the worker pool's fork server (see :mod:`newsclean.scrapy.workers`).

Warming newsclean up here, before any worker exists, means every worker forked from the server
starts with its modules imported, its rules compiled and its language model loaded: a crawl
pays that start-up once instead of once per worker, and a replaced worker is ready at once.
"""

from __future__ import annotations

from ..core.job import warm_up

try:
    warm_up()
except Exception:  # noqa: BLE001 - each worker warms up again and reports it there
    pass
