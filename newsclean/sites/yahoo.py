"""Yahoo News / Finance / Sports: content-as-a-service pages with ads and tickers.

Stream listings (``li.js-stream-content h3 a``) of caas articles; sponsored items, quotes and
video pages are not articles (the profile's pattern decides).
"""

from __future__ import annotations

from ..core.header import byline_of, is_date_stamp, looks_like_title, parse_generic
from ..core.page import Page
from ..normalize.text import ends_sentence, is_bullet, word_count
from ..profiles.base import Profile
from .base import load_site


def parse_yahoo(page: Page, profile: Profile) -> None:
    """Yahoo: ticker rows, then title / [standfirst] / provider / author / date."""
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
            if byline_of(page.text(nxt)) or is_date_stamp(page.text(nxt)):
                page.set_field("publisher", text, i)  # the provider, the original publisher
                break
    parse_generic(page, profile)


SITE = load_site(__name__, header_layout=parse_yahoo)
