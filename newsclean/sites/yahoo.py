"""Yahoo News / Finance / Sports: content-as-a-service pages with ads and tickers.

Stream listings (``li.js-stream-content h3 a``) of caas articles; sponsored items, quotes and
video pages are not articles (the profile's pattern decides).
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..core.header import (
    byline_of,
    is_cjk,
    is_date_stamp,
    job_title,
    looks_like_title,
    parse_generic,
)
from ..core.page import Page
from ..core.railtail import claim_after_heading
from ..normalize.byline import parse_byline
from ..normalize.text import ends_sentence, is_bullet, key, word_count
from ..profiles.base import Profile
from ..rules import vocab
from ..rules.vocab import alternation
from .base import load_site

_NAV_WORDS = 3
_NAV_CHARS = 24
"""A top-bar item (Mail, News, Finance Home, Sign in, Yahoo News Singapore) is this short."""

_TAIL = "yahoo:tail"
"""The rule of the headings after which a Yahoo page holds only rails and its footer."""


_MENU_GAP = re.compile(r"\s{2,}|\s[·|•]\s")
"""Between the items of a menu flattened to one line ("News  Finance  Sports  More")."""


_CJK_TITLE_CHARS = 12
"""A CJK line this long is headline-shaped (no spaces to count words by), never a bar item."""


_BRAND_WORDS = 5
"""The edition's brand ("Yahoo News New Zealand", "Yahoo Actualités") is this short."""


def _nav_item(text: str) -> bool:
    if is_cjk(text) and len(text) >= _CJK_TITLE_CHARS:
        return False
    if text.casefold().startswith("yahoo") and word_count(text) <= _BRAND_WORDS:
        return True  # the brand, however many words the edition's name takes
    return (
        word_count(text) <= _NAV_WORDS and len(text) <= _NAV_CHARS and not ends_sentence(text)
    )


def _nav_shaped(text: str) -> bool:
    """A top-bar item, or the edition's menu on one line: three or more items, each one."""
    items = _MENU_GAP.split(text)
    return _nav_item(text) or (len(items) >= 3 and all(_nav_item(item) for item in items))


def _headline_shaped(text: str) -> bool:
    """Longer than any top-bar item: four words, or a CJK title of a dozen characters."""
    long_enough = len(text) >= _CJK_TITLE_CHARS if is_cjk(text) else word_count(text) > _NAV_WORDS
    return long_enough and looks_like_title(text)


def _claim_top_bar(page: Page) -> None:
    """The site's top bar (brand, Mail, News, Finance, Search, Sign in…) is the run of short
    lines above the headline: claimed only when a headline-shaped line ends the run and the
    run is a bar (two lines or more, or the brand alone). Bar lines the chrome rules took
    already ("Sign in", the brand) count towards the run."""
    run: list[int] = []
    taken = 0
    for i in page.filled():
        if i in page.claims:
            taken += 1
            continue
        text = page.text(i)
        if _nav_shaped(text):
            run.append(i)
            continue
        brand = run and page.text(run[0]).casefold().startswith("yahoo")
        if run and (len(run) + taken >= 2 or brand) and _headline_shaped(text):
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


_TIME_RULES = frozenset({"yahoo:timestamp", "yahoo:jp-time"})
"""The edition's own time rows, which the site's rules take before the header is read."""


def _stamped(page: Page, index: int) -> bool:
    """The line under ``index`` is the attribution row's time in the edition's language,
    which a site rule already took ("Mo., 7. Dezember 2026 um 10:15 AM UTC+1")."""
    under = page.neighbour(index, 1)
    return under is not None and page.claims.get(under) in _TIME_RULES


def _under_time_row(page: Page, title: int, index: int) -> bool:
    """Line ``index`` follows the headline's time row with only claimed lines between (the
    comment counter): the provider's line of Yahoo! Japan ("<time>配信 / コメントN件 / <paper>")."""
    between = [j for j in range(title + 1, index) if page.lines[j].strip()]
    return bool(between) and all(j in page.claims for j in between) and any(
        page.claims[j] in _TIME_RULES for j in between
    )


def _claim_role_line(page: Page) -> None:
    """The writer's job printed on its own line under the byline ("Reporter", "Senior
    Correspondent"): part of the byline block, not the story's first line."""
    byline = page.claimed_by("header:bylineRaw")
    under = None if byline is None else page.neighbour(byline, 1)
    if under is not None and page.is_free(under) and job_title(page.text(under)):
        page.claim(under, "header:role")


def _without_repeat(page: Page, candidates: list[int]) -> list[int]:
    """The header's lines with the provider's name printed a second time under itself (its
    logo's text, then its name) claimed as the same publisher line."""
    for a, b in pairwise(candidates[1:5]):
        if key(page.text(a)) == key(page.text(b)) and word_count(page.text(a)) <= _NAV_WORDS * 2:
            page.claim(b, "header:publisher")
            return [i for i in candidates if i != b]
    return candidates


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
    candidates = _without_repeat(page, list(page.free())[:6])
    if candidates and looks_like_title(page.text(candidates[0])):
        page.set_field("headline", page.text(candidates[0]), candidates[0])
        for n, i in enumerate(candidates[1:4], start=1):
            text = page.text(i)
            nxt = candidates[n + 1] if n + 1 < len(candidates) else None
            if nxt is None or ends_sentence(text) or word_count(text) > 6:
                continue
            if byline_of(text) and parse_byline(text).authors:
                break  # Yahoo's own newsroom: "Name · News Reporter" over the date, no provider
            if (
                byline_of(page.text(nxt))
                or is_date_stamp(page.text(nxt))
                or _stamped(page, i)
                or _under_time_row(page, candidates[0], i)
            ):
                page.set_field("publisher", text, i)  # the provider, the original publisher
                break
    parse_generic(page, profile)
    _claim_role_line(page)
    _claim_closing_byline(page)


SITE = load_site(__name__, header_layout=parse_yahoo)
