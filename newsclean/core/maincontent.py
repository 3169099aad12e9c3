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
import math
import re
from collections.abc import Iterable
from typing import Any

import lxml.etree

from ..normalize.text import squash
from ..rules.vocab import alternation, ordered
from . import lean
from .document import remove_elements, string_value
from .marked import MarkedElements, class_forms

logger = logging.getLogger(__name__)

# Elements trafilatura deletes in its own cleaning, which hold no text a reader sees. Deleting
# them before the hand-over spares its tree copy and every pruning XPath pass the walk over
# them (0.6 ms a page on the benchmark, output unchanged on all 91 pages).
_DEAD_WEIGHT = ("style", "svg", "link", "meta")
_JSON_LD = "application/ld+json"
# Overlays a page opens over the article (consent walls, newsletter pop-ups, share and photo
# viewers), marked so for screen readers: never article text, and the fallback extractors
# would otherwise take a consent wall for the page's longest text.
_OVERLAYS = lxml.etree.XPath(  # /descendant::*/@x: see core/marked.py
    "/descendant::*/@role[. = 'dialog' or . = 'alertdialog']/.."
    " | /descendant::*/@aria-modal[. = 'true']/.."
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
        text = _lean_or_extract(html, url, expected_chars)
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


def paragraph_chars(el: Any) -> int:
    """How much text an element's paragraphs hold: what a main-content result should cover."""
    return sum(len(squash(p.text_content())) for p in el.iter("p"))


def _brief_chars(root: Any, container_chars: int) -> int:
    """How long a short result must be to be the whole brief: the share of the article's
    paragraphs a fast result must hold (:data:`UNDER_EXTRACTED`), counting those of its
    container and any left outside ``<body>`` (a stray ``</body>`` puts the rest of the
    article there; a browser shows it in the body, and trafilatura's own path recovers it)."""
    outside = sum(paragraph_chars(child) for child in root if child.tag not in ("head", "body"))
    return max(1, math.ceil((container_chars + outside) * UNDER_EXTRACTED))


def _lean_or_extract(root: Any, url: str | None, expected_chars: int = 0) -> str:
    """trafilatura's fast result for a parsed page: by :mod:`.lean` (same text, a fraction of
    the copies and walks) unless the page takes one of trafilatura's rarer roads. The page
    loses its dead weight first, on every road: each road drops it anyway (the lean copy, the
    page measure, the hand-over), and dropped before the copy it is never copied.

    A brief (a result under trafilatura's 250-character minimum) is not short when it holds
    as much of the article container's paragraphs (``expected_chars``) as a fast result must:
    that is the whole article, and trafilatura's rescue for short results would flatten it,
    with the headline, byline and share row, into one line."""
    _drop_dead_weight(root)
    if lean.available():
        try:
            brief = (lambda: _brief_chars(root, expected_chars)) if expected_chars else None
            return lean.lean_extract(root, url, brief_chars=brief)
        except lean.Unsure as why:
            logger.debug("trafilatura's own path for %s: %s", url, why)
        except Exception as exc:  # a third-party failure must not lose the page
            logger.debug("lean extraction failed on %s: %r", url, exc)
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


# --- chrome inside the article, by its structure ---------------------------------------------

_CROSSLINK = re.compile(
    rf"^(?:{alternation(ordered('crosslink_labels'))})(?![^\W\d_])\s*[:：.»>|\-–—]*\s*",
    re.IGNORECASE,
)
_RELATED_HEADING = re.compile(rf"^(?:{alternation(ordered('related_headings'))})",
                              re.IGNORECASE)
_CHROME_KINDS = ("source", "press-contact", "support", "consent")
_CHROME_OPENERS = {
    kind: re.compile(rf"^(?:{alternation(ordered('article_chrome', kind))})", re.IGNORECASE)
    for kind in _CHROME_KINDS
}
# Any opener of a rule above: one anchored match tells a paragraph that is none of them.
_OPENS_AS_CHROME = re.compile(
    "|".join(r.pattern for r in (_CROSSLINK, *_CHROME_OPENERS.values())), re.IGNORECASE
)
_PARAGRAPH_CHARS = 600
_INLINE = ("a", "strong", "b", "em", "i", "span", "br", "u", "small", "mark")
# Paragraphs, list items without blocks inside and divs holding only inline markup, selected in
# C (a Python walk over every element cost 5-8 ms a page in element proxies alone). A div's
# children are all inline when none has a name outside the list: one substring test of each
# child's name in "|a|strong|…|" (an HTML parse has no namespaces, so the name is the tag),
# a third faster than counting ten child-axis name tests and twice as fast as ten self:: tests.
_INLINE_NAMES = "|" + "|".join(_INLINE) + "|"
_PARAGRAPHS = lxml.etree.XPath(
    # "/descendant::x[…]" rather than "//x[…]" (the same elements: no predicate counts
    # positions): one axis step instead of a child step from every node, a sixth faster.
    "//p | /descendant::li[not(p or div or ul or ol)]"
    # A div holding a div is told by one child-axis name test first (most divs of a page
    # are such wrappers): the same divs, the name tests of their other children skipped,
    # the div step in two thirds of the time.
    " | /descendant::div[not(div)]"
    f"[not(*[not(contains('{_INLINE_NAMES}', concat('|', name(), '|')))])]"
    "[normalize-space()]"
)
_OPENING_CHARS = 60
# Headings: h2-h6 and elements whose class names a title or heading, read in the page's one
# pass over its classes (core/marked.py), in document order. The h2-h6 come from one C-level
# tag walk and the XPath only merges the two lists into document order: "//h2 | … | //h6" walked
# the page five times (0.07 ms a page, median, benchmark pages; 0.02 now).
HEADING_WORDS = ("title", "heading")
_HEADING_FORMS = class_forms(HEADING_WORDS)
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_HEADINGS = lxml.etree.XPath("$classed | $tagged")
# Every label the openers above start with (literals, matched case-blind): a paragraph whose
# text, white space collapsed, starts with none of them cannot open as chrome. Told in C by
# one anchored match of a prefix tree of the labels (a label's spaces match any run of white
# space, so the raw text needs no collapsing): a fifth of the time of trying the labels one
# by one, which cost 2 µs a paragraph. Most paragraphs are told from their first text node
# alone, before their whole text is serialised.
_LABELS = (*ordered("crosslink_labels"),
           *(label for kind in _CHROME_KINDS for label in ordered("article_chrome", kind)))


def _prefix_tree(labels: Iterable[str], *, partial: bool = False) -> re.Pattern[str]:
    """An anchored, case-blind pattern matching a text that starts, after any white space,
    with one of ``labels`` (a space in a label: any run of white space). With ``partial``
    it also matches a text that ends anywhere along the way: a start that the text after it
    may still complete."""
    tree: dict[str, Any] = {}
    for label in labels:
        node = tree
        for ch in label.lstrip():  # a label opens with a letter (see the possessive below)
            node = node.setdefault(" " if ch.isspace() else ch, {})
        node[""] = {}

    def branches(node: dict[str, Any]) -> str:
        parts = [(r"\s+" if ch == " " else re.escape(ch)) + branches(child)
                 for ch, child in node.items() if ch]
        if "" in node:
            parts.append("")  # a label ends here
        elif partial:
            parts.append(r"\Z")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    # Possessive: no label starts with white space, so giving some back can never match; with
    # "\s*" the match tried every branch again at each space of a paragraph opening with a
    # long indented run (a menu item's markup), 16 ms for one page's 145 paragraphs.
    return re.compile(r"\s*+" + branches(tree), re.IGNORECASE)


_STARTS_WITH_LABEL = _prefix_tree(_LABELS)
_MAY_START_WITH_LABEL = _prefix_tree(_LABELS, partial=True)
# The same first read for headings: the labels of a related block's or a support appeal's.
_MAY_START_AS_HEADING = _prefix_tree(
    (*ordered("related_headings"), *ordered("article_chrome", "support")), partial=True
)
_LINK_SHARE = 0.8  # a cross-link paragraph's text after its label: link text, all but a "»"
_LIST_LINK_SHARE = 0.6  # a related block's text (titles, perhaps "By …" lines): mostly links
_HEADING_CHARS = 40
_BLOCK_CHARS = 3_000
_SHORT_WORDS = {"source": 30, "support": 60, "consent": 40}
_CONTACT_LINE_WORDS = 15
_BOX_CHARS = 400  # an appeal box: a heading, two sentences, a button
_STOP_AT = frozenset(("body", "html", "article", "main"))


def article_chrome(root: Any, marked: MarkedElements | None = None) -> list[tuple[Any, str]]:
    """Blocks inside an article that are not its text, each with the rule that found it:
    a cross-link paragraph (a label such as "Read more:" or "Lea también:" and a link that
    make up the whole paragraph), a related-content block (a heading such as "More from
    Business" over a list of linked titles, with the heading), and paragraphs that open as
    a source line ("Quelle: …"), a press contact, an appeal to support the site or a consent
    placeholder. Lists, tables and subheadings of the article are never touched: a list
    goes only under a related heading and only when its text is mostly links. ``marked``:
    the page's classes as a caller read them already (:mod:`.marked`), holding the heading
    words."""
    found: dict[Any, str] = {}
    lengths = _TextLengths()
    for el in _PARAGRAPHS(root):
        head = el.text
        if head and _MAY_START_WITH_LABEL.match(head) is None:
            continue  # the common case, told from the paragraph's first text node alone
        if not _may_open_as_chrome(string_value(el)):
            continue
        if not _OPENS_AS_CHROME.match(_opening(el)):
            continue
        text = _text(el)
        if len(text) > _PARAGRAPH_CHARS:
            continue
        rule = _paragraph_rule(el, text, lengths)
        if rule:
            found[el] = rule
            if rule == "html:press-contact":
                found.update(dict.fromkeys(_contact_lines(el), rule))
    marked = marked or MarkedElements(root, HEADING_WORDS)
    tagged = list(root.iter(*_HEADING_TAGS))
    for heading in _HEADINGS(root, classed=marked.holding(_HEADING_FORMS), tagged=tagged):
        head = heading.text
        if head and _MAY_START_AS_HEADING.match(head) is None:
            continue  # told from the heading's first text node alone
        raw = heading.text_content()
        if len(raw) > 4 * _HEADING_CHARS:
            continue  # a container marked as a title block: never a heading's few words
        text = " ".join(raw.split())
        if not text or len(text) > _HEADING_CHARS:
            continue
        if _RELATED_HEADING.match(text):
            found.update(dict.fromkeys(_related_block(heading, lengths), "html:related-block"))
        elif _CHROME_OPENERS["support"].match(text):
            box = heading.getparent()  # "Support local journalism" over its appeal and button
            small = box is not None and box.tag not in _STOP_AT
            found[box if small and len(_text(box)) <= _BOX_CHARS else heading] = "html:support"
    return [(el, rule) for el, rule in found.items()
            if not any(a in found for a in el.iterancestors())]


def _may_open_as_chrome(text: str) -> bool:
    """False when a paragraph whose text is ``text`` cannot open as chrome: its opening
    (:func:`_opening`) with white space collapsed is a prefix of its whole text collapsed,
    so a label there starts this text, after white space."""
    return _STARTS_WITH_LABEL.match(text) is not None


def _opening(el: Any) -> str:
    """The first words of an element's text, read lazily (its whole text is not built)."""
    head = ""
    for piece in el.itertext():
        head += piece
        if len(head) >= _OPENING_CHARS:
            break
    return " ".join(head.split())


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


class _TextLengths(dict[Any, int]):
    """The length of an element's :func:`_text`, measured once per element for one page's
    scan: a related block's links are measured again at every ancestor its heading climbs
    (a third of the scan's time on pages with such blocks, before)."""

    def __missing__(self, el: Any) -> int:
        self[el] = n = len(_text(el))
        return n


def _paragraph_rule(el: Any, text: str, lengths: _TextLengths) -> str | None:
    label = _CROSSLINK.match(text)
    if label and label.end() < len(text):
        rest = len(text) - label.end()
        if _link_chars(el, lengths) >= _LINK_SHARE * rest:
            return "html:cross-link"
    words = len(text.split())
    for kind, opener in _CHROME_OPENERS.items():
        if opener.match(text) and words <= _SHORT_WORDS.get(kind, 80):
            return f"html:{kind}"
    return None


def _link_chars(el: Any, lengths: _TextLengths) -> int:
    return sum(lengths[a] for a in el.iter("a"))


def _contact_lines(el: Any) -> list[Any]:
    """The short lines after a press-contact label: its address, telephone and e-mail."""
    out = []
    for sibling in el.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if len(_text(sibling).split()) > _CONTACT_LINE_WORDS:
            break
        out.append(sibling)
    return out


def _related_block(heading: Any, lengths: _TextLengths) -> list[Any]:
    """The related block a heading opens: the largest ancestor holding nothing but the heading
    and linked titles; else the heading and the link lists right after it. Empty when no
    links follow (a subheading that happens to read "More on …")."""
    block, heading_chars = heading, lengths[heading]
    parent = heading.getparent()
    while parent is not None and parent.tag not in _STOP_AT:
        chars = lengths[parent] - heading_chars
        if chars <= 0:
            block, parent = parent, parent.getparent()
            continue
        if chars > _BLOCK_CHARS or _link_chars(parent, lengths) < _LIST_LINK_SHARE * chars:
            break
        block, parent = parent, parent.getparent()
    if block is not heading:
        return [block] if _link_chars(block, lengths) else []
    lists = []
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        chars = lengths[sibling]
        if not chars or sibling.tag in ("p",) or (
            _link_chars(sibling, lengths) < _LIST_LINK_SHARE * chars
        ):
            break
        lists.append(sibling)
    return [heading, *lists] if lists else []
