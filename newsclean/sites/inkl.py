"""inkl: republishes Guardian, Independent, Bangkok Post… stories inside its app chrome.

Section listings are ``<a href="/news/<slug>">`` cards plus AngularJS rails whose cards name
their article in ``ng-click="showArticle('<slug>')"`` instead of a link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..core.header import byline_of, claim_captions, job_title, looks_like_section
from ..core.page import Page
from ..normalize.byline import parse_byline
from ..normalize.text import ends_sentence, key, word_count
from ..profiles.base import Profile
from ..profiles.generic import SECTIONS
from .base import load_site

if TYPE_CHECKING:
    from scrapy.http import TextResponse

    from ..scrapy.spiders.base import AggregatorSpider


_PLACE = re.compile(r"^(?:in|from|aus|à|en|em|a|in der|in den) [A-ZÀ-Þ][^.!?:;]{1,40}$")
"""The writer's place printed as a line of its own under the byline ("in Brussels")."""


def _under_byline(text: str) -> bool:
    """A line the byline carries over in the header block: the writer's job or place."""
    return job_title(text) or bool(_PLACE.match(text))


_SECTION_WORDS = 3


def _over_byline(page: Page, rest: list[int]) -> bool:
    """A short line that is no byline over one that is: the section, whatever its name
    ("Thailand", "Motoring"), in the block between the publisher and the headline."""
    if len(rest) < 2:
        return False
    first, second = page.text(rest[0]), page.text(rest[1])
    return (
        word_count(first) <= _SECTION_WORDS
        and not ends_sentence(first)
        and not parse_byline(first).authors
        and bool(parse_byline(second).authors)
    )


def _lone_section(page: Page, rest: list[int]) -> bool:
    """The block's one line left is short and names no writer nor newsroom ("Cost of living"):
    the section of a story printed without a byline."""
    if len(rest) != 1:
        return False
    text = page.text(rest[0])
    parsed = parse_byline(text)
    return (
        word_count(text) <= _SECTION_WORDS
        and not ends_sentence(text)
        and not parsed.authors
        and not parsed.organizations
        and page.next_free(rest[0] + 1) is not None
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
    if rest and (
        key(page.lines[rest[0]]) in SECTIONS
        or _over_byline(page, rest)
        or _lone_section(page, rest)
    ):
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
    while rest and _under_byline(page.text(rest[0])) and page.next_free(block[-1] + 1):
        page.claim(rest[0], "header:byline-line")  # "Transport Correspondent", "in Brussels"
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


SITE = load_site(__name__, header_layout=parse_inkl, spider=spider)
