"""Yahoo News / Finance / Sports: content-as-a-service pages with ads and tickers.

Stream listings (``li.js-stream-content h3 a``) of caas articles; sponsored items, quotes and
video pages are not articles (the profile's pattern decides).
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..core.header import byline_of, is_date_stamp, looks_like_title, parse_generic
from ..core.page import Page
from ..normalize.text import ends_sentence, is_bullet, word_count
from ..profiles.base import Profile
from ..rules import LineRule, ruleset
from .base import Crawl, Site

if TYPE_CHECKING:

    pass

NAME = "yahoo"

YAHOO_RULES = ruleset(
    [
        LineRule.of(
            "yahoo:markets",
            phrases=[
                "UK markets closed",
                "US markets closed",
                "UK markets open",
                "US markets open",
                "Markets closed",
                "Markets open",
            ],
            patterns=[
                r"^[-+]?[\d,]{1,12}(?:\.\d{1,4})?$",
                r"^[-+][\d,]{1,12}(?:\.\d{1,4})? ?\([-+]?\d{1,4}(?:\.\d{1,4})?%\)$",
                r"^\([-+]?\d{1,4}(?:\.\d{1,4})?%\)$",
            ],
        ),
        LineRule.of(
            "yahoo:jump-links",
            patterns=[r"click below to skip to each section:?$", r"^> [^ ]"],
        ),
        LineRule.of("yahoo:advert", phrases=["ADVERTISEMENT", "Advertisement"]),
    ]
)


def parse_yahoo(page: Page, profile: Profile) -> None:
    """Yahoo: ticker rows, then title / [standfirst] / provider / author / date."""
    for i in list(page.free()):
        nxt = page.next_free(i + 1)
        after = next((j for j in range(i + 1, len(page.lines)) if page.lines[j].strip()), None)
        if (
            is_bullet(page.lines[i])
            and after is not None
            and nxt != after
            and (page.claims.get(after) == "yahoo:markets")
        ):
            page.claim(i, "yahoo:markets")  # instrument name above its price rows
    candidates = list(page.free())[:6]
    if candidates and looks_like_title(page.text(candidates[0])):
        page.set_field("headline", page.text(candidates[0]), candidates[0])
        for n, i in enumerate(candidates[1:4], start=1):
            text = page.text(i)
            nxt = candidates[n + 1] if n + 1 < len(candidates) else None
            if nxt is None or ends_sentence(text) or word_count(text) > 6:
                continue
            if byline_of(page.text(nxt)) or is_date_stamp(page.text(nxt)):
                page.set_field("publisher", text, i)  # the provider, the original publisher
                break
    parse_generic(page, profile)


YAHOO = Profile(
    name=NAME,
    aggregator=NAME,
    hosts=("yahoo.com",),
    rules=YAHOO_RULES,
    header_layout=parse_yahoo,
    # Story pages only: video pages (``/news/videos/…``) have no article body.
    article_url=re.compile(
        r"^https?://(?:[a-z.]+\.)?yahoo\.com/(?!(?:[a-z-]+/)*videos?/)(?:[a-z-]+/)*[^/?#]+-\d+\.html"
    ),
    selectors=MappingProxyType(
        {
            # caas layout first, then the older server layout (canvas-*) of bench/yahoo-2.
            "headline": "header.caas-header h1, h1",
            "publisher": "div.caas-attr-provider-name, span.provider-link",
            "bylineRaw": "span.caas-author-byline-collapse, div.author-name",
            "body": "div.caas-body, div.canvas-body",
            "figure": "div.caas-cover figure, div.caas-body figure",
            "drop": (
                "div.caas-da, div.caas-readmore, aside.caas-newsletter, "
                "div.caas-body p:contains('Read More') + ul.caas-list"
            ),
        }
    ),
    gate_selectors=("div.caas-body div.caas-readmore-external",),
)


CRAWL = Crawl(
    class_name="YahooSpider",
    listing_url="https://www.yahoo.com/news/{section}/",
    default_section="world",
    article_example="https://www.yahoo.com/news/ferry-strike-leaves-corvo-islanders-short-of-fresh-food-141731224.html",
    link_css="li.js-stream-content:not(.stream-ad) a[href]::attr(href)",
)

SITE = Site(profile=YAHOO, crawl=CRAWL)
