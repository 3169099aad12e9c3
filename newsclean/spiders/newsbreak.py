"""NewsBreak: local feeds (``/chicago-il``) of ``a.feed-card-link`` cards, "Load more" pages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from scrapy.http import Response

from .base import AggregatorSpider


class NewsBreakSpider(AggregatorSpider):
    name = "newsbreak"
    profile_name = "newsbreak"
    listing_url: ClassVar[str] = "https://www.newsbreak.com/{section}"
    default_section: ClassVar[str] = "chicago-il"

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        """A NewsBreak article page → a raw item.

        @url https://www.newsbreak.com/chicago-il/3851204467712-lakefront-path-reopens-after-winter-storm-repairs
        @returns items 1 1
        @returns requests 0 0
        @scrapes url html aggregator
        """
        yield from super().parse_article(response)
