"""HTML → lines of text, the way a reader sees blocks, without executing or fetching anything.

The parser is lxml's HTML parser with network access off and no entity expansion beyond HTML's
own; scripts, styles and other non-content elements are removed before text is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import lxml.etree
import lxml.html

from ..normalize.text import squash

DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "form",
        "button",
        "input",
        "select",
        "textarea",
        "head",
        "meta",
        "link",
    ]
)
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "figure",
        "figcaption",
        "blockquote",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "table",
        "tr",
        "td",
        "th",
        "pre",
        "hr",
        "address",
        "details",
        "summary",
        "caption",
        "br",
        "picture",
    ]
)

_PARSER_OPTIONS = {"remove_comments": True, "remove_pis": True, "no_network": True,
                   "collect_ids": False,  # no id hash table: nothing looks elements up by id
                   "recover": True, "huge_tree": False}


class PageElement(lxml.html.HtmlElement):  # type: ignore[misc]  # lxml ships no types
    """An element of a parsed page: ``HtmlElement`` with its text read in C."""

    def text_content(self) -> str:
        """The element's text, as ``HtmlElement.text_content()`` gives it (the XPath string
        value: every descendant text node, no tail), serialised by libxml2 without an XPath
        call: a fifth of the time, on the ~200 reads a page takes (newsclean's and
        trafilatura's)."""
        return string_value(self)


def string_value(el: Any) -> str:
    """Any element's text as ``text_content()`` gives it (every descendant text node, no
    tail), serialised by libxml2 in C, whatever element class the tree was parsed with. An
    element without children (a link, most often: a third of the reads) holds text nodes
    only, which ``.text`` joins: the same string in a quarter of the time."""
    if not len(el):
        return el.text or ""
    return str(lxml.etree.tostring(el, method="text", encoding=str, with_tail=False))


def html_parser(**options: object) -> lxml.html.HTMLParser:
    """lxml.html's parser with element proxies from a C-level class lookup: lxml.html's own
    lookup is a Python call for every element a step touches (a third of the time of a walk
    over the tree). Every element is a :class:`PageElement` (lxml.html would make form
    controls ``InputElement`` and the like, whose extra methods nothing here calls)."""
    parser = lxml.html.HTMLParser(**options)
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
        element=PageElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity,
    ))
    return parser


_PARSER = html_parser(**_PARSER_OPTIONS)
_UTF8_PARSER = html_parser(encoding="utf-8", **_PARSER_OPTIONS)


@dataclass(slots=True)
class ParsedPage:
    """A parsed page and what the parse had to do to keep its text (``metadata.flags``)."""

    root: lxml.html.HtmlElement | None
    flags: list[str] = field(default_factory=list)


FLATTENED = "html-nesting-too-deep-flattened"
HUGE_TEXT_SPLIT = "html-huge-text-node-split"
TEXT_LOST = "html-text-lost-in-parsing"
TEXT_AFTER_END = "html-text-after-end-tag-kept"


def parse_page(html: str | bytes) -> ParsedPage:
    """Parse a page, working around the libxml2 limits that would silently lose its text.

    Bytes are decoded by the parser (meta charset, BOM); text is already decoded, so it is
    handed over as UTF-8 with that encoding stated, whatever its meta tag claims. NULs are
    dropped from text (browsers ignore them; libxml2 would print U+FFFD).

    libxml2 stops at a run of text past 10,000,000 bytes, at depth 256 and at the first
    ``</html>``, silently losing the rest of the page. ``huge_tree`` would lift the first two
    only by dropping the parser's other safety limits too, so instead a page with such a run is
    parsed again with empty inline elements cut into its runs (the text is unchanged), a too
    deep page with its container tags turned into line breaks (every word kept, the structure
    lost), and a page with text after ``</html>`` without its end tags. A limit still hit (an
    attribute value past 10 MB, a UTF-16 page) and any parse holding much less text than the
    markup shows are flagged: text is never lost silently.
    """
    parser = _PARSER
    if isinstance(html, str):
        # NULs dropped from the bytes (UTF-8 gives a 0 byte to U+0000 alone): one C-level byte
        # search, where a page of text beyond Latin-1 was scanned two bytes a character.
        html = html.encode("utf-8", "surrogatepass").replace(b"\x00", b"")
        parser = _UTF8_PARSER
    if not html.strip():
        return ParsedPage(None)
    flags: list[str] = []
    if _text_after_end(html):
        html = _drop_html_ends(html)
        flags.append(TEXT_AFTER_END)
    source = html
    root = _parse(html, parser)
    # A limit hit can hide the other (parsing stops at the first): re-parse until none is new.
    while root is not None:
        if HUGE_TEXT_SPLIT not in flags and _logged(parser, _SIZE_ERROR) and _ascii_based(html):
            flags.append(HUGE_TEXT_SPLIT)
        elif FLATTENED not in flags and _logged(parser, _DEPTH_ERROR):
            flags.append(FLATTENED)
        else:
            break
        html = source
        if FLATTENED in flags:  # flattened first: it would turn the cuts into line breaks
            html = _CONTAINER_TAG.sub(b"<br>", html)
        if HUGE_TEXT_SPLIT in flags:
            html = _split_long_runs(html)
        root = _parse(html, parser)
    limited = _logged(parser, _SIZE_ERROR)
    if root is not None and HUGE_TEXT_SPLIT in flags:
        _join_cuts(root)
        _uncut_raw_text(root)
    if root is not None and (limited or _text_lost(html, root)):
        flags.append(TEXT_LOST)
    return ParsedPage(root, flags)


