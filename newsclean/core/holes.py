"""Lists, tables, subheadings and details the main-content extractor left out of an article,
and the heading it left behind at the article's end.

trafilatura drops some blocks of the article itself: a list of short items under a lead-in
("Stations on the new line:"), a subheading right over a table, an event's ``<dl>`` of when
and where; on some layouts every list. A block it left out *between two blocks it kept, next
to each other in its output* is a hole in the article, not chrome cut at its edges: it goes
back in its place. What the extractor dropped at the start or the end of the article (related
lists, rails, tag rows) is never restored, nor a run that holds a paragraph (a dropped
paragraph is the extractor's choice), a mostly-linked list item (a related list), or a block
in another story's card.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..normalize.text import key
from .document import string_value
from .page import in_other_story

_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_KINDS = frozenset(("p", "li", "tr", "dt", "dd", *_HEADINGS))
_HOLE_KINDS = _KINDS - {"p"}  # what a hole may hold: lists, table rows, headings, details
# What makes a list item or detail a block of blocks (its inner ones are read instead) or a
# gallery's slide (its text a caption, which the figures step reads).
_NESTED = ("p", "div", "ul", "ol", "table", *_HEADINGS, "figure", "img")
_LISTED = frozenset(("li", "dd", "dt"))  # items that may hold blocks
_LINK_SHARE = 0.5  # a list item mostly link text is a related title, not article text
_MAX_RUN = 40  # blocks in one hole: more is a page part, not a list inside an article
_MAX_BLOCKS = 2_000  # a container of more is a whole page read as one: not worth the walk


def restore_holes(container: Any, lines: list[str]) -> list[str]:
    """``lines`` (the extractor's output for a page whose article is ``container``) with the
    blocks it left out between two kept blocks put back, as it prints them ("- item",
    "| cell | cell |")."""
    at: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        if line.strip():
            at.setdefault(key(line), []).append(n)
    if all(_position(at, _keys(tag, text), None) is not None
           for tag, text, _ in _iter_blocks(container, _HOLE_KINDS)):
        return lines  # every list item, row and heading printed: no hole
    blocks = _blocks(container, _KINDS)
    if len(blocks) > _MAX_BLOCKS:
        return lines
    inserts: dict[int, list[str]] = {}
    last: int | None = None  # the output line of the last kept block
    run: list[tuple[str, str, Any]] = []
    for block in blocks:
        keys = _keys(block[0], block[1])
        found = _position(at, keys, last)
        if found is None:
            if _position(at, keys, None) is None:  # a text printed elsewhere is no hole
                run.append(block)
            continue
        if last is not None and run and _next_line(lines, last) == found and _fills(run):
            inserts[found] = [_printed(t, s) for t, s, _ in run]
        last, run = found, []
    if not inserts:
        return lines
    out: list[str] = []
    for n, line in enumerate(lines):
        for restored in inserts.get(n, ()):
            out.append(restored)
        out.append(line)
    return out


def _blocks(container: Any, kinds: frozenset[str]) -> list[tuple[str, str, Any]]:
    """All the blocks of these kinds, in order (:func:`_iter_blocks`)."""
    return list(_iter_blocks(container, kinds))


def _iter_blocks(container: Any, kinds: frozenset[str]) -> Iterator[tuple[str, str, Any]]:
    """The blocks of these kinds, in order; asked first for all but paragraphs, whose text
    (most of a page's) is read only when a hole may be there, and read one by one: the
    first left out ends that question (on most pages a list before the article's text)."""
    for el in container.iter(*kinds):
        tag = el.tag
        if tag == "p":
            parent = el.getparent()
            if parent is not None and parent.tag == "li":
                continue  # read as its list item's inner block
        elif tag in _LISTED and next(el.iter(*_NESTED), None) is not None:
            continue  # a block of blocks: its inner ones are read
        text = " | ".join(_cells(el)) if tag == "tr" else " ".join(string_value(el).split())
        if text:
            yield tag, text, el


def _cells(row: Any) -> list[str]:
    return [" ".join(string_value(c).split()) for c in row if c.tag in ("td", "th")]


def _printed(tag: str, text: str) -> str:
    if tag == "li":
        return f"- {text}"
    return f"| {text} |" if tag == "tr" else text


def _keys(tag: str, text: str) -> tuple[str, ...]:
    """The keys of the lines that would print this block: its text (a row's also between
    bars, as the extractor prints a table)."""
    return (key(text), key(f"| {text} |")) if tag == "tr" else (key(text),)


def _position(at: dict[str, list[int]], keys: tuple[str, ...], after: int | None) -> int | None:
    """The first output line after ``after`` that prints the block of these keys."""
    for printed in keys:
        for n in at.get(printed, ()):
            if after is None or n > after:
                return n
    return None


def _next_line(lines: list[str], n: int) -> int | None:
    return next((m for m in range(n + 1, len(lines)) if lines[m].strip()), None)


def _fills(run: list[tuple[str, str, Any]]) -> bool:
    """A run of left-out blocks that is a hole of the article: lists, rows, headings and
    details only, not too many, none mostly links and none in another story's card."""
    if len(run) > _MAX_RUN or any(tag not in _HOLE_KINDS for tag, _, _ in run):
        return False
    for _, text, el in run:
        links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
        if links > _LINK_SHARE * len(text) or in_other_story(el):
            return False
    return True


_BOLD = ("strong", "b")
_HEADING_CHARS = 80


def without_trailing_heading(container: Any, lines: list[str]) -> list[str]:
    """``lines`` without a heading left as their last text ("Further coverage" over a list of
    links the extractor dropped): a heading opens what follows it, and nothing follows. A
    heading is an ``<h2>``-``<h6>`` in ``container``, or bold text opening a block and
    followed by a list or box (a bold closing line alone, "Contributing: …", stays)."""
    last = next((n for n in range(len(lines) - 1, -1, -1) if lines[n].strip()), None)
    if last is None or len(lines[last]) > _HEADING_CHARS:
        return lines
    target = key(lines[last])
    for el in container.iter(*_HEADINGS, *_BOLD):
        if key(" ".join(el.text_content().split())) == target and (
            el.tag in _HEADINGS or _heads_a_block(el)
        ):
            return lines[:last]
    return lines


def _heads_a_block(bold: Any) -> bool:
    """True for bold text that opens its block and has a list or box after it: "<div>
    <strong>Further coverage</strong><ul>…</ul></div>", "<p><b>Leia também</b></p><ul>…"."""
    block = bold.getparent()
    if block is None or block[0] is not bold or (block.text or "").strip():
        return False
    if (bold.tail or "").strip():
        return False
    after = bold.getnext() if len(block) > 1 else block.getnext()
    return after is not None and after.tag in _LISTS_AND_BOXES


_LISTS_AND_BOXES = frozenset(("ul", "ol", "div", "section", "table", "dl"))
