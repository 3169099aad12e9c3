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
from urllib.parse import urlsplit

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

# A label may sit in brackets or after a bullet ("【関連記事】", "▶ 관련기사:", "■ Lesen Sie auch").
_LABEL_MARKS = "【［\\[〔＜〈<▶►▷■□◆◇●○→☞"
_CROSSLINK = re.compile(
    rf"^(?:[{_LABEL_MARKS}]\s*)?(?:{alternation(ordered('crosslink_labels'))})(?![^\W\d_])"
    r"\s*[:：.»>|\-–—】］\]〕＞〉]*\s*",
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
# The paragraphs above (but list items) that may be a cross-link by shape: short, with a
# link whose text is a quarter of theirs or more; told in C, as few as a page's menus. Picked
# from the paragraphs already found (``$paragraphs``): no walk of the page of its own (its
# own two walks took 0.21 ms a page, median, tuning half; the pick 0.07). The divs it left
# out, those of white space only, are never a cross-link (no words, no headline).
_CROSSLINK_CHARS = 250  # a label and a headline or two
_LINKED_PARAGRAPHS = lxml.etree.XPath(
    "$paragraphs[self::p or self::div]"
    f"[descendant::a][string-length() <= {2 * _CROSSLINK_CHARS}]"  # white space not folded
    "[4 * string-length(descendant::a) >= string-length()]"
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
    return re.compile(rf"\s*+(?:[{_LABEL_MARKS}]\s*+)?" + branches(tree), re.IGNORECASE)


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


def article_chrome(
    root: Any, marked: MarkedElements | None = None, url: str | None = None
) -> list[tuple[Any, str]]:
    """Blocks inside an article that are not its text, each with the rule that found it:
    a cross-link paragraph (a label such as "Read more:" or "Lea también:" and a link that
    make up the whole paragraph; in any language, a short label of its own shape before a
    headline linked to the site itself, :func:`_labelled_link`), a related-content block (a
    heading such as "More from Business" over a list of linked titles, with the heading),
    paragraphs that open as a source line ("Quelle: …"), a press contact, an appeal to
    support the site or a consent placeholder, and a small box around a button to the
    site's own donation or membership page (:func:`_appeal_boxes`). Lists, tables and
    subheadings of the article are never touched: a list goes only under a related heading
    and only when its text is mostly links. ``marked``: the page's classes as a caller read
    them already (:mod:`.marked`), holding the heading words. ``url``: the page's, telling
    the site's own links from others."""
    found: dict[Any, str] = {}
    lengths = _TextLengths()
    site = _site_host(url)
    paragraphs = _PARAGRAPHS(root)
    for el in paragraphs:
        head = el.text
        rule = None
        if head and _MAY_START_WITH_LABEL.match(head) is None:
            pass  # the common case, told from the paragraph's first text node alone
        elif _may_open_as_chrome(string_value(el)) and _OPENS_AS_CHROME.match(_opening(el)):
            text = _text(el)
            if len(text) <= _PARAGRAPH_CHARS:
                rule = _paragraph_rule(el, text, lengths)
        if rule:
            found[el] = rule
            if rule == "html:press-contact":
                found.update(dict.fromkeys(_contact_lines(el), rule))
    for el in _LINKED_PARAGRAPHS(root, paragraphs=paragraphs):
        if el not in found and (rule := _labelled_link(el, lengths, site)):
            found[el] = rule
    marked = marked or MarkedElements(root, HEADING_WORDS)
    prose: bool | None = None  # whether the page has an article's text, read when asked
    tagged = list(root.iter(*_HEADING_TAGS))
    for heading in _HEADINGS(root, classed=marked.holding(_HEADING_FORMS), tagged=tagged):
        head = heading.text
        # told from the heading's first text node alone: no label of the vocabularies
        labelled = not head or _MAY_START_AS_HEADING.match(head) is not None
        if not labelled and not _may_head_links(heading):
            continue  # the common case: no label, and no linked headline after it
        raw = heading.text_content()
        if len(raw) > 4 * _HEADING_CHARS:
            continue  # a container marked as a title block: never a heading's few words
        text = " ".join(raw.split())
        if not text or len(text) > _HEADING_CHARS:
            continue
        if labelled and _RELATED_HEADING.match(text):
            found.update(dict.fromkeys(_related_block(heading, lengths), "html:related-block"))
        elif not (labelled and _CHROME_OPENERS["support"].match(text)):
            block = _related_block(heading, lengths) if _may_head_links(heading) else []
            if _headline_links(block, site, lengths) >= _RELATED_TITLES and (
                prose := _has_prose(root) if prose is None else prose
            ):
                found.update(dict.fromkeys(block, "html:related-block"))
        else:
            box = heading.getparent()  # "Support local journalism" over its appeal and button
            small = box is not None and box.tag not in _STOP_AT
            found[box if small and len(_text(box)) <= _BOX_CHARS else heading] = "html:support"
    found.update(dict.fromkeys(_appeal_boxes(root, site, lengths), "html:support"))
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


def crosslink_parts(el: Any) -> tuple[str, ...]:
    """A cross-link paragraph's label and its linked headline, apart: the main-content
    extractor prints "<b>Xem thêm:</b> <a>…</a>" of a ``<div>`` as two lines, which the
    paragraph's one line would not match. Empty when the text opens with no label."""
    text = _text(el)
    label = _CROSSLINK.match(text)
    if label is None or label.end() >= len(text):
        return ()
    return text[: label.end()].strip(), text[label.end():].strip()


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


# --- the same chrome by shape, in any language ----------------------------------------------

_LABEL_WORDS = 4  # "Read more", "Lea también", "İLGİLİ HABER", "» Ayrıca okuyun"
_TITLE_WORDS = 4  # a linked headline, not a name or an address
_LABEL_END = re.compile(r"[:：|»›>\-–—.]$")
_LEAD_MARK = re.compile(r"^[»›>▶►■•→]")
_FACT_LABEL = re.compile(r"^\W*([^\W\d][^:：|]{0,39})[:：|]")
_INLINE_LABELS = frozenset(("strong", "b", "em", "i", "span", "u", "small", "mark"))


def _site_host(url: str | None) -> str | None:
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # "http://[::1": no host to compare with
        return None
    return host.removeprefix("www.") if host else None


def _same_site(href: str | None, site: str | None) -> bool:
    """True for a link to the page's own site: a relative link, or one to its host. A link
    that does not parse ("http://[x") is no link of the site."""
    if not href:
        return False
    try:
        parts = urlsplit(href.strip())
        host = parts.hostname
    except ValueError:
        return False
    if not parts.netloc:
        return not parts.scheme and bool(parts.path)
    return site is not None and (host or "").removeprefix("www.") == site


def _labelled_link(el: Any, lengths: _TextLengths, site: str | None) -> str | None:
    """"html:cross-link" for a paragraph that is a short label and a headline linked to
    another page of the site, whatever the label's language: "Catch up: <a>…</a>",
    "<b>İLGİLİ HABER</b> <a>…</a>", "» Ayrıca okuyun: <a>…</a>". The label is at most four
    words and shows itself as one (it ends in ":", "|", "»"…, is set in its own inline
    element, opens with an arrow or is in capitals); the links, each the site's own, make
    the rest of the paragraph and one of them is a headline of four words or more. A label
    between two neighbours that open with other labels ("When:", "Where:") is a line of a
    fact box, not a cross-link."""
    if el.tag == "li":
        return None
    text = _text(el)
    if len(text) > _CROSSLINK_CHARS:
        return None
    links = list(el.iter("a"))
    if len(links) == 1 and _text(links[0]) == text:
        return _linked_paragraph(el, links[0], text, site)
    at = text.find(_text(links[0]))
    label = text[:at].strip() if at > 0 else ""
    if not label or len(label.split()) > _LABEL_WORDS or not _reads_as_label(el, label):
        return None
    if _link_chars(el, lengths) < _LINK_SHARE * (len(text) - at):
        return None
    if max(len(_text(a).split()) for a in links) < _TITLE_WORDS:
        return None
    if not all(_same_site(a.get("href"), site) for a in links) or _in_fact_box(el, label):
        return None
    return "html:cross-link"


def _linked_paragraph(el: Any, link: Any, text: str, site: str | None) -> str | None:
    """"html:cross-link" for a paragraph that is one link to a headline of the site: its
    label inside the link ("<a><b>Lue myös:</b> …</a>") or none, when it stands beside
    article text ("<p><a>Old pool to be pulled down next year</a></p>" between two
    paragraphs). A linked sentence ("… is here.") or a name is no headline."""
    if len(text.split()) < _TITLE_WORDS or not _same_site(link.get("href"), site):
        return None  # most such paragraphs are a menu's items of a word or two
    first = next(iter(link), None)
    title = text
    if first is not None and not (link.text or "").strip() and first.tag in _INLINE_LABELS:
        label = _text(first)
        if label and len(label.split()) <= _LABEL_WORDS and _reads_as_label(link, label):
            title = text[len(label):]
    elif not any(len(_text(n).split()) >= _TEXT_WORDS for n in (el.getprevious(), el.getnext())
                 if n is not None and isinstance(n.tag, str)):  # not a comment
        return None
    words = title.split()
    if len(words) < _TITLE_WORDS or title.rstrip().endswith((".", ":")):
        return None
    return "html:cross-link"


_RELATED_TITLES = 2  # linked headlines that make a list of other stories
_PROSE_PARAGRAPHS = 2


def _has_prose(root: Any) -> bool:
    """True for a page with an article's text (two paragraphs of twenty words or more):
    on a section page, lists of linked headlines under headings are its content."""
    long = 0
    for p in root.iter("p"):
        long += len(p.text_content().split()) >= _TEXT_WORDS
        if long >= _PROSE_PARAGRAPHS:
            return True
    return False


_TITLE_CHARS = 2 * _TITLE_WORDS - 1  # the fewest characters of four words


def _may_head_links(heading: Any) -> bool:
    """True when a heading other than the page's ``<h1>`` has a linked headline first in
    what comes next (its next element, or its parent's when it ends its parent), and that is
    no paragraph: the least a heading over linked headlines has, told before its block is
    read. A subheading of the article is followed by a paragraph or a list without links, a
    menu's heading by links of a word or two."""
    if heading.tag == "h1":
        return False
    after = heading.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # a comment
    if after is None:
        parent = heading.getparent()
        after = parent.getnext() if parent is not None else None
    if after is None or not isinstance(after.tag, str) or after.tag == "p":
        return False
    # the first link inside: an lxml walk in C, where ElementPath's ".//a" took twice as long
    first = after if after.tag == "a" else next(after.iterdescendants("a"), None)
    return first is not None and len(string_value(first).split()) >= _TITLE_WORDS


def _headline_links(block: list[Any], site: str | None, lengths: _TextLengths) -> int:
    """How many links in ``block`` are headlines of the site (four words or more), counted
    up to :data:`_RELATED_TITLES`."""
    found = 0
    for el in block:
        for a in el.iter("a"):
            if lengths[a] < _TITLE_CHARS or len(_text(a).split()) < _TITLE_WORDS:
                continue
            if _same_site(a.get("href"), site):
                found += 1
                if found >= _RELATED_TITLES:
                    return found
    return found


def _reads_as_label(el: Any, label: str) -> bool:
    if _LABEL_END.search(label) or _LEAD_MARK.match(label) or label.isupper():
        return True
    return any(child.tag in _INLINE_LABELS and _text(child) == label for child in el)


def _in_fact_box(el: Any, label: str) -> bool:
    """True when the block before or after ``el`` opens with another label: "Hours: …"
    over "Address: …" is a box of facts; "Read more: …" twice is two cross-links."""
    mine = _FACT_LABEL.match(label + ":")
    own = mine.group(1).strip().casefold() if mine else label.casefold()
    for sibling in (el.getprevious(), el.getnext()):
        if sibling is None or sibling.tag != el.tag:
            continue
        other = _FACT_LABEL.match(_opening(sibling))
        if other and other.group(1).strip().casefold() != own:
            return True
    return False


# The page's path is one of the words, perhaps after a language segment and with a suffix
# such as "-us" or "-now" (the vocabulary's [suffix]): "/donate/", "/en/support-us",
# "/membership?src=article".
_SUPPORT_PATH = re.compile(
    rf"^/(?:[a-z]{{2}}(?:[-_][a-z]{{2}})?/)?"
    rf"(?:{alternation(ordered('support_paths', exclude=('suffix',)))})"
    rf"(?:[-_](?:{alternation(ordered('support_paths', 'suffix'))}))?(?:[/.?#]|$)",
    re.IGNORECASE,
)
# The same path in a link as written: after its scheme and host, if any (told before the
# link is parsed: most links of a page point elsewhere). Possessive: what each run gives back
# can never be the character after it (":" after a scheme, "/" after a host), so the runs
# keep it and the failing match of a link elsewhere ends sooner (0.9 µs a link, from 1.3).
_SUPPORT_HREF = re.compile(r"\s*+(?:[a-z][a-z0-9+.-]*+:)?(?://[^/?#]*+)?"
                           + _SUPPORT_PATH.pattern[1:], re.IGNORECASE)
_BOXES = frozenset(("div", "aside", "section", "figure", "form"))
_BUTTON_WORDS = 4  # "Donate now", "Join today", "Se tilbud"
_APPEAL_WORDS = 3  # words of the box beside its button: an appeal says something
_BUTTON_CHARS = 40
# The targets of a page's links, each a string that knows its link (``getparent()``); a link
# to a support page is then asked whether it is short enough to be a button. Asked of every
# link first ("//a[string-length(normalize-space()) <= 40]/@href"), the length test copied
# each link's text: 0.39 ms a page for the whole step (median, tuning half), 0.34 now.
_HREFS = lxml.etree.XPath("/descendant::a/@href")
_BUTTON_SIZED = lxml.etree.XPath(f"string-length(normalize-space()) <= {_BUTTON_CHARS}")


def _appeal_boxes(root: Any, site: str | None, lengths: _TextLengths) -> list[Any]:
    """Small boxes around a button to the site's own donation, membership or subscription
    page ("/donate/", "/give/", "/membership", "/abonnement/"; the paths are the vocabulary
    ``support_paths``), whatever the appeal says: the largest block around the button that
    is still a box (a ``<div>``, ``<aside>``…, at most :data:`_BOX_CHARS`, with no paragraph
    of article text beside it), ends with the button and says a few words beside its links.
    A menu's "Donate" item says nothing beside it; a sentence that links to such a page goes
    on after the link; a paragraph of its own is left to the openers above."""
    boxes = []
    for href in _HREFS(root):
        if not _SUPPORT_HREF.match(href) or not _same_site(href, site):
            continue
        a = href.getparent()
        if not _BUTTON_SIZED(a):
            continue
        button = _text(a)
        if not button or len(button.split()) > _BUTTON_WORDS:
            continue
        box, parent = None, a.getparent()
        while parent is not None and parent.tag not in _STOP_AT:
            if lengths[parent] > _BOX_CHARS or _holds_text_beside(parent, box, lengths):
                break
            box, parent = parent, parent.getparent()
        if box is None or box.tag not in _BOXES:
            continue  # a paragraph linking to the page is text; a menu item is no box
        if not _text(box).endswith(button):
            continue  # a link inside a sentence ("the list of our <a>members</a> is …")
        if len(_said_words(box)) >= _APPEAL_WORDS:
            boxes.append(box)
    return boxes


_TEXT_WORDS = 20  # a paragraph of the article beside a box, not a line of the box


def _holds_text_beside(parent: Any, box: Any, lengths: _TextLengths) -> bool:
    """True when ``parent`` holds, beside ``box``, a block long enough to be article text:
    the box ends below it (a brief's whole body may be shorter than a box's limit)."""
    return any(child is not box and isinstance(child.tag, str)
               and len(_text(child).split()) >= _TEXT_WORDS for child in parent)


_TEXT_OUTSIDE_LINKS = lxml.etree.XPath(".//text()[not(ancestor::a)]")  # compiled once


def _said_words(box: Any) -> list[str]:
    """The words of a box outside its links."""
    out: list[str] = []
    for piece in _TEXT_OUTSIDE_LINKS(box):
        out.extend(str(piece).split())
    return out
