"""inkl: republishes Guardian, Independent, Bangkok Post… stories inside its app chrome.

Section listings are ``<a href="/news/<slug>">`` cards plus AngularJS rails whose cards name
their article in ``ng-click="showArticle('<slug>')"`` instead of a link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..core.header import byline_of, claim_captions, looks_like_section
from ..core.page import Page
from ..normalize.text import key
from ..profiles.base import Profile
from ..profiles.generic import SECTIONS
from ..rules import LineRule, ruleset
from .base import Crawl, Site

if TYPE_CHECKING:
    from scrapy.http import TextResponse

    from ..scrapy.spiders.base import AggregatorSpider

NAME = "inkl"

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


def parse_inkl(page: Page, profile: Profile) -> None:
    """inkl: promo / publisher twice / [section] / [byline] / title / [caption lines] / body."""
    promo = [i for i, rule in page.claims.items() if rule == "inkl:header-promo" and i < 12]
    if not promo:
        return  # header-less page: body only, nothing to take
    start = page.next_free(max(promo) + 1)
    if start is None:
        return
    block = [start, *page.group_after(start)]
    publisher = page.text(block[0])
    page.set_field("publisher", publisher, block[0])
    rest = block[1:]
    if rest and key(page.lines[rest[0]]) == key(publisher):
        page.claim(rest[0], "header:publisher")
        rest = rest[1:]
    if rest and key(page.lines[rest[0]]) in SECTIONS:
        page.set_field("articleSection", page.text(rest[0]), rest[0])
        rest = rest[1:]
    if rest and (
        len(rest) > 1
        or byline_of(page.lines[rest[0]])
        or not looks_like_section(page.lines[rest[0]], profile)
    ):
        page.set_field("bylineRaw", page.text(rest[0]), rest[0])
        rest = rest[1:]
    elif rest and looks_like_section(page.lines[rest[0]], profile):
        page.set_field("articleSection", page.text(rest[0]), rest[0])
        rest = rest[1:]
    title = rest[0] if rest else page.next_free(block[-1] + 1)
    if title is None:
        return
    page.set_field("headline", page.text(title), title)
    first = page.next_free(title + 1)
    if first is None:
        return
    group = [first, *page.group_after(first)]
    claim_captions(page, group)


INKL = Profile(
    name=NAME,
    aggregator=NAME,
    hosts=("inkl.com", "d33gy59ovltp76.cloudfront.net"),
    rules=INKL_RULES,
    header_layout=parse_inkl,
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


_SHOW_ARTICLE = re.compile(r"showArticle\(\s*'([^']+)'\s*\)")


def spider() -> type[AggregatorSpider]:
    """inkl's cards link to articles from ``ng-click="showArticle('…')"`` as well as hrefs."""
    from ..scrapy.spiders.base import AggregatorSpider

    class InklCards(AggregatorSpider):
        def candidate_links(self, response: TextResponse) -> Iterable[str]:
            yield from super().candidate_links(response)
            for call in response.css("[ng-click]::attr(ng-click)").getall():
                m = _SHOW_ARTICLE.search(call)
                if m:
                    yield f"/news/{m.group(1)}"

    return InklCards


CRAWL = Crawl(
    class_name="InklSpider",
    listing_url="https://www.inkl.com/sections/{section}",
    default_section="world",
    article_example="https://www.inkl.com/news/councils-warn-of-pothole-backlog-as-road-repair-fund-is-delayed-again",
)

SITE = Site(profile=INKL, crawl=CRAWL, spider=spider)
