"""inkl: republishes Guardian, Independent, Bangkok Post… stories inside its app chrome."""

from __future__ import annotations

import re
from types import MappingProxyType

from ..rules import LineRule, ruleset
from ..textnorm import key
from .base import Profile

HEADER_PROMO = (
    "Get all your news in one place.",
    "100’s of premium titles.",
    "One app.",
    "Start reading",
)

INKL_RULES = ruleset(
    [
        LineRule.of("inkl:sign-up-gate", action="cut", phrases=["Sign up to read this article"]),
        LineRule.of("inkl:header-promo", phrases=HEADER_PROMO),
        LineRule.of(
            "inkl:footer",
            phrases=[
                "Read news from 100’s of titles, curated specifically for you.",
                "Already a member? Sign in here",
                "Related Stories",
                "Top stories on inkl right now",
                "One subscription that gives you access to news from hundreds of sites",
                "Our Picks",
                "Fourteen days free",
                "Download the app",
                "One app. One membership.",
                "100+ trusted global sources.",
            ],
        ),
        LineRule.of("inkl:live-updated", phrases=["Updated"]),
    ]
)

INKL = Profile(
    name="inkl",
    aggregator="inkl",
    hosts=("inkl.com", "d33gy59ovltp76.cloudfront.net"),
    rules=INKL_RULES,
    header_layout="inkl",
    sections=frozenset(
        s.casefold()
        for s in (
            "World",
            "National",
            "Politics",
            "Business",
            "Sport",
            "Entertainment",
            "Technology",
            "Science",
            "Environment",
            "Culture",
            "Lifestyle",
            "Opinion",
            "Health",
            "Travel",
            "Money",
            "Tech",
            "Sports",
            "Arts",
            "Life",
        )
    ),
    text_signature=tuple(key(p) for p in HEADER_PROMO[:2]),
    article_url=re.compile(r"^https?://(?:www\.)?inkl\.com/(?:glance/)?news/[^/?#]+"),
    selectors=MappingProxyType(
        {
            "headline": "div.article-header h1.article-title, h1",
            "publisher": "div.article-header div.publisher-name",
            "articleSection": "div.article-header div.article-section",
            "bylineRaw": "div.article-header div.article-byline",
            "body": "div.article-content-container",
            "figure": "figure.article-lead-image, div.article-content-container figure",
            "drop": "div.article-content-container aside.inline-newsletter, p.block-updated",
        }
    ),
    gate_selectors=("div.gradient-container", "div.article-signup-container"),
)