_DEPTH_ERROR = "Excessive depth"
# What libxml2 logs when a run of text (or an attribute value) passes its 10 MB limit.
_SIZE_ERROR = "limit exceeded"
_CONTAINER_TAG = re.compile(
    rb"</?(?!(?:p|h[1-6]|li|br|title|script|style|meta|head|body|html|figcaption|img)\b)"
    rb"[a-zA-Z][a-zA-Z0-9:-]{0,30}\b[^<>]{0,2000}>"
)


# libxml2 (2.14) drops everything after an </html> end tag, logging nothing; a browser shows
# the text there as part of the body (a stray </html> mid-page, content appended after it).
# What a reader does not see: scripts, styles, comments (an "</html>" inside them is no end
# tag), tags. Linear whatever the input, like _MARKUP: each alternative always succeeds or
# gives up at the next "<". A script or comment is read to its end in runs without a "<"
# (or "-"), stepping singly over one that does not open the end: the same spans as
# ``.*?(?:</\1\s*>|\Z)``, which tries the end at every byte (a 550 kB page with an "</html>"
# in a script spent 20 ms here; now a seventh of that).
_RAW = (rb"<(script|style)\b[^<]*(?:<(?!/\1\s*>)[^<]*)*(?:</\1\s*>|\Z)"
        rb"|<!--[^-]*(?:-(?!->)[^-]*)*(?:-->|\Z)|(</html\s*>)")
_UNSEEN = re.compile(_RAW + rb"|<[^<>]*>", re.DOTALL | re.IGNORECASE)
_RAW_OR_END = re.compile(_RAW, re.DOTALL | re.IGNORECASE)  # fewer matches to step through
# Case-blind by hand: an IGNORECASE pattern has no literal prefix, so the search tested every
# byte of the page; this one skips from "</" to "</" (a fifth of the time; bytes patterns fold
# ASCII letters only, so the two match alike).
_HTML_END = re.compile(rb"</[hH][tT][mM][lL]\s*>")


def _text_after_end(html: bytes) -> bool:
    """True when text a reader sees follows the page's ``</html>`` end tag."""
    first = _HTML_END.search(html)  # at or before the end tag: one C-level scan
    if first is None or not _UNSEEN.sub(b"", html[first.end() :]).strip():
        return False  # the common case: nothing seen after the first "</html>" at all
    end = next((m for m in _RAW_OR_END.finditer(html) if m.group(2)), None)
    return end is not None and bool(_UNSEEN.sub(b"", html[end.end() :]).strip())


def _drop_html_ends(html: bytes) -> bytes:
    """``html`` without its ``</html>`` end tags (those in scripts and comments stay)."""
    return _RAW_OR_END.sub(lambda m: b"" if m.group(2) else m.group(0), html)


def _logged(parser: lxml.html.HTMLParser, message: str) -> bool:
    return any(message in e.message for e in parser.error_log)


# A run without a tag longer than this gets an empty element cut into it. libxml2 (2.14) gives
# up at 10,000,000 bytes of a run even when elements break it up less often than every ~30 kB
# (measured: a cut every 40 kB of a 24 MB run still stopped at 10 MB, every 30 kB never did).
RUN_BYTES = 16_000
_CUT_TAG = "newsclean-cut"
_RUN_CUT = b"<newsclean-cut></newsclean-cut>"
_SPACE = re.compile(rb"[ \t\n\r\f]")
_SPACE_WINDOW = 1_000  # how far past RUN_BYTES a cut waits for white space


def _ascii_based(html: bytes) -> bool:
    """True unless the bytes are UTF-16 or UTF-32 (their ASCII has NUL bytes; text input has
    its NULs dropped): only then do ASCII cuts and byte counts mean what they say."""
    return b"\x00" not in html[:4096]


