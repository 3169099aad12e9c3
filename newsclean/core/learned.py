"""Chrome learned from a crawl: lines that repeat across the pages of one host.

A site no profile knows still prints the same menu, partner links, promo box and footer on
every page. Counting, per host, on how many distinct pages each line appears turns those into
one more chrome rule source (``learned:<host>``), applied in the chrome stage with the rules
written by hand. This module is the pure part: line fingerprints, what one page shows
(:class:`Sighting`), what the cleaner is handed (:class:`LearnedChrome`) and when a counted
line is chrome (:class:`Policy`). Counts live in a store (``newsclean.learn``) the caller owns.

A line is never learned when it is article text somewhere: a page's JSON-LD ``articleBody``
that holds it marks it so for the host, and a page never loses a line its own ``articleBody``
holds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..normalize.text import ends_sentence, key, word_count
from ..normalize.urls import url_host

Fingerprint = int
"""A line's key hashed to a signed 64-bit integer (what the store keeps: never the text)."""

PROSE_WORDS = 6
"""A line of this many words that ends a sentence reads as prose: it needs a larger share of
the host's pages than a menu item before it counts as chrome (a quote, an editor's note or an
agency's closing paragraph repeats on some pages; a promo sentence on nearly all)."""
MAX_COUNTED = 2000
"""Lines of one page counted at most: a huge or hostile page cannot flood the store."""
MAX_BODY_CHARS = 300_000
"""Of an ``articleBody``, the part searched for a line (bounds the search on a hostile page)."""
SUBSTRING_MIN = 40
"""A line this long counts as article text when found anywhere in an ``articleBody`` (which
may join its paragraphs with spaces); a shorter one only when it is a whole paragraph."""


def fingerprint(line: str) -> Fingerprint | None:
    """The line's fingerprint, on its comparison key (case, quotes, bullets, spaces folded);
    None for a line with no text."""
    k = key(line)
    if not k:
        return None
    digest = hashlib.blake2b(k.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def host_of(url: str | None) -> str | None:
    """The host a page's lines are counted under: lower case, without "www."."""
    return url_host(url).removeprefix("www.") or None


def is_prose(line: str) -> bool:
    return word_count(line) >= PROSE_WORDS and ends_sentence(line)


@dataclass(frozen=True, slots=True)
class Policy:
    """When a counted line is chrome: seen on at least ``min_pages`` distinct pages of its
    host and on at least ``min_share`` of them, and never seen as article text. A prose line
    on fewer than ``alone_share`` of the host's pages is chrome only next to other learned
    chrome (a promo box's sentence), never standing alone (an editor's note, an agency line,
    a quote: article text that repeats)."""

    min_pages: int = 5
    min_share: float = 0.02
    alone_share: float = 0.8

    def __post_init__(self) -> None:
        if self.min_pages < 1:
            raise ValueError(f"min_pages must be at least 1, not {self.min_pages}")
        for name in ("min_share", "alone_share"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {getattr(self, name)}")

    def is_chrome(self, pages: int, host_pages: int, *, article: bool) -> bool:
        if article or pages < self.min_pages or host_pages <= 0:
            return False
        return pages >= self.min_share * host_pages

    def goes_alone(self, pages: int, host_pages: int, *, prose: bool) -> bool:
        return not prose or pages >= self.alone_share * host_pages


@dataclass(frozen=True, slots=True)
class Learned:
    """A host's learned chrome: ``lines``, and of those the ones that go only in a run of
    learned lines (``in_runs``)."""

    lines: frozenset[Fingerprint] = frozenset()
    in_runs: frozenset[Fingerprint] = frozenset()


@dataclass(frozen=True, slots=True)
class Sighting:
    """What one page showed: the fingerprints of its candidate lines (those no other rule or
    header field took), which of them are prose, and which its ``articleBody`` holds."""

    host: str
    page: Fingerprint
    lines: frozenset[Fingerprint]
    prose: frozenset[Fingerprint] = frozenset()
    article: frozenset[Fingerprint] = frozenset()
    removed: int = 0
    """How many of the page's lines the learned chrome took."""


@dataclass(frozen=True, slots=True)
class LearnedChrome:
    """What the cleaner is handed for one page: the learned chrome of its host, and (when the
    caller learns) a list the cleaner appends the page's :class:`Sighting` to. The cleaner
    never writes to a store."""

    host: str
    known: Learned = Learned()
    sightings: list[Sighting] | None = None

    @property
    def rule(self) -> str:
        return f"learned:{self.host}"


class ArticleText:
    """A page's JSON-LD ``articleBody``, asked whether it holds a line. Read on the first
    question: most pages ask none (no closing note, no learned line to check)."""

    __slots__ = ("_body", "_paragraphs", "_whole")

    def __init__(self, body: str | None) -> None:
        self._body = (body or "")[:MAX_BODY_CHARS]
        self._paragraphs: set[str] | None = None
        self._whole = ""

    def _read(self) -> set[str]:
        if self._paragraphs is None:
            self._paragraphs = {key(p) for p in self._body.splitlines() if p.strip()}
            self._whole = " ".join(key(self._body).split())
        return self._paragraphs

    def __bool__(self) -> bool:
        self._read()
        return bool(self._whole)

    def holds(self, line: str) -> bool:
        paragraphs = self._read()
        k = key(line)
        if not k or not self._whole:
            return False
        return k in paragraphs or (len(k) >= SUBSTRING_MIN and k in self._whole)


def sighting(
    chrome: LearnedChrome,
    url: str | None,
    lines: list[tuple[str, bool]],
    body: ArticleText,
    removed: int = 0,
) -> Sighting:
    """The sighting of a page: ``lines`` are its non-blank lines, each with whether it may be
    learned (no other rule and no header field took it); ``removed`` how many learned chrome
    took."""
    counted: set[Fingerprint] = set()
    prose: set[Fingerprint] = set()
    article: set[Fingerprint] = set()
    for line, candidate in lines[:MAX_COUNTED]:
        fp = fingerprint(line)
        if fp is None:
            continue
        if body and body.holds(line):
            article.add(fp)
        if candidate:
            counted.add(fp)
            if is_prose(line):
                prose.add(fp)
    page_id = url or "\n".join(line for line, _ in lines)
    page = fingerprint(page_id) or 0
    return Sighting(host=chrome.host, page=page, lines=frozenset(counted),
                    prose=frozenset(prose), article=frozenset(article), removed=removed)
