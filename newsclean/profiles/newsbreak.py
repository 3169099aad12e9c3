"""NewsBreak: local-news app; pages carry app nav, the publisher line and relative times."""

from __future__ import annotations

import re
from types import MappingProxyType

from ..rules import LineRule, ruleset
from ..textnorm import key
from .base import Profile

NAV = (
    "Local",
    "U.S.",
    "Election",
    "Politics",
    "Crime",
    "Sports",
    "Lifestyle",
    "Education",
    "Real Estate",
    "Newsletter",
)

NEWSBREAK_RULES = ruleset(
    [
        LineRule.of("newsbreak:nav", phrases=["Open in App", "ContributorsPublishersAdvertisers"]),
        LineRule.of("newsbreak:nav", phrases=NAV, bulleted=True),
        LineRule.of(
            "newsbreak:image-url",
            patterns=[r"^https?://img\.particlenews\.com/\S+$"],
        ),
    ]
)

NEWSBREAK = Profile(
    name="newsbreak",
    aggregator="newsbreak",
    hosts=("newsbreak.com",),
    rules=NEWSBREAK_RULES,
    header_layout="newsbreak",
    text_signature=(key("Open in App"), key("ContributorsPublishersAdvertisers")),
    article_url=re.compile(r"^https?://(?:www\.)?newsbreak\.com/[^/?#]+/\d+[-/][^?#]*"),
    selectors=MappingProxyType(
        {
            # 2024 template (article-source list, article-content) and 2022 (article-body).
            "headline": "h1.article-title, h1",
            "publisher": "ul.article-source .source-name, div.article-source-row a.source-name",
            "articleSection": "div.article-section-label",
            "bylineRaw": "div.article-byline",
            "body": "div.article-content, div.article-body",
            "figure": "div.article-content figure, div.article-body figure",
            "drop": "div.ad-slot, div.ad-container, div.inline-related",
        }
    ),
    gate_selectors=("div.content-gate",),
)