def _join_cuts(root: lxml.html.HtmlElement) -> None:
    """Remove the cut elements, each run joined into one text node again: the tree libxml2
    would have built without its limit. (``strip_tags`` would leave the pieces as adjacent
    text nodes, which lxml joins anew, in quadratic time, on every read of the text.)"""
    cuts = list(root.iter(_CUT_TAG))
    anchor_of: dict[lxml.html.HtmlElement, tuple[lxml.html.HtmlElement, str]] = {}
    runs: dict[tuple[lxml.html.HtmlElement, str], list[str]] = {}
    for cut in cuts:
        before = cut.getprevious()
        if before is not None and before.tag == _CUT_TAG:
            anchor = anchor_of[before]  # the same run, cut again
        elif before is not None:
            anchor = (before, "tail")
        else:
            anchor = (cut.getparent(), "text")
        anchor_of[cut] = anchor
        if anchor not in runs:
            runs[anchor] = [getattr(anchor[0], anchor[1]) or ""]
        runs[anchor].append(cut.tail or "")
    for (element, side), pieces in runs.items():
        setattr(element, side, "".join(pieces))
    for cut in cuts:
        cut.tail = None
        cut.getparent().remove(cut)


def _uncut_raw_text(root: lxml.html.HtmlElement) -> None:
    """Take the cuts out of raw text and attribute values, where the parser kept them as text
    (a long JSON-LD script, a long ``data-`` attribute)."""
    cut = _RUN_CUT.decode()
    for el in root.iter("script", "style", "title", "textarea"):
        if el.text and cut in el.text:
            el.text = el.text.replace(cut, "")
    for el in _CUT_IN_ATTRIBUTE(root):
        for name, value in el.attrib.items():
            if cut in value:
                el.set(name, value.replace(cut, ""))


_CUT_IN_ATTRIBUTE = lxml.etree.XPath("//@*[contains(., '<newsclean-cut>')]/..")


def _split_long_runs(html: bytes) -> bytes:
    """``html`` with an empty element cut into every run of ``RUN_BYTES`` without a ``<``.

    The cut goes at the first white space after the run's first ``RUN_BYTES`` (a word is not
    split), else before any character reference and at a UTF-8 character boundary. The scan
    takes about two ``find`` calls per ``RUN_BYTES`` whatever the number of tags, so a page of
    many short runs costs no Python loop per tag.
    """
    parts: list[bytes] = []
    start = at = 0
    size = len(html)
    while at + RUN_BYTES < size:
        last_tag = html.rfind(b"<", at, at + RUN_BYTES)
        if last_tag >= 0:
            at = last_tag + 1
            continue
        cut = at + RUN_BYTES
        tag = html.find(b"<", cut, cut + _SPACE_WINDOW)
        if tag >= 0 and not _SPACE.search(html, cut, tag):
            at = tag  # the run ends within reach: no cut, and none inside the tag
            continue
        space = _SPACE.search(html, cut, cut + _SPACE_WINDOW)
        if space is not None:
            cut = space.start()
        else:
            entity = html.rfind(b"&", cut - 32, cut)
            if entity >= 0 and html.find(b";", entity, cut) < 0:
                cut = entity  # not inside a character reference
            while cut < size and 0x80 <= html[cut] < 0xC0:  # inside a UTF-8 sequence
                cut += 1
        if cut >= size:
            break
        parts += (html[start:cut], _RUN_CUT)
        start = at = cut
    if not parts:
        return html
    parts.append(html[start:])
    return b"".join(parts)


# Markup as the reader does not see it: comments (an unclosed one hides the rest of the page, as
# in a browser), tags and entities (one character each, counted as none: the estimate errs on
# the low side). Linear whatever the input: a comment match always succeeds, and a tag match
# gives up at the next "<" (``<[^>]*>`` would rescan to the end from every "<" of "x<x<x<…").
# Counted in two passes, comments and tags (each replaced by one "<", which no entity holds, so
# no entity forms across the gap) then entities: the same matches as one pass of the three
# alternatives, in three quarters of the time (a pattern opening with "<" alone skips from
# "<" to "<" in C; the three together tested every byte).
_MARKUP = re.compile(rb"<(?:!--.*?(?:-->|\Z)|[^<>]*>)", re.DOTALL)
_ENTITY = re.compile(rb"&#?[a-zA-Z0-9]{1,32};")
_LONG_TAG = re.compile(rb"<[^<>]{20,}>")
# Flag a parse holding under this share of the markup's visible text, once the difference
# is at least LOST_CHARS (small pages differ by their entities and multi-byte characters).
LOST_SHARE = 0.5
LOST_CHARS = 2_000
# Every byte but UTF-8's continuation bytes starts a character (in one-byte charsets too, where
# the count errs low again).
_NOT_CONTINUATION = bytes(b for b in range(256) if not 0x80 <= b < 0xC0)


