"""The paragraphs ``maincontent.article_chrome`` reads: ``<p>``, list items without blocks inside
and divs holding only inline markup (and some text)."""

from __future__ import annotations

import lxml.html

from newsclean.core.maincontent import _PARAGRAPHS


def test_divs_of_inline_markup_count_as_paragraphs_and_divs_of_blocks_do_not() -> None:
    root = lxml.html.document_fromstring(
        "<html><body>"
        "<div id='inline'><b>Read more:</b> <a href='/x'>Bridge reopens</a><br></div>"
        "<div id='commented'><!-- ad --><span>Source: County records</span></div>"
        "<div id='block'><p>A paragraph</p><span>and a span</span></div>"
        "<div id='blank'> <span> </span></div>"
        "<ul><li id='item'>One line</li><li id='nested'><p>Two</p></li></ul>"
        "</body></html>"
    )
    found = [el.get("id") or el.tag for el in _PARAGRAPHS(root)]
    assert found == ["inline", "commented", "p", "item", "p"]
