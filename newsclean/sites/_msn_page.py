"""MSN's page text in every market: brand and top bar, the source and its follow button, the
attribution row ("Story by A and B • 2h", "Geschichte von …", "Historia de …"), then the title.

The attribution row is what anchors the header: every short line above the source is the
site's top bar (brand, "Sign in", tabs such as "News" or "Nachrichten": a tab, not the story's
section), the line right above the row (its follow button aside) is the source.
"""

from __future__ import annotations

from ..core.header import BY_PREFIX, parse_generic
from ..core.page import Page
from ..normalize.byline import parse_byline
from ..normalize.text import ends_sentence, word_count
from ..profiles.base import Profile
from ._tail import claim_after_heading

_ROW_WINDOW = 10
"""Free lines from the top within which the attribution row stands."""
_BAR_WORDS = 4
_BAR_CHARS = 32
"""A top-bar item (brand, sign-in button, tab) is this short."""


def _bar_item(text: str) -> bool:
    return word_count(text) <= _BAR_WORDS and len(text) <= _BAR_CHARS and not ends_sentence(text)


def _attribution_row(page: Page) -> int | None:
    """The first line opening with an author marker near the top that names a writer or a
    newsroom ("Historia de Redacción <paper> / EFE"), under a source line."""
    free = list(page.free())[:_ROW_WINDOW]
    for n, i in enumerate(free):
        text = page.text(i)
        if n and BY_PREFIX.match(text):
            parsed = parse_byline(text)
            return i if parsed.authors or parsed.organizations else None
    return None


def parse_msn(page: Page, profile: Profile) -> None:
    """MSN page text: the top bar and source above the attribution row, then the generic
    header (title, caption "© Provided by …", date)."""
    claim_after_heading(page, "msn:tail")
    row = _attribution_row(page)
    if row is not None:
        above = [i for i in page.free() if i < row]
        source = above[-1] if above else None
        if source is not None and _bar_item(page.text(source)):
            page.set_field("publisher", page.text(source), source)
            if all(_bar_item(page.text(i)) for i in above[:-1]):
                for i in above[:-1]:
                    page.claim(i, "msn:top-bar")
        page.set_field("bylineRaw", page.text(row), row)
    parse_generic(page, profile)
