"""Shared test helpers: fixture locations, Article comparison, the test Redis server."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"

IN_THREAD = {"NEWSCLEAN_WORKERS": 0}
"""Settings for tests that call ``process_item`` directly and read what it returns: in-thread
cleaning returns the item; worker mode (the default) returns an awaitable, and has tests of
its own (``test_workers.py``), as do crawls on the default."""
SHARED = ROOT.parent / "shared"

collect_ignore_glob = ["data/*"]
"""Test data and the scripts that generate it are not tests (``--doctest-modules`` would
import them, and two generators share a module name)."""


def comparable(article: dict[str, Any]) -> dict[str, Any]:
    """An Article dict without what legitimately changes between runs (download time)."""
    data = dict(article)
    meta = dict(data.get("metadata") or {})
    meta.pop("dateDownloaded", None)
    meta.pop("removed", None)
    data["metadata"] = meta
    return data


@pytest.fixture
def seed_text() -> str:
    path = SHARED / "seeds" / "inkl-article-page.txt"
    if not path.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    return path.read_text(encoding="utf-8")


_redis_databases = itertools.count(1)


def redis_unavailable(reason: str) -> None:
    """Skip a Redis test, or fail it under ``NEWSCLEAN_REQUIRE_REDIS=1`` (set by ``.ci/run``)."""
    if os.environ.get("NEWSCLEAN_REQUIRE_REDIS") == "1":
        pytest.fail(f"{reason}, and NEWSCLEAN_REQUIRE_REDIS=1 forbids skipping")
    pytest.skip(reason)


@pytest.fixture
def redis_url() -> Iterator[str]:
    """A database of its own on the test server named by ``NEWSCLEAN_TEST_REDIS`` (``.ci/run``
    starts one on 127.0.0.1), emptied before and after."""
    try:
        import redis
    except ImportError:
        redis_unavailable("the redis extra is not installed: no redis tests")
    base = os.environ.get("NEWSCLEAN_TEST_REDIS", "")
    if not base:
        redis_unavailable("NEWSCLEAN_TEST_REDIS is not set: no redis-server to test against "
                          "(.ci/run starts one)")
    url = f"{base.rsplit('/', 1)[0]}/{next(_redis_databases) % 16}"
    client = redis.Redis.from_url(url, socket_timeout=10)
    client.flushdb()
    yield url
    client.flushdb()
    client.close()
