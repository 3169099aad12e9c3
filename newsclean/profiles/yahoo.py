"""Yahoo News / Finance / Sports: content-as-a-service pages with ads and tickers."""

from __future__ import annotations

import re
from types import MappingProxyType

from ..rules import LineRule, ruleset
from .base import Profile

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

YAHOO = Profile(
    name="yahoo",
    aggregator="yahoo",
    hosts=("yahoo.com",),
    rules=YAHOO_RULES,
    header_layout="yahoo",
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
