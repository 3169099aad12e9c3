"""One read of the page's class and ``itemprop`` attributes serves every reader (bylines,
headings, dates): what each reader finds is what its own walk over the page found. Invented
pages in the shape of real ones."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from newsclean import clean_html
from newsclean.core.html import _author_itemprops
from newsclean.core.page import scan_head

from .test_html_page_facts import BODY

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def page(header: str) -> str:
    return ("<html lang='en'><head><title>Ferry fares rise</title></head><body>"
            f"<article><h1>Ferry fares rise</h1>{header}<div class='text'>{BODY}</div>"
            "</article></body></html>")


def test_a_microdata_author_and_date_are_read_from_one_read_of_the_itemprops() -> None:
    art = clean_html(page(
        "<div itemprop='author' itemscope><span itemprop='name'>Marta Quill</span></div>"
        "<span itemprop='datePublished' content='2026-03-04T08:00:00Z'>4 March</span>"
    ), now=NOW)
    assert [a.name for a in art.authors] == ["Marta Quill"]
    assert art.datePublished is not None and art.datePublished.startswith("2026-03-04")


def test_an_author_among_other_microdata_names_marks_a_byline() -> None:
    root = lxml.html.document_fromstring(
        "<html><body><p itemprop='creator author'>a</p><p itemprop='authorName'>b</p>"
        "<p itemprop='author'>c</p><p itemprop='coauthor'>d</p></body></html>"
    )
    head = scan_head(root)
    assert [el.text for el in _author_itemprops(root, head)] == ["a", "c"]
    assert [el.text for el in _author_itemprops(root, None)] == ["a", "c"]


def test_a_tree_the_head_scan_did_not_read_is_read_on_its_own() -> None:
    read = lxml.html.document_fromstring("<html><body><p itemprop='author'>a</p></body></html>")
    other = lxml.html.document_fromstring("<html><body><b itemprop='author'>z</b></body></html>")
    assert [el.text for el in _author_itemprops(other, scan_head(read))] == ["z"]
