"""MSN: a JavaScript shell page; the article is the JSON of its content API."""

from __future__ import annotations

import re
from types import MappingProxyType

from ..rules import LineRule, ruleset
from .base import Profile

MSN_RULES = ruleset(
    [
        LineRule.of(
            "msn:provided-by",
            patterns=[r"^© provided by [^ ].{0,60}$", r"^provided by [^ ].{0,60}$"],
        ),
    ]
)

MSN = Profile(
    name="msn",
    aggregator="msn",
    hosts=("msn.com",),
    rules=MSN_RULES,
    header_layout="generic",
    article_url=re.compile(r"^https?://(?:www\.)?msn\.com/[a-z]{2}-[a-z]{2}/.+/ar-[A-Za-z0-9]+"),
    selectors=MappingProxyType(
        {
            # Older server-rendered article pages (bench/readability/msn); today's pages are
            # shells and the article comes as JSON (newsclean.msnjson).
            "headline": "h1[itemprop=headline]",
            "publisher": ".sourcename-txt",
            "bylineRaw": ".authorname-txt",
            "body": "section.articlebody, [itemprop=articleBody]",
            # In the content JSON's body HTML: the publisher's "continue reading" link and
            # newsletter promos are chrome.
            "drop": "p.continue-reading, p:contains('Sign up to our free')",
        }
    ),
    gate_selectors=("p.continue-reading",),
)
