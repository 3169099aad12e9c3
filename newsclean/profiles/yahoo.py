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
    article_url=re.compile(r"^https?://(?:[a-z.]+\.)?yahoo\.com/(?:[a-z-]+/)*[^/?#]+-\d+\.html"),
    selectors=MappingProxyType({"headline": "h1::text", "body": "div.caas-body"}),
)
