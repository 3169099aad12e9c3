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

import itertools
import logging
from typing import Any

import lxml.etree

from .htmltext import remove_elements

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


# trafilatura's main pass runs ``//p//text()``, which libxml2 evaluates in quadratic time in the
# number of paragraphs: 0.35 s at 10,000, 3.1 s at 40,000 and minutes at 200,000. The real
# pages measured hold at most 167; a page past this many is no article layout trafilatura's
# scoring was made for, and newsclean's own linear block walk reads it instead.
MAX_PARAGRAPHS = 10_000


def too_many_paragraphs(root: Any) -> bool:
    """True when the tree holds more ``<p>`` than trafilatura handles in linear time (the
    count stops there: a normal page costs one pass over its paragraphs)."""
    return next(itertools.islice(root.iter("p"), MAX_PARAGRAPHS, None), None) is not None


def main_content_lines(html: Any, url: str | None, expected_chars: int = 0) -> list[str] | None:
    """The page's main text as lines, or None when trafilatura finds none.

    ``html`` may be markup or an already parsed lxml tree (saves a second parse); scripts and
    styles are deleted from a tree, so pass one whose other uses are over. ``expected_chars``
    is the text the article container's paragraphs hold: a fast result under half of it is
    retried with trafilatura's fallback extractors.
    """
    if not isinstance(html, str | bytes):
        _drop_dead_weight(html)
    text = _extract(html, url, fast=True)
    if len(text) < expected_chars * UNDER_EXTRACTED:
        fuller = _extract(html, url, fast=False)
        if len(fuller) > len(text):
            text = fuller
    return text.split("\n") if text else None


# On the 91 benchmark and 15 fixture publisher pages, a correct fast result held at least 0.61
# of the article container's paragraph text; the two under 0.25 were one page of comments in
# an <article> (the retry agrees with it) and one pruned-away article (the retry finds it).
UNDER_EXTRACTED = 0.5


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
