"""Main-content extraction for pages no profile knows, on top of trafilatura.

trafilatura is the field's strongest open extractor (token F1 ≈ 0.96 on the
article-extraction benchmark, against 0.82 for newsclean's own block walk), so pages without a
profile take their body from it; newsclean's chrome rules and header parsing then run on its
output, which still carries sign-up prompts and share lines. ``fast=True`` skips its slower
fallback extractors: measured to lose no F1 on the benchmark while halving the time. The one
thing the fallbacks are for, a main extractor that pruned the article away (a container class
it mistakes for a link list), shows as an output far shorter than the paragraphs of the page's
article element; only then is the full cascade run.
"""

from __future__ import annotations

import logging
from typing import Any

import lxml.etree

from . import lean
from .document import remove_elements

logger = logging.getLogger(__name__)

# Elements trafilatura deletes in its own cleaning, which hold no text a reader sees. Deleting
# them before the hand-over spares its tree copy and every pruning XPath pass the walk over
# them (0.6 ms a page on the benchmark, output unchanged on all 91 pages).
_DEAD_WEIGHT = ("style", "svg", "link", "meta")
_JSON_LD = "application/ld+json"
# Overlays a page opens over the article (consent walls, newsletter pop-ups, share and photo
# viewers), marked so for screen readers: never article text, and the fallback extractors
# would otherwise take a consent wall for the page's longest text.
_OVERLAYS = lxml.etree.XPath(
    "//@role[. = 'dialog' or . = 'alertdialog']/.. | //@aria-modal[. = 'true']/.."
)


# trafilatura's time grows with the square of two things no article has many of. Its main pass
# runs ``//p//text()``, which libxml2 evaluates in quadratic time in the nodes in and under
# ``<p>`` elements: 0.35 s for 10,000 paragraphs, 6 s for one paragraph of 10,000 inline
# elements, minutes at 200,000 paragraphs. And an element of very many inline children (spans
# it strips, leaving as many text nodes) makes each read of its text quadratic: 0.7 s at
# 10,000 children, over a minute at 80,000. The 112 real and fixture pages measured hold at
# most 292 nodes in paragraphs, 246 children in one element and 1,596 elements in all; a page
# past MAX_NODES of either is read by newsclean's own linear block walk instead.
MAX_NODES = 5_000
_ELEMENTS = lxml.etree.XPath("count(//*)")


def too_large_for_trafilatura(root: Any) -> bool:
    """True for a page of either shape above. A page of no more than ``MAX_NODES`` elements
    (every page measured) is told by one C-level count."""
    if _ELEMENTS(root) <= MAX_NODES:
        return False
    in_paragraphs = 0
    for p in root.iter("p"):
        in_paragraphs += 1 + sum(1 for _ in p.iterdescendants())
        if in_paragraphs > MAX_NODES:
            return True
    return any(len(el) > MAX_NODES for el in root.iter())


def main_content_lines(html: Any, url: str | None, expected_chars: int = 0) -> list[str] | None:
    """The page's main text as lines, or None when trafilatura finds none.

    ``html`` may be markup or an already parsed lxml tree (saves a second parse); scripts and
    styles may be deleted from a tree, so pass one whose other uses are over.
    ``expected_chars`` is the text the article container's paragraphs hold: a fast result
    under half of it is retried with trafilatura's fallback extractors.
    """
    if not isinstance(html, str | bytes):
        text = _lean_or_extract(html, url)
    else:
        text = _extract(html, url, fast=True)
    if len(text) < expected_chars * UNDER_EXTRACTED:
        if not isinstance(html, str | bytes):
            _drop_dead_weight(html)
        fuller = _extract(html, url, fast=False)
        if len(fuller) > len(text):
            text = fuller
    return text.split("\n") if text else None


# On the 91 benchmark and 15 fixture publisher pages, a correct fast result held at least 0.61
# of the article container's paragraph text; the two under 0.25 were one page of comments in
# an <article> (the retry agrees with it) and one pruned-away article (the retry finds it).
UNDER_EXTRACTED = 0.5


def _lean_or_extract(root: Any, url: str | None) -> str:
    """trafilatura's fast result for a parsed page: by :mod:`.lean` (same text, a fraction of
    the copies and walks, dead weight dropped from its copy) unless the page takes one of
    trafilatura's rarer roads, for which the page itself loses its dead weight."""
    if lean.available():
        try:
            return lean.lean_extract(root, url, prune=_drop_dead_weight)
        except lean.Unsure as why:
            logger.debug("trafilatura's own path for %s: %s", url, why)
        except Exception as exc:  # a third-party failure must not lose the page
            logger.debug("lean extraction failed on %s: %r", url, exc)
    _drop_dead_weight(root)
    return _extract(root, url, fast=True)


def _extract(html: Any, url: str | None, *, fast: bool) -> str:
    import trafilatura  # imported on first use: it is heavy and only the generic path needs it

    options: dict[str, Any] = {
        "url": url,
        "fast": fast,
        "include_comments": False,
        "include_tables": True,
        "include_images": False,
        "output_format": "txt",
        "deduplicate": False,
    }
    try:
        return trafilatura.extract(html, **options) or ""
    except Exception as exc:  # a third-party failure must not lose the page
        logger.debug("trafilatura failed on %s: %r", url, exc)
        return ""


def _drop_dead_weight(root: Any) -> None:
    """Delete scripts, styles, other text-free nodes and overlays (JSON-LD stays: trafilatura
    reads it). Embedded posts stay: the benchmark's readers count a quoted tweet as article."""
    scripts = [s for s in root.iter("script") if (s.get("type") or "").lower() != _JSON_LD]
    remove_elements(root, scripts + _OVERLAYS(root), *_DEAD_WEIGHT)
