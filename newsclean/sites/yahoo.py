"""Yahoo News / Finance / Sports: content-as-a-service pages with ads and tickers.

Stream listings (``li.js-stream-content h3 a``) of caas articles; sponsored items, quotes and
video pages are not articles (the profile's pattern decides).
"""

from __future__ import annotations

import re

from ..core.header import byline_of, is_cjk, is_date_stamp, looks_like_title, parse_generic
from ..core.page import Page
from ..core.railtail import claim_after_heading
from ..normalize.byline import parse_byline
from ..normalize.text import ends_sentence, is_bullet, word_count
from ..profiles.base import Profile
from ..rules import vocab
from ..rules.vocab import alternation
from .base import load_site

_NAV_WORDS = 3
_NAV_CHARS = 24
"""A top-bar item (Mail, News, Finance Home, Sign in, Yahoo News Singapore) is this short."""

_TAIL = "yahoo:tail"
"""The rule of the headings after which a Yahoo page holds only rails and its footer."""


def _nav_shaped(text: str) -> bool:
    return (
        word_count(text) <= _NAV_WORDS and len(text) <= _NAV_CHARS and not ends_sentence(text)
    )


def _headline_shaped(text: str) -> bool:
    """Longer than any top-bar item: four words, or a CJK title of a dozen characters."""
    long_enough = len(text) >= 12 if is_cjk(text) else word_count(text) > _NAV_WORDS
    return long_enough and looks_like_title(text)


def _claim_top_bar(page: Page) -> None:
    """The site's top bar (brand, Mail, News, Finance, Search, Sign in…) is the run of short
    lines above the headline: claimed only when a headline-shaped line ends the run and the
    run is a bar (two lines or more, or the brand alone)."""
    run: list[int] = []
    for i in page.free():
        text = page.text(i)
        if _nav_shaped(text):
            run.append(i)
            continue
        bar = len(run) >= 2 or (run and page.text(run[0]).casefold().startswith("yahoo"))
        if run and bar and _headline_shaped(text):
            for j in run:
                page.claim(j, "yahoo:top-bar")
        return


_CLOSING_CREDIT = re.compile(
    r"^[(（][^()（）]{2,60}(?:"
    + alternation(vocab.ordered("cjk_suffixes", "role"))
    + r")[)）]$"
)
"""Yahoo! Japan's closing byline: the paper and its reporters in brackets under the text
("（<paper>　<name>記者、<name>記者）"); the titles are ``rules/cjk_suffixes.txt`` [role]."""


def _claim_closing_byline(page: Page) -> None:
    """The last line of the text, under a sentence, when it is a bracketed credit naming
    writers by their title: the byline, out of the text (only when none stood above)."""
    if "bylineRaw" in page.fields:
        return
    free = list(page.free())
    if len(free) < 2 or not ends_sentence(page.text(free[-2])):
        return
    text = page.text(free[-1])
    if is_cjk(text) and _CLOSING_CREDIT.match(text) and parse_byline(text).authors:
        page.set_field("bylineRaw", text, free[-1])


def parse_yahoo(page: Page, profile: Profile) -> None:
    """Yahoo: top bar, ticker rows, then title / [standfirst] / provider / author / date;
    the rails under the story."""
    _claim_top_bar(page)
    claim_after_heading(page, _TAIL)
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
            if byline_of(text) and parse_byline(text).authors:
                break  # Yahoo's own newsroom: "Name · News Reporter" over the date, no provider
            if byline_of(page.text(nxt)) or is_date_stamp(page.text(nxt)):
                page.set_field("publisher", text, i)  # the provider, the original publisher
                break
    parse_generic(page, profile)
    _claim_closing_byline(page)


SITE = load_site(__name__, header_layout=parse_yahoo)
