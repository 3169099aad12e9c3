"""inkl: section listings of ``<a href="/news/<slug>">`` cards plus AngularJS rails whose cards
name their article in ``ng-click="showArticle('<slug>')"`` instead of a link."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from scrapy.http import Response, TextResponse

from .base import AggregatorSpider

_SHOW_ARTICLE = re.compile(r"showArticle\(\s*'([^']+)'\s*\)")


class InklSpider(AggregatorSpider):
    name = "inkl"
    profile_name = "inkl"
    listing_url: ClassVar[str] = "https://www.inkl.com/sections/{section}"
    default_section: ClassVar[str] = "world"

    def candidate_links(self, response: TextResponse) -> Iterable[str]:
        yield from super().candidate_links(response)
        for call in response.css("[ng-click]::attr(ng-click)").getall():
            m = _SHOW_ARTICLE.search(call)
            if m:
                yield f"/news/{m.group(1)}"

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        """An inkl article page → a raw item.

        @url https://www.inkl.com/news/councils-warn-of-pothole-backlog-as-road-repair-fund-is-delayed-again
        @returns items 1 1
        @returns requests 0 0
        @scrapes url html aggregator
        """
        yield from super().parse_article(response)