def _text_lost(html: bytes, root: lxml.html.HtmlElement) -> bool:
    """True when the tree holds much less text than the bytes outside tags: libxml2 gave up
    on part of the page. The tree's own text is counted first, and the markup scanned only
    when that alone cannot rule a loss out."""
    kept = len(root.text_content())  # C-level: a tenth of the time of summing itertext()
    if len(html) - kept < LOST_CHARS or kept >= len(html) * LOST_SHARE:
        return False
    if not _ascii_based(html):
        return False  # UTF-16/32: no cheap estimate (only libxml2's own log tells there)
    if _bound_rules_out(html, kept):  # on every benchmark and fixture page
        return False
    shown = shown_chars(html)
    return shown - kept >= LOST_CHARS and kept < shown * LOST_SHARE


def shown_bound(html: bytes) -> int:
    """At least :func:`shown_chars`: the bytes outside the page's longer tags (a "<", twenty
    or more bytes other than "<" and ">", a ">": markup wherever it stands, in a comment or
    not), counted in two thirds of the time (fewer matches to cut)."""
    return len(_LONG_TAG.sub(b"", html))


# The bound is read in pieces cut before a "<" (no longer tag spans a cut: it holds one "<",
# its first byte), from 4 kB, each piece twice the one before.
_FIRST_PIECE = 4_096


def _bound_rules_out(html: bytes, kept: int) -> bool:
    """True when :func:`shown_bound` rules a loss out for a tree holding ``kept`` characters.
    The bytes of longer tags are counted piece by piece from the page's start, and what they
    leave of the page only shrinks as they are counted: the first piece after which it rules
    the loss out answers for the whole page. On the benchmark and fixture pages that is after
    a median 8% of the page (a fifth on average) instead of all of it."""
    size = len(html)
    removed = start = 0
    step = _FIRST_PIECE
    while True:
        bound = size - removed  # at least shown_bound(html), equal once the page is read
        if bound - kept < LOST_CHARS or kept >= bound * LOST_SHARE:
            return True
        if start >= size:
            return False
        end = html.find(b"<", start + step)
        end = size if end < 0 else end
        piece = html[start:end]
        removed += len(piece) - len(_LONG_TAG.sub(b"", piece))
        start, step = end, 2 * step


def shown_chars(html: bytes) -> int:
    """The characters of ``html`` outside comments, tags and entities (UTF-8 or one byte a
    character): the text a reader sees, give or take an entity each."""
    gapped, gaps = _MARKUP.subn(b"<", html)
    outside = _ENTITY.sub(b"", gapped)
    return len(outside) - len(outside.translate(None, _NOT_CONTINUATION)) - gaps


def _parse(html: bytes, parser: lxml.html.HTMLParser) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError, lxml.etree.XMLSyntaxError):
        return None


_REMOVED = "newsclean-removed"


def remove_elements(root: lxml.html.HtmlElement, elements: Iterable[lxml.html.HtmlElement],
                    *tags: str) -> None:
    """Delete ``elements`` and every element named in ``tags``, keeping the text after each.

    libxml2 moves the tails itself: joining them in Python (``drop_tree``) fails on the control
    characters a broken page can leave in its text nodes.
    """
    for el in elements:
        if el is not root:  # the page itself is never removed, whatever it is marked as
            el.tag = _REMOVED
    lxml.etree.strip_elements(root, _REMOVED, *tags, with_tail=False)


def element_text(el: lxml.html.HtmlElement) -> str:
    """The element's text on one line: a kicker over a title, a name over a role, set on lines
    of their own in the markup, are joined by a space."""
    return " ".join(el.text_content().split())


def element_lines(root: lxml.html.HtmlElement, drop: Iterable[str] = ()) -> list[str]:
    """Text of ``root`` as lines, one per block, blank lines between blocks (``root``'s own
    tail included, as each element's)."""
    skip = DROP_TAGS | frozenset(drop) if drop else DROP_TAGS
    parts: list[str] = []
    append = parts.append
    # lxml's walk in C (no recursion: deep nesting cannot hit Python's limit), a third
    # faster than a walk keeping its own stack; a comment or processing instruction is one
    # event, and a dropped element's start and end come together: only its tail is read.
    walker = lxml.etree.iterwalk(root, events=_WALK_EVENTS)
    skipped = None
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if tag.__class__ is not str or tag in skip:  # an entity's tag is no string
                walker.skip_subtree()
                skipped = el
                continue
            if tag in BLOCK_TAGS:
                append("\n\n")
                if tag == "li":
                    append("• ")
            if el.text:
                append(el.text)
            continue
        if event == "end":
            if el is skipped:
                skipped = None
            elif el.tag in BLOCK_TAGS:
                append("\n\n")
        if el.tail:
            append(el.tail)
    text = "".join(parts)
    lines: list[str] = []
    for chunk in text.split("\n\n"):
        line = squash(chunk.replace("\n", " "))
        if line:
            lines.append(line)
    return lines


_WALK_EVENTS = ("start", "end", "comment", "pi")
