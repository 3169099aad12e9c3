"""The author box under an article: an "About the author" heading, then the author's name, a
short bio and a link to their other posts, to the end of the page.

The bio is written in sentences, so neither the chrome rules (short lines) nor a rail's tail
(headline-only lines) take it; the heading's place does: nothing but a few short lines
follows it.
"""

from __future__ import annotations

from ..normalize.text import ends_sentence, key, word_count
from ..rules.vocab import words
from .page import Page

__all__ = ["claim_author_box"]

_HEADINGS = words("author_box")
_BOX_LINES = 4
"""Lines after the heading: name, role or bio, a link or two; more is article text."""
_BOX_WORDS = 80


def claim_author_box(page: Page) -> None:
    """Claim the heading and what follows it when that is all the page has left (and article
    text stands above it: on a page that small the heading is no box's)."""
    free = list(page.free())
    for n, i in enumerate(free[1:], 1):
        if key(page.text(i)).rstrip(" :：") not in _HEADINGS:
            continue
        box = free[n + 1 :]
        text_above = any(ends_sentence(page.text(j)) for j in free[:n])
        if text_above and box and len(box) <= _BOX_LINES and all(
            word_count(page.text(j)) <= _BOX_WORDS for j in box
        ):
            for j in (i, *box):
                page.claim(j, "generic:author-box")
        return
