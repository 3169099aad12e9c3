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
    selectors=MappingProxyType({}),
)
