"""What ``newsclean crawl --redis URL`` sets: scrapy-redis's dupefilter, newsclean's reliable
scheduler, a persistent shared queue, feed files written through at once, and the
learned-chrome store on the same server.

Everything here is set at ``project`` priority, so ``-s NAME=VALUE`` still wins.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from scrapy import Spider
from scrapy.extensions.feedexport import FileFeedStorage

from ..redisconn import RedisUnavailableError, connect, masked

__all__ = ["RedisUnavailableError", "check_redis", "masked", "redis_crawl_settings"]


def redis_crawl_settings(url: str) -> dict[str, Any]:
    """The Scrapy settings that put every spider of a crawl on the shared queue at ``url``."""
    return {
        "REDIS_URL": url,
        "SCHEDULER": "newsclean.scrapy.redis_queue.ReliableScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        # Keep the queue and the fingerprints when this worker closes: other workers share them.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": "newsclean:%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": "newsclean:%(spider)s:dupefilter",
        # Every worker learns each host's chrome into the same store (when learning is on).
        "NEWSCLEAN_CHROME_DB": url,
        # A killed worker's items must be on disk once its requests count as done.
        "FEED_STORAGES": {"": WriteThroughFileFeedStorage, "file": WriteThroughFileFeedStorage},
    }


def check_redis(url: str, timeout: float = 10.0) -> None:
    """Raise :class:`RedisUnavailableError` unless ``url`` answers PING (password, TLS and DB
    as the URL says: it is passed through to redis-py unchanged)."""
    try:
        import scrapy_redis  # noqa: F401  # the extra is installed
    except ImportError as exc:
        raise RedisUnavailableError(
            f"--redis needs the redis extra: pip install 'newsclean[redis]' ({exc})"
        ) from None
    connect(url, timeout).close()


class WriteThroughFileFeedStorage(FileFeedStorage):
    """Local feed file written without a buffer in this process: an item the pipelines passed
    is with the operating system at once, so a worker killed with SIGKILL loses no item whose
    request was already marked done."""

    def open(self, spider: Spider) -> IO[bytes]:
        path = Path(self.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open(self.write_mode, buffering=0)
