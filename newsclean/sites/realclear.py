"""RealClear (RealClearWorld, RealClearPolitics, …): link pages that republish a headline and
an excerpt of another outlet's story, ending at "Read Full Article »", plus the sites' own
articles (``/articles/…``).

A link page's text form is the Title-Cased headline, the excerpt paragraph(s), then
"Read Full Article »" and an empty "Related Articles" heading: the body stops at the link to
the source, so the article is ``truncated``. Listings (``/<section>/``, "Older »" pages) link to
``/<yyyy>/<mm>/<dd>/<slug>_<id>.html`` pages.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..profiles.base import Profile
from ..rules import LineRule, ruleset
from .base import Crawl, Site

if TYPE_CHECKING:

    pass

NAME = "realclear"

REALCLEAR_RULES = ruleset(
    [
        # The excerpt ends at the link to the source; after it come only rails ("Related
        # Articles", which the generic rules know too).
        LineRule.of(
            "realclear:read-full",
            action="cut",
            phrases=["Read Full Article »", "Read Full Article"],
        ),
    ]
)

REALCLEAR = Profile(
    name=NAME,
    aggregator=NAME,
    hosts=(
        "realclearworld.com",
        "realclearpolitics.com",
        "realclearmarkets.com",
        "realcleardefense.com",
        "realclearscience.com",
    ),
    rules=REALCLEAR_RULES,
    article_url=re.compile(
        r"^https?://(?:www\.)?realclear[a-z]+\.com/(?:articles/)?\d{4}/\d{2}/\d{2}/[^/?#]+_\d+\.html"
    ),
    selectors=MappingProxyType(
        {
            "headline": "div.article-header h1.article-title, h1",
            # Only the site's own articles name a publisher (itself); a link page's source
            # is unnamed, behind its "Read Full Article »" link.
            "publisher": "div.article-header span.article-source",
            "bylineRaw": "div.article-header span.auth-byline",
            "body": "div.article-body",
            "figure": "div.article-body figure",
            "drop": "div.article-body div.ad-slot, div.article-body div.share-bar",
        }
    ),
    gate_selectors=("div.read-full a.read-full-link",),
)


CRAWL = Crawl(
    class_name="RealClearSpider",
    listing_url="https://www.realclearworld.com/{section}/",
    default_section="europe",
    article_example="https://www.realclearworld.com/2024/05/14/baltic_ferry_operators_warn_of_winter_timetable_cuts_as_fuel_costs_climb_1023417.html",
    link_css="div.post-list a[href]::attr(href)",
)

SITE = Site(profile=REALCLEAR, crawl=CRAWL)
