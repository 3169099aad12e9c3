"""The dedup stage as the pipeline runs it: ``NEWSCLEAN_DEDUP`` "mark" or "drop", with stats.

Kept out of :mod:`newsclean.scrapy.pipeline` so the pipeline only hands each finished
Article over; the stage never sees an item that failed cleaning.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from scrapy.exceptions import DropItem

from ..article import Article
from .stage import Deduper
from .store import StoreError, open_store

try:
    from redis.exceptions import RedisError
except ImportError:  # the redis extra is not installed: no Redis store either

    class RedisError(Exception):  # type: ignore[no-redef]
        """Stands in for redis-py's base error."""


logger = logging.getLogger(__name__)

MODES = ("off", "mark", "drop")


class DedupStage:
    """One crawl's dedup: a store opened once, closed when the spider closes."""

    def __init__(self, mode: str, db: str, stats: Any) -> None:
        if mode not in MODES:
            raise ValueError(f"NEWSCLEAN_DEDUP must be one of {MODES}, not {mode!r}")
        self.mode = mode
        self.db = db or ":memory:"
        self._stats = stats
        self._deduper: Deduper | None = None

    def _inc(self, key: str) -> None:
        self._stats().inc_value(f"newsclean/dedup/{key}")

    def __call__(self, article: Article) -> Article:
        """The record marked; raises ``DropItem`` for a duplicate in "drop" mode."""
        try:
            if self._deduper is None:
                self._deduper = Deduper(open_store(self.db))
            marked, verdict = self._deduper.mark(article)
        except (sqlite3.Error, StoreError, OSError, RedisError) as exc:
            # A store problem costs the marks, never the items.
            self._inc(f"errors/{type(exc).__name__}")
            logger.warning("newsclean: dedup store %s failed, %s passed on unmarked: %s",
                           self.db, article.url or "item", exc)
            return article
        if verdict.new_story:
            self._inc("stories")
        if verdict.duplicate_of is None:
            return marked
        self._inc("duplicates")
        self._inc(f"evidence/{verdict.evidence}")
        if self.mode == "drop":
            self._inc("dropped")
            raise DropItem(
                f"newsclean: {article.url or 'item'} is a copy of {verdict.duplicate_of} "
                f"(story {verdict.story_id}, by {verdict.evidence})"
            )
        return marked

    def close(self) -> None:
        if self._deduper is not None:
            self._deduper.store.close()
            self._deduper = None
