"""HTML → lines of text, the way a reader sees blocks, without executing or fetching anything.

The parser is lxml's HTML parser with network access off and no entity expansion beyond HTML's
own; scripts, styles and other non-content elements are removed before text is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.etree
import lxml.html

from .textnorm import squash

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
_PARSER = lxml.html.HTMLParser(**_PARSER_OPTIONS)
_UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8", **_PARSER_OPTIONS)


def parse_html(html: str | bytes) -> lxml.html.HtmlElement | None:
    """Parse a page; None when there is nothing parseable (empty, binary garbage)."""
    return parse_page(html)[0]


def parse_page(html: str | bytes) -> tuple[lxml.html.HtmlElement | None, bool]:
    """Parse a page; also say whether it had to be flattened (nesting past libxml2's limit).

    Bytes are decoded by the parser (meta charset, BOM); text is already decoded, so it is
    handed over as UTF-8 with that encoding stated, whatever its meta tag claims. NULs are
    dropped from text (browsers ignore them; libxml2 would print U+FFFD).

    libxml2 stops building the tree at depth 256, silently losing the rest of the page; such a
    page is parsed again with its container tags turned into line breaks, which keeps every
    word of text at the cost of the structure (``huge_tree`` would lift the limit only by
    dropping the parser's other safety limits too).
    """
    parser = _PARSER
    if isinstance(html, str):
        html = html.replace("\x00", "").encode("utf-8", "surrogatepass")
        parser = _UTF8_PARSER
    if not html.strip():
        return None, False
    root = _parse(html, parser)
    if root is not None and any(_DEPTH_ERROR in e.message for e in parser.error_log):
        return _parse(_CONTAINER_TAG.sub(b"<br>", html), parser), True
    return root, False


_DEPTH_ERROR = "Excessive depth"
_CONTAINER_TAG = re.compile(
    rb"</?(?!(?:p|h[1-6]|li|br|title|script|style|meta|head|body|html|figcaption|img)\b)"
    rb"[a-zA-Z][a-zA-Z0-9:-]{0,30}\b[^<>]{0,2000}>"
)


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


def element_lines(root: lxml.html.HtmlElement, drop: Iterable[str] = ()) -> list[str]:
    """Text of ``root`` as lines, one per block, blank lines between blocks."""
    skip = DROP_TAGS | frozenset(drop)
    parts: list[str] = []
    # Iterative walk: deep nesting must not hit Python's recursion limit.
    stack: list[tuple[lxml.html.HtmlElement, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if closing:
            if tag in BLOCK_TAGS:
                parts.append("\n\n")
            if el.tail:
                parts.append(el.tail)
            continue
        if not tag or tag in skip:
            if el.tail:
                parts.append(el.tail)
            continue
        if tag in BLOCK_TAGS:
            parts.append("\n\n")
        if tag == "li":
            parts.append("• ")
        if el.text:
            parts.append(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    text = "".join(parts)
    lines: list[str] = []
    for chunk in text.split("\n\n"):
        line = squash(chunk.replace("\n", " "))
        if line:
            lines.append(line)
    return lines


def lines_to_text(lines: Iterable[str]) -> str:
    return "\n\n".join(lines)
