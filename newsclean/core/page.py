"""A page's text as numbered lines, each either still body or claimed by a rule or a field.

The cleaners only ever *claim* lines (for chrome or for a header field) and never rewrite
them, so whatever is left is article text exactly as the input had it, and ``--explain``
can say where every removed line went.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..article import Image, Removal
from ..normalize.text import squash
from . import jsonld
from .document import element_text
from .learned import LearnedChrome


@dataclass(slots=True)
class Page:
    """Lines of one page and what each has been claimed as."""

    lines: list[str]
    claims: dict[int, str] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)
    images: list[Image] = field(default_factory=list)
    truncated: bool = False
    flags: list[str] = field(default_factory=list)
    cut: list[Removal] = field(default_factory=list)
    """Chrome fragments cut out of content lines (glued promos), for ``--explain``."""
    dropped: list[Removal] = field(default_factory=list)
    """Blocks the HTML stage removed before the lines were made (a profile's drop selectors,
    what the main-content extractor left out, text outside the article), for ``--explain``."""

    def claim(self, index: int, rule: str) -> None:
        """Mark line ``index`` as not article text, remembering the rule (first claim wins)."""
        self.claims.setdefault(index, rule)

    def is_free(self, index: int) -> bool:
        return index not in self.claims and bool(self.lines[index].strip())

    def free(self, start: int = 0, stop: int | None = None) -> Iterator[int]:
        """Indexes of unclaimed, non-blank lines from ``start``."""
        end = len(self.lines) if stop is None else min(stop, len(self.lines))
        for i in range(start, end):
            if self.is_free(i):
                yield i

    def next_free(self, start: int) -> int | None:
        return next(self.free(start), None)

    def text(self, index: int) -> str:
        return self.lines[index].strip()

    def set_field(self, name: str, value: str, index: int | None = None) -> None:
        """Fill a header field once; the line it came from leaves the body."""
        if name not in self.fields and value:
            self.fields[name] = value
        if index is not None:
            self.claim(index, f"header:{name}")

    def group_after(self, index: int) -> list[int]:
        """Free lines directly following ``index`` up to the next blank line."""
        out: list[int] = []
        i = index + 1
        while i < len(self.lines) and i in self.claims:
            i += 1
        while i < len(self.lines) and self.lines[i].strip():
            if i not in self.claims:
                out.append(i)
            i += 1
        return out

    def body_lines(self) -> list[str]:
        return [self.text(i) for i in self.free()]


@dataclass(slots=True)
class Facts:
    """What is known of a page besides its lines: its HTML metadata, an API's JSON, the item
    that carried it. Handed to the one step that builds the Article, so no stage writes an
    Article field after it is built.

    ``stated`` Article fields (by their names) win over what the lines say; ``fallback``
    fields fill only what the lines leave empty; ``language`` is the language the page
    declares; ``truncated`` adds a paywall the markup shows to the ones the lines show.
    ``chrome`` is the chrome learned for the page's host (:mod:`newsclean.core.learned`),
    ``article_text`` the page's JSON-LD ``articleBody``: a line it holds is never learned chrome.
    """

    stated: dict[str, Any] = field(default_factory=dict)
    fallback: dict[str, Any] = field(default_factory=dict)
    language: str | None = None
    truncated: bool = False
    chrome: LearnedChrome | None = None
    article_text: str | None = None

    def merged(self, other: Facts | None) -> Facts:
        """These facts with ``other``'s on top (a caller's facts over the page's own)."""
        if other is None:
            return self
        return Facts(
            stated={**self.stated, **other.stated},
            fallback={**self.fallback, **other.fallback},
            language=other.language or self.language,
            truncated=self.truncated or other.truncated,
            chrome=other.chrome or self.chrome,
            article_text=other.article_text or self.article_text,
        )


_STORY_CONTAINERS = frozenset(("article", "header", "main"))
_H1S = 5


@dataclass(slots=True)
class HeadFacts:
    """The page's machine-readable facts, each read once in one C-level pass over the tree
    and then shared by the metadata and date steps: meta tags, the canonical link, JSON-LD
    (parsed once: every ``<script>`` whose type contains ``ld+json``), ``<title>``, the first
    ``<h1>``s and the ``<time datetime>`` stamps."""

    tags: dict[str, str] = field(default_factory=dict)
    """``property``/``name`` → squashed ``content``, the first non-empty one of each name."""
    metas: list[tuple[tuple[str, str, str, str], str]] = field(default_factory=list)
    """Every ``<meta content>`` in page order: its (property, name, itemprop, http-equiv)
    keys, stripped and case-folded, and its content as given."""
    canonical: str = ""
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    """Every JSON-LD object in document order (``@graph``, lists and nested values)."""
    title: str | None = None
    h1s: list[str] = field(default_factory=list)
    times: list[tuple[str, str, bool]] = field(default_factory=list)
    """``<time datetime>`` in page order: (datetime, itemprop case-folded, has pubdate)."""
    story_time: str | None = None
    """The ``datetime`` of the first ``<time>`` inside an article, header or main."""


def _fold(value: str | None) -> str:
    return (value or "").strip().casefold()


def scan_head(root: Any) -> HeadFacts:
    """The :class:`HeadFacts` of a parsed page (an lxml element tree)."""
    head = HeadFacts()
    for el in root.iter("meta", "link", "script", "title", "h1", "time"):
        tag = el.tag
        if tag == "meta":
            value = el.get("content")
            if value is None:
                continue
            prop, name = el.get("property"), el.get("name")
            keys = (_fold(prop), _fold(name), _fold(el.get("itemprop")),
                    _fold(el.get("http-equiv")))
            head.metas.append((keys, value))
            tag_name = prop or name
            if tag_name and value and tag_name not in head.tags:
                value = squash(value)
                if value:
                    head.tags[tag_name] = value
        elif tag == "link":
            if not head.canonical and (el.get("rel") or "").lower() == "canonical":
                head.canonical = el.get("href") or ""
        elif tag == "script":
            if "ld+json" in (el.get("type") or "").lower() and el.text:
                head.jsonld.extend(jsonld.nodes(jsonld.load(el.text)))
        elif tag == "title":
            if head.title is None:
                head.title = element_text(el) or None
        elif tag == "h1":
            if len(head.h1s) < _H1S:
                text = element_text(el)
                if text:
                    head.h1s.append(text)
        else:
            stamp = el.get("datetime")
            if stamp is None:
                continue
            head.times.append(
                (stamp, (el.get("itemprop") or "").casefold(), el.get("pubdate") is not None)
            )
            if head.story_time is None and any(
                a.tag in _STORY_CONTAINERS for a in el.iterancestors()
            ):
                head.story_time = stamp
    return head
