"""Yahoo News / Finance: stream listings (``li.js-stream-content h3 a``) of caas articles;
sponsored items, quotes and video pages are not articles (the profile's pattern decides)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from scrapy.http import Response

from .base import AggregatorSpider


class YahooSpider(AggregatorSpider):
    name = "yahoo"
    profile_name = "yahoo"
    listing_url: ClassVar[str] = "https://www.yahoo.com/news/{section}/"
    default_section: ClassVar[str] = "world"
    link_css: ClassVar[str] = "li.js-stream-content:not(.stream-ad) a[href]::attr(href)"

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        """A Yahoo caas article page → a raw item.

        @url https://www.yahoo.com/news/ferry-strike-leaves-corvo-islanders-short-of-fresh-food-141731224.html
        @returns items 1 1
        @returns requests 0 0
        @scrapes url html aggregator
        """
        yield from super().parse_article(response)
