"""NewsBreak: local-news app; pages carry app nav, the publisher line and relative times.

Local feeds (``/chicago-il``) list ``a.feed-card-link`` cards, with "Load more" pages.
"""

from __future__ import annotations

from ..article import Image
from ..core.figures import caption_of
from ..core.header import (
    BY_PREFIX,
    HEADER_WINDOW,
    is_date_stamp,
    looks_like_section,
    looks_like_title,
    menu_item,
    parse_generic,
    record_date,
)
from ..core.page import Page
from ..normalize.caption import split_caption
from ..normalize.text import ends_sentence, is_bullet, key, strip_bullet, word_count
from ..profiles.base import Profile
from .base import load_site


def parse_newsbreak(page: Page, profile: Profile) -> None:
    """NewsBreak 2024 (nav, "• Publisher", title, byline, age) and 2022 templates."""
    nav = [i for i, rule in page.claims.items() if rule == "newsbreak:nav"]
    if not nav:
        parse_generic(page, profile)
        return
    for i in list(page.free(min(nav), max(nav))):
        if is_bullet(page.text(i)) and menu_item(strip_bullet(page.text(i))):
            page.claim(i, "newsbreak:nav")  # a menu item no list names ("• Crime & Safety")
    candidates = list(page.free(max(nav) + 1))[:HEADER_WINDOW]
    for i in candidates:
        text = page.text(i)
        if "headline" not in page.fields:
            if is_bullet(text) and "publisher" not in page.fields:
                page.set_field("publisher", strip_bullet(text).strip(), i)
            elif (
                looks_like_section(text, profile)
                and "articleSection" not in page.fields
                and i != candidates[-1]
                and "publisher" not in page.fields
            ):
                page.set_field("articleSection", text, i)
            elif looks_like_title(text):
                page.set_field("headline", text, i)
            else:
                break
            continue
        if "bylineRaw" not in page.fields and BY_PREFIX.match(text):
            page.set_field("bylineRaw", text, i)
        elif is_date_stamp(text):
            record_date(page, i)
            break
        elif "publisher" in page.fields and key(text) == key(page.fields["publisher"]):
            page.claim(i, "header:publisher")
        elif "publisher" not in page.fields and word_count(text) <= 6 and not ends_sentence(text):
            page.set_field("publisher", text, i)
        else:
            break
    _claim_picture_caption(page)
    publisher = page.fields.get("publisher")
    if publisher:
        _cut_related_card(page, publisher)


def _claim_picture_caption(page: Page) -> None:
    """The caption printed under the header's picture (its image-URL line): "<text>. Photo
    by <name>", a picture's caption, not the story's first paragraph."""
    picture = page.claimed_by("newsbreak:image-url")
    if picture is None or page.images:
        return
    under = page.neighbour(picture, 1)
    if under is None or not page.is_free(under):
        return
    if caption_of(page.lines[under]) is not None:
        return  # a caption the shared reader pairs with the picture ("… (Photo: X)")
    cap = split_caption(page.text(under))
    if cap.credit and cap.text:  # in the picture's slot, "Photo by <name>" credits it too
        page.images.append(Image(url=page.text(picture), caption=cap.text, credit=cap.credit))
        page.claims[picture] = "newsbreak:picture"  # its image is made: no second one later
        page.claim(under, "header:caption")


_CUT_TEASER_WORDS = 12
"""Words in a last line that, without a sentence's end, make it a cut paragraph."""


def _cut_related_card(page: Page, publisher: str) -> None:
    """After the body, a line naming the publisher again starts a related-story card: the
    page's rail, under a story that is whole, unless the page text itself ends cut off inside
    the card's teaser (an export cut at its size limit)."""
    body = [i for i in page.free() if not page.claims.get(i)]
    if len(body) < 2:
        return
    target = key(publisher)
    for i in body[1:]:
        if key(page.lines[i]) == target:
            for j in range(i, len(page.lines)):
                page.claim(j, "newsbreak:related-card")
            last = page.text(max(j for j in range(i, len(page.lines)) if page.lines[j].strip()))
            page.truncated = page.truncated or (
                word_count(last) >= _CUT_TEASER_WORDS and not ends_sentence(last)
            )
            return


SITE = load_site(__name__, header_layout=parse_newsbreak)
