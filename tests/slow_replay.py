"""Test-only add-on: every request waits before the replay middleware answers it.

Replayed responses come from a downloader middleware, ahead of the download slots, so
``DOWNLOAD_DELAY`` never applies to them; a worker must be slow for a test to kill it
mid-crawl. Enabled with ``-s 'ADDONS={"tests.slow_replay.SlowReplayAddon": 0}'`` and
``-s SLOW_REPLAY_SECONDS=0.5``.
"""

from __future__ import annotations

import asyncio
from typing import Any, Self

from scrapy import Request
from scrapy.crawler import Crawler


class SlowDownloads:
    """Downloader middleware sleeping ``SLOW_REPLAY_SECONDS`` per request."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.settings.getfloat("SLOW_REPLAY_SECONDS", 0.5))

    async def process_request(self, request: Request) -> None:
        await asyncio.sleep(self.seconds)


class SlowReplayAddon:
    """Puts :class:`SlowDownloads` just before the replay middleware (950)."""

    def update_settings(self, settings: Any) -> None:
        settings.setdefault_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", SlowDownloads, 900)
