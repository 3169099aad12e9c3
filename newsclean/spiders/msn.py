"""MSN: channel pages list ``…/ar-<ID>`` article pages, which are JavaScript shells; the
article is the JSON of ``https://assets.msn.com/content/view/v2/Detail/<market>/<ID>``, so that
is what is requested, and the item carries it as ``msn_json`` (see ``newsclean.msnjson``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, ClassVar

from scrapy import Request
from scrapy.http import Response, TextResponse

from ..msnjson import detail_url
from .base import AggregatorSpider, ParseError


class MsnSpider(AggregatorSpider):
    name = "msn"
    profile_name = "msn"
    listing_url: ClassVar[str] = "https://www.msn.com/en-us/news/{section}"
    default_section: ClassVar[str] = "world"

    def article_request(self, url: str) -> Request:
        api = detail_url(url)
        if api is None:  # cannot happen for URLs the profile's pattern accepts
            raise ValueError(f"not an MSN article URL: {url}")
        return Request(api, callback=self.parse_detail, cb_kwargs={"page_url": url})

    def parse_detail(self, response: Response, page_url: str) -> Iterator[dict[str, Any]]:
        """MSN's content JSON of an article → a raw item (``url`` is the ``ar-`` page URL).

        @url https://assets.msn.com/content/view/v2/Detail/en-us/AA1zQ4kT
        @cb_kwargs {"page_url": "https://www.msn.com/en-us/news/world/mongolian-herders-test-satellite-collars-to-track-livestock-through-brutal-winters/ar-AA1zQ4kT"}
        @returns items 1 1
        @returns requests 0 0
        @scrapes url msn_json aggregator
        """
        try:
            data = _detail_json(response)
        except Exception as exc:
            self.parse_failed(response, exc)
            return
        yield {"url": page_url, "msn_json": data, "aggregator": self.profile.name}


def _detail_json(response: Response) -> dict[str, Any]:
    if not isinstance(response, TextResponse):
        raise ParseError(f"not a text response ({type(response).__name__})")
    data = json.loads(response.text)
    if not isinstance(data, dict):
        raise ParseError("content JSON is not an object")
    if not isinstance(data.get("body"), str) and not isinstance(data.get("title"), str):
        raise ParseError("content JSON has neither title nor body")
    return data
