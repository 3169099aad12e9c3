"""A feed-reader card printed on one line, split into the lines a page would have had.

Some aggregator themes print a story's card as one run of text: headline, source, a
``Category / Source`` crumb, the age, a view count and a comments button, then the snippet
("… National Park Harbour Times News / Harbour Times 3 days ago 41 Views comments At least …").
Nothing is on its own line, so no header rule can read it. The crumb repeats the source, which
fixes where the headline ends; the card is then split there, each piece on its own line (no
text is added or lost), and the header stage reads it like any other page.
"""

from __future__ import annotations

import re

from ..rules.vocab import ordered

__all__ = ["split_feed_card"]

_UNITS = "|".join(re.escape(u) for u in ordered("time_units", "en"))
_CARD = re.compile(
    r"(?P<title>\S.{9,250}?) (?P<source>[^\s/][^/]{1,48}?) "
    r"(?P<crumb>[^\s/][^/]{0,30}? / (?P=source)) "
    rf"(?P<age>\d{{1,3}} (?:{_UNITS}) ago)"
    r"(?: (?P<views>[\d.,]{1,7}[km]? views?))?"
    r"(?: (?P<comments>\d{0,5} ?comments?))?"
    r" (?P<rest>\S.*)",
    re.IGNORECASE,
)
_MAX_CARD = 4000
"""Longer first lines are no card (and the lazy groups stay cheap)."""
_TITLE_WORDS = 3


def split_feed_card(lines: list[str]) -> list[str]:
    """``lines`` with a one-line card (the first non-blank line) split into its parts."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines
    line = lines[first].strip()
    if len(line) > _MAX_CARD or " / " not in line or " ago " not in line.casefold():
        return lines
    m = _CARD.fullmatch(line)
    if m is None or len(m["title"].split()) < _TITLE_WORDS:
        return lines
    parts = [m[name] for name in ("title", "source", "crumb", "age", "views", "comments", "rest")]
    return lines[:first] + [p for p in parts if p] + lines[first + 1 :]
